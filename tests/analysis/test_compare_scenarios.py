"""Scenario comparison: identity, unit statuses matched by id, roles, economy, findings delta."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis.compare import compare, diff_scenarios
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role, Unit, UnitForm
from orgdesigner.model.commands import AddScenario
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.economy import EconomicRules, SurplusModel
from tests.conftest import EXAMPLE


def with_copy(project, new_id="copy"):
    AddScenario(copied_scenario(project.scenarios["now"], new_id, "Kopia")).apply(Document(project))
    return project.scenarios[new_id]


def test_a_scenario_compared_with_itself_or_its_copy_shows_no_difference(project):
    with_copy(project)
    for ids in (["now", "now"], ["now", "copy"]):
        comparison = compare(project, ids)
        diff = comparison.diffs[0]
        assert diff.is_empty, diff
        assert all(v == 0 for v in comparison.deltas(ids[1]).values())
        assert comparison.to_json()["comparisons"][0]["identical"] is True


@pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built")
def test_every_example_scenario_equals_itself():
    project = load_project(EXAMPLE)
    for sid in project.scenarios:
        assert compare(project, [sid, sid]).diffs[0].is_empty


def test_units_added_removed_moved_changed_by_id(project):
    other = with_copy(project)
    other.units["hc3"] = Unit("hc3", "Ny hälsocentral", parent_id="pv")
    del other.units["hc2"]
    other.units["hc1"].parent_id = "rs"
    other.units["best"].form = UnitForm.RESULT
    other.structure_changed()
    status = diff_scenarios(project.scenarios["now"], other).unit_status()
    assert status == {"hc3": "added", "hc2": "removed", "hc1": "moved", "best": "changed"}
    diff = diff_scenarios(project.scenarios["now"], other)
    changed = next(u for u in diff.units if u.unit_id == "best")
    assert changed.fields == {"form": (UnitForm.LINE, UnitForm.RESULT)}
    moved = next(u for u in diff.units if u.unit_id == "hc1")
    assert (moved.old_parent, moved.new_parent) == ("pv", "rs")


def test_roles_and_economic_rules_changed(project):
    other = with_copy(project)
    key = AssignmentKey("hc1", "vv", Responsibility.DELIVERY)
    other.assignments[key] = Role.ACCOUNTABLE
    other.assignments[AssignmentKey("best", "lab", Responsibility.ORDERING)] = Role.INFORMED
    other.economy = EconomicRules(SurplusModel.CARRY_OVER, 0.5, 0.25, decisions=("LS/1/2009",))
    diff = diff_scenarios(project.scenarios["now"], other)
    roles = {(a.unit_id, a.function_id, a.responsibility): (a.old, a.new) for a in diff.assignments}
    assert roles == {
        ("best", "lab", Responsibility.ORDERING): (None, Role.INFORMED),
        ("hc1", "vv", Responsibility.DELIVERY): (Role.PERFORMS, Role.ACCOUNTABLE),
    }
    assert set(diff.economy) == {"surplus_model", "surplus_share", "deficit_share", "decisions"}


def test_planted_change_resolves_and_introduces_the_right_findings(project):
    other = with_copy(project)
    base_keys = {f.key for f in compare(project, ["now", "now"]).findings["now"]}
    # plant: two accountables for development (introduces a double-accountable finding; delivery
    # of a vårdval function would not: each provider is accountable for its own)
    other.assignments[AssignmentKey("best", "vv", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
    other.assignments[AssignmentKey("pv", "vv", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
    comparison = compare(project, ["now", "copy"])
    diff = comparison.diffs[0]
    other_keys = {f.key for f in comparison.findings["copy"]}
    assert {f.key for f in diff.introduced} == other_keys - base_keys
    assert {f.key for f in diff.resolved} == base_keys - other_keys
    assert any(f.rule.startswith("R02") for f in diff.introduced)
    # and the reverse comparison swaps them
    back = compare(project, ["copy", "now"]).diffs[0]
    assert {f.key for f in back.resolved} == {f.key for f in diff.introduced}
    assert {f.key for f in back.introduced} == {f.key for f in diff.resolved}


def test_metrics_deltas_are_other_minus_base(project):
    other = with_copy(project)
    other.units["x"] = Unit("x", "Extra", parent_id="rs")
    other.structure_changed()
    comparison = compare(project, ["now", "copy"])
    assert comparison.deltas("copy")["units"] == 1
    assert comparison.metrics["copy"]["units"] == comparison.metrics["now"]["units"] + 1
    assert "clarity_index" in comparison.metrics["now"] and "split.delivery.own_provider" in comparison.metrics["now"]


def test_two_to_four_scenarios_only(project):
    with pytest.raises(ValueError):
        compare(project, ["now"])
    with pytest.raises(KeyError):
        compare(project, ["now", "nope"])


def test_large_scenarios_compare_structurally():
    project = synthetic_project(units=2_000, functions=50, assignments=5_000, scenarios=2)
    diff = diff_scenarios(project.scenarios["s0"], project.scenarios["s1"])
    # same seed path, different random draws: both have the same ids, so nothing is added/removed
    assert not any(u.status in ("added", "removed") for u in diff.units)
