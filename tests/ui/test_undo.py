"""The Qt undo wrapper and the document controller, driven without any window."""

from __future__ import annotations

from orgdesigner.model import Document, Unit
from orgdesigner.model.commands import AddUnit, MoveUnit, SetUnitField
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


def make_controller() -> DocumentController:
    return DocumentController(Document(small_project()))


def test_push_applies_and_undo_reverts(qtbot):
    ctl = make_controller()
    assert ctl.push(AddUnit("now", Unit("x", "Ny enhet", parent_id="pv")))
    assert "x" in ctl.scenario.units and ctl.is_modified
    ctl.undo_stack.undo()
    assert "x" not in ctl.scenario.units and not ctl.is_modified
    ctl.undo_stack.redo()
    assert ctl.scenario.units["x"].parent_id == "pv"


def test_refused_command_reports_and_records_nothing(qtbot):
    ctl = make_controller()
    with qtbot.waitSignal(ctl.statusMessage) as blocker:
        ok = ctl.push(MoveUnit("now", "pv", "hc1"))
    assert not ok
    assert "cycle" in blocker.args[0]
    assert ctl.undo_stack.count() == 0
    assert ctl.scenario.units["pv"].parent_id == "rs"


def test_typing_merges_into_one_step(qtbot):
    ctl = make_controller()
    for text in ["B", "Br", "Bru"]:
        ctl.push(SetUnitField("now", ["hc1"], "name", text))
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert ctl.scenario.units["hc1"].name == "Brunflo hälsocentral"


def test_model_events_are_reemitted_and_selection_pruned(qtbot):
    ctl = make_controller()
    ctl.select_units(["hc1", "hc2", "nope"], centre=False)
    assert ctl.selection == ["hc1", "hc2"]
    events = []
    ctl.modelChanged.connect(events.append)
    from orgdesigner.model.commands import RemoveUnits

    with qtbot.waitSignal(ctl.selectionChanged):
        ctl.push(RemoveUnits("now", ["hc2"]))
    assert events and events[0].ids == ("hc2",)
    assert ctl.selection == ["hc1"]
