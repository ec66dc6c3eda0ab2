"""Cell painting (a corner mark where a finding applies) and the role combo box editor."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from orgdesigner.model.enums import Role
from orgdesigner.ui import colours
from orgdesigner.ui.matrix.roles import role_letter, role_word
from orgdesigner.ui.matrix.table_model import _DARK, VALUE_ROLE, MatrixModel, _brushes

Index = QModelIndex | QPersistentModelIndex
_SELECTION = QColor(30, 102, 245, 90)  # translucent, so the role colour still shows
_WHITE, _BLACK = QColor("white"), QColor("black")
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_CENTRE = Qt.AlignmentFlag.AlignCenter


class RoleDelegate(QStyledItemDelegate):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Drawn directly rather than through QStyle: a styled item asks the model for ~7 roles
        # through C++ and draws a themed panel, several times the cost of a coloured square.
        model = index.model()
        if not isinstance(model, MatrixModel):
            super().paint(painter, option, index)
            return
        row, col = index.row(), index.column()
        role = model.role_at(row, col)
        rect = option.rect
        state = option.state.value  # int: enum `&` is slow in Python
        if role is not None:
            painter.fillRect(rect, _brushes()[role])
        if state & _SELECTED:
            painter.fillRect(rect, _SELECTION)
        if role is not None:
            painter.setPen(_WHITE if role in _DARK else _BLACK)
            painter.drawText(rect, _CENTRE, model.letters[role])
        if model.is_marked(row, col):
            size = min(9, rect.height() // 2)
            right, top = rect.right() + 1, rect.top()
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.colour("finding_mark"))
            painter.drawPolygon(QPolygonF([QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)]))
            painter.restore()
        if state & _FOCUS:
            # the focus mark: the scheme's focus colour, white on a selected cell (≥ 3:1 either way)
            painter.setPen(QPen(colours.colour("highlighted_text" if state & _SELECTED else "focus"), 2))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("–", None)
        for role in Role:
            combo.addItem(f"{role_letter(role, self.lang)}  {role_word(role, self.lang)}", role)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(VALUE_ROLE)
        editor.setCurrentIndex(max(0, editor.findData(current)) if current is not None else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        data = editor.currentData()  # Qt hands the enum back as its plain string value
        role = Role(data) if data else None
        if role != index.data(VALUE_ROLE):  # push a command only when the value changed
            model.setData(index, role if role is not None else "", Qt.ItemDataRole.EditRole)
