"""Presentation mode (F5, View → Present): the chart alone, full screen, with larger text.

A title line names the case and the scenario; the legend stays; the function picker goes,
and so do the finding badges unless *Findings in the presentation* is ticked. The whole chart is
shown inside the screen with names large enough for the room: at the largest of PRESENT_NAME_PX
at which it fits as the planner left it, else with the lowest branches folded into one card each
(name and "+N") until it fits at PRESENT_FOLDED_PX (chart/legible_fit.py); then as large as the
screen allows. Scroll bars go: there is nothing to scroll to. Docks (and which tab of
each dock group was in front), menus, tabs, the status bar, the folds, the zoom and the scroll
position come back as they were on Esc (or F5 again). Arrow keys keep walking the tree, because
the chart view keeps the keyboard focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTransform
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from orgdesigner.ui.chart.panel import ChartPanel
    from orgdesigner.ui.chart.view import ChartView
    from orgdesigner.ui.undo import DocumentController

PRESENT_NAME_PX = (16.0, 14.0, 12.0)  # card names on a projector: the largest the chart fits at
PRESENT_FOLDED_PX = 10.0  # folding to fit stops at this size: more of the organisation, still legible
PRESENT_MAX_PX = 22.0  # a small (or folded) chart is not blown up beyond this


class Presentation(QObject):
    """Takes what it changes: the window (full screen, menus, docks, status bar), its tabs, the
    chart panel, and the controller (the case's title and the selection)."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget, chart: ChartPanel, controller: DocumentController) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = tabs
        self.chart = chart
        self.controller = controller
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

    @property
    def chart_view(self) -> ChartView:
        return self.chart.view

    def enter(self) -> None:
        self.action.setChecked(True)

    def leave(self) -> None:
        self.action.setChecked(False)

    def _toggled(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        view = self.chart_view
        tab_bar = self.tabs.findChild(QTabBar)
        if on:
            extras = self._panel_extras()
            docks = [d for d in w.findChildren(QDockWidget) if d.toggleViewAction().isChecked()]
            self._restore = {
                "state": w.windowState(),
                "geometry": w.geometry(),
                "docks": docks,
                "front": [d for d in docks if d.isVisible()],  # the tab in front of each dock group
                "tab": self.tabs.currentIndex(),
                "legible": view.legible_px,
                "collapsed": set(self.chart.scene.collapsed),
                "auto_folded": set(self.chart.scene.auto_folded),
                "extras": [x for x in extras if x.isVisible()],
                "view": (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            }
            self.tabs.setCurrentWidget(self.chart)
            for dock in docks:
                dock.hide()
            for widget in (w.menuBar(), w.statusBar(), tab_bar, *self._restore["extras"]):  # type: ignore[misc]  # _restore holds values of mixed types; this one a list of widgets
                if widget is not None:
                    widget.hide()
            self.chart.title.setWordWrap(True)  # a long case title wraps, never cut
            self.chart.title.setText(self._title())
            self.chart.title.show()
            self.chart.show_badges = self.findings_action.isChecked()
            self.chart.refresh_findings()
            screen = w.screen()
            if screen is not None:
                w.setGeometry(screen.geometry())  # where no window manager honours full screen (a bare X server)
            w.showFullScreen()
            view.follow_selection = True
            self._restore["bars"] = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._fit()
            view.viewport().installEventFilter(self)  # full screen arrives late: fit again then
            view.setFocus()
        else:
            view.viewport().removeEventFilter(self)
            view.follow_selection = False
            bars = self._restore.get("bars")
            if isinstance(bars, tuple):
                view.setHorizontalScrollBarPolicy(bars[0])
                view.setVerticalScrollBarPolicy(bars[1])
            self.chart.title.hide()
            for widget in (w.menuBar(), w.statusBar(), tab_bar, *self._restore.get("extras", [])):  # type: ignore[misc]  # _restore holds values of mixed types; this one a list of widgets
                if widget is not None:
                    widget.show()
            for dock in self._restore.get("docks", []):  # type: ignore[attr-defined]  # _restore holds values of mixed types; this one a list of docks
                dock.show()
            for dock in self._restore.get("front", []):  # type: ignore[attr-defined]  # _restore holds values of mixed types; this one a list of docks
                dock.raise_()  # the tab that was in front, in front again
            w.setWindowState(self._restore.get("state", Qt.WindowState.WindowNoState))  # type: ignore[arg-type]  # _restore holds values of mixed types; this one the window state
            geometry = self._restore.get("geometry")
            if isinstance(geometry, QRect) and not w.isMaximized() and not w.isFullScreen():
                w.setGeometry(geometry)  # exactly where and as large as it was …
                QTimer.singleShot(0, lambda: self._restore_geometry(geometry))  # … also once the platform has left full screen
            self.tabs.setCurrentIndex(int(self._restore.get("tab", 0)))  # type: ignore[call-overload]  # _restore holds values of mixed types; this one the tab index
            scene = self.chart.scene
            scene.set_collapsed_units(set(self._restore.get("collapsed", scene.collapsed)),  # type: ignore[call-overload]  # _restore holds values of mixed types; this one a set of unit ids
                                      set(self._restore.get("auto_folded", ())))  # type: ignore[call-overload]  # as above
            scene.ensure_layout()
            self.chart.show_badges = True
            self.chart.refresh_findings()
            view.legible_px = float(self._restore.get("legible", view.legible_px))  # type: ignore[arg-type]  # _restore holds values of mixed types; this one a float
            saved = self._restore.get("view")
            if isinstance(saved, tuple):
                QTimer.singleShot(0, lambda: self._restore_view(*saved))  # after the window's own resize
        self.leave_action.setEnabled(on)

    def _panel_extras(self) -> list[QWidget]:
        """What the chart panel shows above the chart besides it: the function picker."""
        panel = self.chart
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
        controller = self.controller
        project, scenario = controller.project, controller.scenario
        heading = project.case.title or project.name
        name = scenario.name if scenario is not None else ""
        size = "font-size: 16pt"
        import html  # with the first presentation, not at start-up

        return f"<span style='{size}'><b>{html.escape(heading)}</b>" + (f" — {html.escape(name)}</span>" if name else "</span>")

    def _restore_geometry(self, geometry: QRect) -> None:
        w = self.window
        if not self.active and not w.isMaximized() and not w.isFullScreen() and w.geometry() != geometry:
            w.setGeometry(geometry)

    def _restore_view(self, transform: QTransform, x: int, y: int) -> None:
        """The zoom and scroll position the planner had before presenting."""
        if self.active:
            return
        view = self.chart_view
        view.setTransform(transform)
        view.horizontalScrollBar().setValue(x)
        view.verticalScrollBar().setValue(y)
        view.zoomChanged.emit(view.zoom())

    def _fit(self) -> None:
        """Everything inside the screen, names large: the largest size the chart fits at as it is,
        else the lowest branches folded until it fits at the smallest size."""
        if not self.active:
            return
        from orgdesigner.ui.chart.legible_fit import collapse_to_fit, fits

        view = self.chart_view
        view.chart_scene().set_collapsed_units(set(self._restore.get("collapsed", set())))  # type: ignore[call-overload]  # _restore holds values of mixed types; this one a set of unit ids
        view.chart_scene().ensure_layout()
        for px in PRESENT_NAME_PX:
            view.legible_px = px
            if fits(view):
                break
        else:  # fold the lowest branches, the selected unit's last; failing that, the least detail there is
            view.legible_px = PRESENT_FOLDED_PX
            selection = self.controller.selection
            if not collapse_to_fit(view, frozenset(selection)):
                collapse_to_fit(view, undo_on_failure=False)  # the selected branch folds too; at worst smaller
            self._select_shown()
        self._fill_screen()

    def _select_shown(self) -> None:
        """A selected unit folded away hands the selection to its card's nearest shown ancestor."""
        controller = self.controller
        scenario, cards = controller.scenario, self.chart_view.chart_scene().cards
        if scenario is None or not controller.selection or controller.selection[0] in cards:
            return
        shown = next((a for a in scenario.ancestors(controller.selection[0]) if a in cards), None)
        if shown is not None:
            controller.select_units([shown], centre=False)

    def _fill_screen(self) -> None:
        """The whole chart in the view, as large as fits, names no larger than PRESENT_MAX_PX."""
        from orgdesigner.ui.chart.legible_fit import fitting_zoom

        view = self.chart_view
        rect = view.chart_scene().chart_rect()
        if rect.isEmpty():
            return
        largest = view.legible_zoom() * PRESENT_MAX_PX / view.legible_px
        view.set_zoom(min(fitting_zoom(view), largest))
        view.centerOn(rect.center())

    def _badges_toggled(self, on: bool) -> None:
        if self.active:
            self.chart.show_badges = on
            self.chart.refresh_findings()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit)
        return False
