"""Comparing two 10,000-unit scenarios (issue 7: under 1 s, analysis included)."""

from __future__ import annotations

from benchmarks._harness import SHAPES, Bench, main_for, shape_project
from orgdesigner.analysis.compare import compare, diff_scenarios
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.entities import AssignmentKey
from orgdesigner.model.enums import Role, UnitForm


def run(bench: Bench) -> None:
    for shape in SHAPES:
        _run_shape(bench, shape)


def _run_shape(bench: Bench, shape: str) -> None:
    project = shape_project(shape)
    base = project.scenarios["s0"]
    other = copied_scenario(base, "s1", "Changed copy")
    # a realistic edit set: a tenth of the units change form, some move, roles change
    ids = list(other.units)
    for uid in ids[1::10]:
        other.units[uid].form = UnitForm.INTRAPRENAD
    for uid in ids[5::50]:
        other.units[uid].parent_id = "u0"
    for i, key in enumerate(list(other.assignments)[::20]):
        other.assignments[key] = Role.ACCOUNTABLE if i % 2 else Role.INFORMED
    other.assignments[AssignmentKey("u1", "f1", key.responsibility)] = Role.CONSULTED
    other.structure_changed()
    project.scenarios["s1"] = other
    bench.measure(f"compare [{shape}]: diff two 10k-unit scenarios (structure only)", lambda: diff_scenarios(base, other), target_s=0.2)
    from orgdesigner.analysis.engine import analyze_scenario

    cached = {sid: analyze_scenario(project, project.scenarios[sid]) for sid in ("s0", "s1")}
    bench.measure(
        f"compare [{shape}]: two 10k-unit scenarios, analysis already done (GUI)",
        lambda: compare(project, ["s0", "s1"], results=cached),
        target_s=1.0,
        note="the comparison tab reuses the live analysis of each scenario",
    )
    bench.measure(
        f"compare [{shape}]: two 10k-unit scenarios including both analyses (CLI)",
        lambda: compare(project, ["s0", "s1"]),
        repeat=3,
        target_s=1.0,
        note="dominated by analyze_scenario on 100k random roles (about 20k findings each)",
    )


if __name__ == "__main__":
    main_for(run)
