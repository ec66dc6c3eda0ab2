"""The *Genomförandeplan* dock: the current scenario's change list against a base scenario, in
the order a planner carries it out; a step selects its units on the chart; export as XLSX;
promote the scenario to the current state (one undoable step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.words.file_words import os_error_words
from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe, label_for
from orgdesigner.ui.i18n import plural, translation_lang
from orgdesigner.ui.undo import DocumentController


class ChangeListPanel(QWidget):
    def __init__(self, controller: DocumentController, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self._stale = False
        self.base = QComboBox()
        from orgdesigner.ui.scenarios.plan_schedule import PlanScheduleTable

        self.schedule = PlanScheduleTable(controller, lang, self)
        self.steps = QListWidget()
        self.steps.setAlternatingRowColors(True)
        # each change is a sentence: wrapped to the dock's width, read whole without scrolling sideways
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_button = QPushButton(self.tr("Export genomförandeplan…"))
        self.promote_button = QPushButton(self.tr("Make this scenario the current state"))
        describe(self.base, self.tr("The scenario the plan starts from"), self.tr("Changes from"))
        describe(self.steps, self.tr("The steps of the plan in order; select one to show its unit on the chart"), self.tr("Genomförandeplan"))
        describe(self.export_button, self.tr("Write the plan as an Excel sheet"))
        describe(self.promote_button, self.tr("The current scenario becomes the current state; the old one is kept as history"))
        self.summary = QLabel()
        head = QHBoxLayout()

        self.base_label = label_for(self.base, self.tr("Changes from"))
        head.addWidget(self.base_label)
        head.addWidget(self.base, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.promote_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Steps (phase, date and owner are printed in the paper):")))
        layout.addWidget(self.schedule, 1)
        layout.addWidget(QLabel(self.tr("Every change:")))
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.base.currentIndexChanged.connect(lambda _i: self.refresh_steps())
        self.steps.currentItemChanged.connect(lambda *_a: self._select())
        self.export_button.clicked.connect(lambda: self.export())
        self.promote_button.clicked.connect(self.promote)
        controller.documentReplaced.connect(self.refresh)
        controller.currentScenarioChanged.connect(lambda _s: self.refresh())
        controller.modelChanged.connect(self._on_event)
        self.refresh()

    def base_id(self) -> str | None:
        data = self.base.currentData()
        return data if isinstance(data, str) else None

    def from_current_state(self) -> bool:
        """On the current state the plan runs from it to the chosen proposal, never the way back."""
        return self.controller.scenario_id == next(iter(self.controller.project.scenarios), None)

    def ends(self) -> tuple[str, str] | None:
        """(the scenario the plan leads to, the one it starts from), or None without another scenario."""
        other, current = self.base_id(), self.controller.scenario_id
        if other is None or current not in self.controller.project.scenarios:
            return None
        return (other, current) if self.from_current_state() else (current, other)

    def refresh(self) -> None:
        project, current = self.controller.project, self.controller.scenario_id
        towards = self.from_current_state()
        self.base_label.setText(self.tr("Changes to") if towards else self.tr("Changes from"))
        describe(self.base, self.tr("The proposal the plan leads to") if towards else self.tr("The scenario the plan starts from"),
                 self.tr("Changes to") if towards else self.tr("Changes from"))
        keep = self.base_id()
        self.base.blockSignals(True)
        self.base.clear()
        for sid, s in project.scenarios.items():
            if sid != current:
                self.base.addItem(s.name, sid)
        index = self.base.findData(keep) if keep else 0
        self.base.setCurrentIndex(max(index, 0))
        self.base.blockSignals(False)
        self.refresh_steps()

    def refresh_steps(self) -> None:
        from orgdesigner.analysis.change_list import change_list
        from orgdesigner.io.paper.change_plan import step_text

        self.steps.clear()
        ends, current = self.ends(), self.controller.scenario_id
        project = self.controller.project
        self.export_button.setEnabled(ends is not None)
        self.promote_button.setEnabled(current != next(iter(project.scenarios), current))
        if ends is None:
            self.schedule.show_plan(None, None)
            self.summary.setText(self.tr("No other scenario to compare with."))
            return
        target, base = ends
        self.schedule.show_plan(target, base)
        steps = change_list(project, target, base)
        for i, step in enumerate(steps, 1):
            item = QListWidgetItem(f"{i}. {step_text(project, target, base, step, self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, list(step.unit_ids))
            self.steps.addItem(item)
        self.summary.setText(plural(self.tr("%n step(s): new units, moves, unit changes, roles, rules, units closed down.",
                                            "", len(steps)), len(steps)))

    def _select(self) -> None:
        item = self.steps.currentItem()
        ids = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if ids:
            self.controller.select_units(list(ids))

    def export(self, path: str | Path | None = None) -> Path | None:
        from orgdesigner.io.paper.change_plan import write_plan_xlsx

        ends = self.ends()
        if ends is None:
            return None
        target, base = ends
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export genomförandeplan"), "genomforandeplan.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return None
            path = chosen
        out = Path(path)
        try:
            write_plan_xlsx(self.controller.project, target, base, out, self.lang)
        except OSError as exc:
            self.controller.show_message(f"{out}: {os_error_words(exc, translation_lang())}")
            return None
        return out

    def promote(self) -> None:
        from orgdesigner.model.commands.promote import promote_scenario

        try:
            command = promote_scenario(self.controller.project, self.controller.scenario_id)
        except CommandError as exc:
            self.controller.show_message(exc)
            return
        self.controller.push(command)

    def _on_event(self, event: ModelEvent) -> None:
        if not self.isVisible():  # a hidden dock catches up when shown
            self._stale = True
            return
        if event.change in (Change.SCENARIOS_CHANGED, Change.SCENARIO_CHANGED, Change.RESET):
            self.refresh()
        elif event.change is not Change.PROJECT_CHANGED:
            self.refresh_steps()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


def install_change_list(window: QMainWindow, controller: DocumentController, lang: str = "sv") -> QDockWidget:
    panel = ChangeListPanel(controller, lang)
    dock = QDockWidget(QCoreApplication.translate("ChangeListPanel", "Genomförandeplan"), window)
    dock.setObjectName("change_list_dock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    view = getattr(getattr(window, "menus", None), "view", None)
    if view is not None:
        view.addAction(dock.toggleViewAction())
    return dock
