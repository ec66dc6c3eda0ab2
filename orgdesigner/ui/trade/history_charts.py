"""Charts of the evaluation of the volume history (pyqtgraph, imported when first drawn).

Volume per 1,000 listed per service group with the events marked on the time line, cost per
1,000 listed for egenregi and private buyers, each event's estimated change with its 95 %
interval, the spread between buyers, and the PNA share. Every figure is also in the answers'
text beside the charts; `series` keeps what is drawn, for tests.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from orgdesigner.io.words.numbers import number
from orgdesigner.io.words.trade_evaluation import TradeReport
from orgdesigner.ui.a11y import describe

GROUP_COLOURS = {"lab": "#4e79a7", "radiology": "#f28e2b", "pna": "#59a14f", "other": "#9c755f"}
KIND_COLOURS = {"own": "#4e79a7", "private": "#e15759"}
EVENT_COLOURS = {"pricing": "#b07aa1", "feedback": "#76b7b2", "pna": "#59a14f"}


def _number_axis(pg: Any, lang: str, side: str) -> Any:
    """An axis writing numbers as the reader does (160 000, never 160000 or 1.6e5)."""

    class NumberAxis(pg.AxisItem):
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            decimals = 0 if spacing * scale >= 1 else 1
            return [number(v * scale, lang, decimals) for v in values]

    return NumberAxis(side)


class EvaluationCharts(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.lang = lang
        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        titles = {
            "volume": self.tr("Volume per 1,000 listed patients per year"),
            "cost": self.tr("Cost per 1,000 listed patients: egenregi and private buyers (SEK)"),
            "effects": self.tr("Change around each event, with 95% interval (%)"),
            "spread": self.tr("Spread between buyers, lab per 1,000 listed (%)"),
            "pna": self.tr("PNA share of the analyses PNA can replace (%)"),
            "buyers": self.tr("Lab per 1,000 listed patients, each buyer (with feedback in colour)"),
        }
        self.plots: dict[str, Any] = {}
        places = {"volume": (0, 0), "cost": (0, 1), "effects": (1, 0), "spread": (1, 1), "pna": (2, 0), "buyers": (2, 1)}
        self.titles: dict[str, QLabel] = {}
        for key, title in titles.items():
            # the title wraps above the chart: pyqtgraph's own is one line, as wide as its text,
            # and a long one widened its column past the window (the right chart lost its last year)
            heading = QLabel(title)
            heading.setWordWrap(True)
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            self.titles[key] = heading
            plot = pg.PlotWidget(axisItems={side: _number_axis(pg, lang, side) for side in ("left", "bottom")})
            plot.setMouseEnabled(x=False, y=False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMinimumHeight(220)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.getAxis("left").setWidth(64)  # room for "160 000"; pyqtgraph hides labels that do not fit
            plot.addLegend(offset=(8, 8))
            describe(plot, self.tr("A chart of the evaluation; its figures are in the text beside it"), title)
            self.plots[key] = plot
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(heading)
            column.addWidget(plot, 1)
            grid.addWidget(cell, *places[key])
        self.series: dict[str, list[tuple[float, float]]] = {}

    def update_report(self, report: TradeReport | None) -> None:
        for plot in self.plots.values():
            plot.clear()
        self.series = {}
        if report is None or report.evaluation.empty:
            return
        ev = report.evaluation
        words = {"lab": self.tr("Lab"), "radiology": self.tr("Radiology"), "pna": self.tr("PNA"), "other": self.tr("Other"),
                 "own": self.tr("Egenregi"), "private": self.tr("Private")}
        for group, rates in ev.rates.items():
            if group == "all":
                continue
            points = [(float(y), r.volume_per_1000) for y, r in rates.items() if r.volume_per_1000 is not None and r.volume > 0]
            self._line("volume", f"volume:{group}", points, GROUP_COLOURS.get(group, "#888"), words.get(group, group))
        for kind, costs in ev.kind_cost.items():
            self._line("cost", f"cost:{kind}", [(float(y), v) for y, v in costs.items()], KIND_COLOURS[kind], words[kind])
        spread = [(float(y), v * 100) for y, v in ev.spread.get("lab", {}).items() if v is not None]
        self._line("spread", "spread:lab", spread, GROUP_COLOURS["lab"], words["lab"])
        pna = [(float(y), v * 100) for y, v in ev.pna_share.items() if v is not None]
        self._line("pna", "pna", pna, GROUP_COLOURS["pna"], words["pna"])
        for effect in ev.effects:
            if effect.on is None:
                continue
            x = effect.on.year + (effect.on.timetuple().tm_yday - 1) / 365.0 - 0.5  # between the years it divides
            for key in ("volume", "cost", "spread", "pna"):
                line = self._pg.InfiniteLine(pos=x, angle=90, pen=self._pg.mkPen(EVENT_COLOURS[effect.event.kind.value], style=Qt.PenStyle.DashLine))
                self.plots[key].addItem(line)
        self._effects(report)
        self._buyers(report)
        for key in ("volume", "cost", "spread", "pna", "buyers"):
            axis = self.plots[key].getAxis("bottom")
            axis.setTicks([[(float(y), str(y)) for y in ev.years]])

    def _line(self, plot: str, name: str, points: list[tuple[float, float]], colour: str, label: str) -> None:
        if not points:
            return
        pg = self._pg
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.plots[plot].plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6, symbolBrush=colour, name=label)
        self.series[name] = points

    def _buyers(self, report: TradeReport) -> None:
        """One thin line per buyer: the spread the questions speak of, feedback's buyers in colour."""
        pg = self._pg
        ev = report.evaluation
        with_feedback = {b for e in ev.effects if e.event.kind.value == "feedback" for b in e.touched}
        drawn = 0
        for buyer, groups in ev.buyer_rates.items():
            points = sorted(groups.get("lab", {}).items())
            if not points:
                continue
            colour = EVENT_COLOURS["feedback"] if buyer in with_feedback else "#b0b0b0"
            self.plots["buyers"].plot([float(y) for y, _ in points], [v for _, v in points],
                                      pen=pg.mkPen(colour, width=2 if buyer in with_feedback else 1))
            drawn += 1
        self.series["buyers"] = [(float(drawn), float(len(with_feedback)))]

    def _effects(self, report: TradeReport) -> None:
        """One row per event: the estimate as a dot, its interval as a bar; no row without a figure."""
        import numpy as np  # pyqtgraph's error bars take arrays

        pg = self._pg
        plot = self.plots["effects"]
        rows = [e for e in report.evaluation.effects if e.estimate is not None]
        kinds = {"pricing": self.tr("Pricing change"), "feedback": self.tr("Feedback"), "pna": self.tr("PNA introduced")}
        ticks = []
        points = []
        for i, effect in enumerate(reversed(rows)):
            est = effect.estimate
            assert est is not None
            y = float(i)
            low, mid, high = est.relative_low * 100, est.relative * 100, est.relative_high * 100
            colour = EVENT_COLOURS[effect.event.kind.value]
            plot.addItem(pg.ErrorBarItem(x=np.array([mid]), y=np.array([y]), left=np.array([mid - low]), right=np.array([high - mid]), beam=0.2, pen=pg.mkPen(colour, width=2)))
            plot.plot([mid], [y], pen=None, symbol="o", symbolSize=9, symbolBrush=colour)
            label = f"{kinds[effect.event.kind.value]} {effect.on.year if effect.on else ''}".strip()
            ticks.append((y, label))
            points.append((mid, y))
        plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen("#444")))
        plot.getAxis("left").setTicks([ticks])
        plot.getAxis("left").setWidth(150)
        plot.getAxis("bottom").setTicks(None)
        self.series["effects"] = points
