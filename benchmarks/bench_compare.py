"""Comparing two 10,000-unit scenarios (issue 7: under 1 s, analysis included)."""

from __future__ import annotations

from benchmarks._harness import SHAPES, Bench, main_for, shape_project, with_edited_copy
from orgdesigner.analysis.compare import compare, diff_scenarios


def run(bench: Bench) -> None:
    for shape in SHAPES:
        _run_shape(bench, shape)


def _run_shape(bench: Bench, shape: str) -> None:
    project = with_edited_copy(shape_project(shape))
    base, other = project.scenarios["s0"], project.scenarios["s1"]
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
