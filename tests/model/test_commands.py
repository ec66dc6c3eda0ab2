"""Each command does its change, refuses bad input unchanged, and reverts exactly."""

from __future__ import annotations

import copy

import pytest

from orgdesigner.model import AssignmentKey, Change, Document, Responsibility, Role, Unit
from orgdesigner.model.commands import (
    AddScenario,
    AddUnit,
    CommandError,
    Description,
    MacroCommand,
    MoveScenario,
    MoveUnit,
    RemoveDecision,
    RemoveFunction,
    RemoveScenario,
    RemoveUnits,
    SetAcknowledgement,
    SetRoles,
    SetScenarioField,
    SetUnitField,
)
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.history import CommandStack


def snapshot(doc: Document):
    from orgdesigner.io.project.project_file import project_bytes

    return project_bytes(doc.project)


def test_add_unit_at_index_and_revert(doc):
    before = snapshot(doc)
    cmd = AddUnit("now", Unit("hc3", "Lugnvik hälsocentral", parent_id="pv"), index=1)
    cmd.apply(doc)
    assert list(doc.project.scenarios["now"].units)[1] == "hc3"
    assert "hc3" in doc.project.scenarios["now"].children("pv")
    cmd.revert(doc)
    assert snapshot(doc) == before


def test_add_unit_refuses_unknown_parent_and_duplicate_id(doc):
    with pytest.raises(CommandError, match="unknown unit 'nope'"):
        AddUnit("now", Unit("x", "X", parent_id="nope")).apply(doc)
    with pytest.raises(CommandError, match="already exists"):
        AddUnit("now", Unit("hc1", "Dup")).apply(doc)
    assert "x" not in doc.project.scenarios["now"].units


def test_remove_subtree_takes_assignments_and_revert_restores_order(doc):
    before = snapshot(doc)
    cmd = RemoveUnits("now", ["pv"])
    cmd.apply(doc)
    scenario = doc.project.scenarios["now"]
    assert set(scenario.units) == {"rs", "best"}
    assert all(k.unit_id not in {"pv", "hc1", "hc2"} for k in scenario.assignments)
    cmd.revert(doc)
    assert snapshot(doc) == before


def test_move_refuses_cycle_and_leaves_model_unchanged(doc):
    before = snapshot(doc)
    with pytest.raises(CommandError, match="cycle"):
        MoveUnit("now", "pv", "hc1").apply(doc)
    with pytest.raises(CommandError, match="cycle"):
        MoveUnit("now", "pv", "pv").apply(doc)
    assert snapshot(doc) == before


def test_move_becomes_last_child_and_reverts(doc):
    before = snapshot(doc)
    cmd = MoveUnit("now", "hc1", "best")
    cmd.apply(doc)
    scenario = doc.project.scenarios["now"]
    assert scenario.units["hc1"].parent_id == "best"
    assert scenario.children("pv") == ["hc2"]
    cmd.revert(doc)
    assert snapshot(doc) == before


def test_set_unit_field_multi_selection_and_coercion(doc):
    cmd = SetUnitField("now", ["hc1", "hc2"], "budget_sek", "1500000")
    cmd.apply(doc)
    units = doc.project.scenarios["now"].units
    assert units["hc1"].budget_sek == units["hc2"].budget_sek == 1_500_000.0
    cmd.revert(doc)
    assert units["hc1"].budget_sek is None
    with pytest.raises(CommandError, match="budget_sek"):
        SetUnitField("now", ["hc1"], "budget_sek", "-5")
    with pytest.raises(CommandError, match="no editable field"):
        SetUnitField("now", ["hc1"], "colour", "red")
    with pytest.raises(CommandError, match="MoveUnit"):
        SetUnitField("now", ["hc1"], "parent_id", "rs")
    with pytest.raises(CommandError, match="name"):
        SetUnitField("now", ["hc1"], "name", "   ")


def test_set_roles_sets_clears_and_emits(doc):
    events = []
    doc.events.subscribe(events.append)
    key = AssignmentKey("hc2", "vv", Responsibility.DELIVERY)
    cmd = SetRoles("now", [(key, Role.PERFORMS), (AssignmentKey("pv", "vv", "delivery"), None)])
    cmd.apply(doc)
    assignments = doc.project.scenarios["now"].assignments
    assert assignments[key] is Role.PERFORMS
    assert AssignmentKey("pv", "vv", Responsibility.DELIVERY) not in assignments
    assert events[-1].change is Change.ASSIGNMENTS_CHANGED
    assert set(events[-1].ids) == {"hc2", "pv"} and events[-1].function_ids == ("vv",)
    cmd.revert(doc)
    assert assignments[AssignmentKey("pv", "vv", Responsibility.DELIVERY)] is Role.ACCOUNTABLE
    assert key not in assignments


