"""The unit outline: the current scenario's reporting tree as a QTreeView (name, category, form).

`OutlineModel` is a thin adapter over the scenario; structural changes reset it (keeping the
view's expanded rows and selection), property changes update the rows in place.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from orgdesigner.layout.tree import tree_children
from orgdesigner.model.entities import Scenario
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.chart import style
from orgdesigner.ui.undo import DocumentController

Index = QModelIndex | QPersistentModelIndex
_PARENT_ID = attrgetter("parent_id")
_ROOT = QModelIndex()


class OutlineModel(QAbstractItemModel):
    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rebuild()
        controller.modelChanged.connect(self._on_event)
        controller.currentScenarioChanged.connect(self._on_scenario)  # also sent after documentReplaced

    @property
    def scenario(self) -> Scenario | None:
        return self.controller.scenario

    def _rebuild(self) -> None:
        scenario = self.scenario
        self._ids: list[str] = []
        self._num: dict[str, int] = {}
        self._kids: dict[str | None, list[str]] = {}
        self._parent: dict[str, str | None] = {}
        self._row: dict[str, int] = {}  # each unit's row among its siblings
        if scenario is None:
            return
        units = scenario.units
        # built with C-level dict and zip calls: the outline of a 50,000-unit region fills
        # on the way to the window's findings
        self._ids = list(units)
        roots, forest, _extra = tree_children(self._ids, dict(zip(self._ids, map(_PARENT_ID, units.values()), strict=True)))
        children: dict[str | None, list[str]] = {None: roots}
        children.update(forest)
        self._kids = children
        parent, row = self._parent, self._row
        for above, kids in self._kids.items():
            parent.update(dict.fromkeys(kids, above))
            row.update(zip(kids, range(len(kids)), strict=True))
        self._num = dict(zip(self._ids, range(len(self._ids)), strict=True))

    def reset(self, *_args: object) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _on_scenario(self, *_args: object) -> None:
        """In the application the chart paints first: the outline empties at once (its rows
        must not name units of the previous scenario) and fills right after that paint."""
        if self.controller.paint_first.target is not None:
            self.beginResetModel()
            self._ids, self._num, self._kids, self._parent, self._row = [], {}, {}, {}, {}
            self.endResetModel()
        self.controller.paint_first.run("outline", self.reset)

    def _on_event(self, event: ModelEvent) -> None:
        scenario = self.scenario
        if event.change is Change.RESET or scenario is None:
            self.reset()
        elif event.scenario_id != scenario.id:
            return
        elif event.change in (Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED):
            self.reset()
        elif event.change is Change.UNITS_CHANGED:
            for uid in event.ids:
                index = self.index_of(uid)
                if index.isValid():
                    self.dataChanged.emit(index, index.siblingAtColumn(2))

    # -- ids <-> indexes --
    def unit_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return self._ids[index.internalId()]

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        if unit_id not in self._num:
            return QModelIndex()
        return self.createIndex(self._row[unit_id], column, self._num[unit_id])

    # -- QAbstractItemModel --
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= 3 or row < 0:
            return QModelIndex()
        kids = self._kids.get(self.unit_id(parent), [])
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, self._num[kids[row]])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]  # Qt's parent() is overloaded; the model overrides the index form
        uid = self.unit_id(index)
        parent = self._parent.get(uid) if uid is not None else None
        return QModelIndex() if parent is None else self.index_of(parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids.get(self.unit_id(parent), []))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        uid = self.unit_id(index)
        scenario = self.scenario
        if uid is None or scenario is None or uid not in scenario.units:
            return None
        unit = scenario.units[uid]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [unit.name, style.category_label(unit.category), style.form_label(unit.form)][column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(style.CATEGORY_COLOURS[unit.category])
        if role == Qt.ItemDataRole.ToolTipRole:
            return unit.notes or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [self.tr("Unit"), self.tr("Category"), self.tr("Form")][section]
        return None


class OutlineView(QTreeView):
    """Selection follows the controller both ways; expansion survives structural resets."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.outline = OutlineModel(controller, self)
        self.setModel(self.outline)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self._syncing = False
        self._expanded: set[str] = set()
        self.outline.modelAboutToBeReset.connect(self._save_expansion)
        self.outline.modelReset.connect(self._restore)
        self.selectionModel().selectionChanged.connect(self._to_controller)
        controller.selectionChanged.connect(self._from_controller)
        self._restore()

    def _save_expansion(self) -> None:
        if self.outline._ids:  # an outline emptied while the chart paints keeps what was open
            self._expanded = {uid for uid in self.outline._ids if self.isExpanded(self.outline.index_of(uid))}

    def _restore(self) -> None:
        if not self._expanded:
            self.expandToDepth(2)
        for uid in self._expanded:
            self.setExpanded(self.outline.index_of(uid), True)
        self.resizeColumnToContents(0)
        self._from_controller(self.controller.selection)

    def _to_controller(self, *_args: object) -> None:
        if self._syncing:
            return
        ids = [self.outline.unit_id(i) for i in self.selectionModel().selectedRows()]
        self.controller.select_units([u for u in ids if u], centre=True)

    def _from_controller(self, ids: list[str]) -> None:
        self._syncing = True
        try:
            selection = QItemSelection()
            for uid in ids:
                index = self.outline.index_of(uid)
                if index.isValid():
                    selection.select(index, index.siblingAtColumn(2))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().select(selection, flags)
            if ids:
                first = self.outline.index_of(ids[0])
                if first.isValid():
                    self.scrollTo(first)
        finally:
            self._syncing = False
