"""Results of internal trade: a comparison table (as set and every pricing model) and charts.

pyqtgraph is imported only when the charts are first built (start-up time budget).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from orgdesigner.analysis.trade import AS_SET, MODEL_KEYS, TradeResult, compare, cost_by_kind
from orgdesigner.io.words.numbers import number
from orgdesigner.model.entities import Scenario
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.trade.models import fmt_number, kind_labels, pricing_labels

Index = QModelIndex | QPersistentModelIndex


def model_labels(tr: Any) -> dict[str, str]:
    return {AS_SET: tr("As set"), **pricing_labels(tr)}


class ComparisonModel(QAbstractTableModel):
    """Read-only rows (buyers, suppliers, totals) × columns (as set, then each pricing model)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, float | None], str]] = []  # label, values, format

    def set_results(self, scenario: Scenario | None, results: dict[str, TradeResult] | None) -> None:
        self.beginResetModel()
        self._rows = [] if scenario is None or results is None else self._build(scenario, results)
        self.endResetModel()

    def _build(self, scenario: Scenario, results: dict[str, TradeResult]) -> list[tuple[str, dict[str, float | None], str]]:
        def name(uid: str) -> str:
            unit = scenario.units.get(uid)
            return uid if unit is None else unit.name

        base = results[AS_SET]
        rows: list[tuple[str, dict[str, float | None], str]] = []
        for buyer in base.buyers:  # short names keep the row labels from crowding out the figures
            rows.append((self.tr("Paid by %1").replace("%1", short_name(name(buyer))),
                         {k: r.buyers.get(buyer, 0.0) for k, r in results.items()}, "sek"))
        for supplier in base.suppliers:
            rows.append((self.tr("%1: revenue").replace("%1", name(supplier)),
                         {k: r.suppliers[supplier].revenue_sek for k, r in results.items()}, "sek"))
            rows.append((self.tr("%1: cost").replace("%1", name(supplier)),
                         {k: r.suppliers[supplier].cost_sek for k, r in results.items()}, "sek"))
            rows.append((self.tr("%1: cost coverage").replace("%1", name(supplier)),
                         {k: r.suppliers[supplier].coverage for k, r in results.items()}, "pct"))
        rows += [
            (self.tr("Volume (items per year)"), {k: r.total_volume for k, r in results.items()}, "num"),
            (self.tr("Production cost"), {k: r.production_cost_sek for k, r in results.items()}, "sek"),
            (self.tr("Charged to buyers"), {k: r.charged_sek for k, r in results.items()}, "sek"),
            (self.tr("Funded centrally"), {k: r.central_funding_sek for k, r in results.items()}, "sek"),
            (self.tr("Income from private providers"), {k: r.external_income_sek for k, r in results.items()}, "sek"),
            (self.tr("Total cost to the region"), {k: r.net_cost_sek for k, r in results.items()}, "sek"),
        ]
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MODEL_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section][0]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(MODEL_KEYS):
            return model_labels(self.tr)[MODEL_KEYS[section]]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        _, values, kind = self._rows[index.row()]
        value = values.get(MODEL_KEYS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            if kind == "pct":
                return f"{fmt_number(value * 100, 0)} %"
            return fmt_number(value, 0 if kind == "sek" else 1)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


_KIND_COLOURS = ["#4e79a7", "#59a14f", "#f28e2b", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f"]


def short_name(name: str) -> str:
    """'Lugnvik hälsocentral (med filial i Lit)' → 'Lugnvik': axis labels must stay short."""
    name = name.split(" (")[0]
    for suffix in (" hälsocentral", " vårdcentral"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name


def amount_axis(pg: Any, lang: str) -> Any:
    """A bottom axis writing kronor as the reader does: 1 000 000, never 1e+06 (pyqtgraph is
    passed in: it is imported only when the charts are first built)."""

    class AmountAxis(pg.AxisItem):
        def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
            return [number(v * scale, lang, 0) for v in values]

    return AmountAxis("bottom")


class TradeCharts(QWidget):
    """Horizontal stacked bars of cost per buyer by service kind, and total cost per model."""

    AXIS_WIDTH = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        pg.setConfigOptions(antialias=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        # titles as labels above the plots: they wrap where a plot's own title is cut off
        self.buyer_title = QLabel(f"<b>{self.tr('Cost per buyer, as set (SEK per year)')}</b>", self)
        self.total_title = QLabel(f"<b>{self.tr('Total cost to the region per pricing model (SEK per year)')}</b>", self)
        for title in (self.buyer_title, self.total_title):
            title.setWordWrap(True)
        self.buyer_plot = pg.PlotWidget(axisItems={"bottom": amount_axis(pg, ui_lang())})
        self.total_plot = pg.PlotWidget(axisItems={"bottom": amount_axis(pg, ui_lang())})
        describe(self.buyer_plot, self.tr("Bar chart of each buyer's yearly cost; the same figures are in the table"),
                 self.tr("Cost per buyer, as set (SEK per year)"))
        describe(self.total_plot, self.tr("Bar chart of the region's total cost per pricing model; the same figures are in the table"),
                 self.tr("Total cost to the region per pricing model (SEK per year)"))
        for plot in (self.buyer_plot, self.total_plot):
            plot.setMouseEnabled(x=False, y=False)

            plot.showGrid(x=True, alpha=0.3)
            bottom = plot.getAxis("bottom")
            bottom.enableAutoSIPrefix(False)
            bottom.setLabel(self.tr("SEK"))
            plot.getAxis("left").setWidth(self.AXIS_WIDTH)
        layout.addWidget(self.buyer_title)
        layout.addWidget(self.legend)
        layout.addWidget(self.buyer_plot, 3)
        layout.addWidget(self.total_title)
        layout.addWidget(self.total_plot, 1)
        self.total_plot.setMinimumHeight(200)
        self.bars: dict[str, list[float]] = {}  # what is drawn, for tests: series → heights
        self._recolour()
        colours.changes().changed.connect(self._recolour)

    def _recolour(self) -> None:
        """The plots in the scheme's background and text colours (no white block on dark)."""
        text = colours.colour("text")
        for plot in (self.buyer_plot, self.total_plot):
            plot.setBackground(colours.colour("base"))
            for side in ("bottom", "left"):
                plot.getAxis(side).setPen(text)
                plot.getAxis(side).setTextPen(text)

    def update_results(self, scenario: Scenario | None, results: dict[str, TradeResult] | None) -> None:
        pg = self._pg
        self.buyer_plot.clear()
        self.total_plot.clear()
        self.bars = {}
        self.legend.clear()
        if scenario is None or not results:
            return
        by_kind = cost_by_kind(scenario, results[AS_SET])
        buyers = list(results[AS_SET].buyers)
        labels = kind_labels(self.tr)
        kinds = [k for k in labels if any(k in by_kind.get(b, {}) for b in buyers)]
        ys = [len(buyers) - 1 - i for i in range(len(buyers))]  # the first buyer on top
        base = [0.0] * len(buyers)
        legend = []
        for i, kind in enumerate(kinds):
            colour = _KIND_COLOURS[i % len(_KIND_COLOURS)]
            widths = [by_kind.get(b, {}).get(kind, 0.0) for b in buyers]
            self.buyer_plot.addItem(pg.BarGraphItem(x0=list(base), width=widths, y=ys, height=0.7, brush=colour))
            self.bars[kind] = widths
            base = [b + w for b, w in zip(base, widths, strict=True)]
            legend.append(f'<span style="color:{colour}">&#9632;</span>&nbsp;{labels[kind]}')
        self.legend.setText("&nbsp;&nbsp; ".join(legend))
        names = [self._fitted(short_name(scenario.units[b].name) if b in scenario.units else b) for b in buyers]
        self.buyer_plot.getAxis("left").setTicks([list(zip(ys, names, strict=True))])
        self.buyer_plot.setMinimumHeight(max(220, 20 * len(buyers) + 70))
        totals = [results[k].net_cost_sek for k in MODEL_KEYS]
        self.bars["total"] = totals
        rows = [len(MODEL_KEYS) - 1 - i for i in range(len(MODEL_KEYS))]
        self.total_plot.addItem(pg.BarGraphItem(x0=[0.0] * len(totals), width=totals, y=rows, height=0.6, brush="#4e79a7"))
        model_names = model_labels(self.tr)
        self.total_plot.getAxis("left").setTicks([[(y, model_names[k]) for y, k in zip(rows, MODEL_KEYS, strict=True)]])


    def _fitted(self, name: str) -> str:
        """A name the axis has room for: pyqtgraph leaves out a tick label that is too long
        (a buyer without a name), so a long one is shortened with "…"."""
        from PySide6.QtGui import QFontMetrics

        axis = self.buyer_plot.getAxis("left")
        room = self.AXIS_WIDTH - 2 * axis.style["tickTextOffset"][0] - 12
        return QFontMetrics(axis.style["tickFont"] or self.font()).elidedText(name, Qt.TextElideMode.ElideRight, room)


def comparison(scenario: Scenario | None) -> dict[str, TradeResult] | None:
    return None if scenario is None else compare(scenario)
