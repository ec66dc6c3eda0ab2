"""The genomförandeplan's steps in the change-list dock: the grouped steps the paper prints, with
their phase, date and owner editable. An edit is one undo step on the proposal's paper
(`SetScenarioField(proposal, "paper", …)`); the table redraws from the model, never the other way.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from orgdesigner.model.commands.scenarios import SetScenarioField
from orgdesigner.model.paper import PlanEntry
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.undo import DocumentController

PHASE, DATE, OWNER = 1, 2, 3


class PlanScheduleTable(QTableWidget):
    def __init__(self, controller: DocumentController, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.controller = controller
        self.lang = lang
        self.target: str | None = None
        self.base: str | None = None
        self.keys: list[str] = []
        self.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Phase"), self.tr("Date"), self.tr("Owner")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        describe(self, self.tr("The plan's steps; edit a step's phase, date (YYYY-MM-DD) or owner"), self.tr("Steps of the plan"))
        self.itemChanged.connect(self._edited)

    def show_plan(self, target: str | None, base: str | None) -> None:
        """The steps from `base` to `target` with the schedule `target`'s paper keeps."""
        from orgdesigner.io.paper.plan_steps import board_steps

        self.blockSignals(True)
        self.setRowCount(0)
        self.target, self.base, self.keys = target, base, []
        project = self.controller.project
        if target in project.scenarios and base in project.scenarios:
            assert target is not None and base is not None
            for step in board_steps(project, project.scenarios[target], project.scenarios[base], self.lang):
                row = self.rowCount()
                self.insertRow(row)
                self.keys.append(step.key)
                text = QTableWidgetItem(step.text)
                text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, 0, text)
                self.setItem(row, PHASE, QTableWidgetItem(step.phase))
                self.setItem(row, DATE, QTableWidgetItem(step.date.isoformat() if step.date else ""))
                self.setItem(row, OWNER, QTableWidgetItem(step.owner))
        self.resizeRowsToContents()
        self.blockSignals(False)

    def _edited(self, item: QTableWidgetItem) -> None:
        project = self.controller.project
        if self.target not in project.scenarios or item.row() >= len(self.keys):
            return
        scenario = project.scenarios[self.target]
        paper = scenario.paper
        entry = paper.entry(self.keys[item.row()])
        value = item.text().strip()
        if item.column() == PHASE:
            entry = replace(entry, phase=value)
        elif item.column() == OWNER:
            entry = replace(entry, owner=value)
        elif item.column() == DATE:
            try:
                entry = replace(entry, date=date.fromisoformat(value) if value else None)
            except ValueError:
                self.controller.show_message(self.tr("%1: not a date; write it as YYYY-MM-DD").replace("%1", value))
                self.show_plan(self.target, self.base)
                return
        plan = tuple(e for e in paper.plan if e.key != entry.key)
        if entry != PlanEntry(entry.key):
            plan += (entry,)
        if plan != paper.plan:
            self.controller.push(SetScenarioField(scenario.id, "paper", replace(paper, plan=plan)))
