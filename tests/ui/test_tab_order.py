"""Tab order of every dialog: Tab reaches every control that takes the keyboard focus, and goes
through them in the order they are read on screen (top to bottom, left to right in a row), then
comes round again, in every dialog of the application."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tests.ui.keyboard_driver import press
from tests.ui.test_accessible_dialogs import DIALOGS, _window


def _focusable(dialog: QWidget) -> list[QWidget]:
    out = []
    for widget in dialog.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the box's own editor: the box takes the focus
        if widget.window() is not dialog:
            continue
        if isinstance(widget, QTabWidget) or widget.objectName().startswith("qt_scrollarea") or widget.focusProxy():
            continue  # the tab bar, the scroll area or the proxy takes the focus for it
        out.append(widget)
    return out


def _rect(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def _reads_before(a: QRect, b: QRect) -> bool:
    """a comes before b in reading order: on an earlier row, or to the left on the same row."""
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    same_row = overlap > min(a.height(), b.height()) / 2
    if same_row:
        return a.left() <= b.left()
    return a.top() < b.top()


def _chain(qtbot, dialog: QWidget) -> list[QWidget]:
    """The focus widgets Tab visits, from the first one until it comes round."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    first = _focusable(dialog)
    first.sort(key=lambda w: (_rect(w, dialog).top(), _rect(w, dialog).left()))
    first[0].setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(120):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        press(Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_reaches_every_control_in_reading_order(qtbot, request, dialogs, settings, recovery_dir, name):
    window = _window(qtbot, request, dialogs, settings, "en")
    dialog = DIALOGS[name](window)
    dialog.show()
    qtbot.waitExposed(dialog)
    pages = dialog.findChildren(QTabWidget)
    for index in range(max((t.count() for t in pages), default=1)):
        for tabs in pages:  # every page of a tabbed dialog in turn
            if index < tabs.count():
                tabs.setCurrentIndex(index)
        chain = _chain(qtbot, dialog)
        missing = [f"{type(w).__name__} {w.accessibleName() or w.objectName()!r}" for w in _focusable(dialog) if w not in chain]
        assert not missing, f"Tab never reaches: {missing} (page {index + 1})"
        rects = [_rect(w, dialog) for w in chain]
        out_of_order = [
            f"{type(chain[i]).__name__} {chain[i].accessibleName()!r} → {type(chain[i + 1]).__name__} {chain[i + 1].accessibleName()!r}"
            for i in range(len(chain) - 1) if not _reads_before(rects[i], rects[i + 1])
        ]
        assert not out_of_order, f"Tab jumps back against the reading order: {out_of_order} (page {index + 1})"
    if pages:  # and the keyboard turns the pages: Ctrl+Tab in a tabbed dialog
        tabs = pages[0]
        tabs.setCurrentIndex(0)
        tabs.currentWidget().setFocus()
        press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == 1
    dialog.close()
    window.close()
