"""The chart tab: find bar, chart view and colour legend, wired to the document controller."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.badge_counts import BadgeCounts
from orgdesigner.ui.chart.dotted import DottedLegend
from orgdesigner.ui.chart.editing import ChartEditor, ShortcutSafeLineEdit
from orgdesigner.ui.chart.legible_fit import folds_for
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.undo import DocumentController


class LegendWidget(QWidget):
    """What the card colours (and the dotted lines) mean. Entries that do not fit beside the
    categories wrap to a second line: the legend is never cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(2)
        self.first, self.second = QHBoxLayout(), QHBoxLayout()
        for row in (self.first, self.second):
            row.setSpacing(12)
            column.addLayout(row)
        for category in UnitCategory:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(style.CATEGORY_COLOURS[category]))
            icon = QLabel()
            icon.setPixmap(swatch)
            # "unknown" (only imports leave it) opens the second line, beside the dotted lines
            row = self.second if category is UnitCategory.UNKNOWN else self.first
            row.addWidget(icon)
            row.addWidget(QLabel(style.category_label(category)))
        self.first.addStretch(1)
        self.second.addStretch(1)
        self.extras: list[QWidget] = []
        self.add_extra(QLabel("◆ " + self.tr("form (intraprenad, group management …)")))
        # a narrow window wraps the legend rather than being forced wide
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def add_extra(self, widget: QWidget) -> None:
        """An entry after the categories (the dotted-line kinds): beside them when it fits."""
        self.extras.append(widget)
        self._arrange()

    def _arrange(self) -> None:
        """The extras beside the categories while they fit, the rest on the second line."""
        spacing = self.first.spacing()
        items = [self.first.itemAt(i) for i in range(self.first.count())]
        used = sum(w.sizeHint().width() + spacing for item in items if item is not None
                   and (w := item.widget()) is not None and w not in self.extras) + 12
        wrapped = False
        for widget in self.extras:
            used += widget.sizeHint().width() + spacing
            wrapped = wrapped or used > self.width()
            row, other = (self.second, self.first) if wrapped else (self.first, self.second)
            if other.indexOf(widget) >= 0:
                other.removeWidget(widget)
                row.insertWidget(row.count() - 1, widget)
            elif row.indexOf(widget) < 0:
                row.insertWidget(row.count() - 1, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()


class FindBar(QWidget):
    """Ctrl+F: type part of a unit's name; Enter selects the next match and centres it."""

    def __init__(self, panel: ChartPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(self.tr("Find unit:")))
        self.edit = ShortcutSafeLineEdit()
        self.edit.setPlaceholderText(self.tr("name"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.find_next)
        describe(self.edit, self.tr("Type part of a unit's name; Enter selects the next match"), self.tr("Find unit"))
        row.addWidget(self.edit, 1)
        nxt = QPushButton(self.tr("Next"))
        nxt.clicked.connect(self.find_next)
        describe(nxt, self.tr("Select the next unit whose name matches"))
        row.addWidget(nxt)
        close = QToolButton()
        close.setText("✕")
        close.clicked.connect(self.close_bar)
        describe(close, self.tr("Close the find bar and return to the chart"), self.tr("Close find bar"))

        row.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        scenario = self.panel.controller.scenario
        names = sorted({u.name for u in scenario.units.values()}) if scenario else []
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.panel.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # as in every find bar
            self.close_bar()
            return
        super().keyPressEvent(event)

    def find_next(self) -> str | None:
        ctl = self.panel.controller
        scenario = ctl.scenario
        needle = self.edit.text().strip().casefold()
        if scenario is None or not needle:
            return None
        ids = list(scenario.units)
        start = ids.index(ctl.selection[0]) + 1 if ctl.selection and ctl.selection[0] in scenario.units else 0
        for uid in ids[start:] + ids[:start]:
            if needle in scenario.units[uid].name.casefold():
                ctl.select_units([uid], centre=False)
                self.panel.view.centre_on_unit(uid, force=True)
                return uid
        ctl.show_message(self.tr("No unit named like “%1”").replace("%1", self.edit.text()))
        return None


class ChartPanel(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.show_badges = True  # finding counts on the cards (presentation: only when asked)
        self.scene = ChartScene(self)
        self.view = ChartView(controller, self.scene)
        self.editor = ChartEditor(self.view)
        self.editor.attach(self)
        self.find_bar = FindBar(self)
        self.legend = LegendWidget()
        self.dotted_legend = DottedLegend()
        self.dotted_legend.attach(self.view.dotted)
        self.legend.add_extra(self.dotted_legend)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        # the presentation's title line (hidden in the window)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setContentsMargins(8, 8, 8, 4)
        self.title.hide()
        box.addWidget(self.title)
        box.addWidget(self.find_bar)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(150)
        self._findings_timer.timeout.connect(self.refresh_findings)
        controller.documentReplaced.connect(self.scene.forget_folds)
        controller.currentScenarioChanged.connect(self._show_current)  # also sent after documentReplaced
        controller.modelChanged.connect(self._on_model_event)
        controller.selectionChanged.connect(self._select)
        controller.centreRequested.connect(self.view.centre_on_unit)
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        """Show the current scenario fitted: whole, names legible, the deepest branches folded
        where it is too big (its folds as left when this chart showed it before)."""
        scenario = self.controller.scenario
        if scenario is not self.scene.scenario:  # its badges come with its analysis, not another's
            self.scene.set_finding_counts({})
        fresh = scenario is not None and self.scene.remembered_folds(scenario.id) is None
        folds = None
        if fresh and scenario is not None and self.view.isVisible():
            # folded before any card is made: a 50,000-unit chart makes the few dozen it shows
            # (and the fit below, asking the same, gets the same answer without a search)
            folds = folds_for(self.view, scenario, keep=self.controller.selection).collapsed
        self.scene.show_scenario(scenario, collapsed=folds)
        self.scene.set_selected_units(self.controller.selection)
        self.controller.paint_first.run("chart badges", self.refresh_findings)
        # a scenario shown before keeps its folds as the planner left them (never folded again)
        QTimer.singleShot(0, self.view.fit_all if fresh else self.view.fit)

    def _select(self, ids: list[str]) -> None:
        """Show the selection; a unit selected elsewhere (the outline, a finding) inside a folded
        branch unfolds the branches above it, so it has a card to show."""
        if ids and ids[0] not in self.scene.cards:
            self.scene.reveal(ids[0])
        self.scene.set_selected_units(ids)

    def _on_model_event(self, event: ModelEvent) -> None:
        if event.change is Change.RESET or (event.change is Change.SCENARIOS_CHANGED and self.controller.scenario is not self.scene.scenario):
            self._show_current()
            return
        self.scene.apply_event(event)
        if self.controller.analysis is not None:
            self._findings_timer.start()

    def refresh_findings(self) -> None:
        """Finding-count badges from the live analysis (none while `show_badges` is off: a
        presentation shows them only when asked)."""
        analysis = self.controller.analysis
        scenario = self.controller.scenario
        if not self.show_badges:
            self.scene.set_finding_counts({})
            return
        if analysis is None or scenario is None:
            return
        try:
            findings = analysis.result(scenario.id).findings
        except Exception as exc:  # the analysis must never take the chart down
            self.controller.show_message(self.tr("Analysis failed: %1").replace("%1", str(exc)))
            return
        # counted now for the cards there are (a 50,000-unit chart opens with about fifty),
        # for every unit when another card is first made
        self.scene.set_finding_counts(BadgeCounts(findings, self.scene.cards))

    def open_find(self) -> None:
        self.find_bar.open_bar()
