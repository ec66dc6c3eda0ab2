"""The keyboard's place in a list or tree, drawn so it can be seen (WCAG 2.4.7, 1.4.11).

Fusion marks the current item with a faint dotted line (1.2:1 in the scenario list, 1.7:1 in
the findings): these draw a 2 px frame in the scheme's focus colour, or in the selection's text
colour on a selected item, at least 3:1 either way (tests/ui/test_contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from orgdesigner.ui import colours

_FOCUS = QStyle.StateFlag.State_HasFocus
_SELECTED = QStyle.StateFlag.State_Selected


def draw_focus_mark(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The frame round the current item, when its view has the keyboard focus."""
    if not option.state & _FOCUS:
        return
    role = "highlighted_text" if option.state & _SELECTED else "focus"
    painter.save()
    painter.setPen(QPen(colours.colour(role), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
    painter.restore()


class FocusMarkDelegate(QStyledItemDelegate):
    """A plain item delegate that draws the focus frame over the usual item."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        draw_focus_mark(painter, option)
