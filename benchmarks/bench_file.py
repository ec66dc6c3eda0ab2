"""Project file speed and memory at 10,000 units / 100,000 assignments (issue: foundation)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._harness import Bench, main_for
from orgdesigner.io.project_file import load_project, save_project
from orgdesigner.model.synthetic import synthetic_project


def run(bench: Bench) -> None:
    project = synthetic_project(units=10_000, functions=2_000, assignments=100_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.orgd"
        save_project(project, path)
        bench.measure("file: save 10k units / 100k assignments", lambda: save_project(project, path), target_s=0.2)
        bench.measure("file: load 10k units / 100k assignments", lambda: load_project(path), target_s=0.3)


if __name__ == "__main__":
    main_for(run)
