"""Presentation mode: F5 shows the chart alone with larger text, arrows walk the tree, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import EXAMPLE
from tests.ui.test_chart_room import _at_size, smallest_name_pixels
from tests.ui.window_fixtures import dialogs, make_window, recovery_dir, settings  # noqa: F401


def test_f5_presents_the_chart_and_escape_restores_the_window(qtbot, dialogs, settings, recovery_dir):  # noqa: F811
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    window.tabs.setCurrentIndex(1)
    docks_before = [d for d in (window.left_dock, window.properties_dock, window.findings_dock) if d.isVisible()]
    normal_px = smallest_name_pixels(window.chart_view)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    assert window.isFullScreen()
    assert window.tabs.currentWidget() is window.chart
    assert not any(d.isVisible() for d in docks_before)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    view = window.chart_view
    assert smallest_name_pixels(view) >= 16.0 > normal_px  # larger text for the room
    assert view.hasFocus()

    ctl = window.controller
    root = next(u for u in ctl.scenario.units.values() if u.name == "Regionfullmäktige")
    ctl.select_units([root.id], centre=False)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = ctl.selection[0]
    assert ctl.scenario.units[first].parent_id == root.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert ctl.selection == [root.id]

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert not window.isFullScreen()
    assert all(d.isVisible() for d in docks_before)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.tabs.currentIndex() == 1
    window.close()
