"""A column header with text turned 90°, so hundreds of narrow unit columns keep readable names.

The header is as tall as the longest name needs (between _MIN_HEIGHT and _MAX_HEIGHT), so
names such as "Område Primärvård (primärvårdschef)" are not cut; a longer one is elided and
its tooltip (the model's) names it in full.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

_MIN_HEIGHT = 110
_MAX_HEIGHT = 340  # the example's longest ("Hälsocentral i ekonomisk förening (anonymiserad)") whole
_ICON = 14
_PAD = 4 + _ICON + 2 + 4 + 6  # bottom padding, icon, top padding, slack
_MEASURED = 2000  # names measured for the height; more columns than this use the first ones


class RotatedHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._height: int | None = None  # measured on demand, forgotten when names change

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.headerDataChanged, old.columnsInserted, old.layoutChanged):
                signal.disconnect(self._forget_height)
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.headerDataChanged, model.columnsInserted, model.layoutChanged):
                signal.connect(self._forget_height)
        self._forget_height()

    def _forget_height(self, *args: object) -> None:
        self._height = None
        self.updateGeometry()

    def wanted_height(self) -> int:
        """Room for the longest name turned on its side, within the limits."""
        if self._height is None:
            model = self.model()
            longest = 0
            if model is not None:
                metrics = self.fontMetrics()
                for section in range(min(model.columnCount(), _MEASURED)):
                    text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    longest = max(longest, metrics.horizontalAdvance(str(text or "")))
            self._height = max(_MIN_HEIGHT, min(_MAX_HEIGHT, longest + _PAD))
        return self._height

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.wanted_height())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid() or self.model() is None:
            return
        model = self.model()
        painter.save()
        selected = self.selectionModel() is not None and self.selectionModel().isColumnSelected(logical, self.rootIndex())
        background = model.headerData(logical, self.orientation(), Qt.ItemDataRole.BackgroundRole)
        if selected:
            painter.fillRect(rect, self.palette().highlight())
        elif isinstance(background, QBrush):
            painter.fillRect(rect, background)
        else:
            painter.fillRect(rect, self.palette().button())
        painter.setPen(QColor("#c8c8c8"))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        icon = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DecorationRole)
        bottom_pad = 4
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.center().x() - _ICON // 2, rect.bottom() - _ICON - 3, _ICON, _ICON))
            bottom_pad += _ICON + 2
        text = str(model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(self.palette().highlightedText().color() if selected else self.palette().buttonText().color())
        painter.translate(rect.left(), rect.bottom() - bottom_pad)
        painter.rotate(-90)
        length = rect.height() - bottom_pad - 4
        box = QRect(0, 0, length, rect.width())
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, length)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided)
        painter.restore()
