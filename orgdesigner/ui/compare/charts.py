"""Charts of the comparison tab: a small read-only org chart per scenario with its differences
outlined in colour, and a pyqtgraph bar chart of findings by severity (imported when drawn)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsView,
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
from orgdesigner.ui.compare.large_chart import LargeChartDialog
from orgdesigner.ui.compare.models import STATUSES, status_word, tr

SEVERITIES = ("error", "warning", "info")  # their colours: severity_error … in colours.py


class DiffOverlay:
    """A `CardDecorator`: a thick coloured frame around each card whose unit differs."""

    def __init__(self, status: dict[str, str]) -> None:
        self.status = status

    def decorate(self, scene: ChartScene) -> list[QGraphicsItem]:
        items: list[QGraphicsItem] = []
        for uid, status in self.status.items():
            rect = scene.card_rect(uid)
            if rect is None:
                continue
            colour = colours.colour(f"status_{status}")
            frame = QGraphicsRectItem(rect.adjusted(-5, -5, 5, 5))
            frame.setPen(QPen(colour, 6))
            tint = QColor(colour)
            tint.setAlpha(45)
            frame.setBrush(QBrush(tint))
            frame.setZValue(5)
            frame.setToolTip(status_word(status))
            items.append(frame)
        return items


class MiniChart(QWidget):
    """One scenario's chart, fitted to the widget; differences outlined, nothing editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.scene = ChartScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.view.setBackgroundBrush(style.colour("background"))
        self.view.setInteractive(False)
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
        self.scene.layout_changed.connect(self.fit)
        from orgdesigner.ui.compare.chart_names import CardTooltips

        self.tooltips = CardTooltips(self.view, self.describe_unit)  # names too small to print

    def describe_unit(self, unit_id: str) -> str:
        """A card's tooltip: the unit's name, and how it differs when it does."""
        scenario = self.scene.scenario
        unit = scenario.units.get(unit_id) if scenario is not None else None
        name = unit.name if unit is not None else unit_id
        status = self.status.get(unit_id)
        return f"{name} ({status_word(status)})" if status else name

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
        """The same scene in its own window, zoomable and pannable."""
        title = self.title.text().split("<br>")[0].replace("<b>", "").replace("</b>", "")
        self.large = LargeChartDialog(self.scene, title, self, self.describe_unit)
        self.large.show()
        return self.large

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonDblClick:
            self.open_large()
            return True
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        rect = self.scene.itemsBoundingRect()
        if not rect.isEmpty():
            self.view.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.fit)


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
