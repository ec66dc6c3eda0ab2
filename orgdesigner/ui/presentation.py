"""Presentation mode (F5, View → Present): the chart alone, full screen, with larger text.

A title line names the project and the scenario; the legend stays; the function picker goes,
and so do the finding badges unless *Findings in the presentation* is ticked. The whole chart is
shown inside the screen with legible names: the lowest branches are folded into one card each
(name and "+N") until it fits (chart/legible_fit.py). Docks, menus, tabs, the status bar and the
folds come back as they were on Esc (or F5 again). Arrow keys keep walking the tree, because the
chart view keeps the keyboard focus.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabBar, QWidget

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
        self.findings_action = QAction(self.tr("Finding&s in the presentation"), window)
        self.findings_action.setCheckable(True)  # off: a nämnd sees the organisation, not our to-do list
        self.findings_action.toggled.connect(self._badges_toggled)
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
            extras = self._panel_extras()
            self._restore = {
                "state": w.windowState(),
                "geometry": w.geometry(),
                "docks": [d for d in w.findChildren(type(w.left_dock)) if d.isVisible()],
                "tab": w.tabs.currentIndex(),
                "legible": view.legible_px,
                "collapsed": set(w.chart.scene.collapsed),
                "extras": [x for x in extras if x.isVisible()],
            }
            w.tabs.setCurrentWidget(w.chart)
            for dock in self._restore["docks"]:  # type: ignore[attr-defined]  # _restore holds what was shown, values of mixed types; this one a list of docks
                dock.hide()
            for widget in (w.menuBar(), w.statusBar(), tab_bar, *self._restore["extras"]):  # type: ignore[misc]  # _restore holds values of mixed types; this one a list of widgets
                if widget is not None:
                    widget.hide()
            w.chart.title.setText(self._title())
            w.chart.title.show()
            w.chart.show_badges = self.findings_action.isChecked()
            w.chart.refresh_findings()
            w.showFullScreen()
            view.legible_px = PRESENT_NAME_PX
            view.follow_selection = True
            self._fit()
            view.viewport().installEventFilter(self)  # full screen arrives late: fit again then
            view.setFocus()
        else:
            view.viewport().removeEventFilter(self)
            view.follow_selection = False
            w.chart.title.hide()
            for widget in (w.menuBar(), w.statusBar(), tab_bar, *self._restore.get("extras", [])):  # type: ignore[misc]  # _restore holds values of mixed types; this one a list of widgets
                if widget is not None:
                    widget.show()
            for dock in self._restore.get("docks", []):  # type: ignore[attr-defined]  # _restore holds values of mixed types; this one a list of docks
                dock.show()
            w.setWindowState(self._restore.get("state", Qt.WindowState.WindowNoState))  # type: ignore[arg-type]  # _restore holds values of mixed types; this one the window state
            geometry = self._restore.get("geometry")
            if isinstance(geometry, QRect) and not w.isMaximized() and not w.isFullScreen():
                w.setGeometry(geometry)  # exactly where and as large as it was
            w.tabs.setCurrentIndex(int(self._restore.get("tab", 0)))  # type: ignore[call-overload]  # _restore holds values of mixed types; this one the tab index
            scene = w.chart.scene
            scene.set_collapsed_units(set(self._restore.get("collapsed", scene.collapsed)))  # type: ignore[call-overload]  # _restore holds values of mixed types; this one a set of unit ids
            w.chart.show_badges = True
            w.chart.refresh_findings()
            view.legible_px = float(self._restore.get("legible", view.legible_px))  # type: ignore[arg-type]  # _restore holds values of mixed types; this one a float
            view.fit()
        self.leave_action.setEnabled(on)

    def _panel_extras(self) -> list[QWidget]:
        """What the chart panel shows above the chart besides it: the function picker."""
        panel = self.window.chart
        layout = panel.layout()
        keep = {panel.view, panel.legend, panel.title, panel.find_bar}
        out: list[QWidget] = []
        for i in range(layout.count() if layout is not None else 0):
            item = layout.itemAt(i) if layout is not None else None
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in keep:
                out.append(widget)
        return out

    def _title(self) -> str:
        controller = self.window.controller
        project, scenario = controller.project, controller.scenario
        heading = project.case.title or project.name
        name = scenario.name if scenario is not None else ""
        size = "font-size: 16pt"
        return f"<span style='{size}'><b>{html.escape(heading)}</b>" + (f" — {html.escape(name)}</span>" if name else "</span>")

    def _fit(self) -> None:
        """Everything inside the screen, names legible: fold the lowest branches until it fits."""
        if not self.active:
            return
        from orgdesigner.ui.chart.legible_fit import collapse_to_fit

        view = self.window.chart_view
        if collapse_to_fit(view, frozenset(self.window.controller.selection)):
            view.fit_all()
        else:  # too big even folded: legible from the top, scrolling, centred on the selection
            view.fit()
        self._centre_selection()

    def _badges_toggled(self, on: bool) -> None:
        if self.active:
            self.window.chart.show_badges = on
            self.window.chart.refresh_findings()

    def _centre_selection(self) -> None:
        """The unit the presenter had selected stays on screen (its branch unfolded if need be)."""
        selection = self.window.controller.selection
        if self.active and selection:
            view = self.window.chart_view
            rect = view.chart_scene().card_rect(selection[0])
            if rect is not None and (view.horizontalScrollBar().maximum() or view.verticalScrollBar().maximum()):
                view.centerOn(rect.center())  # a chart that scrolls: the selected unit in the middle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit)
        return False
