"""Scenario → Analysis settings…: where the region's top management ends (rule R05).

Ordering and own delivery of a vårdval function may meet only at or above top management. The
planner names that unit, or leaves it to be derived from the structure; the dialog shows what the
derived level is in the current scenario. The choice is one undoable command (SetSettings).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from orgdesigner.analysis.top import top_management
from orgdesigner.model.commands import SetSettings
from orgdesigner.model.enums import UnitCategory
from orgdesigner.ui.a11y import describe, describe_buttons, label_for
from orgdesigner.ui.undo import DocumentController


class AnalysisSettingsDialog(QDialog):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Analysis settings"))
        self.setMinimumWidth(480)
        box = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Ordering and own delivery of a vårdval function may meet only at or above the region's top "
            "management (rule R05). Name the unit where top management ends, or let it be derived from the "
            "structure: the governance units from the top down to the first that directly heads a unit of "
            "another category. Governance units below it count as part of the line they head."))
        text.setWordWrap(True)
        box.addWidget(text)
        self.level = QComboBox()
        box.addWidget(label_for(self.level, self.tr("Top management ends at:")))
        scenario = controller.scenario
        current = controller.project.settings.top_management
        derived = ""
        if scenario is not None:
            top = top_management(scenario, None)
            derived = ", ".join(scenario.units[u].name for u in top.boundary)
        self.level.addItem(self.tr("Derived from the structure (here: %1)").replace("%1", derived or "–"), None)
        if scenario is not None:
            for unit in scenario.units.values():
                if unit.category is UnitCategory.GOVERNANCE or unit.id == current:
                    self.level.addItem(unit.name, unit.id)
        found = self.level.findData(current) if current is not None else 0
        if current is not None and found < 0:  # named, but not in this scenario
            self.level.addItem(current, current)
            found = self.level.count() - 1
        self.level.setCurrentIndex(max(found, 0))
        box.addWidget(self.level)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        describe(self.level, self.tr("The unit where top management ends, or derived from the structure"),
                 self.tr("Top management ends at"))
        buttons.accepted.connect(self.accept)

        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def accept(self) -> None:
        settings = self.controller.project.settings
        chosen = self.level.currentData()
        if chosen != settings.top_management:
            self.controller.push(SetSettings(replace(settings, top_management=chosen)))
        super().accept()


def analysis_settings_action(parent: QWidget, controller: DocumentController) -> QAction:
    action = QAction(QCoreApplication.translate("AnalysisSettingsDialog", "Analysis settings…"), parent)
    action.triggered.connect(lambda _checked=False: AnalysisSettingsDialog(controller, parent).open())
    return action
