"""Whole command-line processes on a 10,000-unit file, both shapes (issue 20): `check --format json`,
`info`, `compare` with both analyses, and XLSX export. Each run is a fresh process, so imports count."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._harness import SHAPES, Bench, ChildPeak, main_for, shape_project, with_edited_copy
from orgdesigner.io.project.project_file import save_project

ROOT = Path(__file__).resolve().parent.parent


def _runner(args: list[str], ok: tuple[int, ...] = (0, 1), peak: ChildPeak | None = None) -> Callable[[], None]:
    """One whole command-line process; its peak memory (the child's own) goes to `peak`."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(ROOT / "build" / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    peak = peak if peak is not None else ChildPeak()

    def run() -> None:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.stderr.close()
        code = peak.wait(proc)
        if code not in ok:
            raise RuntimeError(f"{args} failed ({code}): {err.decode()[-500:]}")

    return run


def _measure(bench: Bench, name: str, args: list[str], ok: tuple[int, ...] = (0, 1), **kwargs: Any) -> None:
    peak = ChildPeak()
    bench.measure(name, _runner(args, ok, peak), child=peak, **kwargs)


def run(bench: Bench) -> None:
    cli = [sys.executable, "-m", "orgdesigner"]
    _measure(bench, "cli: python -c pass (reference)", [sys.executable, "-c", "pass"], repeat=5)
    for shape in SHAPES:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.orgd"  # one scenario, as the 10k file
            save_project(shape_project(shape), path)
            two = Path(folder) / "two.orgd"  # two unrelated random scenarios: every role differs
            save_project(shape_project(shape, scenarios=2), two)
            pair = Path(folder) / "pair.orgd"  # a scenario and an edited copy, as bench_compare's
            save_project(with_edited_copy(shape_project(shape)), pair)
            _runner(cli + ["info", str(path)])()  # warm-up: byte-code cache, file cache
            _measure(bench, f"cli [{shape}]: info on the 10k-unit file, whole process",
                     cli + ["info", str(path)], repeat=5, target_s=0.5)
            _measure(bench, f"cli [{shape}]: check --format json on the 10k-unit file, whole process",
                     cli + ["check", "--format", "json", str(path)], repeat=3, target_s=1.5)
            _measure(bench, f"cli [{shape}]: compare a 10k scenario with an edited copy, both analyses, whole process",
                     cli + ["compare", str(pair), "--scenarios", "s0", "s1"], repeat=3, target_s=1.0,
                     note="issue 7's 1 s for the comparison bench_compare measures in process, here with "
                     "start-up, imports, reading the file and printing")
            _measure(bench, f"cli [{shape}]: compare two 10k scenarios with both analyses, whole process",
                     cli + ["compare", str(two), "--scenarios", "s0", "s1"], repeat=3,
                     note="two unrelated random scenarios: every role differs, some 200,000 changes and "
                     "20 MB of text printed; no target")
            out = Path(folder) / "big.xlsx"
            _measure(bench, f"cli [{shape}]: export a 10k-unit scenario to XLSX, whole process",
                     cli + ["export", str(path), "-o", str(out)], ok=(0,), repeat=1, target_s=3.0)


if __name__ == "__main__":
    main_for(run)
