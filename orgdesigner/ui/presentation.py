"""Presentation mode (F5, View → Present): the chart alone, full screen, with larger text.

Docks, menus, tabs and the status bar are hidden and come back as they were on Esc (or F5 again).
Arrow keys keep walking the tree, because the chart view keeps the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabBar

if TYPE_CHECKING:
    from orgdesigner.ui.main_window import MainWindow

PRESENT_NAME_PX = 16.0  # card names on a projector: readable from the back of the room


class Presentation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._restore: dict[str, object] = {}
        self.action = QAction(self.tr("&Present"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        self.leave_action = QAction(self.tr("Leave presentation"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)  # active while the menu bar is hidden

    def enter(self) -> None:
        self.action.setChecked(True)

    def leave(self) -> None:
        self.action.setChecked(False)

    def _toggled(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        view = w.chart_view
        tab_bar = w.tabs.findChild(QTabBar)
        if on:
            self._restore = {
                "state": w.windowState(),
                "docks": [d for d in w.findChildren(type(w.left_dock)) if d.isVisible()],
                "tab": w.tabs.currentIndex(),
                "legible": view.legible_px,
            }
            w.tabs.setCurrentWidget(w.chart)
            for dock in self._restore["docks"]:  # type: ignore[attr-defined]
                dock.hide()
            for widget in (w.menuBar(), w.statusBar(), w.chart.legend, tab_bar):
                if widget is not None:
                    widget.hide()
            w.showFullScreen()
            view.legible_px = PRESENT_NAME_PX
            view.follow_selection = True
            view.fit()
            self._centre_selection()
            view.viewport().installEventFilter(self)  # full screen arrives late: centre again then
            QTimer.singleShot(0, self._centre_selection)
            view.setFocus()
        else:
            view.viewport().removeEventFilter(self)
            view.follow_selection = False
            for widget in (w.menuBar(), w.statusBar(), w.chart.legend, tab_bar):
                if widget is not None:
                    widget.show()
            for dock in self._restore.get("docks", []):  # type: ignore[attr-defined]
                dock.show()
            w.setWindowState(self._restore.get("state", Qt.WindowState.WindowNoState))  # type: ignore[arg-type]
            w.tabs.setCurrentIndex(int(self._restore.get("tab", 0)))  # type: ignore[call-overload]
            view.legible_px = float(self._restore.get("legible", view.legible_px))  # type: ignore[arg-type]
            view.fit()
        self.leave_action.setEnabled(on)

    def _centre_selection(self) -> None:
        """The unit the presenter had selected stays in the middle of the screen."""
        selection = self.window.controller.selection
        if self.active and selection:
            self.window.chart_view.centre_on_unit(selection[0], force=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._centre_selection)
        return False
