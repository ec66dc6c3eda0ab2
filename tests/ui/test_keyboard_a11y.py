"""The keyboard alone, where the window used to fail it (EN 301 549 / WCAG 2.1.1, 2.4.3, 2.4.7):
Tab stays out of docks behind another dock's tab and follows the layout, renaming on the chart
hands the focus back to the unit, Escape closes the find bar, Shift+F10 and the Menu key open the
selected unit's menu at its card, and the undo history and the genomförandeplan have their
Go to keys and a place in the F6 cycle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from orgdesigner.ui.keyboard_nav import behind_another_tab, reading_order
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window

K = Qt.Key
ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, dialogs, settings, recovery_dir):
    win = make_window(qtbot, dialogs, settings, EXAMPLE)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    win.chart_view.setFocus()
    yield win
    for menu in QApplication.topLevelWidgets():
        if isinstance(menu, QMenu) and menu.isVisible():
            menu.close()
    win.close()


def _tab_walk(qtbot, window, presses: int = 40) -> list:
    reached = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        reached.append(widget)
        qtbot.keyClick(widget, K.Key_Tab)
    return reached


def test_tab_never_enters_a_dock_behind_another_docks_tab(qtbot, window):
    assert behind_another_tab(window.findings_dock) and not behind_another_tab(window.left_dock)
    reached = _tab_walk(qtbot, window)
    hidden = [w for w in reached if window.findings_dock.isAncestorOf(w) or window.properties_dock.isAncestorOf(w)]
    assert not hidden, hidden
    assert all(w is not None and not w.visibleRegion().isEmpty() for w in reached)
    assert window.scenario_list in reached and window.chart_view in reached[1:]  # the chain comes round
    window.findings_dock.raise_()  # now the findings show, and Tab reaches them
    qtbot.waitUntil(lambda: not behind_another_tab(window.findings_dock), timeout=2000)
    window.chart_view.setFocus()
    assert window.responsibility_views.findings.tree in _tab_walk(qtbot, window)


def test_tab_follows_the_layout(qtbot, window):
    views = window.responsibility_views
    order = reading_order(window)
    assert order.index(views.chooser.combo) < order.index(window.chart_view)  # the picker is above the chart
    assert order.index(window.chart_view) < order.index(window.scenario_list)  # the dock column is to its right
    window.tabs.setCurrentWidget(window.tabs.widget(1))  # the matrix: its toolbar before its grid
    matrix = views.matrix
    qtbot.waitUntil(matrix.view.isVisible, timeout=2000)
    order = reading_order(window)
    assert order.index(matrix.subtree) < order.index(matrix.search) < order.index(matrix.view)


def _select(window, prefix: str) -> str:
    ctl = window.controller
    uid = next(u.id for u in ctl.scenario.units.values() if u.name.startswith(prefix))
    ctl.select_units([uid], centre=False)
    return uid


@pytest.mark.parametrize("key", [K.Key_Escape, K.Key_Return])
def test_renaming_hands_the_focus_back_to_the_unit(qtbot, window, key):
    uid = _select(window, "Område Primärvård")
    view = window.chart_view
    qtbot.keyClick(view, K.Key_F2)
    editor = window.chart.editor.rename_editor
    assert editor is not None and QApplication.focusWidget() is editor
    qtbot.keyClick(editor, key)  # Escape cancels, Enter on the unchanged name keeps it
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    assert window.controller.selection == [uid]
    qtbot.keyClick(view, K.Key_Down)  # the arrow keys go on from the unit
    assert window.controller.selection and window.controller.selection != [uid]


def test_escape_closes_the_find_bar(qtbot, window):
    bar = window.chart.find_bar
    bar.open_bar()
    qtbot.waitUntil(bar.edit.hasFocus, timeout=2000)
    qtbot.keyClick(bar.edit, K.Key_Escape)
    assert bar.isHidden()
    qtbot.waitUntil(window.chart_view.hasFocus, timeout=2000)


@pytest.mark.parametrize("how", ["Shift+F10", "Menu key"])
def test_the_keyboard_opens_the_selected_units_menu_at_its_card(qtbot, window, how):
    uid = _select(window, "Brunflo")
    view = window.chart_view
    with qtbot.waitSignal(view.contextMenuRequested, timeout=2000) as signal:
        if how == "Shift+F10":
            qtbot.keyClick(view, K.Key_F10, SHIFT)
        else:  # what Qt sends for the Menu key: a keyboard context-menu event at the widget's corner
            QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5))))
    unit, at = signal.args
    assert unit == uid
    card = view.mapFromScene(view.chart_scene().card_rect(uid)).boundingRect()
    assert card.contains(view.viewport().mapFromGlobal(at))


def test_undo_history_and_genomforandeplan_have_keys_and_a_place_in_the_f6_cycle(qtbot, window):
    shortcuts = {a.text(): a.shortcut().toString() for a in window.keyboard.actions}
    assert shortcuts[window.history_dock.windowTitle()] == "Alt+4"
    assert shortcuts[window.change_list_dock.windowTitle()] == "Alt+5"
    qtbot.keyClick(window.chart_view, K.Key_4, ALT)
    qtbot.waitUntil(window.undo_view.hasFocus, timeout=2000)
    assert not window.history_dock.isHidden()
    plan = window.change_list_dock
    qtbot.keyClick(window.undo_view, K.Key_5, ALT)
    qtbot.waitUntil(lambda: plan.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    visited = set()
    for _ in range(12):  # F6 goes round every open part
        qtbot.keyClick(QApplication.focusWidget(), K.Key_F6)
        focus = QApplication.focusWidget()
        visited |= {d for d in window.findChildren(QDockWidget) if d.isAncestorOf(focus)}
    assert {window.history_dock, plan} <= visited
