"""Scenarios analysed in forked children give exactly what analysing each in this process gives,
and a child that fails is made up for here."""

from __future__ import annotations

import os

import pytest

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis import parallel
from orgdesigner.analysis.engine import analyze_scenario

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the children are forked")


@pytest.fixture
def project():
    project = synthetic_project(units=300, functions=40, assignments=3_000, scenarios=3, seed=5)
    for function in list(project.functions.values())[:6]:
        function.vardval = True
    return project


def test_children_give_what_one_process_gives(project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "FORK_FROM_ASSIGNMENTS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    forks: list[str] = []
    real_fork = parallel._fork_analysis

    def counted(project, scenario_id):
        forks.append(scenario_id)
        return real_fork(project, scenario_id)

    monkeypatch.setattr(parallel, "_fork_analysis", counted)
    results = parallel.analyze_scenarios(project, ["s2", "s0", "s1"])
    assert forks == ["s0", "s1"]
    assert list(results) == ["s2", "s0", "s1"]
    for sid, result in results.items():
        expected = analyze_scenario(project, project.scenarios[sid])
        assert result == expected
        assert [f.key for f in result.findings] == [f.key for f in expected.findings]
        assert result.findings, "the synthetic region has findings to carry"


def test_a_failing_child_is_made_up_for_here(project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "FORK_FROM_ASSIGNMENTS", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)

    def broken(_result):  # only the children turn results into rows
        raise RuntimeError("the child fails")

    monkeypatch.setattr(parallel, "_to_rows", broken)
    results = parallel.analyze_scenarios(project, ["s0", "s1"])
    assert results["s1"] == analyze_scenario(project, project.scenarios["s1"])


def test_small_scenarios_are_analysed_here(project, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(*_args):
        raise AssertionError("forked for a small project")

    monkeypatch.setattr(parallel, "_fork_analysis", no_fork)
    results = parallel.analyze_scenarios(project, ["s0", "s1"])
    assert results["s1"] == analyze_scenario(project, project.scenarios["s1"])
