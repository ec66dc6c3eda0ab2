"""The findings panel: findings of the current scenario, grouped, filtered, counted, explained.

It follows the live analysis (updated after every edit). Selecting a finding selects and centres
its units on the chart (through the controller) and its cells in the matrix (`findingSelected`).
Acknowledging stores a comment in the project through an undoable SetAcknowledgement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.analysis.findings import RULES, Finding
from orgdesigner.model.commands import SetAcknowledgement
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, label_for
from orgdesigner.ui.findings.model import (
    GROUP_BY_CAUSE,
    GROUP_BY_RULE,
    GROUP_BY_SEVERITY,
    MESSAGE,
    RULE,
    UNITS,
    FindingsModel,
)
from orgdesigner.ui.findings.split_chart import SplitChart
from orgdesigner.ui.focus_mark import FocusMarkDelegate
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.text_dialog import ask_text
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from orgdesigner.analysis.live import LiveAnalysis

#: the findings list's width from which the rule and units columns are shown beside the title
_ALL_COLUMNS_WIDTH = 620

#: a group with more findings starts closed (opening it lays out every row)
EXPAND_AT_MOST = 500


class FindingsPanel(QWidget):
    #: the finding the planner selected (the matrix selects its cells)
    findingSelected = Signal(object)
    #: the current scenario's findings after every refresh (the matrix marks them); a list, sent
    #: as an object: a Signal(list) converts all 120,000 of a region's findings on every emit
    findingsChanged = Signal(object)

    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang or ui_lang()
        self.model = FindingsModel(controller.project, controller.scenario_id, self.lang, self)
        self.model.set_group_by(GROUP_BY_CAUSE)  # the most important problem first, its sides together
        self._live: LiveAnalysis | None = None
        self._current_key: str | None = None
        self._references: list[Any] | None = None  # omvärld facts, read when a candidate is first shown

        self.group = QComboBox(self)
        self.group.addItem(self.tr("Group by cause"), GROUP_BY_CAUSE)
        self.group.addItem(self.tr("Group by severity"), GROUP_BY_SEVERITY)
        self.group.addItem(self.tr("Group by rule"), GROUP_BY_RULE)
        self.group.currentIndexChanged.connect(lambda _: self._regroup(self.group.currentData()))
        describe(self.group, self.tr("How the findings are grouped: by cause, severity or rule"), self.tr("Grouping"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter findings…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter findings"))
        self.filter.setAccessibleDescription(self.tr("Show only findings whose text contains this"))
        self.filter.textChanged.connect(self._on_filter)
        self.counts = QLabel(self)

        self.tree = _FindingsTree(self)
        self.tree.setModel(self.model)
        # Whole titles, wrapped over as many lines as they need (the planner reads them here,
        # not in a tooltip); rows therefore differ in height.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setAccessibleDescription(self.tr("Unclear responsibility found by the analysis; select one to read why it matters"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self._collapsed: set[str] = set()  # groups the planner closed: they stay closed
        self.tree.collapsed.connect(lambda index: self._collapsed.add(self.model.group_key(index)))
        self.tree.expanded.connect(lambda index: self._collapsed.discard(self.model.group_key(index)))
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda parent, *_: self._expand_shown() if not parent.isValid() else None)
        bar = self.tree.verticalScrollBar()
        bar.valueChanged.connect(self._near_end)
        bar.rangeChanged.connect(lambda *_: self._near_end())

        self.explanation = QTextBrowser(self)
        self.explanation.setOpenExternalLinks(False)
        colours.changes().changed.connect(self._recolour)
        self.explanation.setAccessibleName(self.tr("Explanation of the finding"))
        self.explanation.setAccessibleDescription(self.tr("Why the selected finding matters and how to fix it"))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge…"), self)
        self.acknowledge_button.setToolTip(self.tr("Keep the finding with a comment saying why it is accepted"))
        self.acknowledge_button.clicked.connect(self.ask_acknowledgement)
        describe(self.acknowledge_button, self.tr("Keep the finding with a comment saying why it is accepted"))
        self.withdraw_button = QPushButton(self.tr("Withdraw acknowledgement"), self)
        self.withdraw_button.clicked.connect(lambda: self.acknowledge(None))
        describe(self.withdraw_button, self.tr("Show the acknowledged finding as open again"))


        top = QHBoxLayout()
        top.addWidget(label_for(self.group, self.tr("Grouping:"), self))
        top.addWidget(self.group)
        top.addWidget(self.filter, 1)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.explanation, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        details_layout.addLayout(buttons)
        self.split_chart = SplitChart(self.lang, self)
        self.split_chart.setMaximumHeight(190)
        details_layout.addWidget(self.split_chart)
        # tree beside the details in a wide (bottom) dock, above them in a tall (side) dock
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.splitter, 1)

        controller.currentScenarioChanged.connect(lambda _sid: controller.paint_first.run("findings", self.refresh))
        controller.documentReplaced.connect(self._attach_analysis)
        controller.modelChanged.connect(self._on_model_event)
        self._attach_analysis()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() > 1.6 * event.size().height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)


    # -- analysis --------------------------------------------------------------------------------
    def _attach_analysis(self) -> None:
        live = self.controller.analysis
        if live is not None and live is not self._live:
            live.subscribe(self._on_analysis)
        self._live = live
        self.controller.paint_first.run("findings", self.refresh)

    def _on_analysis(self, *args: object) -> None:
        scenario_id = args[0] if args and isinstance(args[0], str) else None
        if scenario_id is None or scenario_id == self.controller.scenario_id:
            self.refresh()

    def _on_model_event(self, event: ModelEvent) -> None:
        # without a live analysis, acknowledgements still need the dimming refreshed
        if self._live is None and event.change in (Change.PROJECT_CHANGED, Change.ASSIGNMENTS_CHANGED):
            self.refresh()

    def current_result(self) -> Any:
        """The AnalysisResult (findings, metrics) of the current scenario, or None."""
        scenario = self.controller.scenario
        if scenario is None:
            return None
        if self._live is not None:
            return self._live.result(scenario.id)
        from orgdesigner.analysis.engine import analyze_scenario

        return analyze_scenario(self.controller.project, scenario)

    def refresh(self) -> None:
        """Reload the findings of the current scenario, keeping the selected finding selected."""
        result = self.current_result()
        self.model.set_findings(result.findings if result else [], self.controller.project, self.controller.scenario_id)
        scenario = self.controller.scenario
        if result is not None and scenario is not None:
            self.split_chart.set_split(result.metrics.responsibility_split, scenario.name)
        self.findingsChanged.emit(self.model.findings)

    # -- view state ----------------------------------------------------------------------------------
    def _regroup(self, group_by: str) -> None:
        self._collapsed.clear()  # other groups now
        self.model.set_group_by(group_by)

    def _on_filter(self, text: str) -> None:
        self.model.set_text_filter(text)

    def _near_end(self, *_args: object) -> None:
        """The next page of groups when the list is scrolled (or resized) to its end."""
        bar = self.tree.verticalScrollBar()
        if self.model.has_more() and bar.value() >= bar.maximum() - bar.pageStep():
            self.model.show_more()

    def _expand_shown(self) -> None:
        """Open the groups shown so far (a page at a time), but not one the planner closed nor
        one too long to lay out at once: the list shows a screenful, not every finding."""
        model, tree = self.model, self.tree
        for row in range(model.group_rows_shown()):
            size = model.group_size(row)
            if 0 < size <= EXPAND_AT_MOST:
                index = model.index(row, 0)
                if not tree.isExpanded(index) and model.group_key(index) not in self._collapsed:
                    tree.expand(index)

    def _after_reset(self) -> None:
        self._expand_shown()
        self._update_counts()
        index = self.model.index_of_key(self._current_key) if self._current_key else None
        if index is not None and index.isValid():
            self.tree.selectionModel().blockSignals(True)
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.selectionModel().blockSignals(False)
            self._show(self.model.finding_at(index))
        else:
            self._show(None)

    def _update_counts(self) -> None:
        c = self.model.counts()
        if self.lang == "en":
            text = f"{c['error']} errors · {c['warning']} warnings · {c['info']} notes · {c['acknowledged']} acknowledged"
        else:
            text = f"{c['error']} fel · {c['warning']} varningar · {c['info']} information · {c['acknowledged']} kvitterade"
        if c["shown"] != len(self.model.findings):
            text += " — " + self.tr("%1 shown").replace("%1", str(c["shown"]))
        self.counts.setText(text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.model.finding_at(current)
        self._current_key = finding.key if finding else None
        self._show(finding)
        if finding is not None:
            self.activate(finding)

    def activate(self, finding: Finding) -> None:
        """Select (and centre) the finding's units on the chart and its cells in the matrix."""
        if finding.subjects.units:
            self.controller.select_units(list(finding.subjects.units), centre=True)
        self.findingSelected.emit(finding)

    def select_finding(self, finding_key: str) -> bool:
        index = self.model.index_of_key(finding_key)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def _recolour(self) -> None:
        self._show(self.selected_finding())

    def _show(self, finding: Finding | None) -> None:
        self.acknowledge_button.setEnabled(finding is not None)
        self.withdraw_button.setEnabled(finding is not None and finding.acknowledged is not None)
        if finding is None:
            self.explanation.setHtml(
                f"<p style='color:{colours.hex_colour('hint_text')}'>" + self.tr("Select a finding to see why it matters and how to fix it.") + "</p>"
            )
            return
        rule = RULES.get(finding.rule)
        parts = [f"<p><b>{_html(finding.message(self.lang))}</b></p>"]
        if rule is not None:
            # the rule's id is for the rule index and the command line, not for the planner
            parts.append(f"<p><i>{_html(rule.title(self.lang))}</i></p>")
            parts += [f"<p>{_html(p)}</p>" for p in rule.explanation(self.lang).split("\n\n")]
        parts += [f"<p>{_html(p)}</p>" for p in self._omvarld_experience(finding)]
        if finding.acknowledged is not None:
            label = self.tr("Acknowledged")
            parts.append(f"<p style='color:{colours.hex_colour('dim_text')}'><b>{label}:</b> {_html(finding.acknowledged)}</p>")
        self.explanation.setHtml("".join(parts))

    def _omvarld_experience(self, finding: Finding) -> tuple[str, ...]:
        """For a candidate for intraprenad terms: what other regions' sourced facts say of running
        such an activity as an intraprenad (or that they say nothing)."""
        # imported here: the omvärld modules load the analysis engine, which start-up defers
        from orgdesigner.analysis.omvarld import CANDIDATE_RULE
        from orgdesigner.io.bundled.reference_file import ReferenceFileError, load_references
        from orgdesigner.io.words.omvarld_report import intraprenad_experience

        scenario = self.controller.scenario
        if finding.rule != CANDIDATE_RULE or scenario is None:
            return ()
        if self._references is None:
            try:
                self._references = [r for r in load_references() if r.kind != "archetype"]
            except ReferenceFileError:
                self._references = []
        return intraprenad_experience(scenario, finding.subjects.units, self._references, self.lang, own_care=False)

    # -- acknowledgement -----------------------------------------------------------------------------
    def selected_finding(self) -> Finding | None:
        return self.model.finding_at(self.tree.currentIndex())

    def ask_acknowledgement(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            return
        comment = ask_text(self, self.tr("Acknowledge finding"),
                           self.tr("Why is this accepted? The comment is saved in the project."),
                           finding.acknowledged or "", multiline=True)
        if comment is not None:
            self.acknowledge(comment.strip())


    def acknowledge(self, comment: str | None) -> bool:
        """Acknowledge the selected finding with `comment` (None withdraws); one undo step."""
        finding = self.selected_finding()
        if finding is None:
            return False
        return self.controller.push(SetAcknowledgement(self.controller.scenario_id, finding.key, comment))


class _FindingsTree(QTreeView):
    """The findings list: whole titles, wrapped to the column's width.

    In a narrow dock the finding's title gets the whole width; the rule and units columns
    return when there is room (the explanation names both anyway)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < _ALL_COLUMNS_WIDTH
        for column in (RULE, UNITS):
            if self.isColumnHidden(column) != narrow:
                self.setColumnHidden(column, narrow)
        super().resizeEvent(event)


class _WrappingDelegate(FocusMarkDelegate):  # and the focus mark one can see
    """Row heights for wrapped text. QTreeView asks the delegate with no width to wrap at, so
    the style measures one long line; here the column's width (less the indentation) is given."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeView)
        width = view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth if view.rootIsDecorated() else depth - 1)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 40), 10_000)
        return super().sizeHint(sized, index)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
