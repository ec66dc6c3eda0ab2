"""The function catalogue editor: add, rename, delete (with confirmation), category, vårdval, and
which vårdval function a function follows up.

The table model is a thin adapter over project.functions; every edit is a catalogue command
pushed through the controller, and the table redraws from FUNCTIONS_CHANGED events.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.model.commands import AddFunction, RemoveFunction, SetFunctionField
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Function
from orgdesigner.model.enums import FunctionCategory
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe, describe_buttons, no_tab_trap, question
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.matrix.table_model import FUNCTION_CATEGORY_WORDS, Push
from orgdesigner.ui.undo import DocumentController

Index = QModelIndex | QPersistentModelIndex
NAME, CATEGORY, VARDVAL, FOLLOWS_UP, DESCRIPTION = range(5)
COLUMNS = 5


def new_function_id(name: str, taken: dict[str, Any]) -> str:
    """A readable, unique id from the name: "Lab analyser" -> "lab-analyser", then "-2", "-3" …"""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "function"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class FunctionCatalogueModel(QAbstractTableModel):
    def __init__(self, doc: Document, push: Push, lang: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._push = push
        self.lang = lang or ui_lang()
        self._ids = list(doc.project.functions)
        doc.events.subscribe(self._on_event)

    def detach(self) -> None:
        self._doc.events.unsubscribe(self._on_event)

    def function_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, function_id: str) -> int:
        return self._ids.index(function_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return [self.tr("Function"), self.tr("Category"), self.tr("Vårdval"), self.tr("Follows up"),
                        self.tr("Description")][section]
            if role == Qt.ItemDataRole.ToolTipRole and section == FOLLOWS_UP:
                return self.tr("The vårdval function whose providers this function follows up: "
                               "purchaser work, whatever the function is called")
        return None

    def follow_up_choices(self, function_id: str) -> list[tuple[str, str]]:
        """(id, name) of the vårdval functions `function_id` can follow up: every other one."""
        return [(f.id, f.name) for f in self._doc.project.functions.values() if f.vardval and f.id != function_id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        function = self._doc.project.functions[self._ids[index.row()]]
        col = index.column()
        if col == VARDVAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if function.vardval else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return function.name
            if col == CATEGORY:
                return FUNCTION_CATEGORY_WORDS[self.lang].get(function.category, str(function.category))
            if col == FOLLOWS_UP:
                target = self._doc.project.functions.get(function.follows_up or "")
                return target.name if target is not None else ""
            return function.description
        if role == Qt.ItemDataRole.EditRole:
            return [function.name, function.category.value, None, function.follows_up or "", function.description][col]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VARDVAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        fid = self._ids[index.row()]
        function = self._doc.project.functions[fid]
        col = index.column()
        if col == VARDVAL and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            if checked == function.vardval:
                return True
            return bool(self._push(SetFunctionField(fid, "vardval", checked)))
        if role != Qt.ItemDataRole.EditRole or col == VARDVAL:
            return False
        field = {NAME: "name", CATEGORY: "category", FOLLOWS_UP: "follows_up", DESCRIPTION: "description"}[col]
        if field == "follows_up":
            value = value or None  # the empty choice: follows nothing up
        if getattr(function, field) == value:
            return True
        try:
            command = SetFunctionField(fid, field, value)
        except ValueError:  # CommandError: an empty name, an unknown category
            return False
        return bool(self._push(command))

    def _on_event(self, event: ModelEvent) -> None:
        if event.change not in (Change.FUNCTIONS_CHANGED, Change.RESET):
            return
        ids = list(self._doc.project.functions)
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return
        for fid in event.ids:
            if fid in self._ids:
                row = self._ids.index(fid)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if event.change is Change.FUNCTIONS_CHANGED and self._ids:
            # a renamed function is shown in the follow-up column of the functions that name it
            self.dataChanged.emit(self.index(0, FOLLOWS_UP), self.index(len(self._ids) - 1, FOLLOWS_UP))

    # -- commands the dialog's buttons use ---------------------------------------------------------
    def add_function(self, name: str, category: FunctionCategory = FunctionCategory.CARE) -> str | None:
        fid = new_function_id(name, self._doc.project.functions)
        return fid if self._push(AddFunction(Function(fid, name.strip(), category))) else None

    def assignment_count(self, function_id: str) -> int:
        return sum(
            1 for s in self._doc.project.scenarios.values() for k in s.assignments if k.function_id == function_id
        )

    def remove_function(self, function_id: str) -> bool:
        return bool(self._push(RemoveFunction(function_id)))


class _CategoryDelegate(QStyledItemDelegate):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for category in FunctionCategory:
            combo.addItem(FUNCTION_CATEGORY_WORDS[self.lang][category], category.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _FollowsUpDelegate(QStyledItemDelegate):
    """A choice of the other vårdval functions, or none."""

    def __init__(self, model: FunctionCatalogueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(none)"), "")
        for fid, name in self.model.follow_up_choices(self.model.function_id(index.row())):
            combo.addItem(name, fid)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CatalogueDialog(QDialog):
    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Function catalogue"))
        self.resize(860, 480)
        self.controller = controller
        self.model = FunctionCatalogueModel(controller.doc, controller.push, lang, self)
        self.view = QTableView(self)
        no_tab_trap(self.view)

        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(CATEGORY, _CategoryDelegate(self.model.lang, self.view))
        self.view.setItemDelegateForColumn(FOLLOWS_UP, _FollowsUpDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # the follow-up column names a function: wide enough for the name, not cut
        self.view.horizontalHeader().setSectionResizeMode(FOLLOWS_UP, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add function"), self)
        self.add_button.clicked.connect(self.add_new)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        describe(self.view, self.tr("Every function with its category, vårdval flag, the vårdval function it follows up and "
                                    "its description; F2 edits a cell"),
                 self.tr("Functions"))
        describe(self.add_button, self.tr("Add a new function to the catalogue"))
        describe(self.delete_button, self.tr("Delete the selected function and its roles, after asking"))

        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.finished.connect(lambda _=0: self.model.detach())

    def add_new(self) -> None:
        fid = self.model.add_function(self.tr("New function"))
        if fid is not None:
            index = self.model.index(self.model.row_of(fid), NAME)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_selected(self, confirm: bool = True) -> bool:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return False
        fid = self.model.function_id(rows[0].row())
        name = self.controller.project.functions[fid].name
        count = self.model.assignment_count(fid)
        if confirm:
            text = self.tr("Delete the function “%1” and its %2 role assignment(s) in all scenarios? This can be undone.")
            if not question(self, self.tr("Delete function"), text.replace("%1", name).replace("%2", str(count))):
                return False

        return self.model.remove_function(fid)
