"""The comparison tab: pick 2–4 scenarios and see, relative to the first, small charts with the
differences outlined, a table of differences, metrics with deltas, bar charts of the
responsibility split and of findings, and what got clearer or worse (findings resolved/introduced).

It recomputes from `orgdesigner.analysis.compare` after edits (debounced, and only while shown),
reusing the live analysis of each scenario when the controller has one.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.analysis.compare import Comparison, compare
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, label_for, no_tab_trap
from orgdesigner.ui.compare.charts import SEVERITIES, FindingsBars, MiniChart
from orgdesigner.ui.compare.models import DifferencesModel, MetricsModel
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from orgdesigner.analysis.live import LiveAnalysis

NONE = ""  # the "—" choice of the optional third and fourth pickers
_REFRESH_ON = {
    Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED, Change.UNITS_CHANGED,
    Change.ASSIGNMENTS_CHANGED, Change.FUNCTIONS_CHANGED, Change.DECISIONS_CHANGED,
    Change.SCENARIOS_CHANGED, Change.SCENARIO_CHANGED, Change.TRADE_CHANGED, Change.PROJECT_CHANGED, Change.RESET,
}


class CompareTab(QWidget):
    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang or ui_lang()
        self.comparison: Comparison | None = None
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        colours.changes().changed.connect(self._recolour)

        self.pickers = [QComboBox(self) for _ in range(4)]
        bar = QHBoxLayout()
        # "Compare [a] with [b] and [c] and [d]": each word is its picker's label for a screen reader
        words = (self.tr("Compare"), self.tr("with"), self.tr("and"), self.tr("and"))
        for i, picker in enumerate(self.pickers):
            name = self.tr("Scenario %1 to compare").replace("%1", str(i + 1))
            bar.addWidget(label_for(picker, words[i], self, name))
            picker.setMinimumContentsLength(14)
            describe(picker, self.tr("The first scenario is the base; the others are compared with it"), name)

            picker.currentIndexChanged.connect(self._picked)
            bar.addWidget(picker)
        bar.addStretch(1)
        self.summary = QLabel(self)
        bar.addWidget(self.summary)

        self.charts_box = QWidget(self)
        self.charts_layout = QHBoxLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts = [MiniChart(self.charts_box) for _ in range(4)]
        for chart in self.charts:
            self.charts_layout.addWidget(chart, 1)

        self.diff_model = DifferencesModel(self)
        self.diff_table = self._table(self.diff_model)
        describe(self.diff_table, self.tr("Units, roles and economic rules that differ from the first scenario"),
                 self.tr("Differences"))
        self.metrics_model = MetricsModel(self)
        self.metrics_table = self._table(self.metrics_model)
        describe(self.metrics_table, self.tr("Clarity index, findings, layers and the split of accountability, with changes"),
                 self.tr("Metrics"))

        # each scenario's column at least as wide as its name and figures (the table scrolls
        # when four scenarios do not fit), the spare width shared out
        self.metrics_table.horizontalHeader().setStretchLastSection(False)
        self.metrics_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.metrics_table.horizontalHeader().setMinimumSectionSize(60)
        self.metrics_model.modelReset.connect(self._fit_metric_columns)
        self.changes = QTreeWidget(self)
        self.changes.setAccessibleName(self.tr("Findings resolved and introduced"))
        self.changes.setAccessibleDescription(self.tr("Findings that differ between the compared scenarios"))
        self.changes.setHeaderLabels([self.tr("Finding"), self.tr("Severity")])
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bars_page = QWidget(self)
        self.split_row = QHBoxLayout()
        self.findings_bars = FindingsBars(self.bars_page)
        page_layout = QVBoxLayout(self.bars_page)
        page_layout.addLayout(self.split_row, 1)
        page_layout.addWidget(self.findings_bars, 1)
        self.split_charts: list[QWidget] = []
        bars_scroll = QScrollArea(self)
        bars_scroll.setWidgetResizable(True)
        bars_scroll.setWidget(self.bars_page)
        # charts only: the area keeps its Tab stop so the arrow keys scroll it, and says what it is
        describe(bars_scroll, self.tr("Bar charts of the split of accountability and of the findings"),
                 self.tr("Split and findings"))

        self.details = QTabWidget(self)
        self.details.addTab(self.changes, self.tr("What got clearer / worse"))
        self.details.addTab(self.diff_table, self.tr("Differences"))
        self.details.addTab(self.metrics_table, self.tr("Metrics"))
        self.details.addTab(bars_scroll, self.tr("Split and findings"))
        for index, tip in enumerate((self.tr("The findings each scenario resolves and introduces"),
                                     self.tr("Units, roles and economic rules that differ from the first scenario"),
                                     self.tr("Clarity index, findings, layers and the split of accountability, with changes"),
                                     self.tr("Bar charts of the split of accountability and of the findings"))):
            self.details.setTabToolTip(index, tip)


        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.charts_box)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._shared_out = False  # the charts' half of the height, given once at the first show
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        controller.modelChanged.connect(self._on_event)
        controller.documentReplaced.connect(self._on_document)
        self._subscribed_to: LiveAnalysis | None = None
        self._on_document()

    def _fit_metric_columns(self) -> None:
        """Stretch while every column fits whole; else each as wide as its contents, scrolling."""
        table = self.metrics_table
        header = table.horizontalHeader()
        needed = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())]
        fits = sum(needed) <= table.viewport().width()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.ResizeToContents)

    def _table(self, model: QAbstractItemModel) -> QTableView:
        table = QTableView(self)
        no_tab_trap(table)

        table.setModel(model)
        table.setSortingEnabled(False)
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(22)
        return table

    # -- choosing scenarios --
    def _on_document(self) -> None:
        analysis = self.controller.analysis
        if analysis is not None and analysis is not self._subscribed_to:
            analysis.subscribe(self._on_analysis)
            self._subscribed_to = analysis
        self.fill_pickers()

    def fill_pickers(self) -> None:
        scenarios = list(self.controller.project.scenarios.values())
        ids = [s.id for s in scenarios]
        current = [p.currentData() for p in self.pickers]
        defaults = [ids[0] if ids else NONE, ids[1] if len(ids) > 1 else (ids[0] if ids else NONE), NONE, NONE]
        for i, picker in enumerate(self.pickers):
            picker.blockSignals(True)
            picker.clear()
            if i >= 2:
                picker.addItem("—", NONE)
            for s in scenarios:
                picker.addItem(s.name, s.id)
            wanted = current[i] if current[i] in ids or (i >= 2 and current[i] == NONE) else defaults[i]
            picker.setCurrentIndex(max(0, picker.findData(wanted)))
            picker.blockSignals(False)
        self._schedule()

    def set_scenarios(self, ids: list[str]) -> None:
        """Choose the scenarios (2–4 ids; the first is the base) and refresh now."""
        if not 2 <= len(ids) <= 4:
            raise ValueError("choose 2 to 4 scenarios")
        for i, picker in enumerate(self.pickers):
            picker.blockSignals(True)
            picker.setCurrentIndex(max(0, picker.findData(ids[i] if i < len(ids) else NONE)))
            picker.blockSignals(False)
        self.refresh()

    def chosen(self) -> list[str]:
        known = self.controller.project.scenarios
        return [p.currentData() for p in self.pickers if p.currentData() in known]

    def _picked(self, _index: int) -> None:
        self._schedule()

    # -- keeping current --
    def _on_event(self, event: ModelEvent) -> None:
        if event.change in (Change.SCENARIOS_CHANGED, Change.SCENARIO_CHANGED, Change.RESET):
            self.fill_pickers()
        elif event.change in _REFRESH_ON:
            self._schedule()

    def _on_analysis(self, scenario_id: str) -> None:
        if scenario_id in self.chosen():
            self._schedule()

    def _schedule(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shared_out and self.splitter.height() > 0:
            # the splitter first sizes by the size hints, which left the charts a fifth of the
            # height: folded to their root card, they showed nothing of what changed
            self._shared_out = True
            half = self.splitter.height() // 2
            self.splitter.setSizes([half, self.splitter.height() - half])
        if self._dirty:
            self._timer.start(0)

    def refresh(self) -> None:
        self._dirty = False
        ids = self.chosen()
        if len(ids) < 2:
            self.comparison = None
            self.summary.setText(self.tr("Choose at least two scenarios."))
            self._show(None)
            return
        project = self.controller.project
        results = {}
        analysis = self.controller.analysis
        if analysis is not None:
            for sid in dict.fromkeys(ids):
                with contextlib.suppress(Exception):  # a failing live analysis: a full run instead
                    results[sid] = analysis.result(sid)
        self.comparison = compare(project, ids, results=results)
        self._show(self.comparison)

    def _recolour(self) -> None:
        """A scheme change: the charts, legends and findings are drawn again in its colours."""
        if self.comparison is not None:
            self._show(self.comparison)

    # -- showing --
    def _show(self, comparison: Comparison | None) -> None:
        self.diff_model.set_comparison(comparison, self.lang)
        self.metrics_model.set_comparison(comparison)
        self._show_charts(comparison)
        self._show_changes(comparison)
        self._show_bars(comparison)
        if comparison is not None:
            identical = all(d.is_empty for d in comparison.diffs)
            self.summary.setText(self.tr("No differences.") if identical else plural(self.tr("%n difference(s)", "", len(self.diff_model.rows)), len(self.diff_model.rows)))

    def _show_charts(self, comparison: Comparison | None) -> None:
        scenarios = self.controller.project.scenarios
        shown = [] if comparison is None else comparison.scenarios
        removed: dict[str, str] = {}
        if comparison is not None:
            for diff in comparison.diffs:
                removed.update({u.unit_id: "removed" for u in diff.units if u.status == "removed"})
        for i, chart in enumerate(self.charts):
            if i >= len(shown):
                chart.hide()
                chart.show_scenario(None, {}, "")
                continue
            sid, name = shown[i]
            if i == 0:
                status, title = removed, self.tr("%1 (base)").replace("%1", name)
            else:
                assert comparison is not None  # more than one scenario shown
                title = name
                status = {u: s for u, s in comparison.diffs[i - 1].unit_status().items() if s != "removed"}
            chart.show_scenario(scenarios.get(sid), status, title)
            chart.show()

    def _show_changes(self, comparison: Comparison | None) -> None:
        self.changes.clear()
        if comparison is None:
            return
        words = {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("note")}
        for (_sid, name), diff in zip(comparison.scenarios[1:], comparison.diffs, strict=True):
            for title, findings, colour in (
                (self.tr("%1: clearer – %2 finding(s) resolved"), diff.resolved, "good_text"),
                (self.tr("%1: worse – %2 finding(s) introduced"), diff.introduced, "bad_text"),
            ):
                top = QTreeWidgetItem([title.replace("%1", name).replace("%2", str(len(findings))), ""])
                top.setForeground(0, QBrush(colours.colour(colour)))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                for f in findings:
                    child = QTreeWidgetItem([f.message(self.lang), words.get(f.severity.value, f.severity.value)])
                    child.setToolTip(0, f.message(self.lang))
                    child.setForeground(1, QBrush(colours.colour(f"severity_{f.severity.value}_text")))
                    child.setData(0, Qt.ItemDataRole.UserRole, f.key)
                    top.addChild(child)
                self.changes.addTopLevelItem(top)
                top.setExpanded(True)

    def _show_bars(self, comparison: Comparison | None) -> None:
        for chart in self.split_charts:
            self.split_row.removeWidget(chart)
            chart.deleteLater()
        self.split_charts = []
        if comparison is None:
            self.findings_bars.set_counts([])
            return
        from orgdesigner.ui.findings.split_chart import SplitChart
        for sid, name in comparison.scenarios:
            metrics = comparison.metrics[sid]
            split: dict[str, dict[str, int]] = {}
            for key, value in metrics.items():
                if key.startswith("split."):
                    _, resp, side = key.split(".", 2)
                    split.setdefault(resp, {})[side] = int(value)
            chart = SplitChart(self.lang, self.bars_page)
            chart.set_split(split, name)
            self.split_row.addWidget(chart, 1)
            self.split_charts.append(chart)
        self.findings_bars.set_counts([
            (name, {s: comparison.metrics[sid].get(f"findings.{s}", 0) for s in SEVERITIES})
            for sid, name in comparison.scenarios
        ])
