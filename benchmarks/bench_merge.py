"""Three-way merge of two 10,000-unit / 100,000-assignment projects with 1,000 edits on each side
(issue 18: under 2 s). Measured end to end as `orgdesigner merge` runs it (three files read,
merged, the result read back for its checks and written) and the merge alone on loaded projects."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import orjson

from benchmarks._harness import Bench, main_for, relative_to
from benchmarks.basis import ORJSON_LOADS_10K_S, ratio_target
from benchmarks.synthetic import synthetic_project
from orgdesigner.io.merging.merge import merge_files, merge_projects
from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.io.project.project_file import parse_project, project_bytes, save_project
from orgdesigner.model import Document, Responsibility, Role, Unit
from orgdesigner.model.commands import AddUnit, MoveUnit, SetRoles, SetUnitField
from orgdesigner.model.entities import Project


def edited(base_bytes: bytes, seed: int, units: range) -> Project:
    """1,000 edits of the kinds planners make, on the units in `units` (sides overlap a little:
    some edits conflict, as real ones do)."""
    doc = Document(parse_project(base_bytes))
    scenario = next(iter(doc.project.scenarios.values()))
    sid = scenario.id
    functions = list(doc.project.functions)
    rng = random.Random(seed)
    ids = [f"u{i}" for i in units]
    applied, n = 0, 0
    while applied < 1000:  # exactly 1,000 applied edits: a move that would make a loop is redrawn
        uid = rng.choice(ids)
        kind = n % 4
        n += 1
        if kind == 0:
            SetUnitField(sid, [uid], "name", f"Enhet {seed}-{n}").apply(doc)
        elif kind == 1:
            SetRoles(sid, [((uid, rng.choice(functions), rng.choice(list(Responsibility))), rng.choice(list(Role)))]).apply(doc)
        elif kind == 2:
            AddUnit(sid, Unit(f"new-{seed}-{n}", f"Ny {n}", parent_id=uid)).apply(doc)
        else:
            target = rng.choice(ids)
            if scenario.would_cycle(uid, target) or uid == "u0":
                continue
            MoveUnit(sid, uid, target).apply(doc)
        applied += 1
    return doc.project


def run(bench: Bench) -> None:
    base = synthetic_project(units=10_000, functions=2_000, assignments=100_000, scenarios=1)
    data = project_bytes(base)
    ours, theirs = edited(data, 1, range(1, 6000)), edited(data, 2, range(4000, 10_000))
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / name for name in ("base.orgd", "ours.orgd", "theirs.orgd")]
        for project, path in zip((base, ours, theirs), paths, strict=True):
            save_project(project, path)
        out = Path(folder) / "out.orgd"

        def merge_to_file() -> None:  # what `orgdesigner merge BASE OURS THEIRS -o OUT` does
            result = merge_files(*paths)
            write_atomic(out, project_bytes(result.project))

        conflicts = len(merge_projects(base, ours, theirs).new_conflicts)
        text = paths[1].read_bytes()
        reference = bench.measure("merge: orjson.loads of one side's 7 MB (reference)", lambda: orjson.loads(text))
        whole = bench.measure("merge: 10k units / 100k assignments, 1,000 edits a side, files to file",
                      merge_to_file, repeat=3, target_s=2.0, note=f"{conflicts} conflicts")
        relative_to(whole, reference, ratio_target(2.0, ORJSON_LOADS_10K_S),
                    f"target set where orjson.loads took {ORJSON_LOADS_10K_S} s (benchmarks/basis.py)")
        bench.measure("merge: the same, loaded projects (no file reading or writing)",
                      lambda: merge_projects(base, ours, theirs), repeat=3)


if __name__ == "__main__":
    main_for(run)
