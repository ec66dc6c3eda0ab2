"""Charts of the comparison tab: a small read-only org chart per scenario with its differences
outlined in colour, and a pyqtgraph bar chart of findings by severity (imported when drawn)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.model.entities import Scenario
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.compare.chart_names import (
    CardTooltips,
    LabelledView,
    fit_folded,
    fit_shown,
    toggle_fold_at,
)
from orgdesigner.ui.compare.large_chart import LargeChartDialog
from orgdesigner.ui.compare.models import STATUSES, status_word, tr
from orgdesigner.ui.i18n import plural

SEVERITIES = ("error", "warning", "info")  # their colours: severity_error … in colours.py


class DiffOverlay:
    """A `CardDecorator`: a thick coloured frame around each card whose unit differs, and a
    dashed one around a folded card with differing units inside."""

    def __init__(self, status: dict[str, str]) -> None:
        self.status = status

    def decorate(self, scene: ChartScene) -> list[QGraphicsItem]:
        items: list[QGraphicsItem] = []
        inside: dict[str, list[str]] = {}  # folded card -> statuses of the units folded into it
        for uid, status in self.status.items():
            rect = scene.card_rect(uid)
            if rect is None:
                holder = shown_ancestor(scene, uid)
                if holder is not None:
                    inside.setdefault(holder, []).append(status)
                continue
            items.append(_frame(rect, status, Qt.PenStyle.SolidLine))
        for holder, statuses in inside.items():
            rect = scene.card_rect(holder)
            if rect is not None and holder not in self.status:
                items.append(_frame(rect, max(set(statuses), key=statuses.count), Qt.PenStyle.DashLine))
        return items


def shown_ancestor(scene: ChartScene, unit_id: str) -> str | None:
    """The nearest unit above `unit_id` that has a card (the folded card it is in)."""
    units = scene.scenario.units if scene.scenario is not None else {}
    seen: set[str] = set()
    parent = units[unit_id].parent_id if unit_id in units else None
    while parent is not None and parent in units and parent not in seen:
        if parent in scene.cards:
            return parent
        seen.add(parent)
        parent = units[parent].parent_id
    return None


def _frame(rect: QRectF, status: str, line: Qt.PenStyle) -> QGraphicsRectItem:
    colour = colours.colour(f"status_{status}")
    frame = QGraphicsRectItem(rect.adjusted(-5, -5, 5, 5))
    frame.setPen(QPen(colour, 6, line))
    tint = QColor(colour)
    tint.setAlpha(45)
    frame.setBrush(QBrush(tint))
    frame.setZValue(5)
    frame.setToolTip(status_word(status))
    return frame


class MiniChart(QWidget):
    """One scenario's chart, fitted to the widget with legible names (the deepest branches
    folded where it must be); differences outlined, nothing editable but the folds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.scene = ChartScene(self)
        self.view = LabelledView(self.scene, self)
        self.view.setAccessibleName(self.tr("Scenario chart"))
        self.view.setAccessibleDescription(self.tr("The compared scenario's organisation chart; differences are outlined"))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.viewport().installEventFilter(self)  # a double-click opens the chart large
        self.status: dict[str, str] = {}
        self.enlarge_button = QToolButton(self)
        self.enlarge_button.setText(self.tr("Enlarge…"))
        self.enlarge_button.setToolTip(self.tr("Open this chart large, with zoom and pan (or double-click it)"))
        self.enlarge_button.clicked.connect(self.open_large)
        describe(self.enlarge_button, self.tr("Open this chart large, with zoom and pan (or double-click it)"))

        self.large: LargeChartDialog | None = None
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.enlarge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        self.setMinimumSize(160, 160)
        self.scene.layout_changed.connect(lambda: fit_shown(self.view))  # a fold by hand: refit, no refold
        self.tooltips = CardTooltips(self.view, self.describe_unit)  # the whole name, and how it differs

    def describe_unit(self, unit_id: str) -> str:
        return describe_unit(self.scene, self.status, unit_id)

    def show_scenario(self, scenario: Scenario | None, status: dict[str, str], title: str) -> None:
        counts = {k: sum(1 for s in status.values() if s == k) for k in STATUSES}
        legend = " ".join(
            f"<span style='color:{colours.hex_colour('status_' + k)}'>■ {status_word(k)}: {n}</span>" for k, n in counts.items() if n
        )
        self.title.setText(f"<b>{title}</b><br>" + (legend or tr("no unit differences")))
        self.status = dict(status)
        self.scene.show_scenario(scenario)
        self.scene.set_overlay(DiffOverlay(self.status))
        self.scene.ensure_layout()
        self.fit()

    def open_large(self) -> LargeChartDialog:
        """The same scenario in its own window, zoomable and pannable, folded for its own size
        (a scene of its own: its folds are its own)."""
        title = self.title.text().split("<br>")[0].replace("<b>", "").replace("</b>", "")
        scene = ChartScene()
        scene.show_scenario(self.scene.scenario)
        status = dict(self.status)
        scene.set_overlay(DiffOverlay(status))
        self.large = LargeChartDialog(scene, title, self, lambda uid: describe_unit(scene, status, uid))
        scene.setParent(self.large)
        self.large.show()
        return self.large

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.MouseButtonDblClick:
                self.open_large()
                return True
            if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                    and event.button() == Qt.MouseButton.LeftButton):
                return toggle_fold_at(self.view, event.position().toPoint())  # the +/− handle
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        fit_folded(self.view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit)


