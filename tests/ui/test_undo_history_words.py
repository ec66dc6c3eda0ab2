"""The undo history and the Edit menu read as plain words in the window's language: no program
marks such as Qt's "<empty>", no field names, ids or enum values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from orgdesigner.model.commands import MoveUnit, SetUnitField
from orgdesigner.model.enums import UnitCategory, UnitForm


def _edit_and_read(window):
    """Four edits on the open scenario; the history's rows and the Edit menu's undo/redo texts."""
    ctl = window.controller
    scenario = ctl.scenario
    child = next(u for u in scenario.units.values() if u.parent_id is not None)
    other = next(u for u in scenario.units.values() if u.id not in (child.id, child.parent_id) and u.parent_id is None)
    assert ctl.push(SetUnitField(ctl.scenario_id, [child.id], "name", "Ny enhet"))
    assert ctl.push(SetUnitField(ctl.scenario_id, [child.id], "category", UnitCategory.SUPPORT))
    assert ctl.push(SetUnitField(ctl.scenario_id, [child.id], "form", UnitForm.RESULT))
    assert ctl.push(MoveUnit(ctl.scenario_id, child.id, other.id))
    ctl.undo_stack.undo()
    model = window.undo_view.model()
    rows = [model.index(i, 0).data(Qt.ItemDataRole.DisplayRole) for i in range(model.rowCount())]
    menus = [window.menus.undo.text(), window.menus.redo.text()]
    return rows, menus, (child.id, other.id)


def _plain(texts, ids):
    for text in texts:
        assert text and "<" not in text and "_" not in text, text
        for word in text.replace("&", "").split():
            assert word not in ids and word not in {str(c) for c in UnitCategory} | {str(f) for f in UnitForm}, text


def test_swedish_history_and_edit_menu_are_plain_swedish(swedish_window):
    rows, menus, ids = _edit_and_read(swedish_window)
    assert rows == ["Som när projektet öppnades", "Ändra namn", "Ändra kategori", "Ändra form", "Flytta enhet"]
    assert menus[0].replace("&", "") == "Ångra Ändra form"
    assert menus[1].replace("&", "") == "Gör om Flytta enhet"
    _plain(rows + menus, ids)


def test_english_history_and_edit_menu_are_plain_english(english_window):
    rows, menus, ids = _edit_and_read(english_window)
    assert rows == ["As opened", "Change name", "Change category", "Change form", "Move unit"]
    assert menus[0].replace("&", "") == "Undo Change form"
    assert menus[1].replace("&", "") == "Redo Move unit"
    _plain(rows + menus, ids)
