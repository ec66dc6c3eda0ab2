"""Project file speed and memory at 10,000 units / 100,000 assignments, on both region shapes, and
reading at 50,000 units / 500,000 assignments (issue 20: 1.5 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import orjson

from benchmarks._harness import SHAPES, Bench, main_for, relative_to, shape_project
from benchmarks.basis import ORJSON_LOADS_10K_S, ratio_target
from orgdesigner.io.project.project_file import load_project, save_project


def run(bench: Bench) -> None:
    for shape in SHAPES:
        project = shape_project(shape)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.orgd"
            save_project(project, path)
            data = path.read_bytes()
            mb = len(data) / 2**20
            load_ref = bench.measure(f"file [{shape}]: orjson.loads of the same {mb:.1f} MB (reference)", lambda data=data: orjson.loads(data))
            save = bench.measure(f"file [{shape}]: save 10k units / 100k assignments", lambda project=project, path=path: save_project(project, path), target_s=0.2)
            load = bench.measure(f"file [{shape}]: load 10k units / 100k assignments", lambda path=path: load_project(path), target_s=0.3)
            why = f"targets set where orjson.loads took {ORJSON_LOADS_10K_S} s (benchmarks/basis.py)"
            relative_to(load, load_ref, ratio_target(0.3, ORJSON_LOADS_10K_S), why)
            relative_to(save, load_ref, ratio_target(0.2, ORJSON_LOADS_10K_S), why)
    for shape in SHAPES:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "huge.orgd"
            save_project(shape_project(shape, units=50_000, assignments=500_000), path)
            bench.measure(f"file [{shape}]: load 50k units / 500k assignments", lambda path=path: load_project(path),
                          repeat=3, target_s=1.5)


if __name__ == "__main__":
    main_for(run)
