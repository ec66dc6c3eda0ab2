"""Keyboard alone: View → Go to moves the focus to each part of the window, F6 / Shift+F6 to the
next or previous part, raising a dock that lies behind another tab (docks tabbed together are
otherwise reached only with the mouse).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from orgdesigner.ui.main_window import MainWindow


class KeyboardNavigation(QObject):
    """The parts of the window in reading order, each with the widget that takes the focus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []

    def parts(self) -> list[tuple[str, Callable[[], None]]]:
        w = self.window
        parts: list[tuple[str, Callable[[], None]]] = []
        for index in range(w.tabs.count()):
            parts.append((w.tabs.tabText(index), partial(self._tab, index)))
        for dock, widget in self._docks():
            parts.append((dock.windowTitle(), partial(self._dock, dock, widget)))
        return parts

    def _docks(self) -> list[tuple[QDockWidget, Callable[[], QWidget | None]]]:
        w = self.window
        views = getattr(w, "responsibility_views", None)
        return [
            (w.left_dock, lambda: w.scenario_list),
            (w.properties_dock, lambda: w.properties.name),
            (w.findings_dock, lambda: views.findings.tree if views is not None else w.findings_dock.widget()),
        ]

    def build_menu(self, menu: QMenu) -> None:
        """View → Go to: one entry per part (Ctrl+1 … for the tabs, Alt+1 … for the docks),
        then F6 and Shift+F6."""
        w = self.window
        tabs = w.tabs.count()
        for number, (title, go) in enumerate(self.parts()):
            action = QAction(title, w)
            keys = f"Ctrl+{number + 1}" if number < tabs else f"Alt+{number - tabs + 1}"
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, g=go: g())
            menu.addAction(action)
            self.actions.append(action)
        menu.addSeparator()
        for text, key, step in ((self.tr("&Next part"), "F6", 1), (self.tr("&Previous part"), "Shift+F6", -1)):
            action = QAction(text, w)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.cycle(s))
            menu.addAction(action)
            self.actions.append(action)

    def current(self) -> int:
        """Which part holds the focus: a dock, else the current tab."""
        focus = self.window.focusWidget()
        tabs = self.window.tabs.count()
        for number, (dock, _widget) in enumerate(self._docks()):
            if focus is not None and dock.isAncestorOf(focus):
                return tabs + number
        return self.window.tabs.currentIndex()

    def cycle(self, step: int) -> None:
        """F6: the next part (the chart and the other tabs count as one, the current tab)."""
        tabs = self.window.tabs.count()
        order = [self.window.tabs.currentIndex()] + [tabs + n for n in range(len(self._docks()))]
        here = self.current()
        position = order.index(here) if here in order else 0
        target = order[(position + step) % len(order)]
        self.parts()[target][1]()

    def _tab(self, index: int) -> None:
        w = self.window
        w.tabs.setCurrentIndex(index)
        page = w.tabs.currentWidget()
        target = w.chart_view if page is w.chart else _first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _dock(self, dock: QDockWidget, widget: Callable[[], QWidget | None]) -> None:
        dock.show()
        dock.raise_()  # behind another dock's tab: bring it forward
        target = widget()
        if target is None or not target.isEnabled():  # e.g. the properties with no unit selected
            target = dock.widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)



def _first_focusable(page: QWidget | None) -> QWidget | None:
    """The first widget in the page's tab chain that takes the focus from the keyboard."""
    if page is None:
        return None
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(page) and widget.isEnabled() \
                and page.isAncestorOf(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None
