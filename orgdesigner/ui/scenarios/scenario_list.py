"""The project's scenarios as a list; choosing one makes it current. Rename by editing in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.undo import DocumentController

_ID = Qt.ItemDataRole.UserRole


class ScenarioList(QListWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._filling = False
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.currentItemChanged.connect(self._chosen)
        self.itemChanged.connect(self._renamed)
        controller.modelChanged.connect(self._on_event)
        controller.documentReplaced.connect(self.refill)
        controller.currentScenarioChanged.connect(self._show_current)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(self.tr("Copy scenario"), self)
        self.copy_action.triggered.connect(self.copy_current)
        self.delete_action = QAction(self.tr("Delete scenario"), self)
        self.delete_action.triggered.connect(self.delete_current)
        self.addActions([self.copy_action, self.delete_action])
        self.refill()

    def refill(self, *_args: object) -> None:
        self._filling = True
        try:
            self.clear()
            for scenario in self.controller.project.scenarios.values():
                item = QListWidgetItem(scenario.name)
                item.setData(_ID, scenario.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(scenario.description)
                self.addItem(item)
        finally:
            self._filling = False
        self._show_current(self.controller.scenario_id)

    def _show_current(self, scenario_id: str) -> None:
        self._filling = True
        try:
            for row in range(self.count()):
                if self.item(row).data(_ID) == scenario_id:
                    self.setCurrentRow(row)
        finally:
            self._filling = False

    def _on_event(self, event: ModelEvent) -> None:
        if event.change in (Change.SCENARIOS_CHANGED, Change.SCENARIO_CHANGED, Change.RESET):
            self.refill()

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None and not self._filling:
            self.controller.set_current_scenario(item.data(_ID))

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        scenario = self.controller.project.scenarios.get(item.data(_ID))
        if scenario is not None and item.text().strip() and item.text() != scenario.name:
            # the model's commands load with the first edit, not at start-up
            from orgdesigner.model.commands import SetScenarioField

            self.controller.push(SetScenarioField(scenario.id, "name", item.text()))
        else:
            self.refill()

    def copy_current(self) -> None:
        scenario = self.controller.scenario
        if scenario is None:
            return
        ids = self.controller.project.scenarios
        from orgdesigner.model.commands import AddScenario
        from orgdesigner.model.commands.scenarios import copied_scenario

        n = 1
        while f"{scenario.id}-{n}" in ids:
            n += 1
        clone = copied_scenario(scenario, f"{scenario.id}-{n}", self.tr("%1 (copy)").replace("%1", scenario.name))
        if self.controller.push(AddScenario(clone)):
            self.controller.set_current_scenario(clone.id)

    def delete_current(self) -> None:
        if self.controller.scenario is not None and len(self.controller.project.scenarios) > 1:
            from orgdesigner.model.commands import RemoveScenario

            self.controller.push(RemoveScenario(self.controller.scenario_id))