def describe_unit(scene: ChartScene, status: dict[str, str], unit_id: str) -> str:
    """A card's tooltip: the unit's whole name, how it differs, and for a folded card how many
    units and differences are folded into it."""
    scenario = scene.scenario
    unit = scenario.units.get(unit_id) if scenario is not None else None
    name = unit.name if unit is not None else unit_id
    own = status.get(unit_id)
    text = f"{name} ({status_word(own)})" if own else name
    card = scene.cards.get(unit_id)
    if scenario is not None and card is not None and card.hidden_count:
        text += "\n" + style.folded_text(card.hidden_count)
        differ = sum(1 for uid in scenario.subtree(unit_id)[1:] if uid in status)
        if differ:
            text += "\n" + plural(tr("%n difference(s) among them", "", differ), differ)
    return text


class FindingsBars(QWidget):
    """Grouped bars: errors, warnings and notes per scenario (pyqtgraph loads on first draw)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, dict[str, float]]] = []  # (scenario name, severity -> count)
        self._plot: Any = None
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        words = {"error": tr("errors"), "warning": tr("warnings"), "info": tr("notes")}
        self._words = words
        self.legend = QLabel(self._legend_html(), self)
        colours.changes().changed.connect(self._recolour)
        layout.addWidget(QLabel("<b>" + tr("Findings by severity") + "</b>", self))
        layout.addWidget(self.legend)
        self.setMinimumHeight(180)

    def _legend_html(self) -> str:
        return "&nbsp;&nbsp;".join(f"<span style='color:{colours.hex_colour('severity_' + s)}'>■</span> {self._words[s]}"
                                   for s in SEVERITIES)

    def _recolour(self) -> None:
        self.legend.setText(self._legend_html())
        if self._plot is not None:
            self._dirty = True
            self.flush()

    @property
    def plot_widget(self) -> Any:
        return self._plot

    def set_counts(self, counts: list[tuple[str, dict[str, float]]]) -> None:
        self.counts = counts
        self._dirty = True
        if self._plot is not None or self.isVisible():
            QTimer.singleShot(0, self.flush)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        if not self._dirty:
            return
        import pyqtgraph as pg  # heavy: only when the chart is first drawn

        self._dirty = False
        if self._plot is None:
            self._plot = pg.PlotWidget(self)
            self._plot.setMenuEnabled(False)
            self._plot.setMouseEnabled(x=False, y=False)
            self._plot.hideButtons()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__
            layout.addWidget(self._plot, 1)
        plot = self._plot
        plot.clear()
        plot.setBackground(colours.colour("base"))  # the scheme's, not a white block on dark
        width = 0.25
        for i, severity in enumerate(SEVERITIES):
            xs = [n + (i - 1) * width for n in range(len(self.counts))]
            heights = [c.get(severity, 0) for _, c in self.counts]
            plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.95, brush=colours.colour(f"severity_{severity}")))
        axis = plot.getAxis("bottom")
        axis.setTicks([[(n, name) for n, (name, _) in enumerate(self.counts)]])
        # a screen reader hears the bars' figures
        said = "; ".join(f"{name}: " + ", ".join(f"{int(c.get(s, 0))} {w}" for s, w in self._words.items())
                         for name, c in self.counts)
        describe(plot, said or tr("No scenarios compared"), tr("Findings per scenario"))

        for side in ("bottom", "left"):
            plot.getAxis(side).setTextPen(colours.colour("text"))
            plot.getAxis(side).setPen(colours.colour("text"))
        plot.getAxis("left").setTextPen("k")
        plot.setXRange(-0.6, max(len(self.counts) - 0.4, 0.6), padding=0)
