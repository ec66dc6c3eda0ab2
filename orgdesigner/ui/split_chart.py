"""Split at a glance: for development, ordering and delivery, who holds the accountabilities.

A small stacked bar chart (pyqtgraph, imported when the chart is first drawn) of the shares held
by the beställarenhet, egenregi and other units, from `Metrics.responsibility_split`: the
"split between beställarenhet and egenregi" planners compare between scenarios.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from orgdesigner.analysis.metrics import SPLIT_SIDES
from orgdesigner.model.enums import Responsibility
from orgdesigner.ui.matrix.roles import RESPONSIBILITY_WORDS, ui_lang

SIDE_COLOURS = {"purchaser": "#c0504d", "own_provider": "#4f81bd", "other": "#a5a5a5"}
SIDE_WORDS = {
    "sv": {"purchaser": "beställarenhet", "own_provider": "egenregi", "other": "övriga"},
    "en": {"purchaser": "beställarenhet", "own_provider": "egenregi", "other": "others"},
}


def split_shares(split: dict[str, dict[str, int]]) -> dict[Responsibility, dict[str, float]]:
    """Shares (0..1) per responsibility and side; all zero where nothing is accountable."""
    out: dict[Responsibility, dict[str, float]] = {}
    for resp in Responsibility:
        counts = split.get(resp.value, {})
        total = sum(counts.get(side, 0) for side in SPLIT_SIDES)
        out[resp] = {side: (counts.get(side, 0) / total if total else 0.0) for side in SPLIT_SIDES}
    return out


class SplitChart(QWidget):
    """One scenario's split as three stacked horizontal bars (utveckling, beställning, leverans)."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ui_lang()
        self.title = QLabel(self)
        self._plot: Any = None
        self._bars: list[Any] = []
        self.shares: dict[Responsibility, dict[str, float]] = split_shares({})
        self.counts: dict[str, dict[str, int]] = {}
        self._title = ""
        self._dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        legend = "&nbsp;&nbsp;".join(
            f"<span style='color:{SIDE_COLOURS[s]}'>■</span> {SIDE_WORDS[self.lang][s]}" for s in SPLIT_SIDES
        )
        self.legend = QLabel(legend, self)
        layout.addWidget(self.legend)
        self.setMinimumHeight(150)

    @property
    def plot_widget(self) -> Any:
        return self._plot

    def _ensure_plot(self) -> Any:
        if self._plot is None:
            import pyqtgraph as pg  # heavy: only when a split is first shown

            plot = pg.PlotWidget(self, background="w")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setXRange(0, 100, padding=0.02)
            plot.setYRange(-0.6, 2.6, padding=0)
            words = RESPONSIBILITY_WORDS[self.lang]
            left = plot.getAxis("left")
            left.setTicks([[(2 - i, words[r]) for i, r in enumerate(Responsibility)]])
            left.setWidth(82)
            left.setTextPen("k")
            bottom = plot.getAxis("bottom")
            bottom.setTicks([[(v, f"{v} %") for v in (0, 25, 50, 75, 100)]])
            bottom.setTextPen("k")
            self.layout().addWidget(plot, 1)
            self._plot = plot
        return self._plot

    def set_split(self, split: dict[str, dict[str, int]], title: str = "") -> None:
        """Show a split. The first drawing waits for the widget to be shown (pyqtgraph loads then)."""
        self.counts = split
        self.shares = split_shares(split)
        self._title = title
        self.title.setText(f"<b>{title}</b>" if title else "")
        self.setToolTip(self._tooltip())
        self._dirty = True
        if self._plot is not None:
            self.flush()
        elif self.isVisible():
            QTimer.singleShot(0, self.flush)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Draw the bars now (creating the plot if needed)."""
        if not self._dirty:
            return
        import pyqtgraph as pg

        self._dirty = False
        plot = self._ensure_plot()
        for bar in self._bars:
            plot.removeItem(bar)
        self._bars = []
        for side_index, side in enumerate(SPLIT_SIDES):
            x0, ys, widths = [], [], []
            for i, resp in enumerate(Responsibility):
                before = sum(self.shares[resp][s] for s in SPLIT_SIDES[:side_index])
                x0.append(100 * before)
                ys.append(2 - i)
                widths.append(100 * self.shares[resp][side])
            bar = pg.BarGraphItem(x0=x0, y=ys, height=0.6, width=widths, brush=SIDE_COLOURS[side], pen=pg.mkPen("w"))
            plot.addItem(bar)
            self._bars.append(bar)

    def _tooltip(self) -> str:
        words = RESPONSIBILITY_WORDS[self.lang]
        lines = []
        for resp in Responsibility:
            counts = self.counts.get(resp.value, {})
            parts = ", ".join(f"{SIDE_WORDS[self.lang][s]} {counts.get(s, 0)}" for s in SPLIT_SIDES)
            lines.append(f"{words[resp]}: {parts}")
        return "\n".join(lines)
