"""The main window: docks (scenarios, outline, properties, findings), the tabbed centre with the
chart first, the status bar, and the menus. It is a thin shell: files live in `FileManager`,
editing in the chart's `ChartEditor`, state in the `DocumentController`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgdesigner.ui.a11y import describe, name_dock_buttons
from orgdesigner.ui.i18n import plural

if TYPE_CHECKING:
    from orgdesigner.ui.chart.view import ChartView
    from orgdesigner.ui.keyboard_nav import DockTarget
    from orgdesigner.ui.properties import PropertiesPanel
    from orgdesigner.ui.trade.tab import TradeTab

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabBar,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.project.project_file import SUFFIX
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.chart.panel import ChartPanel
from orgdesigner.ui.dialogs import Dialogs
from orgdesigner.ui.files import FileManager
from orgdesigner.ui.lazy_tabs import LazyTab
from orgdesigner.ui.menus import build_menus
from orgdesigner.ui.outline import OutlineView
from orgdesigner.ui.scenarios.scenario_list import ScenarioList
from orgdesigner.ui.undo import DocumentController

SETTINGS_ORG = "orgdesigner"
DEFAULT_DOCK_WIDTH = 400  # the one dock column of the default layout


def default_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, "orgdesigner")


class MainWindow(QMainWindow):
    def __init__(self, controller: DocumentController | None = None, dialogs: Dialogs | None = None,
                 settings: QSettings | None = None, lang: str = "sv", defer_extras: bool = False) -> None:
        """`defer_extras`: leave `install_extras` to the caller (run_gui: right after the first
        paint with the project, so start-up pays only for the window, the docks and the chart)."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.lang = lang
        self.controller = controller or DocumentController(parent=self)
        self.dialogs = dialogs or Dialogs(self)
        self.settings = settings or default_settings()
        self.files = FileManager(self.controller, self.dialogs, self.settings, self)
        from orgdesigner.ui.scenarios.protect import CurrentStateGuard

        ask = getattr(self.dialogs, "ask_edit_current_state", None)
        if ask is not None:  # test doubles without the question edit freely
            self.controller.guard = CurrentStateGuard(
                self.controller, ask, lambda name: self.tr("%1 (copy)").replace("%1", name))
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        from orgdesigner.ui.colour_scheme import ColourScheme

        # light, dark or as the system; chosen before any widget exists, so the chart is made
        # in its colours (no restyle of every card, no search of the finished window)
        self.colour_scheme = ColourScheme(self.settings, self)
        self.colour_scheme.apply()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if defer_extras:
            # run_gui: the empty project's badges and status wait for the first paint as the
            # opened file's do, so the rules load after it (start-up, issue 20)
            self.controller.paint_first.target = self
        self.chart = ChartPanel(self.controller)
        if defer_extras:
            self.controller.paint_first.target = self.chart.view.viewport()
        self.chart.editor.confirm = lambda text: self.dialogs.confirm(self.tr("Delete"), text)
        self.tabs.addTab(self.chart, self.tr("Organisation chart"))
        from orgdesigner.ui.chart.accessible import ChartAnnouncer

        self.chart_announcer = ChartAnnouncer(self.chart.view, self.controller, lang)  # screen readers
        self.setCentralWidget(self.tabs)

        self.scenario_list = ScenarioList(self.controller)
        self.outline = OutlineView(self.controller)
        self.scenario_list.setAccessibleName(self.tr("Scenarios"))
        self.scenario_list.setAccessibleDescription(self.tr("The project's scenarios; the selected one is shown"))
        self.outline.setAccessibleName(self.tr("Units"))
        self.outline.setAccessibleDescription(self.tr("The current scenario's units as an outline"))
        self.chart.editor.attach(self.outline)
        from orgdesigner.ui.focus_mark import FocusMarkDelegate

        self.outline.setItemDelegate(FocusMarkDelegate(self.outline))  # the keyboard's place, seen
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._titled(self.tr("Scenarios"), self.scenario_list))
        left.addWidget(self._titled(self.tr("Units"), self.outline))
        left.setStretchFactor(1, 4)
        self.left_dock = self._dock("scenarios_dock", self.tr("Scenarios and units"), left, Qt.DockWidgetArea.LeftDockWidgetArea)
        # the panel is built when its dock is first shown (it starts as a tab behind the units)
        self._properties: PropertiesPanel | None = None
        self.properties_dock = self._dock("properties_dock", self.tr("Properties"), QWidget(), Qt.DockWidgetArea.RightDockWidgetArea)
        self.properties_dock.visibilityChanged.connect(lambda visible: visible and self.properties)
        if not defer_extras:
            self.properties  # noqa: B018  (built now: only run_gui's start waits for the dock)
        placeholder = QLabel(self.tr("Findings appear here once the analysis is installed."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.findings_dock = self._dock("findings_dock", self.tr("Findings"), placeholder, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.undo_view = QUndoView(self.controller.undo_stack)
        describe(self.undo_view, self.tr("Every edit in order; select one to undo or redo back to it"), self.tr("Undo history"))
        # the first row: the project as it was opened (Qt's own "<empty>" reads as program words)
        self.undo_view.setEmptyLabel(self.tr("As opened"))
        self.history_dock = self._dock("history_dock", self.tr("Undo history"), self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()

        self.unit_count = QLabel()
        self.findings_summary = QLabel()
        self.statusBar().addPermanentWidget(self.findings_summary)
        self.statusBar().addPermanentWidget(self.unit_count)

        from orgdesigner.ui.presentation import Presentation

        self.presentation = Presentation(self, self.tabs, self.chart, self.controller)  # F5: the chart alone, full screen
        self.menus = build_menus(self, self)
        c = self.controller
        c.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        c.modifiedChanged.connect(self.setWindowModified)
        c.pathChanged.connect(lambda _p: self._update_title())
        c.documentReplaced.connect(self._on_document_replaced)
        c.currentScenarioChanged.connect(lambda _s: c.paint_first.run("status", self.update_status))
        c.modelChanged.connect(self._on_model_event)
        self._status_timer = QTimer(self)  # findings summary: once per burst of edits
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(120)
        self._status_timer.timeout.connect(self.update_status)
        self._on_document_replaced()
        self._extras_installed = False
        self._restored = False
        if not defer_extras:
            self.install_extras()


        self._restore_state()  # last: every dock exists by now (deferred extras restore theirs)

    def install_extras(self) -> None:
        """What other parts add to the shell: matrix, findings, comparison, conflicts and change
        list; the internal-trade tab, import and export, keyboard navigation. Once."""
        if self._extras_installed:
            return
        self._extras_installed = True
        late = self._restored  # after _restore_state: the new docks take their saved places
        self._install_extensions()
        self._trade_tab = self.add_lazy_tab(self._make_trade_tab, self.tr("Internal trade"))
        from orgdesigner.ui.exchange.export_dialog import (
            install_exchange_actions,  # File → Import…/Export…
        )
        (self.import_action, self.import_archimate_action, self.import_history_action,
         self.export_action) = install_exchange_actions(self, self.menus.file, self.controller, self.files, self.lang)
        self._describe_tabs()
        from orgdesigner.ui.keyboard_nav import KeyboardNavigation

        # View → Go to, F6: every part from the keyboard
        self.keyboard = KeyboardNavigation(self, self.tabs, self._focus_targets,
                                           lambda page: self.chart_view if page is self.chart else None)
        from orgdesigner.ui.announcer import ActionAnnouncer

        self.announcer = ActionAnnouncer(self, self.controller, self.lang)  # results said to screen readers
        self.chart_announcer.announcer = self.announcer
        self.keyboard.build_menu(self.menus.view.addMenu(self.tr("Go &to")))
        for dock in self.findChildren(QDockWidget):
            name_dock_buttons(dock)  # "Stäng Fynd", not "Stäng"
            if late and dock.objectName() in ("conflicts_dock", "change_list_dock"):
                self.restoreDockWidget(dock)

    def _focus_targets(self) -> list[DockTarget]:
        """Each dock and the widget in it that Go to and F6 give the focus."""
        views = getattr(self, "responsibility_views", None)
        docks: list[DockTarget] = [
            (self.left_dock, lambda: self.scenario_list),
            (self.properties_dock, lambda: self.properties.name),
            (self.findings_dock, lambda: views.findings.tree if views is not None else self.findings_dock.widget()),
            (self.history_dock, lambda: self.undo_view),
        ]
        plan = getattr(self, "change_list_dock", None)  # Genomförandeplan
        if isinstance(plan, QDockWidget):
            docks.append((plan, lambda: getattr(plan.widget(), "steps", plan.widget())))
        return docks

    def _describe_tabs(self) -> None:
        """Each main tab's description (a screen reader's, and the tab's tooltip)."""
        tips = {
            self.tr("Organisation chart"): self.tr("The current scenario's units and reporting lines; arrow keys walk the tree"),
            self.tr("Responsibility matrix"): self.tr("Who develops, orders and delivers each function; type a role letter in a cell"),
            self.tr("Compare scenarios"): self.tr("Two to four scenarios side by side: differences, metrics and findings"),
            self.tr("Internal trade"): self.tr("Lab, radiology and PNA: what they cost each buyer and the region under each pricing model"),
        }
        for index in range(self.tabs.count()):
            tip = tips.get(self.tabs.tabText(index))
            if tip is not None:
                self.tabs.setTabToolTip(index, tip)

    # -- public API for other parts --

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    def add_lazy_tab(self, factory: Callable[[], QWidget], title: str) -> LazyTab:
        """A tab built when first shown or asked for (`.widget()`): start-up pays only for the chart."""
        return LazyTab(self.tabs, factory, title)

    @property
    def properties(self) -> PropertiesPanel:
        """The unit's properties, built the first time they are shown or asked for."""
        if self._properties is None:
            from orgdesigner.ui.properties import PropertiesPanel

            self._properties = PropertiesPanel(self.controller)
            self.set_dock_widget(self.properties_dock, self._properties)
        return self._properties

    @property
    def trade_tab(self) -> TradeTab:
        """The internal-trade tab (internhandel), built on first use."""
        from orgdesigner.ui.trade.tab import TradeTab

        tab = self._trade_tab.widget()
        assert isinstance(tab, TradeTab)
        return tab

    def _make_trade_tab(self) -> QWidget:
        from orgdesigner.ui.trade.tab import TradeTab

        return TradeTab(self.controller)

    def set_findings_widget(self, widget: QWidget) -> None:
        self.set_dock_widget(self.findings_dock, widget)

    @staticmethod
    def set_dock_widget(dock: QDockWidget, widget: QWidget) -> None:
        """Replace what `dock` shows (a placeholder made at start-up)."""
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()

    @property
    def chart_view(self) -> ChartView:
        return self.chart.view

    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(path)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self, path: str | Path) -> bool:
        return self.files.save_as(path)

    # -- building blocks --
    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        """Tab and Shift+Tab in the layout's reading order, skipping docks behind another tab."""
        if not self._extras_installed:
            return super().focusNextPrevChild(next)
        from orgdesigner.ui.keyboard_nav import reading_order

        order = reading_order(self)
        if not order:
            return super().focusNextPrevChild(next)
        here = self.focusWidget()
        step = 1 if next else -1
        at = order.index(here) if here in order else (-1 if next else 0)
        target = order[(at + step) % len(order)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def event(self, event: QEvent) -> bool:
        # docks tabbed together get a tab bar Qt makes on the spot (also when the user drags
        # one dock onto another): describe it as it appears
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):  # type: ignore[attr-defined]  # a ChildPolished event is a QChildEvent; PySide6 passes it typed as QEvent
            self.describe_dock_tabs()
        return super().event(event)


    def describe_dock_tabs(self) -> None:
        """The tab bars Qt makes for docks tabbed together, described for screen readers."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            describe(bar, self.tr("Docks tabbed together; choose one to show it"))


    def _install_extensions(self) -> None:
        """The views over the chart's model: matrix, findings, overlay, scenario tools, conflicts."""
        from orgdesigner.ui.responsibility_views import install_responsibility_views

        self.responsibility_views = install_responsibility_views(self, self.controller, self.lang)
        # Scenario menu, comparison tab
        from orgdesigner.ui.scenarios.tools import install_scenario_tools

        self.scenario_tools = install_scenario_tools(self, self.controller, self.lang)
        from orgdesigner.ui.conflicts.dock import install_conflict_dock

        self.conflict_dock = install_conflict_dock(self, self.controller, self.lang)
        from orgdesigner.ui.scenarios.change_list import install_change_list

        self.change_list_dock = install_change_list(self, self.controller, self.lang)

    # -- keeping the shell up to date --
    def _on_document_replaced(self) -> None:
        self._update_title()
        self.setWindowModified(self.controller.is_modified)
        self.controller.paint_first.run("status", self.update_status)
        analysis = self.controller.analysis
        if analysis is not None:
            analysis.subscribe(lambda *_a: self._status_timer.start())

    def _on_model_event(self, event: ModelEvent) -> None:
        if event.change in (Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.RESET, Change.SCENARIOS_CHANGED):
            self.update_status()
        if event.change is Change.PROJECT_CHANGED:
            self._update_title()

    def _update_title(self) -> None:
        path = self.controller.path
        name = path.name if path is not None else self.controller.project.name
        self.setWindowTitle(f"{name}[*] – orgdesigner")

    def update_status(self) -> None:
        scenario = self.controller.scenario
        count = len(scenario.units) if scenario else 0
        self.unit_count.setText(plural(self.tr("%n unit(s)", "", count), count))
        self.findings_summary.setText(self._findings_text())

    def _findings_text(self) -> str:
        analysis, scenario = self.controller.analysis, self.controller.scenario
        if analysis is None or scenario is None:
            return ""
        try:
            result = analysis.result(scenario.id)
        except Exception:  # a failing rule must not break the status bar
            return self.tr("analysis failed")
        # imported with the first result: it loads the analysis's findings module
        from orgdesigner.ui.findings.open_counts import open_errors_and_warnings

        errors, warnings = open_errors_and_warnings(result.findings)
        return (self.tr("Findings: %1, %2").replace("%1", plural(self.tr("%n error(s)", "", errors), errors))
                .replace("%2", plural(self.tr("%n warning(s)", "", warnings), warnings)))

    # -- settings --
    def _restore_state(self) -> None:
        """Later starts restore what the user had; the first start opens maximised with the
        default layout (the chart gets the room: every dock tabbed in one column on the right)."""
        self._restored = True
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and self.restoreState(state):
            self.describe_dock_tabs()
            return

        self.reset_layout()

    def reset_layout(self) -> None:
        """View → Reset layout: scenarios/units, properties and findings as tabs in one right-hand
        column, the undo history hidden. At 1600×1000 the chart keeps over 60 % of the window."""
        docks = [self.left_dock, self.properties_dock, self.findings_dock]
        for dock in [*docks, self.history_dock]:
            dock.setFloating(False)
            self.removeDockWidget(dock)
        for dock in docks:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.show()
        self.tabifyDockWidget(self.left_dock, self.properties_dock)
        self.tabifyDockWidget(self.properties_dock, self.findings_dock)
        self.describe_dock_tabs()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.left_dock.raise_()
        self.resizeDocks([self.left_dock], [DEFAULT_DOCK_WIDTH], Qt.Orientation.Horizontal)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    # -- closing and dropping files --
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_state()
        self.files.close_cleanly()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(SUFFIX) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(SUFFIX):
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return
