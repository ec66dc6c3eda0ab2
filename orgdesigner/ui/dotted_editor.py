"""The properties editor's dotted-lines box: the secondary lines from the selected unit.

Each line shows the unit it goes to, its kind and a note; changing the kind or the note, removing
a line and adding one are each one undoable command. Enabled for a single selected unit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from orgdesigner.model.commands import AddDottedLine, ChangeDottedLine, RemoveDottedLine
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.chart.dotted import kind_label
from orgdesigner.ui.undo import DocumentController


class DottedLinesBox(QGroupBox):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Dotted lines (secondary reporting)"))
        describe(self, self.tr("The selected unit's secondary reporting lines to units other than its line manager"))
        self.controller = controller
        self.grid = QGridLayout(self)
        self.rows: dict[str, tuple[QComboBox, QLineEdit, QPushButton]] = {}
        self.target = QComboBox()
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(12)

        self.kind = self._kind_combo(DottedKind.FUNCTIONAL)
        describe(self.target, self.tr("The unit a new dotted line from the selected unit goes to"), self.tr("New dotted line to"))
        describe(self.kind, self.tr("Professional/medical, functional or by agreement"), self.tr("Kind of the new dotted line"))
        self.add = QPushButton(self.tr("Add"))
        describe(self.add, self.tr("Add a dotted line from the selected unit to the chosen unit"), self.tr("Add dotted line"))
        self.add.clicked.connect(self._add)
        self.empty = QLabel(self.tr("None."))
        controller.selectionChanged.connect(self.refresh)
        controller.documentReplaced.connect(self.refresh)
        controller.modelChanged.connect(self._on_event)
        self.refresh()

    def _kind_combo(self, kind: DottedKind) -> QComboBox:
        combo = QComboBox()
        for k in DottedKind:
            combo.addItem(kind_label(k), k.value)
        combo.setCurrentIndex(combo.findData(kind.value))
        return combo

    def unit_id(self) -> str | None:
        scenario = self.controller.scenario
        selection = self.controller.selection
        return selection[0] if scenario is not None and len(selection) == 1 and selection[0] in scenario.units else None

    def _on_event(self, event: ModelEvent) -> None:
        typing = any(edit.hasFocus() for _, edit, _ in self.rows.values())
        if event.change in (Change.UNITS_CHANGED, Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.RESET) and not typing:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.target, self.kind, self.add, self.empty):
                widget.deleteLater()
        self.rows = {}
        uid = self.unit_id()
        scenario = self.controller.scenario
        self.setEnabled(uid is not None)
        if uid is None or scenario is None:
            self.grid.addWidget(self.empty, 0, 0, 1, 4)
            return
        unit = scenario.units[uid]
        row = 0
        for line in unit.dotted_lines:
            target = scenario.units.get(line.target_id)
            kind = self._kind_combo(line.kind)
            note = QLineEdit(line.note)
            note.setPlaceholderText(self.tr("note"))
            remove = QPushButton("✕")
            remove.setToolTip(self.tr("Remove this dotted line"))
            to = target.name if target is not None else line.target_id
            describe(kind, self.tr("Professional/medical, functional or by agreement"), self.tr("Kind of the line to %1").replace("%1", to))
            describe(note, self.tr("Why the line exists, in your own words"), self.tr("Note on the line to %1").replace("%1", to))
            describe(remove, self.tr("Remove this dotted line"), self.tr("Remove the line to %1").replace("%1", to))

            kind.activated.connect(lambda _i, t=line.target_id: self._change(t))
            note.editingFinished.connect(lambda t=line.target_id: self._change(t))
            remove.clicked.connect(lambda _c=False, t=line.target_id: self._remove(t))
            self.grid.addWidget(QLabel("→ " + (target.name if target is not None else line.target_id)), row, 0)
            self.grid.addWidget(kind, row, 1)
            self.grid.addWidget(note, row, 2)
            self.grid.addWidget(remove, row, 3)
            self.rows[line.target_id] = (kind, note, remove)
            row += 1
        if not unit.dotted_lines:
            self.grid.addWidget(self.empty, row, 0, 1, 4)
            row += 1
        taken = {line.target_id for line in unit.dotted_lines} | {uid}
        self.target.clear()
        for other in scenario.units.values():
            if other.id not in taken and other.id != unit.parent_id and other.parent_id != uid:
                self.target.addItem(other.name, other.id)
        # the new line on two rows: long unit names must not push the box wider than the dock
        self.grid.addWidget(self.target, row, 0, 1, 4)
        self.grid.addWidget(self.kind, row + 1, 0, 1, 3)
        self.grid.addWidget(self.add, row + 1, 3)

    def _line(self, target_id: str) -> DottedLine | None:
        scenario = self.controller.scenario
        uid = self.unit_id()
        if scenario is None or uid is None:
            return None
        return next((x for x in scenario.units[uid].dotted_lines if x.target_id == target_id), None)

    def _change(self, target_id: str) -> None:
        line, uid, scenario = self._line(target_id), self.unit_id(), self.controller.scenario
        if line is None or uid is None or scenario is None:
            return
        kind, note, _ = self.rows[target_id]
        new = DottedLine(target_id, DottedKind(kind.currentData()), note.text(), line.decision)
        if new != line:
            self.controller.push(ChangeDottedLine(scenario.id, uid, new))

    def _remove(self, target_id: str) -> None:
        uid, scenario = self.unit_id(), self.controller.scenario
        if uid is not None and scenario is not None:
            self.controller.push(RemoveDottedLine(scenario.id, uid, target_id))

    def _add(self) -> None:
        uid, scenario, target = self.unit_id(), self.controller.scenario, self.target.currentData()
        if uid is not None and scenario is not None and target is not None:
            self.controller.push(AddDottedLine(scenario.id, uid, DottedLine(target, DottedKind(self.kind.currentData()))))
