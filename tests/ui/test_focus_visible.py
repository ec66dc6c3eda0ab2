"""Focus you can see (WCAG 2.4.7 and 1.4.11): where the keyboard is must show, at 3:1 against
what is there without it, on the chart, in the scenario list, the findings and the outline, in
both schemes; and a dialog's first control shows its mark before any key is pressed.

Each mark is measured the same way: the same pixel grabbed with the focus and without it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QWidget

from orgdesigner.ui.chart import style
from orgdesigner.ui.colour_scheme import DARK, LIGHT
from tests.conftest import EXAMPLE
from tests.ui.test_accessible_dialogs import DIALOGS
from tests.ui.window_fixtures import make_window

GRAPHIC = 3.0


@pytest.fixture(params=[LIGHT, DARK])
def window(request, qtbot, dialogs, settings, recovery_dir):
    win = make_window(qtbot, dialogs, settings, EXAMPLE)
    win.colour_scheme.set_choice(request.param)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    yield win
    win.colour_scheme.set_choice(LIGHT)
    win.close()
    style.set_scheme(LIGHT)


def _pixel(widget: QWidget, at: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(at)


def _with_and_without_focus(qtbot, window, widget: QWidget, painted: QWidget, at: QPoint) -> tuple[QColor, QColor]:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.wait(20)
    focused = _pixel(painted, at)
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)  # somewhere else
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=2000)
    qtbot.wait(20)
    return focused, _pixel(painted, at)


def test_the_chart_shows_that_it_has_the_focus(qtbot, window):
    view = window.chart_view
    focused, unfocused = _with_and_without_focus(qtbot, window, view, view, QPoint(0, view.height() // 2))
    assert style.contrast_ratio(focused, unfocused) >= GRAPHIC, (focused.name(), unfocused.name())


def _views(window) -> dict[str, QAbstractItemView]:
    return {"scenario list": window.scenario_list, "findings": window.responsibility_views.findings.tree,
            "units": window.outline}


@pytest.mark.parametrize("name", ["scenario list", "findings", "units"])
def test_a_lists_current_item_shows_the_focus(qtbot, window, name):
    view = _views(window)[name]
    dock = next(d for d in (window.left_dock, window.findings_dock) if d.isAncestorOf(view))
    dock.raise_()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    model = view.model()
    current = model.index(0, 0)
    if name == "findings":  # a finding, not its group
        current = model.index(0, 0, current)
    view.setCurrentIndex(current)
    rect = view.visualRect(current)
    at = QPoint(rect.left() + 1, rect.center().y())
    focused, unfocused = _with_and_without_focus(qtbot, window, view, view.viewport(), at)
    assert style.contrast_ratio(focused, unfocused) >= GRAPHIC, (name, focused.name(), unfocused.name())


@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialogs_first_control_shows_its_focus_at_once(qtbot, dialogs, settings, recovery_dir, name):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    ctl = window.controller
    area = next(u for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård"))
    ctl.select_units([area.id], centre=False)
    dialog = DIALOGS[name](window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    focus = dialog.focusWidget()
    assert focus is not None and focus.isVisible(), name
    # Qt's styles draw a control's focus mark only in a window that has seen a keyboard focus change
    qtbot.waitUntil(lambda: dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange), timeout=2000)
    dialog.close()
    window.close()


def test_the_selected_scenarios_figures_stand_on_the_selection(qtbot, window):
    """The clarity and error figures at the right of the selected scenario are drawn in the
    selection's text colour, so the selection's colour must reach under them too."""
    from orgdesigner.ui import colours

    view = window.scenario_list
    window.controller.paint_first.flush()
    index = view.model().index(0, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.ClearAndSelect)
    window.chart_view.setFocus()  # no focus mark on the row: only the selection is measured
    qtbot.wait(50)
    rect = view.visualRect(index)
    pixel = view.viewport().grab().toImage().pixelColor(rect.right() - 2, rect.center().y())
    assert pixel.name() == colours.hex_colour("highlight"), pixel.name()
