"""A column header with text turned 90°, so hundreds of narrow unit columns keep readable names."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

_HEIGHT = 150
_ICON = 14


class RotatedHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), _HEIGHT)

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
