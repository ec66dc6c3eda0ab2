"""Cell painting (a corner mark where a finding applies) and the role combo box editor."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from orgdesigner.model.enums import Role
from orgdesigner.ui.matrix.roles import role_letter, role_word
from orgdesigner.ui.matrix.table_model import FINDING_ROLE, VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex
_MARK = QColor("#b00020")


class RoleDelegate(QStyledItemDelegate):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(FINDING_ROLE):
            r = option.rect  # type: ignore[attr-defined]
            size = min(9, r.height() // 2)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_MARK)
            right, top = r.right() + 1, r.top()
            painter.drawPolygon(QPolygonF([QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)]))
            painter.restore()

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
        role = editor.currentData()
        if role != index.data(VALUE_ROLE):  # push a command only when the value changed
            model.setData(index, role if role is not None else "", Qt.ItemDataRole.EditRole)