def test_set_roles_refuses_unknown_function(doc):
    with pytest.raises(CommandError, match="unknown function"):
        SetRoles("now", [(("hc1", "nope", "delivery"), Role.PERFORMS)]).apply(doc)


def test_remove_function_removes_its_assignments_everywhere(doc):
    before = snapshot(doc)
    cmd = RemoveFunction("vv")
    cmd.apply(doc)
    assert "vv" not in doc.project.functions
    assert not doc.project.scenarios["now"].assignments
    cmd.revert(doc)
    assert snapshot(doc) == before


def test_remove_referenced_decision_is_refused(doc):
    SetUnitField("now", ["hc1"], "decisions", ["LS/1/2009"]).apply(doc)
    with pytest.raises(CommandError, match="Brunflo"):
        RemoveDecision("LS/1/2009").apply(doc)


def test_scenario_copy_is_independent_and_commands_revert(doc):
    before = snapshot(doc)
    source = doc.project.scenarios["now"]
    clone = copied_scenario(source, "k", "Koncern")
    stack = CommandStack(doc)
    stack.push(AddScenario(clone))
    stack.push(SetUnitField("k", ["hc1"], "name", "Renamed"))
    assert source.units["hc1"].name == "Brunflo hälsocentral"
    stack.push(MoveScenario("k", 0))
    assert list(doc.project.scenarios) == ["k", "now"]
    stack.push(SetScenarioField("k", "effective_date", "2018-03-01"))
    stack.push(SetAcknowledgement("k", "rule:x", "known"))
    stack.push(RemoveScenario("k"))
    assert not doc.project.acknowledgements
    while stack.undo():
        pass
    assert snapshot(doc) == before


def test_macro_reverts_partial_work_on_failure(doc):
    before = snapshot(doc)
    macro = MacroCommand(Description.named("two"), [AddUnit("now", Unit("n1", "New")), MoveUnit("now", "pv", "hc1")])
    with pytest.raises(CommandError):
        macro.apply(doc)
    assert snapshot(doc) == before


def test_typing_a_name_merges_into_one_undo_step(doc):
    stack = CommandStack(doc)
    for text in ["B", "Br", "Bru"]:
        stack.push(SetUnitField("now", ["hc1"], "name", text))
    assert doc.project.scenarios["now"].units["hc1"].name == "Bru"
    stack.undo()
    assert doc.project.scenarios["now"].units["hc1"].name == "Brunflo hälsocentral"
    assert not stack.can_undo


def test_clean_state_tracks_save_point(doc):
    stack = CommandStack(doc)
    assert stack.is_clean
    stack.push(SetUnitField("now", ["hc1"], "notes", "x"))
    assert not stack.is_clean
    stack.set_clean()
    stack.push(SetUnitField("now", ["hc1"], "notes", "xy"))  # not merged across a save
    stack.undo()
    assert stack.is_clean
    assert doc.project.scenarios["now"].units["hc1"].notes == "x"


def test_deepcopy_of_project_is_supported(project):
    clone = copy.deepcopy(project)
    assert clone.scenarios["now"].units["hc1"] == project.scenarios["now"].units["hc1"]


def test_removing_a_unit_takes_its_trade_and_undo_brings_it_back():
    from orgdesigner.io.project.project_file import load_project
    from tests.conftest import EXAMPLE

    doc = Document(load_project(EXAMPLE))
    trade = doc.project.scenarios["nulage-2017"].trade
    supplier = next(iter(trade.services.values())).supplier_id
    buyer = next(iter(trade.flows.values())).buyer_id
    before = snapshot(doc)
    cmd = RemoveUnits("nulage-2017", [supplier, buyer])
    cmd.apply(doc)
    assert all(s.supplier_id != supplier for s in trade.services.values())
    assert all(f.buyer_id != buyer and f.service_id in trade.services for f in trade.flows.values())
    cmd.revert(doc)
    assert snapshot(doc) == before
