"""Split at a glance: for development, ordering and delivery, who holds the accountabilities.

A small stacked bar chart of the shares held by the beställarenhet, egenregi and other units, from
`Metrics.responsibility_split`: the "split between beställarenhet and egenregi" planners compare
between scenarios. Painted with QPainter (three bars and an axis need no plotting library, and
the findings dock is on screen at start, where pyqtgraph would cost about half a second).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from orgdesigner.analysis.metrics import SPLIT_SIDES
from orgdesigner.model.enums import Responsibility
from orgdesigner.ui import colours
from orgdesigner.ui.matrix.roles import RESPONSIBILITY_WORDS, ui_lang


def side_colour(side: str) -> QColor:
    """A side's bar colour in the current scheme (side_purchaser … in colours.py)."""
    return colours.colour(f"side_{side}")
SIDE_WORDS = {
    "sv": {"purchaser": "beställarenhet", "own_provider": "egenregi", "other": "övriga"},
    "en": {"purchaser": "beställarenhet", "own_provider": "egenregi", "other": "others"},
}
TICKS = (0, 25, 50, 75, 100)


def split_shares(split: dict[str, dict[str, int]]) -> dict[Responsibility, dict[str, float]]:
    """Shares (0..1) per responsibility and side; all zero where nothing is accountable."""
    out: dict[Responsibility, dict[str, float]] = {}
    for resp in Responsibility:
        counts = split.get(resp.value, {})
        total = sum(counts.get(side, 0) for side in SPLIT_SIDES)
        out[resp] = {side: (counts.get(side, 0) / total if total else 0.0) for side in SPLIT_SIDES}
    return out


def stacked_segments(shares: dict[Responsibility, dict[str, float]]) -> dict[str, list[tuple[float, float]]]:
    """side -> per responsibility (utveckling, beställning, leverans) its (start, width) in percent."""
    out: dict[str, list[tuple[float, float]]] = {}
    for side_index, side in enumerate(SPLIT_SIDES):
        out[side] = [
            (100 * sum(shares[resp][s] for s in SPLIT_SIDES[:side_index]), 100 * shares[resp][side])
            for resp in Responsibility
        ]
    return out


class _Bars(QWidget):
    """The plot area: one horizontal stacked bar per responsibility, a percent axis below."""

    LABEL_W = 86
    AXIS_H = 18

    def __init__(self, chart: SplitChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    def label_width(self) -> int:
        """Room for the longest responsibility word (English ones are longer), at most 40 %."""
        fm = self.fontMetrics()
        words = RESPONSIBILITY_WORDS[self.chart.lang].values()
        return min(max(self.LABEL_W, max(fm.horizontalAdvance(w) for w in words) + 12), int(self.width() * 0.4))

    def plot_rect(self) -> QRectF:
        left = self.label_width()
        return QRectF(left, 4, max(self.width() - left - 26, 10), max(self.height() - self.AXIS_H - 8, 10))

    def bar_rect(self, row: int, start: float, width: float) -> QRectF:
        """Row 0 = utveckling at the top; start and width in percent."""
        area = self.plot_rect()
        band = area.height() / len(Responsibility)
        return QRectF(area.left() + area.width() * start / 100, area.top() + band * (row + 0.2),
                      area.width() * width / 100, band * 0.6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours.colour("base"))  # the scheme's: no white block on dark
        area = self.plot_rect()
        grid = QPen(colours.colour("grid"))
        text = QPen(colours.colour("text"))
        fm = painter.fontMetrics()
        for tick in TICKS:
            x = area.left() + area.width() * tick / 100
            painter.setPen(grid)
            painter.drawLine(int(x), int(area.top()), int(x), int(area.bottom()))
            painter.setPen(text)
            label = f"{tick} %"
            painter.drawText(QRectF(x - 30, area.bottom() + 2, 60, self.AXIS_H), Qt.AlignmentFlag.AlignCenter, label)
        words = RESPONSIBILITY_WORDS[self.chart.lang]
        band = area.height() / len(Responsibility)
        left = area.left()
        for row, resp in enumerate(Responsibility):
            painter.setPen(text)
            painter.drawText(QRectF(0, area.top() + band * row, left - 6, band),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(words[resp], Qt.TextElideMode.ElideRight, int(left) - 8))
        painter.setPen(QPen(colours.colour("base")))  # a gap between segments
        for side, segments in self.chart.segments.items():
            painter.setBrush(side_colour(side))
            for row, (start, width) in enumerate(segments):
                if width > 0:
                    painter.drawRect(self.bar_rect(row, start, width))
        painter.end()


class SplitChart(QWidget):
    """One scenario's split as three stacked horizontal bars (utveckling, beställning, leverans)."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ui_lang()
        self.title = QLabel(self)
        self.shares: dict[Responsibility, dict[str, float]] = split_shares({})
        self.segments: dict[str, list[tuple[float, float]]] = stacked_segments(self.shares)
        self.counts: dict[str, dict[str, int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        self.legend = QLabel(self._legend_html(), self)
        colours.changes().changed.connect(self._recolour)
        layout.addWidget(self.legend)
        self.bars = _Bars(self)
        layout.addWidget(self.bars, 1)
        self.setMinimumHeight(150)

    def _legend_html(self) -> str:
        return "&nbsp;&nbsp;".join(
            f"<span style='color:{side_colour(s).name()}'>■</span> {SIDE_WORDS[self.lang][s]}" for s in SPLIT_SIDES
        )

    def _recolour(self) -> None:
        self.legend.setText(self._legend_html())
        self.bars.update()

    def set_split(self, split: dict[str, dict[str, int]], title: str = "") -> None:
        """Show a split (repainted with the next paint)."""
        self.counts = split
        self.shares = split_shares(split)
        self.segments = stacked_segments(self.shares)
        self.title.setText(f"<b>{title}</b>" if title else "")
        self.setToolTip(self._tooltip())
        self.bars.update()

    def _tooltip(self) -> str:
        words = RESPONSIBILITY_WORDS[self.lang]
        lines = []
        for resp in Responsibility:
            counts = self.counts.get(resp.value, {})
            parts = ", ".join(f"{SIDE_WORDS[self.lang][s]} {counts.get(s, 0)}" for s in SPLIT_SIDES)
            lines.append(f"{words[resp]}: {parts}")
        return "\n".join(lines)
