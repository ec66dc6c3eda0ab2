"""Editing on the chart with real widgets: add, rename, delete, drag to reparent, paste; undo/redo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from orgdesigner.model.commands import AddUnit
from orgdesigner.model.entities import Unit


def centre_of(window, uid: str) -> QPoint:
    view = window.chart.view
    view.centre_on_unit(uid)
    rect = window.chart.scene.card_rect(uid)
    return view.mapFromScene(rect.center())


def undo(window):
    window.controller.undo_stack.undo()
    window.chart.scene.ensure_layout()


def redo(window):
    window.controller.undo_stack.redo()
    window.chart.scene.ensure_layout()


def test_insert_adds_a_child_and_renames_in_place(window, qtbot):
    ctl, view = window.controller, window.chart.view
    view.set_zoom(1.0)
    ctl.select_units(["pv"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    new = ctl.selection[0]
    unit = ctl.scenario.units[new]
    assert unit.parent_id == "pv" and new in window.chart.scene.cards
    editor = window.chart.editor.rename_editor
    assert editor is not None and editor.isVisible()
    editor.setText("Torvalla hälsocentral")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert unit.name == "Torvalla hälsocentral"
    assert "Torvalla" in window.chart.scene.cards[new].name_text()
    assert [ctl.undo_stack.text(i) for i in range(ctl.undo_stack.count())] == ["Add New unit", "Change name"]
    undo(window)  # rename
    assert unit.name != "Torvalla hälsocentral"
    undo(window)  # add
    assert new not in ctl.scenario.units and new not in window.chart.scene.cards
    redo(window)
    assert new in window.chart.scene.cards


def test_enter_adds_a_sibling_right_after(window, qtbot):
    ctl, view = window.controller, window.chart.view
    ctl.select_units(["hc1"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    new = ctl.selection[0]
    window.chart.editor.rename_editor.finish()
    assert ctl.scenario.units[new].parent_id == "pv"
    assert ctl.scenario.children("pv") == ["hc1", new, "hc2"]


def test_f2_and_double_click_rename(window, qtbot):
    ctl, view = window.controller, window.chart.view
    view.set_zoom(1.0)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(window, "hc2"))
    editor = window.chart.editor.rename_editor
    assert editor is not None and editor.unit_id == "hc2"
    editor.setText("Frösön")
    editor.finish()
    assert ctl.scenario.units["hc2"].name == "Frösön"
    ctl.select_units(["best"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = window.chart.editor.rename_editor
    assert editor.unit_id == "best"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert ctl.scenario.units["best"].name == "Beställarenheten"


def test_delete_asks_before_deleting_a_subtree(window, qtbot, dialogs):
    ctl, view = window.controller, window.chart.view
    asked = []
    window.chart.editor.confirm = lambda text: asked.append(text) or False
    ctl.select_units(["pv"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked and "pv" in ctl.scenario.units  # refused: nothing deleted
    window.chart.editor.confirm = lambda text: True
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    window.chart.scene.ensure_layout()
    assert {"pv", "hc1", "hc2"}.isdisjoint(ctl.scenario.units)
    assert "hc1" not in window.chart.scene.cards
    undo(window)
    assert {"pv", "hc1", "hc2"} <= set(window.chart.scene.cards)
    assert ctl.scenario.assignments  # roles came back too


def test_delete_of_a_leaf_does_not_ask(window, qtbot):
    window.chart.editor.confirm = lambda text: (_ for _ in ()).throw(AssertionError("asked"))
    window.controller.select_units(["hc2"])
    window.chart.view.setFocus()
    qtbot.keyClick(window.chart.view, Qt.Key.Key_Delete)
    assert "hc2" not in window.controller.scenario.units


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    steps = 6
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        view.mouseMoveEvent(_move_event(view, p))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


def _move_event(view, pos: QPoint):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    return QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), view.viewport().mapToGlobal(QPointF(pos)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_drag_a_card_onto_another_reparents_it(window, qtbot):
    ctl, view = window.controller, window.chart.view
    view.set_zoom(0.6)
    view.centerOn(window.chart.scene.chart_rect().center())
    start, end = centre_of(window, "hc1"), centre_of(window, "best")
    drag(qtbot, view, start, end)
    assert ctl.scenario.units["hc1"].parent_id == "best"
    window.chart.scene.ensure_layout()
    undo(window)
    assert ctl.scenario.units["hc1"].parent_id == "pv"
    redo(window)
    assert ctl.scenario.units["hc1"].parent_id == "best"


def test_drag_that_would_make_a_cycle_is_refused_with_a_message(window, qtbot):
    ctl, view = window.controller, window.chart.view
    view.set_zoom(0.6)
    view.centerOn(window.chart.scene.chart_rect().center())
    start, end = centre_of(window, "pv"), centre_of(window, "hc2")
    with qtbot.waitSignal(ctl.statusMessage) as message:
        drag(qtbot, view, start, end)
    assert "cycle" in message.args[0]
    assert "cycle" in window.statusBar().currentMessage()
    assert ctl.scenario.units["pv"].parent_id == "rs"
    assert ctl.undo_stack.count() == 0


def test_copy_paste_subtree_within_and_between_scenarios(window, qtbot):
    ctl, editor = window.controller, window.chart.editor
    ctl.select_units(["pv"])
    assert editor.do_copy()
    ctl.select_units(["best"])
    roots = editor.do_paste()
    assert len(roots) == 1
    scenario = ctl.scenario
    pasted = scenario.subtree(roots[0])
    assert len(pasted) == 3 and scenario.units[roots[0]].parent_id == "best"
    assert ctl.undo_stack.count() == 1  # one macro
    # the delivery role held by the copied units came along
    assert any(k.unit_id == roots[0] for k in scenario.assignments)
    undo(window)
    assert roots[0] not in scenario.units
    window.scenario_list.copy_current()  # another scenario
    other = ctl.scenario
    assert other.id != "now"
    ctl.select_units([])
    roots = editor.do_paste()
    assert other.units[roots[0]].parent_id is None and roots[0] in window.chart.scene.cards


def test_cut_removes_and_paste_restores_elsewhere(window):
    ctl, editor = window.controller, window.chart.editor
    ctl.select_units(["hc2"])
    assert editor.do_cut()
    assert "hc2" not in ctl.scenario.units
    ctl.select_units(["best"])
    (root,) = editor.do_paste()
    assert ctl.scenario.units[root].name == "Frösö hälsocentral"
    assert ctl.scenario.units[root].parent_id == "best"


def test_arrow_keys_walk_the_tree(window, qtbot):
    ctl, view = window.controller, window.chart.view
    ctl.select_units(["pv"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert ctl.selection == ["hc1"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert ctl.selection == ["hc2"]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert ctl.selection == ["pv"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert ctl.selection == ["best"]


def test_rubber_band_selects_cards(window, qtbot):
    view, scene = window.chart.view, window.chart.scene
    view.set_zoom(0.6)
    view.centerOn(scene.chart_rect().center())
    a, b = scene.card_rect("hc1"), scene.card_rect("hc2")
    top_left = view.mapFromScene(a.topLeft()) - QPoint(8, 8)
    bottom_right = view.mapFromScene(b.bottomRight()) + QPoint(8, 8)
    empty = top_left
    assert scene.unit_at(view.mapToScene(empty)) is None
    drag(qtbot, view, top_left, bottom_right)
    assert set(window.controller.selection) == {"hc1", "hc2"}


def test_collapse_hides_the_subtree_and_find_reveals_it(window, qtbot):
    ctl, scene = window.controller, window.chart.scene
    ctl.select_units(["pv"])
    window.chart.editor.collapse.trigger()
    assert "hc1" not in scene.cards and scene.layout.hidden_counts == {"pv": 2}
    window.menus.find.trigger()
    bar = window.chart.find_bar
    assert bar.isVisible()
    bar.edit.setText("frösö")
    assert bar.find_next() == "hc2"
    assert ctl.selection == ["hc2"] and "hc2" in scene.cards  # its parent was expanded


def test_relayout_keeps_the_selected_card_still(window, qtbot):
    ctl, view, scene = window.controller, window.chart.view, window.chart.scene
    view.set_zoom(1.0)
    ctl.select_units(["hc2"])
    view.centre_on_unit("hc2", force=True)
    before = view.mapFromScene(scene.card_rect("hc2").topLeft())
    ctl.push(AddUnit("now", Unit("x", "Ny hälsocentral", parent_id="pv"), index=4))
    scene.ensure_layout()
    assert ctl.scenario.children("pv") == ["hc1", "x", "hc2"]
    after = view.mapFromScene(scene.card_rect("hc2").topLeft())
    assert (after - before).manhattanLength() <= 2


def test_delete_question_goes_through_the_window_dialogs(window, qtbot, dialogs):
    dialogs.confirm_answer = False
    window.controller.select_units(["pv"])
    window.chart.editor.delete.trigger()
    assert dialogs.asked[-1][0] == "confirm" and "pv" in window.controller.scenario.units


def test_insert_after_choosing_a_finding_never_guesses_a_parent(window, qtbot):
    ctl, view = window.controller, window.chart.view
    units_before = set(ctl.scenario.units)
    messages: list[str] = []
    ctl.statusMessage.connect(messages.append)
    ctl.select_units([])  # choosing a finding about a function (no unit) clears the selection
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert set(ctl.scenario.units) == units_before  # no new top-level unit
    ctl.select_units(["pv", "hc1"])  # a finding about two units selects both
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert set(ctl.scenario.units) == units_before
    assert messages and "Select the one unit" in messages[-1]
    ctl.select_units(["hc1"])
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    added = set(ctl.scenario.units) - units_before
    assert len(added) == 1 and ctl.scenario.units[added.pop()].parent_id == "hc1"
