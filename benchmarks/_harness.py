"""Measure medians and peak memory; each bench module runs in its own process.

A bench module defines `run(bench: Bench) -> None` and calls `bench.measure(...)`.
"""

from __future__ import annotations

import gc
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Record:
    name: str
    median_s: float
    runs: int
    peak_mb: float
    target_s: float | None = None
    meets_target: bool | None = None
    note: str = ""
    ratio: float | None = None  # median / the reference's median, where a reference is named
    target_ratio: float | None = None


@dataclass
class Bench:
    records: list[Record] = field(default_factory=list)

    def measure(
        self,
        name: str,
        fn: Callable[[], object],
        *,
        repeat: int = 5,
        target_s: float | None = None,
        setup: Callable[[], object] | None = None,
        note: str = "",
    ) -> Record:
        times = []
        for _ in range(repeat):
            if setup is not None:
                setup()
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        record = Record(
            name=name,
            median_s=round(median, 6),
            runs=repeat,
            peak_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            target_s=target_s,
            meets_target=None if target_s is None else median <= target_s,
            note=note,
        )
        self.records.append(record)
        return record


def relative_to(record: Record, reference: Record, target_ratio: float, why: str) -> None:
    """Judge `record` by its ratio to `reference` measured in the same run: absolute times move
    with the machine's load and speed, ratios carry over (../shared/performance-notes.md).
    The record meets its target when either its time or its ratio does."""
    record.ratio = round(record.median_s / reference.median_s, 2)
    record.target_ratio = round(target_ratio, 2)
    meets_ratio = record.ratio <= target_ratio
    record.meets_target = bool(record.meets_target) or meets_ratio
    record.note = (record.note + "; " if record.note else "") + f"relative to {reference.name}: {why}"


def main_for(run: Callable[[Bench], None]) -> None:
    """Entry point of one bench module run as a script: prints its records as JSON."""
    bench = Bench()
    run(bench)
    json.dump([asdict(r) for r in bench.records], sys.stdout)
