"""Screen readers: every interactive widget has an accessible name in the UI language, the chart
tells what is selected, and the keyboard reaches every part of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView,
               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)


def nameless(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box carries the name
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals
        if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            continue  # a view's header: its sections are cells of the view's accessible table
        if isinstance(widget, QScrollBar) and widget.parent() is not None and widget.parent().objectName().startswith("qt_scrollarea"):
            continue  # a scroll area's own scroll bar: the role says what it is
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    missing = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(30)
        for dock in (window.left_dock, window.properties_dock, window.findings_dock):
            dock.raise_()
        missing += nameless(window)
    assert not missing, "\n".join(sorted(set(missing)))
    window.close()


def test_the_chart_tells_a_screen_reader_what_is_selected(qtbot, dialogs, settings, recovery_dir):
    from orgdesigner.ui.chart import style

    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    view = window.chart_view
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(QAccessible.Text.Name) == "Chart of the units"
    assert iface.text(QAccessible.Text.Name) != window.tabs.tabText(window.tabs.indexOf(window.chart))
    ctl = window.controller
    area = next(u for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård"))
    ctl.select_units([area.id], centre=False)
    said = iface.text(QAccessible.Text.Description)
    assert said == window.chart_announcer.announced
    assert area.name in said and style.category_label(area.category) in said
    count = window.chart.scene.cards[area.id].finding_count_text() or "0"
    assert f"findings: {count}" in said  # the same count as the badge
    ctl.select_units([], centre=False)
    assert "No unit selected" in iface.text(QAccessible.Text.Description)
    window.close()


def test_tab_reaches_every_part_of_the_window(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    window.chart_view.setFocus()
    reached = []
    for _ in range(60):
        widget = window.focusWidget()
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    names = {QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) for w in reached if w is not None}
    assert {"Chart of the units", "Scenarios", "Units"} <= names
    assert window.chart_view in reached[1:]  # the chain comes round again: no trap
    window.close()
