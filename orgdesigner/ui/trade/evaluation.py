"""The Internhandel tab's evaluation page: the three questions answered from the volume history.

The answers in words (with the method named), the events on the time line (delete one: one undo
step), the what-if's figures marked estimated or assumed (use the estimated ones: one undo
step), and the charts. Redrawn from the model: the page never owns data.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.words.trade_evaluation import (
    FIELD_WORDS,
    TradeReport,
    event_title,
    reason_text,
    signed_percent,
)
from orgdesigner.model.commands import MacroCommand, SetAssumption
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.trade_history import SetTradeHistory, without_event
from orgdesigner.ui.a11y import describe, no_tab_trap
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.matrix.roles import ui_lang


class EvaluationPage(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = ui_lang()
        self.report: TradeReport | None = None
        self.charts: Any = None  # pyqtgraph: built when the page is first shown

        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import volume history…"), self)
        self.import_button.clicked.connect(self._import)
        describe(self.import_button, self.tr("Read what the lab and radiology systems export into the project"))
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.answers = QLabel(left)
        self.answers.setWordWrap(True)
        self.answers.setTextFormat(Qt.TextFormat.RichText)
        self.answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers.setAlignment(Qt.AlignmentFlag.AlignTop)
        describe(self.answers, self.tr("The three questions of the evaluation answered from the volume history"),
                 self.tr("Answers"))
        column.addWidget(self.answers)
        self.chart_area = QWidget(left)
        self.chart_area.setMinimumHeight(760)
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart_area)

        events = QGroupBox(self.tr("Events on the time line"), left)
        describe(events, self.tr("Pricing changes, start of consultative feedback and PNA introduction"))
        box = QVBoxLayout(events)
        self.events = QTableWidget(0, 4, events)
        no_tab_trap(self.events)
        self.events.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Buyers touched"), self.tr("Change (95% interval)")])
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.events.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.events.setWordWrap(True)
        self.events.setMinimumHeight(150)
        describe(self.events, self.tr("One row per event with what the history says it did"), self.tr("Events"))
        box.addWidget(self.events)
        self.add_event_button = QPushButton(self.tr("Add event…"), events)
        self.add_event_button.clicked.connect(self._add_event)
        describe(self.add_event_button, self.tr("Add a pricing change, the start of feedback or PNA to the time line"))
        self.delete_event_button = QPushButton(self.tr("Delete event"), events)
        self.delete_event_button.clicked.connect(self.delete_selected_event)
        describe(self.delete_event_button, self.tr("Delete the selected event from the time line"))
        row = QHBoxLayout()
        row.addWidget(self.add_event_button)
        row.addWidget(self.delete_event_button)
        row.addStretch(1)
        box.addLayout(row)
        column.addWidget(events)

        what_if = QGroupBox(self.tr("What-if: estimated or assumed"), left)
        describe(what_if, self.tr("Which figures of the what-if the history estimates and which are assumptions"))
        box = QVBoxLayout(what_if)
        self.figures = QTableWidget(0, 3, what_if)
        no_tab_trap(self.figures)
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("Source")])
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures.horizontalHeader().setStretchLastSection(True)
        describe(self.figures, self.tr("Each volume response and the feedback effect: estimated from the history or assumed"),
                 self.tr("Estimated and assumed figures"))
        box.addWidget(self.figures)
        self.use_button = QPushButton(self.tr("Use the estimated figures in this scenario"), what_if)
        self.use_button.clicked.connect(self.use_estimates)
        describe(self.use_button, self.tr("Put the figures the history estimates into this scenario's assumptions (one undo step)"))
        box.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(what_if)
        column.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(left, 1)

    # -- drawing --
    def ensure_charts(self) -> None:
        if self.charts is None:
            from orgdesigner.ui.trade.history_charts import EvaluationCharts

            self.charts = EvaluationCharts(self.lang, self.chart_area)
            self.chart_layout.addWidget(self.charts)
            self.charts.update_report(self.report)

    def show_report(self, report: TradeReport | None) -> None:
        self.report = report
        self._summary(report)
        self._answers(report)
        self._events(report)
        self._figures(report)
        if self.charts is not None:
            self.charts.update_report(report)

    def _summary(self, report: TradeReport | None) -> None:
        if report is None or report.evaluation.empty:
            self.summary.setText(self.tr("The project has no volume history yet. Import what the lab and radiology "
                                         "systems export (File → Import volume history…) to answer the questions with figures."))
            return
        ev = report.evaluation
        buyers, services = len(ev.buyers), len(ev.services)
        text = (self.tr("Volume history %1–%2: %3, %4.")
                .replace("%1", str(ev.years[0])).replace("%2", str(ev.years[-1]))
                .replace("%3", plural(self.tr("%n buyer(s)", "", buyers), buyers))
                .replace("%4", plural(self.tr("%n service(s)", "", services), services)))
        if ev.note:
            text += " " + ev.note
        self.summary.setText(text)

    def _answers(self, report: TradeReport | None) -> None:
        if report is None:
            self.answers.clear()
            return
        parts = []
        for a in report.answers:
            parts.append(f"<h3>{a.number}. {html.escape(a.question)}</h3>")
            parts += [f"<p>{html.escape(p)}</p>" for p in a.paragraphs]
            parts.append(f"<p><b>{html.escape(a.conclusion)}</b></p>")
        parts.append(f"<p><i>{html.escape(report.method)}</i></p>")
        self.answers.setText("".join(parts))

    def _events(self, report: TradeReport | None) -> None:
        effects = [] if report is None else report.evaluation.effects
        self.events.setRowCount(len(effects))
        for row, e in enumerate(effects):
            date = "" if e.on is None else e.on.isoformat()
            assert report is not None
            title = event_title(e, report.project, self.lang)
            buyers = ", ".join(report.evaluation.buyers[b].name for b in e.touched) or "–"
            if e.estimate is None:
                change = reason_text(e, self.lang)
            else:
                est = e.estimate
                change = f"{signed_percent(est.relative, self.lang)} ({signed_percent(est.relative_low, self.lang)} … {signed_percent(est.relative_high, self.lang)})"
            for column, text in enumerate((date, title, buyers, change)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.event.id)
                item.setToolTip(text)
                self.events.setItem(row, column, item)
        for column, width in enumerate((90, 420, 380)):
            self.events.setColumnWidth(column, width)
        self.delete_event_button.setEnabled(bool(effects))

    def _figures(self, report: TradeReport | None) -> None:
        figures = [] if report is None else list(report.calibration.figures.values())
        self.figures.setRowCount(len(figures))
        i = 1 if self.lang == "en" else 0
        for row, f in enumerate(figures):
            if f.estimated:
                assert f.low is not None and f.high is not None
                source = self.tr("estimated from the history (95% interval %1 … %2)").replace(
                    "%1", signed_percent(f.low, self.lang)).replace("%2", signed_percent(f.high, self.lang))
            else:
                source = self.tr("assumed")
            for column, text in enumerate((FIELD_WORDS[f.field][i], signed_percent(f.value, self.lang), source)):
                self.figures.setItem(row, column, QTableWidgetItem(text))
        self.use_button.setEnabled(report is not None and report.calibration.any_estimated)

    # -- editing: each action one command --
    def delete_selected_event(self) -> bool:
        rows = sorted({i.row() for i in self.events.selectionModel().selectedRows()})
        if not rows:
            return False
        item = self.events.item(rows[0], 0)
        event_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        history = self.controller.project.trade_history
        if event_id is None or history.event(event_id) is None:
            return False
        return bool(self.controller.push(SetTradeHistory(without_event(history, event_id), Description(Action.DELETE, Subject.EVENT, name=event_id))))

    def use_estimates(self) -> bool:
        """The estimated figures into the scenario's assumptions, as one undo step."""
        report, scenario = self.report, self.controller.scenario
        if report is None or scenario is None:
            return False
        commands = [SetAssumption(scenario.id, f.field, round(f.value, 6)) for f in report.calibration.figures.values()
                    if f.estimated and getattr(scenario.trade.assumptions, f.field) != round(f.value, 6)]
        if not commands:
            return False
        return bool(self.controller.push(MacroCommand(Description.named(self.tr("Use the estimated figures")), commands)))

    def _add_event(self) -> None:
        from orgdesigner.ui.trade.event_dialog import EventDialog

        EventDialog(self.controller, self).exec()

    def _import(self) -> None:
        from orgdesigner.ui.exchange.history_import import HistoryImportDialog

        HistoryImportDialog(self.controller, self, self.lang).exec()

