"""Walk a widget tree as a screen reader does (through QAccessible) and list what it cannot say.

Shared by the window and dialog accessibility tests: every interactive control, and every other
widget Tab stops at (a scroll area, say), needs an accessible name and an accessible description;
every combo box needs a label relation (on Linux Qt reads a combo's value as its name and takes
the label from the relation: without one a screen reader hears "(ingen)"); on the Swedish window
no text may be an English source text that has a Swedish translation.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.conftest import ROOT

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView,
               QGroupBox, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)
TS = ROOT / "resources" / "translations" / "orgdesigner_sv.ts"


def _skipped(widget: QWidget) -> bool:
    if isinstance(widget, QTabBar):
        return False  # a tab widget's bar is Qt's, but its tabs are the user's
    if widget.objectName().startswith("qt_"):
        return True  # Qt's own internals (a dialog's button box parts, a scroll area's corner)
    parent = widget.parent()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True  # the editor inside a combo or spin box: the box carries the name
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # a view's header: its sections are cells of the view's accessible table
    if isinstance(widget, QScrollBar) and parent is not None and parent.objectName().startswith("qt_scrollarea"):
        return True  # a scroll area's own scroll bar: the role says what it is
    if isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar):
        return True  # a tab bar's own scroll arrows: the tab bar carries the name
    return isinstance(widget, QAbstractItemView) and type(parent).__name__ == "QComboBoxPrivateContainer"


def _tab_stop(widget: QWidget) -> bool:
    """Tab stops at it (a widget that hands its focus to another is not a stop itself)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None and widget.isEnabled()


def _labelled(widget: QWidget) -> bool:
    """A label names it through the accessible Label relation (a QLabel whose buddy it is)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    relations = iface.relations(QAccessible.RelationFlag.Label) if iface is not None else []
    return any(other.text(QAccessible.Text.Name).strip() for other, _kind in relations)


def _label(widget: QWidget, name: str) -> str:
    parent = widget.parent()
    return f"{type(widget).__name__} {name!r} in {type(parent).__name__} ({widget.window().windowTitle()})"


def gaps(root: QWidget, *, swedish: bool = False) -> list[str]:
    """Every visible interactive widget under root without an accessible name or description."""
    missing = []
    english = untranslated_sources() if swedish else {}
    for widget in root.findChildren(QWidget):
        if not (isinstance(widget, INTERACTIVE) or _tab_stop(widget)) or not widget.isVisibleTo(root) or _skipped(widget):
            continue
        if isinstance(widget, QComboBox) and not _labelled(widget):
            missing.append(f"no label relation: {_label(widget, widget.currentText())}")
        if isinstance(widget, QGroupBox) and not widget.title() and not widget.isCheckable():
            continue  # an untitled frame only groups the layout; nothing to announce
        iface = QAccessible.queryAccessibleInterface(widget)
        if isinstance(widget, QTabBar):  # the bar says nothing itself; each tab has a name and description
            missing += _tab_gaps(widget, iface, english)
            continue
        name = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        for what, role in (("name", QAccessible.Text.Name), ("description", QAccessible.Text.Description)):
            text = iface.text(role).strip() if iface is not None else ""
            if not text:
                missing.append(f"no {what}: {_label(widget, name)}")
            elif text.replace("&", "") in english:
                missing.append(f"English {what} {text!r}: {_label(widget, name)}")
    return missing


def _tab_gaps(bar: QTabBar, iface, english: dict[str, str]) -> list[str]:
    missing = []
    for i in range(iface.childCount()):
        tab = iface.child(i)
        if tab.role() != QAccessible.Role.PageTab:
            continue  # the scroll arrows
        name = tab.text(QAccessible.Text.Name).strip()
        for what, role in (("name", QAccessible.Text.Name), ("description", QAccessible.Text.Description)):
            text = tab.text(role).strip()
            if not text:
                missing.append(f"no {what}: tab {name!r} of {_label(bar, name)}")
            elif text.replace("&", "") in english:
                missing.append(f"English {what} {text!r}: tab of {_label(bar, name)}")
    return missing


def gaps_on_every_page(root: QWidget, *, swedish: bool = False) -> list[str]:
    """`gaps` with every page of every tab widget under root shown in turn (pages are hidden
    widgets until shown, so one walk would miss them)."""
    missing = gaps(root, swedish=swedish)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        was = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            missing += gaps(tabs.currentWidget(), swedish=swedish) + gaps(tabs, swedish=swedish)
        tabs.setCurrentIndex(was)
    return missing


@cache
def untranslated_sources() -> dict[str, str]:
    """English source texts of the .ts whose Swedish differs: seen on the Swedish window, they leaked."""
    texts = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if translation and translation != source and len(source) > 3:
            texts[source] = translation
    return texts
