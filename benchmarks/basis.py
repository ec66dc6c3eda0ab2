"""The basis of the ratio targets: reference figures measured on the machine where the targets
were set, kept here so a ratio can be checked without notes from outside the repository.

A ratio target is a time target divided by the reference's time on that machine: a run on a
slower (or busier) machine measures the same reference in the same run, and the ratio carries
over where the absolute time does not. Each bench record names its reference in its note, and
both its time and its ratio are judged (benchmarks/_harness.py).

Measured November 2026 on the 2-core machine the project is developed on (CPython 3.11.7,
QT_QPA_PLATFORM=offscreen, medians of 3-7 runs, quiet):

| reference | time |
| --- | --- |
| `orjson.loads` of the tidy 10,000-unit, 100,000-role project file (about 7 MB) | 0.050 s |
| `python -c pass` | 0.012 s |
| a bare QApplication + QMainWindow, process start to its first paint | 0.107 s |
"""

from __future__ import annotations

#: orjson.loads of the tidy 10k-unit / 100k-role file where the file targets were set
ORJSON_LOADS_10K_S = 0.050

def ratio_target(target_s: float, basis_s: float) -> float:
    """The ratio a record may reach: its time target over the reference's time on the basis
    machine."""
    return target_s / basis_s
