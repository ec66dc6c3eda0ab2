"""The internal-trade tab (internhandel): services, flows, assumptions and results.

A standalone widget over a DocumentController: every edit is a command on its undo stack, and
everything shown is redrawn from the controller's model events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.trade import (
    AddService,
    RemoveFlows,
    RemoveService,
    SetAssumption,
    SetFlows,
)
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.model.trade import Flow, Service, TradeAssumptions
from orgdesigner.ui.a11y import describe, no_tab_trap, warning
from orgdesigner.ui.i18n import percent_suffix, translation_lang
from orgdesigner.ui.trade.models import FlowsModel, ServicesModel
from orgdesigner.ui.trade.results import ComparisonModel, comparison


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns whose model offers `choices(index)`; text editing otherwise."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        model: Any = index.model()  # ServicesModel or FlowsModel: both offer choices()
        choices = model.choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            position = editor.findData("" if current is None else current)
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class _FittedTable(QTableView):
    """Fits its columns to the contents after each reset, but only while shown: fitting reads
    up to a thousand rows, which a hidden page need not pay for (it fits when first shown)."""

    _fit_pending = True

    def fit_columns(self) -> None:
        if self.isVisible():
            self._fit_pending = False
            self.resizeColumnsToContents()
        else:
            self._fit_pending = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns()


def _table(model: Any, parent: QWidget) -> QTableView:
    view = _FittedTable(parent)
    no_tab_trap(view)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setMaximumSectionSize(260)
    model.modelReset.connect(view.fit_columns)
    view.fit_columns()
    return view


def _scrolled(page: QWidget, name: str, description: str) -> QScrollArea:
    """A page that scrolls when the window is small, so the tab never forces the window's size.
    Tab goes straight to the page's first control (the area follows the focus), so the area is
    no Tab stop of its own; a screen reader still hears its name."""
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    describe(area, description, name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class AssumptionsPanel(QGroupBox):
    """The scenario's assumptions (antaganden), each edit one SetAssumption command."""

    PERCENT_FIELDS = ("response_free", "response_per_item", "response_fixed", "response_mixed",
                      "pna_share", "feedback_effect", "mixed_variable_share")

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assumptions (not facts)"), parent)
        describe(self, self.tr("This scenario's assumptions about how volumes respond to each pricing model"))

        self.controller = controller
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "These are assumptions for this scenario, not measured facts. Baseline volumes are taken "
            "as measured under styckpris; each response is the change in volume when buyers pay under "
            "that model."
        ))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.marks: dict[str, QLabel] = {}  # estimated from the history, or assumed
        labels = {
            "response_free": self.tr("Volume response, fri nyttighet"),
            "response_per_item": self.tr("Volume response, styckpris"),
            "response_fixed": self.tr("Volume response, fast avgift"),
            "response_mixed": self.tr("Volume response, blandad"),
            "pna_share": self.tr("Share of analyses moved to PNA at the hälsocentral"),
            "feedback_effect": self.tr("Volume effect of consultative feedback"),
            "mixed_variable_share": self.tr("Blandad: price per item as share of full price (if not set)"),
        }
        for field in self.PERCENT_FIELDS:
            spin = QDoubleSpinBox(self)
            share = field in ("pna_share", "mixed_variable_share")
            spin.setRange(0.0 if share else -100.0, 100.0 if share else 1000.0)
            spin.setDecimals(1)
            spin.setSuffix(percent_suffix())
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(lambda value, f=field: self._push(f, round(value / 100.0, 6)))
            self.spins[field] = spin
            describe(spin, self.tr("An assumption of this scenario, in per cent"))
            mark = QLabel(self)
            mark.setWordWrap(True)
            mark.hide()
            self.marks[field] = mark
            form.addRow(labels[field], spin)
            form.addRow(mark)  # under the figure, across the panel: a narrow panel never cuts it
            if field == "response_mixed":
                self.feedback = QCheckBox(self.tr("Suppliers give consultative feedback"), self)
                self.feedback.toggled.connect(lambda on: self._push("consultative_feedback", on))
                describe(self.feedback, self.tr("Ticked: suppliers comment on the requests, which changes volumes"))
                form.addRow(self.feedback)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Where the assumptions come from"))
        self.note.editingFinished.connect(lambda: self._push("note", self.note.text()))
        form.addRow(self.tr("Source / note"), self.note)
        describe(self.note, self.tr("Where the assumptions come from"))
        self.refresh()

    def show_calibration(self, calibration: Any) -> None:
        """Beside each figure the history can estimate: the estimate, or that it is assumed."""
        from orgdesigner.io.words.trade_evaluation import signed_percent
        from orgdesigner.ui.matrix.roles import ui_lang

        lang = ui_lang()
        for field, mark in self.marks.items():
            figure = None if calibration is None else calibration.figures.get(field)
            mark.setVisible(figure is not None)
            if figure is None:
                mark.clear()
            elif figure.estimated:
                mark.setText(self.tr("estimated from the history: %1 (95% interval %2 … %3)")
                             .replace("%1", signed_percent(figure.value, lang))
                             .replace("%2", signed_percent(figure.low, lang)).replace("%3", signed_percent(figure.high, lang)))
            else:
                mark.setText(self.tr("assumed"))

    def _assumptions(self) -> TradeAssumptions | None:
        scenario = self.controller.scenario
        return None if scenario is None else scenario.trade.assumptions

    def _push(self, field: str, value: Any) -> None:
        current = self._assumptions()
        if current is None or getattr(current, field) == value:
            return
        self.controller.push(SetAssumption(self.controller.scenario_id, field, value))

    def refresh(self) -> None:
        a = self._assumptions() or TradeAssumptions()
        self.setEnabled(self.controller.scenario is not None)
        for field, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(a, field) * 100.0)
            spin.blockSignals(False)
        self.feedback.blockSignals(True)
        self.feedback.setChecked(a.consultative_feedback)
        self.feedback.blockSignals(False)
        if not self.note.hasFocus():
            self.note.setText(a.note)


