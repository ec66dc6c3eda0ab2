"""Clarity analysis at 10,000 units / 100,000 assignments and at 50,000 / 500,000 (issue 20): a
full run, and re-analysis after one edit.

The GUI re-runs the analysis after every edit, so one edit must cost under a frame (16 ms); a
full run (opening a file, switching scenario) under 0.5 s at 10k and 2.5 s at 50k. A 20,000-level
chain of command (issue 34: the rules that follow chains of command, R05, R11, R12 and R14, took
about 12 s CPU there, growing with the depth squared) is held to the 50k run's 2.5 s.
"""

from __future__ import annotations

from itertools import count

from benchmarks._harness import SHAPES, Bench, main_for, shape_project
from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.model import Document, Responsibility, Role
from orgdesigner.model.commands import MoveUnit, SetRoles, SetUnitField
from orgdesigner.model.entities import Project

#: (label, units, assignments, full-run target in seconds)
SIZES = (("10k units / 100k assignments", 10_000, 100_000, 0.5), ("50k units / 500k assignments", 50_000, 500_000, 2.5))


def run(bench: Bench) -> None:
    for label, units, assignments, target in SIZES:
        for shape in SHAPES:
            _run_shape(bench, shape, label, shape_project(shape, units=units, assignments=assignments), target)
    _deep_chain(bench)


def _deep_chain(bench: Bench) -> None:
    """Every unit the only child of the one above: whole chains per unit would be quadratic."""
    project = synthetic_project(units=20_000, functions=200, assignments=20_000, max_children=1)
    scenario = project.scenarios["s0"]
    findings = len(analyze_scenario(project, scenario).findings)
    bench.measure("analysis [chain]: full run, a 20,000-level chain of command", lambda: analyze_scenario(project, scenario),
                  repeat=3, target_s=2.5, note=f"{findings} findings; the 50k full run's target")


def _run_shape(bench: Bench, shape: str, size: str, project: Project, full_target: float) -> None:
    scenario = project.scenarios["s0"]
    findings = len(analyze_scenario(project, scenario).findings)
    big = len(scenario.units) > 10_000
    at = f", {size}" if big else ""  # the 10k names stay as they were (README, earlier runs)
    bench.measure(
        f"analysis [{shape}]: full run, {size}",
        lambda: analyze_scenario(project, scenario),
        repeat=3 if big else 5,
        target_s=full_target,
        note=f"{findings} findings",
    )

    def first_live_result() -> None:
        opened = LiveAnalysis(Document(project))
        opened.result("s0")
        opened.prepare_edits("s0")  # the window builds it right after showing the result
        opened.close()

    bench.measure(
        f"analysis [{shape}]: first live analysis (a file opened in the GUI){at}",
        first_live_result,
        repeat=1 if big else 3,
        note="the first result and then the per-unit index that keeps later edits fast",
    )

    doc = Document(project)
    live = LiveAnalysis(doc)
    live.result("s0")
    live.prepare_edits("s0")  # as the window does once the result is shown
    units = list(scenario.units)
    functions = list(project.functions)
    n = count()
    roles = [Role.ACCOUNTABLE, Role.PERFORMS, None]

    def set_role() -> None:
        i = next(n)
        key = (units[(i * 7919) % len(units)], functions[(i * 104729) % len(functions)], Responsibility.DEVELOPMENT)
        SetRoles("s0", [(key, roles[i % 3])]).apply(doc)
        live.result("s0")

    def rename() -> None:
        i = next(n)
        SetUnitField("s0", [units[(i * 7919) % len(units)]], "name", f"Renamed {i}").apply(doc)
        live.result("s0")

    # a leaf-level unit moved between two mid-level managers, back and forth
    leaf = units[-1]
    targets = [units[50], units[60]]

    def move() -> None:
        MoveUnit("s0", leaf, targets[next(n) % 2]).apply(doc)
        live.result("s0")

    bench.measure(f"analysis [{shape}]: re-analysis after setting one role{at}", set_role, repeat=21, target_s=0.016)
    bench.measure(f"analysis [{shape}]: re-analysis after renaming a unit{at}", rename, repeat=21, target_s=0.016)
    bench.measure(f"analysis [{shape}]: re-analysis after moving a unit{at}", move, repeat=21, target_s=0.016)
    assert live.result("s0") == analyze_scenario(project, scenario), "live result differs from a full run"


if __name__ == "__main__":
    main_for(run)
