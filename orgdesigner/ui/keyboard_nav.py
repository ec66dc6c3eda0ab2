"""Keyboard alone: View → Go to moves the focus to each part of the window, F6 / Shift+F6 to the
next or previous part, raising a dock that lies behind another tab (docks tabbed together are
otherwise reached only with the mouse). Tab follows the layout as it reads (`reading_order`) and
never enters a dock hidden behind another dock's tab.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabBar, QTabWidget, QWidget

#: a dock and the widget in it that takes the focus (built when asked: a panel may be built late)
DockTarget = tuple[QDockWidget, Callable[[], QWidget | None]]


class KeyboardNavigation(QObject):
    """The parts of the window in reading order, each with the widget that takes the focus: the
    pages of `tabs` (`page_focus(page)` names a page's own target, else its first control) and
    the docks `docks()` lists."""

    def __init__(self, window: QWidget, tabs: QTabWidget, docks: Callable[[], list[DockTarget]],
                 page_focus: Callable[[QWidget | None], QWidget | None] = lambda _page: None) -> None:
        super().__init__(window)
        self.window, self.tabs, self._docks, self._page_focus = window, tabs, docks, page_focus
        self.actions: list[QAction] = []

    def parts(self) -> list[tuple[str, Callable[[], None]]]:
        parts: list[tuple[str, Callable[[], None]]] = []
        for index in range(self.tabs.count()):
            parts.append((self.tabs.tabText(index), partial(self._tab, index)))
        for dock, widget in self._docks():
            parts.append((dock.windowTitle(), partial(self._dock, dock, widget)))
        return parts

    def build_menu(self, menu: QMenu) -> None:
        """View → Go to: one entry per part (Ctrl+1 … for the tabs, Alt+1 … for the docks),
        then F6 and Shift+F6."""
        w = self.window
        tabs = self.tabs.count()
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
        tabs = self.tabs.count()
        for number, (dock, _widget) in enumerate(self._docks()):
            if focus is not None and dock.isAncestorOf(focus):
                return tabs + number
        return self.tabs.currentIndex()

    def cycle(self, step: int) -> None:
        """F6: the next part (the chart and the other tabs count as one, the current tab; docks
        the user closed are left out, Go to opens them)."""
        tabs = self.tabs.count()
        docks = self._docks()
        order = [self.tabs.currentIndex()] + [tabs + n for n, (d, _w) in enumerate(docks) if not d.isHidden()]
        here = self.current()
        position = order.index(here) if here in order else 0
        target = order[(position + step) % len(order)]
        self.parts()[target][1]()

    def _tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        target = self._page_focus(page) or _first_focusable(page)
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


def behind_another_tab(dock: QDockWidget) -> bool:
    """A dock tabbed with others whose tab is not the current one: Qt keeps it "visible" but
    moves it out of sight, so Tab would walk into controls nobody sees."""
    return dock.isVisible() and not dock.isFloating() and dock.visibleRegion().isEmpty()


def _tab_stop(widget: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
            and widget.isVisible() and widget.isEnabled())


def reading_order(window: QMainWindow) -> list[QWidget]:
    """The window's Tab stops as the layout reads: part by part (the centre and each dock shown,
    top-left first; a dock column's tab bar after its docks), and in each part row by row, left
    to right. Controls of a dock behind another dock's tab, of a floating dock (a window of its
    own) and of pages not shown are left out."""
    parts: dict[QWidget, list[QWidget]] = {}
    hidden = [d for d in window.findChildren(QDockWidget) if behind_another_tab(d) or d.isFloating()]
    central = window.centralWidget()
    for widget in window.findChildren(QWidget):
        if not _tab_stop(widget) or widget.window() is not window or any(d.isAncestorOf(widget) for d in hidden):
            continue
        part = _part(window, widget, central)
        if part is not None:
            parts.setdefault(part, []).append(widget)
    ordered = sorted(parts, key=lambda p: _reading_key(_window_rect(window, p)))
    return [w for part in ordered for w in _rows(window, parts[part])]


def _part(window: QMainWindow, widget: QWidget, central: QWidget | None) -> QWidget | None:
    """The centre, the dock, or the docks' tab bar the widget belongs to."""
    node: QWidget | None = widget
    while node is not None and node is not window:
        if node is central or isinstance(node, QDockWidget):
            return node
        if isinstance(node, QTabBar) and node.parentWidget() is window:
            return node  # a dock column's tab bar
        node = node.parentWidget()
    return None


def _window_rect(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _reading_key(rect: QRect) -> tuple[int, int]:
    return rect.left(), rect.top()  # parts: columns left to right, then down a column


def _rows(window: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """Row by row, left to right: a control whose middle lies within the first one's height
    belongs to that row."""
    rects = {w: _window_rect(window, w) for w in widgets}
    pending = sorted(widgets, key=lambda w: (rects[w].top(), rects[w].left()))
    out: list[QWidget] = []
    while pending:
        first = rects[pending[0]]
        row = [w for w in pending if first.top() <= rects[w].center().y() <= first.bottom()]
        row = row or [pending[0]]
        out += sorted(row, key=lambda w: rects[w].left())
        pending = [w for w in pending if w not in row]
    return out