class TradeTab(QWidget):
    """Internhandel: what medical services cost whom, under each pricing model."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.services_model = ServicesModel(controller, self)
        self.flows_model = FlowsModel(controller, self)
        self.comparison_model = ComparisonModel(self)
        self.charts: Any = None  # built when the results page is first shown
        self.pages = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.pages.addTab(_scrolled(self._build_tables(), self.tr("Services and flows"),
                                    self.tr("The services medical-service units offer and who buys how much")),
                          self.tr("Services and flows"))
        self.pages.addTab(_scrolled(self._build_results(), self.tr("Results and assumptions"),
                                    self.tr("Cost per buyer and to the region under each pricing model")),
                          self.tr("Results and assumptions"))
        from orgdesigner.ui.trade.evaluation import EvaluationPage

        self.evaluation = EvaluationPage(controller, self)
        self.pages.addTab(_scrolled(self.evaluation, self.tr("Evaluation of the history"),
                                    self.tr("The three questions of the evaluation answered from the volume history")),
                          self.tr("Evaluation of the history"))
        self._report_stale = True
        self.pages.currentChanged.connect(self._on_page)
        self.pages.setTabToolTip(2, self.tr("What the volume history says: the three questions answered with figures and charts"))
        self.pages.setTabToolTip(0, self.tr("The services medical-service units offer and who buys how much"))
        self.pages.setTabToolTip(1, self.tr("Costs under each pricing model, the assumptions behind them and charts"))

        controller.modelChanged.connect(self._on_event)
        controller.currentScenarioChanged.connect(self.refresh)
        controller.documentReplaced.connect(self.refresh)
        self.refresh()

    # -- building --
    def _build_tables(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        services = QGroupBox(self.tr("Services offered by medical-service units"), splitter)
        box = QVBoxLayout(services)
        describe(services, self.tr("Lab, radiology and other services, their supplier, unit cost and pricing"))
        self.services_view = _table(self.services_model, services)
        describe(self.services_view, self.tr("One row per service; type or double-click a cell to edit it"), self.tr("Services"))
        box.addWidget(self.services_view)
        row = QHBoxLayout()
        self.add_service_button = QPushButton(self.tr("Add service"), services)
        self.remove_service_button = QPushButton(self.tr("Delete service"), services)
        self.add_service_button.clicked.connect(self.add_service)
        self.remove_service_button.clicked.connect(self.remove_selected_services)
        describe(self.add_service_button, self.tr("Add a service row to the table"))
        describe(self.remove_service_button, self.tr("Delete the selected services"))
        row.addWidget(self.add_service_button)
        row.addWidget(self.remove_service_button)
        row.addStretch(1)
        box.addLayout(row)
        flows = QGroupBox(self.tr("Trade flows: buyer × service × yearly volume"), splitter)
        box = QVBoxLayout(flows)
        describe(flows, self.tr("How much each buyer uses of each service in a year"))
        self.flows_view = _table(self.flows_model, flows)
        describe(self.flows_view, self.tr("One row per buyer and service; type or double-click a cell to edit it"), self.tr("Trade flows"))
        box.addWidget(self.flows_view)
        row = QHBoxLayout()
        self.add_flow_button = QPushButton(self.tr("Add flow"), flows)
        self.remove_flow_button = QPushButton(self.tr("Delete flows"), flows)
        self.import_button = QPushButton(self.tr("Import flows (CSV/XLSX)…"), flows)
        self.add_flow_button.clicked.connect(self.add_flow)
        self.remove_flow_button.clicked.connect(self.remove_selected_flows)
        self.import_button.clicked.connect(self._choose_import_file)
        describe(self.add_flow_button, self.tr("Add a flow row to the table"))
        describe(self.remove_flow_button, self.tr("Delete the selected flows"))
        describe(self.import_button, self.tr("Read buyer, service and volume rows from a CSV or Excel file"))
        for button in (self.add_flow_button, self.remove_flow_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        return splitter

    def _build_results(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.assumptions = AssumptionsPanel(self.controller, splitter)
        right = QWidget(splitter)
        self.results_layout = QVBoxLayout(right)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.comparison_view = QTableView(right)
        no_tab_trap(self.comparison_view)

        self.comparison_view.setModel(self.comparison_model)
        # every figure whole: columns as wide as their figures (the view scrolls), not squeezed
        self.comparison_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.comparison_view.verticalHeader().setDefaultSectionSize(22)
        # long row names are shortened with "…" (named in full by their tooltip), so the
        # figures keep the room
        self.comparison_view.verticalHeader().setMaximumWidth(260)
        self.comparison_view.setMinimumHeight(180)
        describe(self.comparison_view, self.tr("Cost per buyer and to the region under each pricing model"),
                 self.tr("Pricing models compared"))

        self.results_layout.addWidget(self.comparison_view, 1)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        return splitter

    def show_results(self) -> None:
        self.pages.setCurrentIndex(1)
        self._ensure_charts()

    def _on_page(self, index: int) -> None:
        if index == 1:
            self._ensure_charts()
        if index == 2:
            self.evaluation.ensure_charts()
        self._refresh_report()

    def show_evaluation(self) -> None:
        self.pages.setCurrentIndex(2)

    def _refresh_report(self) -> None:
        """The evaluation, computed only while a page that shows it is current (a large history
        takes a moment) and again after each change."""
        if not self._report_stale or self.pages.currentIndex() == 0:
            return
        self._report_stale = False
        scenario = self.controller.scenario
        report = None
        if scenario is not None:
            from orgdesigner.io.words.trade_evaluation import build_report
            from orgdesigner.ui.matrix.roles import ui_lang

            report = build_report(self.controller.project, scenario, ui_lang())
        self.evaluation.show_report(report)
        has_history = report is not None and not report.evaluation.empty
        self.assumptions.show_calibration(report.calibration if has_history and report is not None else None)

    def _ensure_charts(self) -> None:
        if self.charts is None:
            from orgdesigner.ui.trade.results import TradeCharts

            self.charts = TradeCharts(self)
            self.results_layout.addWidget(self.charts, 2)
            self._refresh_results()

    # -- redraw from the model --
    def _on_event(self, event: ModelEvent) -> None:
        if event.change in (Change.RESET, Change.SCENARIOS_CHANGED, Change.DECISIONS_CHANGED) or (
            event.scenario_id == self.controller.scenario_id
            and event.change in (Change.TRADE_CHANGED, Change.UNITS_CHANGED, Change.UNITS_ADDED, Change.UNITS_REMOVED)
        ) or (event.change is Change.PROJECT_CHANGED and event.field == "trade_history"):
            self.refresh()

    def refresh(self, *_: object) -> None:
        self._report_stale = True
        self._refresh_report()
        self.assumptions.refresh()
        enabled = self.controller.scenario is not None
        for button in (self.add_service_button, self.add_flow_button, self.import_button):
            button.setEnabled(enabled)
        self._refresh_results()

    def _refresh_results(self) -> None:
        scenario = self.controller.scenario
        results = comparison(scenario)
        self.comparison_model.set_results(scenario, results)
        if self.charts is not None:
            self.charts.update_results(scenario, results)

    # -- editing: each action one command --
    def add_service(self) -> str | None:
        scenario = self.controller.scenario
        if scenario is None or not scenario.units:
            return None
        suppliers = [u.id for u in scenario.units.values() if u.category is UnitCategory.MEDICAL_SERVICE]
        supplier = suppliers[0] if suppliers else next(iter(scenario.units))
        n = len(scenario.trade.services) + 1
        while f"service{n}" in scenario.trade.services:
            n += 1
        service = Service(f"service{n}", self.tr("New service %1").replace("%1", str(n)), supplier)
        return service.id if self.controller.push(AddService(scenario.id, service)) else None

    def remove_selected_services(self) -> None:
        ids = self.services_model.service_ids()
        rows = sorted({i.row() for i in self.services_view.selectionModel().selectedRows()})
        for service_id in [ids[r] for r in rows]:
            self.controller.push(RemoveService(self.controller.scenario_id, service_id))

    def add_flow(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None or not scenario.trade.services:
            self.controller.show_message(self.tr("Add a service first"))
            return False
        buyers = [u.id for u in scenario.units.values() if u.category in (UnitCategory.OWN_PROVIDER, UnitCategory.PRIVATE_PROVIDER)]
        buyers += [uid for uid in scenario.units if uid not in buyers]
        for service_id in scenario.trade.services:
            for buyer in buyers:
                if (buyer, service_id) not in scenario.trade.flows:
                    return self.controller.push(SetFlows(scenario.id, [Flow(buyer, service_id, 0.0)], description=Description(Action.ADD, Subject.FLOW)))
        self.controller.show_message(self.tr("Every unit already buys every service"))
        return False

    def remove_selected_flows(self) -> None:
        keys = self.flows_model.flow_keys()
        rows = sorted({i.row() for i in self.flows_view.selectionModel().selectedRows()})
        if rows:
            self.controller.push(RemoveFlows(self.controller.scenario_id, [keys[r] for r in rows]))

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import trade flows"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path, *, show_errors: bool = True) -> list[str]:
        """Import flows as one undo step. Returns the problems (empty on success)."""
        from orgdesigner.io.exchange.trade_import import TradeImportError, read_flows

        scenario = self.controller.scenario
        if scenario is None:
            return [self.tr("No scenario")]
        try:
            flows = read_flows(path, scenario)
        except TradeImportError as exc:
            problems = exc.words(translation_lang())
            if show_errors:
                more = len(problems) - 10
                text = "\n".join(problems[:10]) + (self.tr("\n… and %1 more").replace("%1", str(more)) if more > 0 else "")
                warning(self, self.tr("Import trade flows"),
                        self.tr("Nothing was imported from %1:").replace("%1", str(path)) + "\n\n" + text)

            return problems
        self.controller.push(SetFlows(scenario.id, flows, description=Description(Action.IMPORT, Subject.FLOW, count=len(flows))))
        return []
