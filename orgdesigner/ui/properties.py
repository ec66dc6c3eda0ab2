"""The properties editor for the selected units; with several selected it edits shared fields.

A field whose value differs between the selected units shows empty (or a partly checked box);
changing it sets that value on all of them. Every edit is one SetUnitField command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.words.numbers import number
from orgdesigner.model.commands import CommandError, SetUnitField
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.entities import Unit
from orgdesigner.model.enums import Authority, UnitCategory, UnitForm
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.chart import style
from orgdesigner.ui.dotted_editor import DottedLinesBox
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.undo import DocumentController

_MIXED = object()


def _authority_label(authority: Authority) -> str:
    from PySide6.QtCore import QCoreApplication

    tr = lambda s: QCoreApplication.translate("Properties", s)  # noqa: E731  (lupdate: bare tr)
    return {
        Authority.BUDGET: tr("Budget"),
        Authority.STAFFING: tr("Staffing"),
        Authority.PURCHASING: tr("Purchasing"),
        Authority.PRICING: tr("Pricing"),
        Authority.DEVELOPMENT: tr("Development mandate"),
        Authority.SURPLUS_RETENTION: tr("Keeps surplus"),
        Authority.RESULT_RESPONSIBILITY: tr("Result responsibility"),
    }[authority]


class _NotesEdit(QPlainTextEdit):
    """Commits when focus leaves, not on every keystroke."""

    def __init__(self, commit: Callable[[], None]) -> None:
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)
        self.setMaximumHeight(110)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)


class PropertiesPanel(QScrollArea):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loading = False
        self.setWidgetResizable(True)
        # Tab goes straight to the first field (the panel scrolls to the focus): no empty Tab stop
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        describe(self, self.tr("The selected unit's name, category, form, figures, decisions and notes"),
                 self.tr("Properties of the selected unit"))
        body = QWidget()
        box = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        box.addWidget(self.heading)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text()) if self.name.text().strip() else None)
        form.addRow(self.tr("Name"), self.name)
        describe(self.name, self.tr("The selected unit's name; Enter renames it"))
        self.category = QComboBox()
        for c in UnitCategory:
            self.category.addItem(style.category_label(c), c.value)
        self.category.activated.connect(lambda i: self._set("category", self.category.itemData(i)))
        form.addRow(self.tr("Category"), self.category)
        describe(self.category, self.tr("The unit's category (its colour on the chart)"), self.tr("Category"))
        self.form = QComboBox()
        for f in UnitForm:
            self.form.addItem(style.form_label(f), f.value)
        self.form.activated.connect(lambda i: self._set("form", self.form.itemData(i)))
        form.addRow(self.tr("Form"), self.form)
        describe(self.form, self.tr("How the unit is run: line unit, intraprenad or group management"), self.tr("Form"))
        self.figures: dict[str, QLineEdit] = {}
        hints = {"budget_sek": self.tr("The unit's yearly budget in kronor; empty when not known"),
                 "staff_fte": self.tr("The unit's staff in full-time equivalents (årsarbetare)"),
                 "listed_patients": self.tr("Patients listed at the unit (vårdval)")}
        for field, label in (("budget_sek", self.tr("Budget (SEK)")), ("staff_fte", self.tr("Staff (FTE)")), ("listed_patients", self.tr("Listed patients"))):
            edit = QLineEdit()
            describe(edit, hints[field])
            edit.setPlaceholderText("–")
            edit.editingFinished.connect(lambda f=field, e=edit: self._set_number(f, e))
            self.figures[field] = edit
            form.addRow(label, edit)
        box.addLayout(form)
        auth_box = QGroupBox(self.tr("Authorities (befogenheter)"))
        describe(auth_box, self.tr("What the unit may decide itself; tick an authority to grant it"))
        auth_layout = QVBoxLayout(auth_box)
        self.authorities: dict[Authority, QCheckBox] = {}
        for a in Authority:
            check = QCheckBox(_authority_label(a))
            describe(check, self.tr("Ticked: the unit has this authority (befogenhet)"))

            check.clicked.connect(lambda on, a=a: self._toggle_authority(a, on))
            self.authorities[a] = check
            auth_layout.addWidget(check)
        box.addWidget(auth_box)
        box.addWidget(QLabel(self.tr("Decisions it rests on")))
        self.decisions = QListWidget()
        self.decisions.setMaximumHeight(110)
        self.decisions.setAccessibleName(self.tr("Decisions it rests on"))
        self.decisions.setAccessibleDescription(self.tr("Tick the decisions this unit's organisation rests on"))
        self.decisions.itemChanged.connect(self._decision_toggled)
        box.addWidget(self.decisions)
        box.addWidget(QLabel(self.tr("Notes")))
        self.notes = _NotesEdit(self._commit_notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(self.tr("Free notes on the selected unit"))
        box.addWidget(self.notes)
        box.addWidget(DottedLinesBox(controller))  # secondary lines from this unit
        box.addStretch(1)
        self.setWidget(body)
        self._body = body
        controller.selectionChanged.connect(self.refresh)
        controller.documentReplaced.connect(self.refresh)
        controller.modelChanged.connect(self._on_event)
        self.refresh()

    # -- reading the selection --
    def units(self) -> list[Unit]:
        scenario = self.controller.scenario
        if scenario is None:
            return []
        return [scenario.units[u] for u in self.controller.selection if u in scenario.units]

    def _shared(self, field: str) -> Any:
        values = [getattr(u, field) for u in self.units()]
        if not values:
            return None
        return values[0] if all(v == values[0] for v in values) else _MIXED

    def _on_event(self, event: ModelEvent) -> None:
        if event.change in (Change.UNITS_CHANGED, Change.DECISIONS_CHANGED, Change.RESET) and not self._editing():
            self.refresh()

    def _editing(self) -> bool:
        return self.notes.hasFocus()

    def refresh(self, *_args: object) -> None:
        units = self.units()
        self._loading = True
        try:
            self._body.setEnabled(bool(units))
            if not units:
                self.heading.setText(self.tr("Select a unit to see its properties."))
            elif len(units) == 1:
                self.heading.setText(f"<b>{units[0].name}</b>")
            else:
                self.heading.setText(self.tr("<b>%n units</b> selected: changes apply to all of them.", "", len(units)))
            name = self._shared("name")
            self.name.setText("" if name is _MIXED or not units else name)
            self.name.setPlaceholderText(self.tr("(several values)") if name is _MIXED else "")
            for combo, field in ((self.category, "category"), (self.form, "form")):
                value = self._shared(field)
                combo.setCurrentIndex(-1 if value is _MIXED or value is None else combo.findData(value.value))
            for field, edit in self.figures.items():
                value = self._shared(field)
                edit.setText("" if value is _MIXED or value is None or not units else number(value, ui_lang()))
                edit.setPlaceholderText(self.tr("(several values)") if value is _MIXED else "–")
            for a, check in self.authorities.items():
                has = [a in u.authorities for u in units]
                check.setTristate(not all(has) and any(has))
                state = Qt.CheckState.Checked if has and all(has) else Qt.CheckState.PartiallyChecked if any(has) else Qt.CheckState.Unchecked
                check.setCheckState(state)
            self.decisions.clear()
            for did, decision in self.controller.project.decisions.items():
                item = QListWidgetItem(f"{did} – {decision.title}")
                item.setData(Qt.ItemDataRole.UserRole, did)
                held = [did in u.decisions for u in units]
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if held and all(held) else Qt.CheckState.PartiallyChecked if any(held) else Qt.CheckState.Unchecked)
                self.decisions.addItem(item)
            notes = self._shared("notes")
            self.notes.setPlainText("" if notes is _MIXED or not units else notes)
        finally:
            self._loading = False

    # -- writing: every change is one command --
    def _set(self, field: str, value: Any) -> bool:
        units = self.units()
        if self._loading or not units:
            return False
        if all(getattr(u, field) == value for u in units):
            return False
        try:
            command = SetUnitField(self.controller.scenario_id, [u.id for u in units], field, value)
        except CommandError as exc:  # a value the model refuses, e.g. letters in a number field
            command = None
            self.controller.show_message(exc)
        ok = command is not None and self.controller.push(command)
        if not ok:
            self.refresh()
        return ok

    def _set_number(self, field: str, edit: QLineEdit) -> None:
        # as shown: "4 256 000,5" in Swedish, "4,256,000.5" in English (any spaces between thousands)
        text = "".join(edit.text().split())
        if ui_lang() == "en":
            text = text.replace(",", "")
        elif "," in text:  # a decimal comma; dots then only group thousands
            text = text.replace(".", "").replace(",", ".")
        if text == "" and self._shared(field) is _MIXED:
            return
        self._set(field, text or None)

    def _toggle_authority(self, authority: Authority, on: bool) -> None:
        for unit in self.units():
            value = set(unit.authorities) | {authority} if on else set(unit.authorities) - {authority}
            if frozenset(value) != unit.authorities:
                break
        else:
            return
        ids = [u.id for u in self.units()]
        commands = []
        from orgdesigner.model.commands import MacroCommand

        for unit in self.units():  # each unit keeps its other authorities
            value = (set(unit.authorities) | {authority}) if on else (set(unit.authorities) - {authority})
            commands.append(SetUnitField(self.controller.scenario_id, [unit.id], "authorities", sorted(value)))
        step = Description(Action.CHANGE, Subject.UNIT, count=len(ids), field="authorities")
        self.controller.push(commands[0] if len(ids) == 1 else MacroCommand(step, commands))
        self.refresh()

    def _decision_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        did = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        from orgdesigner.model.commands import MacroCommand

        commands = []
        for unit in self.units():
            value = list(unit.decisions) + [did] if on and did not in unit.decisions else [d for d in unit.decisions if d != did or on]
            if tuple(value) != unit.decisions:
                commands.append(SetUnitField(self.controller.scenario_id, [unit.id], "decisions", value))
        if commands:
            self.controller.push(commands[0] if len(commands) == 1 else MacroCommand(
                Description(Action.CHANGE, Subject.UNIT, count=len(commands), field="decisions"), commands))
        self.refresh()

    def _commit_notes(self) -> None:
        if not self._loading and self.units() and not (self._shared("notes") is _MIXED and not self.notes.toPlainText()):
            self._set("notes", self.notes.toPlainText())
