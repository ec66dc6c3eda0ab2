"""Dotted lines: add, change, remove, undo; deleting a unit takes its lines in the same step."""

from __future__ import annotations

import pytest

from orgdesigner.io.project.project_file import project_bytes
from orgdesigner.model import Change, DottedKind, DottedLine, Unit
from orgdesigner.model.commands import (
    AddDottedLine,
    AddUnit,
    ChangeDottedLine,
    CommandError,
    Description,
    MacroCommand,
    RemoveDottedLine,
    RemoveUnits,
    SetUnitField,
)
from orgdesigner.model.history import CommandStack

MEDICAL = DottedLine("best", DottedKind.PROFESSIONAL, "medicinska frågor", "RS/1039/2017")


def lines(doc, uid):
    return doc.project.scenarios["now"].units[uid].dotted_lines


def test_add_change_remove_and_undo_each(doc):
    start = project_bytes(doc.project)
    events = []
    doc.events.subscribe(events.append)
    add = AddDottedLine("now", "hc1", MEDICAL)
    add.apply(doc)
    assert lines(doc, "hc1") == (MEDICAL,)
    assert events[-1].change is Change.UNITS_CHANGED and events[-1].ids == ("hc1",)
    assert events[-1].field == "dotted_lines"
    changed = DottedLine("best", DottedKind.AGREEMENT, "överenskommelse")
    change = ChangeDottedLine("now", "hc1", changed)
    change.apply(doc)
    assert lines(doc, "hc1") == (changed,)
    remove = RemoveDottedLine("now", "hc1", "best")
    remove.apply(doc)
    assert lines(doc, "hc1") == ()
    remove.revert(doc)
    assert lines(doc, "hc1") == (changed,)
    change.revert(doc)
    assert lines(doc, "hc1") == (MEDICAL,)
    add.revert(doc)
    assert project_bytes(doc.project) == start


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("hc1", DottedLine("hc1"), "itself"),
        ("hc1", DottedLine("pv"), "already reports to"),
        ("hc1", DottedLine("ghost"), "unknown unit"),
        ("ghost", DottedLine("best"), "unknown unit"),
    ],
)
def test_bad_lines_are_refused_unchanged(doc, source, line, message):
    before = project_bytes(doc.project)
    with pytest.raises(CommandError, match=message):
        AddDottedLine("now", source, line).apply(doc)
    assert project_bytes(doc.project) == before


def test_a_second_line_to_the_same_unit_and_missing_lines_are_refused(doc):
    AddDottedLine("now", "hc1", MEDICAL).apply(doc)
    with pytest.raises(CommandError, match="already has a dotted line"):
        AddDottedLine("now", "hc1", DottedLine("best")).apply(doc)
    with pytest.raises(CommandError, match="no dotted line"):
        ChangeDottedLine("now", "hc2", DottedLine("best")).apply(doc)
    with pytest.raises(CommandError, match="no dotted line"):
        RemoveDottedLine("now", "hc2", "best").apply(doc)
    with pytest.raises(CommandError, match="dotted lines"):
        SetUnitField("now", ["hc1"], "dotted_lines", ())
    with pytest.raises(CommandError, match="dotted line"):
        AddDottedLine("now", "hc1", DottedLine("best", note="x" * 200_000))


def test_deleting_a_unit_removes_lines_to_and_from_it_in_one_undo_step(doc):
    stack = CommandStack(doc)
    stack.push(AddDottedLine("now", "hc1", MEDICAL))
    stack.push(AddDottedLine("now", "hc2", DottedLine("hc1", DottedKind.FUNCTIONAL)))
    stack.push(AddDottedLine("now", "best", DottedLine("hc2", DottedKind.AGREEMENT)))
    before = project_bytes(doc.project)
    events = []
    doc.events.subscribe(events.append)
    stack.push(RemoveUnits("now", ["hc1"]))
    assert "hc1" not in doc.project.scenarios["now"].units
    assert lines(doc, "hc2") == ()  # its line into the deleted unit went with it
    assert lines(doc, "best") == (DottedLine("hc2", DottedKind.AGREEMENT),)
    assert any(e.field == "dotted_lines" and e.ids == ("hc2",) for e in events)
    stack.undo()
    assert project_bytes(doc.project) == before
    assert lines(doc, "hc1") == (MEDICAL,)


def test_lines_ride_in_a_macro_that_rolls_back_on_failure(doc):
    before = project_bytes(doc.project)
    macro = MacroCommand(
        Description.named("Add with lines"),
        [
            AddUnit("now", Unit("cl", "Chefläkare", parent_id="rs")),
            AddDottedLine("now", "hc1", DottedLine("cl", DottedKind.PROFESSIONAL)),
            AddDottedLine("now", "hc1", DottedLine("cl", DottedKind.PROFESSIONAL)),  # refused
        ],
    )
    with pytest.raises(CommandError):
        macro.apply(doc)
    assert project_bytes(doc.project) == before
    macro.commands.pop()
    macro.apply(doc)
    assert lines(doc, "hc1") == (DottedLine("cl", DottedKind.PROFESSIONAL),)
    macro.revert(doc)
    assert project_bytes(doc.project) == before


def test_note_typing_merges_into_one_step(doc):
    stack = CommandStack(doc)
    stack.push(AddDottedLine("now", "hc1", MEDICAL))
    for note in ("a", "ab", "abc"):
        stack.push(ChangeDottedLine("now", "hc1", DottedLine("best", DottedKind.PROFESSIONAL, note)))
    assert lines(doc, "hc1")[0].note == "abc"
    stack.undo()
    assert lines(doc, "hc1") == (MEDICAL,)
