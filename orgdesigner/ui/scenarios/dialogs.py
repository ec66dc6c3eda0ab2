"""Dialogs of the scenario tools: apply a structure template (with a live preview of what it will
change) and edit a scenario's economic rules. Both build commands; `accept` pushes them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.words.template_words import template_changes
from orgdesigner.model.commands import SetScenarioField
from orgdesigner.model.economy import (
    DEFAULT_FORM_AUTHORITIES,
    SURPLUS_MODEL_TEXT,
    EconomicRules,
    SurplusModel,
)
from orgdesigner.model.entities import Decision, Scenario
from orgdesigner.model.enums import Authority, UnitCategory, UnitForm
from orgdesigner.model.template_spec import Template
from orgdesigner.model.templates import (
    TemplateError,
    TemplateParams,
    TemplatePlan,
    choosable_units,
    plan_template,
)
from orgdesigner.model.vocabulary import label
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, describe_buttons, no_tab_trap
from orgdesigner.ui.command_text import error_text
from orgdesigner.ui.i18n import percent_suffix
from orgdesigner.ui.undo import DocumentController


def in_egenregi(scenario: Scenario, unit_id: str) -> bool:
    """The unit is an egenregi unit (category own_provider) or lies under one."""
    seen: set[str] = set()
    unit = scenario.units.get(unit_id)
    while unit is not None and unit.id not in seen:
        if unit.category is UnitCategory.OWN_PROVIDER:
            return True
        seen.add(unit.id)
        unit = scenario.units.get(unit.parent_id or "")
    return False


def default_root(scenario: Scenario, selection: list[str]) -> str | None:
    """The selected unit when it belongs to egenregi, else the topmost egenregi unit (the
    primary-care management): a template restructures egenregi, and a selection elsewhere (the
    beställarenhet a finding selected, say) is no branch to turn into a koncern."""
    if selection and selection[0] in scenario.units and in_egenregi(scenario, selection[0]):
        return selection[0]
    for unit in scenario.units.values():
        parent = scenario.units.get(unit.parent_id or "")
        if unit.category is UnitCategory.OWN_PROVIDER and (parent is None or parent.category is not UnitCategory.OWN_PROVIDER):
            return unit.id
    return next(iter(scenario.units), None)


def _date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


class TemplateDialog(QDialog):
    """Choose a template, the subtree root (and units, agreement), see the changes, apply."""

    def __init__(self, controller: DocumentController, templates: list[Template], errors: list[str],
                 lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply structure template"))
        self.controller = controller
        self.lang = lang
        self.templates = templates
        self.plan: TemplatePlan | None = None
        scenario = controller.scenario
        assert scenario is not None
        self.scenario = scenario

        self.template_box = QComboBox(self)
        for t in templates:
            self.template_box.addItem(t.name.get(lang), t.id)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.root_box = QComboBox(self)
        for unit in scenario.units.values():
            self.root_box.addItem(unit.name, unit.id)
        root = default_root(scenario, controller.selection)
        self.root_box.setCurrentIndex(max(0, self.root_box.findData(root)))
        self.mode_box = QComboBox(self)
        for text, mode in ((self.tr("as the template says"), None), (self.tr("keep the unit"), "keep"),
                           (self.tr("the unit becomes the group unit"), "become"),
                           (self.tr("insert a new unit above it"), "insert_above"),
                           (self.tr("insert a new unit below it"), "insert_below")):
            self.mode_box.addItem(text, mode)
        self.units_list = QListWidget(self)
        self.units_label = QLabel(self.tr("Units to change:"), self)
        self.agreement_box = QGroupBox(self.tr("Agreement (decision)"), self)
        self.agreement_id = QLineEdit(self)
        self.agreement_title = QLineEdit(self)
        self.agreement_from = QLineEdit(self)
        self.agreement_until = QLineEdit(self)
        for edit in (self.agreement_from, self.agreement_until):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        form = QFormLayout(self.agreement_box)
        form.addRow(self.tr("Id (diarienummer)"), self.agreement_id)
        form.addRow(self.tr("Title"), self.agreement_title)
        form.addRow(self.tr("Valid from"), self.agreement_from)
        form.addRow(self.tr("Valid until"), self.agreement_until)
        self.copy_check = QCheckBox(self.tr("Apply to a new copy of the scenario, named"), self)
        self.copy_check.setChecked(True)  # a proposal of its own; the scenario stays as it is
        self.copy_name = QLineEdit(self)
        self.branch_warning = QLabel(self)
        self.branch_warning.setWordWrap(True)
        self.branch_warning.setStyleSheet("color: #9a6700")
        self.branch_warning.hide()
        self.preview = QListWidget(self)
        self.preview.setWordWrap(True)
        self.error = QLabel(self)
        colours.text_colour(self.error, "error_text")
        self.error.setWordWrap(True)
        if errors:
            self.error.setText("\n".join(errors))

        describe(self.template_box, self.tr("The structure to turn the subtree into"), self.tr("Template"))
        describe(self.root_box, self.tr("The unit whose subtree the template changes"), self.tr("Apply to the subtree of"))
        describe(self.mode_box, self.tr("What happens to the chosen unit: kept, made the group unit, or a new unit above or below"),
                 self.tr("Group unit"))
        describe(self.units_list, self.tr("Tick the units the template changes"), self.tr("Units to change"))
        describe(self.agreement_box, self.tr("The agreement the intraprenader rest on; it is added to the decision register"))
        describe(self.agreement_id, self.tr("The agreement's diarienummer"))
        describe(self.agreement_title, self.tr("The agreement's title"))
        describe(self.agreement_from, self.tr("The first day the agreement applies, as YYYY-MM-DD"))
        describe(self.agreement_until, self.tr("The last day the agreement applies, as YYYY-MM-DD; empty when open-ended"))
        describe(self.copy_check, self.tr("Ticked: the template works on a new copy and the current scenario stays as it is"))
        describe(self.copy_name, self.tr("The name of the new copy"), self.tr("Name of the new scenario"))
        describe(self.preview, self.tr("Every change the template will make"), self.tr("What will change"))
        top = QFormLayout()
        top.addRow(self.tr("Template"), self.template_box)
        top.addRow("", self.description)
        top.addRow(self.tr("Apply to the subtree of"), self.root_box)
        top.addRow("", self.branch_warning)
        top.addRow(self.tr("Group unit"), self.mode_box)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_check)
        copy_row.addWidget(self.copy_name, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        describe(self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Make the changes listed, as one undo step"))
        describe_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.units_label)
        layout.addWidget(self.units_list, 1)
        layout.addWidget(self.agreement_box)
        layout.addLayout(copy_row)
        layout.addWidget(QLabel(self.tr("<b>What will change</b>"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 680)

        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.root_box.currentIndexChanged.connect(self._template_changed)
        self.mode_box.currentIndexChanged.connect(self.update_preview)
        self.units_list.itemChanged.connect(self.update_preview)
        self.copy_check.toggled.connect(self.update_preview)
        for edit in (self.agreement_id, self.agreement_title, self.agreement_from, self.agreement_until, self.copy_name):
            edit.textChanged.connect(self.update_preview)
        self._template_changed()

    @property
    def template(self) -> Template | None:
        index = self.template_box.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def _template_changed(self) -> None:
        template = self.template
        if template is None:
            return
        self.description.setText(template.description.get(self.lang))
        root = self.root_box.currentData()
        self._warn_about_branch(root)
        self.units_list.blockSignals(True)
        self.units_list.clear()
        for uid in choosable_units(self.scenario, template, root) if template.chooses_units else []:
            item = QListWidgetItem(self.scenario.units[uid].name)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units_list.addItem(item)
        self.units_list.blockSignals(False)
        self.units_list.setVisible(template.chooses_units)
        self.units_label.setVisible(template.chooses_units)
        spec = template.agreement
        self.agreement_box.setVisible(spec is not None)
        if spec is not None:
            start = self.scenario.effective_date or date.today()
            for edit, text in ((self.agreement_id, spec.id.replace("{year}", str(start.year))),
                               (self.agreement_title, spec.title.get(self.lang)),
                               (self.agreement_from, start.isoformat()),
                               (self.agreement_until, start.replace(year=start.year + spec.years).isoformat()
                                if not (start.month == 2 and start.day == 29) else "")):
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        self.copy_name.setText(f"{self.scenario.name} – {template.name.get(self.lang)}")
        self.update_preview()

    def _warn_about_branch(self, root: str | None) -> None:
        """A branch outside egenregi (the beställarenhet, say) would be restructured as if it
        were egenregi: the purchaser would end up managing providers."""
        if root is None or in_egenregi(self.scenario, root):
            self.branch_warning.hide()
            self.branch_warning.setText("")
            return
        text = self.tr("%1 does not belong to egenregi: the template will restructure it as if it were "
                       "egenregi's own providers. A template is meant for a branch of egenregi.")
        self.branch_warning.setText(text.replace("%1", self.scenario.units[root].name))
        self.branch_warning.show()

    def chosen_units(self) -> frozenset[str]:
        return frozenset(
            self.units_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.units_list.count())
            if self.units_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def params(self) -> TemplateParams:
        template = self.template
        assert template is not None
        agreement = None
        if template.agreement is not None:
            agreement = Decision(self.agreement_id.text().strip(), self.agreement_title.text().strip() or self.agreement_id.text().strip(),
                                 _date(self.agreement_from.text()), _date(self.agreement_until.text()),
                                 template.agreement.description.get(self.lang))
        new_scenario = None
        if self.copy_check.isChecked():
            ids = self.controller.project.scenarios
            n, new_id = 1, f"{self.scenario.id}-{template.id}"
            while new_id in ids:
                n += 1
                new_id = f"{self.scenario.id}-{template.id}-{n}"
            new_scenario = (new_id, self.copy_name.text().strip() or template.name.get(self.lang))
        return TemplateParams(
            root_id=self.root_box.currentData(),
            chosen=self.chosen_units() if template.chooses_units else None,
            agreement=agreement,
            root_mode=self.mode_box.currentData(),
            new_scenario=new_scenario,
            lang=self.lang,
        )

    def update_preview(self) -> None:
        self.preview.clear()
        self.plan = None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        template = self.template
        if template is None:
            ok.setEnabled(False)
            return
        try:
            if template.agreement is not None and not self.agreement_id.text().strip():
                raise TemplateError(self.tr("The agreement needs an id."))
            params = self.params()
            plan = plan_template(self.controller.project, self.scenario.id, template, params)
        except (TemplateError, ValueError) as exc:
            self.error.setText(error_text(exc))
            ok.setEnabled(False)
            return
        self.error.setText("")
        self.plan = plan
        lines = self._changes(plan, params) if plan.steps else []
        for line in lines or [self.tr("Nothing to change.")]:
            item = QListWidgetItem("• " + line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            self.preview.addItem(item)
        ok.setEnabled(bool(plan.steps))

    def _changes(self, plan: TemplatePlan, params: TemplateParams) -> list[str]:
        """What the plan changes, in plain sentences (io.words.template_words)."""
        project = self.controller.project
        assert plan.result is not None
        new = [d for did, d in plan.decisions.items() if did not in project.decisions]
        copy_name = params.new_scenario[1] if params.new_scenario is not None else None
        return template_changes(self.scenario, plan.result, project.decisions, new,
                                {fid: f.name for fid, f in project.functions.items()}, copy_name, self.lang)

    def accept(self) -> None:
        if self.plan is None:
            return
        command = self.plan.command()
        # the template's name in the window's language (the model's description names it in English)
        name = self.plan.template.name.get(self.lang) or self.plan.template.name.get("en")
        command.description = replace(command.description, name=name)
        if self.controller.push(command):
            if self.plan.scenario_id != self.scenario.id:
                self.controller.set_current_scenario(self.plan.scenario_id)
            super().accept()


class EconomyDialog(QDialog):
    """Surplus/deficit handling, governing decisions (dates from the register) and form authorities."""

    def __init__(self, controller: DocumentController, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Economic rules"))
        self.controller = controller
        self.lang = lang
        scenario = controller.scenario
        assert scenario is not None
        self.scenario = scenario
        rules = scenario.economy
        self.model_box = QComboBox(self)
        for model in SurplusModel:
            sv, en = SURPLUS_MODEL_TEXT[model]
            self.model_box.addItem(en if lang == "en" else sv, model.value)
        self.model_box.setCurrentIndex(self.model_box.findData(rules.surplus_model.value))
        self.surplus = self._percent(rules.surplus_share)
        self.deficit = self._percent(rules.deficit_share)
        self.cap = QDoubleSpinBox(self)
        self.cap.setRange(0, 1e12)
        self.cap.setDecimals(0)
        self.cap.setSingleStep(100_000)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setSuffix(self.tr(" SEK"))
        self.cap.setGroupSeparatorShown(True)  # "3 000 000 kr", as everywhere else
        self.cap.setValue(rules.cap_sek or 0)
        self.decisions = QListWidget(self)
        day = scenario.effective_date
        for decision in controller.project.decisions.values():
            span = f"{decision.valid_from or '…'} – {decision.valid_until or '…'}"
            state = "" if decision.in_force(day) else self.tr(" – not in force on the scenario's date")
            item = QListWidgetItem(f"{decision.id}: {decision.title} ({span}){state}")
            item.setData(Qt.ItemDataRole.UserRole, decision.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if decision.id in rules.decisions else Qt.CheckState.Unchecked)
            self.decisions.addItem(item)
        self.problems = QLabel(self)
        colours.text_colour(self.problems, "error_text")
        self.problems.setWordWrap(True)
        self.forms = QTableWidget(len(UnitForm), len(Authority), self)
        no_tab_trap(self.forms)

        self.forms.setVerticalHeaderLabels([label(f, lang) for f in UnitForm])
        self.forms.setHorizontalHeaderLabels([label(a, lang) for a in Authority])
        self._fill_forms(rules)
        reset = QPushButton(self.tr("Defaults"), self)
        reset.clicked.connect(lambda: self._fill_forms(replace(self.rules(), form_authorities={})))
        describe(reset, self.tr("Put back the authorities each form implies by default"))
        QWidget.setTabOrder(reset, self.forms)  # the button sits above the table it resets

        describe(self.model_box, self.tr("How surpluses and deficits are handled at the end of the year"), self.tr("Surplus and deficit"))
        describe(self.surplus, self.tr("The share of a surplus the unit carries over to next year"))
        describe(self.deficit, self.tr("The share of a deficit the unit carries over to next year"))
        describe(self.cap, self.tr("The most that is carried over, in kronor; 0 for no cap"))
        describe(self.decisions, self.tr("Tick the decisions the economic rules rest on"), self.tr("Governing decisions"))
        describe(self.forms, self.tr("Tick which authorities each unit form implies"), self.tr("Authorities each form implies"))

        form = QFormLayout()
        form.addRow(self.tr("Surplus and deficit"), self.model_box)
        form.addRow(self.tr("Share of a surplus carried over"), self.surplus)
        form.addRow(self.tr("Share of a deficit carried over"), self.deficit)
        form.addRow(self.tr("Cap"), self.cap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("<b>Governing decisions</b> (dates from the decision register)"), self))
        layout.addWidget(self.decisions, 1)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>Authorities each form implies</b>"), self), 1)
        head.addWidget(reset)
        layout.addLayout(head)
        layout.addWidget(self.forms, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(820, 640)
        for signal in (self.model_box.currentIndexChanged, self.surplus.valueChanged, self.deficit.valueChanged,
                       self.cap.valueChanged, self.decisions.itemChanged, self.forms.itemChanged):
            signal.connect(self._update_problems)
        self._update_problems()

    def _percent(self, share: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 100)
        box.setDecimals(0)
        box.setSuffix(percent_suffix())
        box.setValue(round(share * 100))
        return box

    def _fill_forms(self, rules: EconomicRules) -> None:
        self.forms.blockSignals(True)
        for row, form in enumerate(UnitForm):
            implied = rules.implied_authorities(form)
            for column, authority in enumerate(Authority):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if authority in implied else Qt.CheckState.Unchecked)
                self.forms.setItem(row, column, item)
        self.forms.blockSignals(False)
        self.forms.resizeColumnsToContents()
        self._update_problems()

    def rules(self) -> EconomicRules:
        """The rules as edited; forms equal to the default are not stored as overrides."""
        overrides = {}
        for row, form in enumerate(UnitForm):
            chosen = frozenset(a for column, a in enumerate(Authority) if _checked(self.forms.item(row, column)))
            if chosen != DEFAULT_FORM_AUTHORITIES[form]:
                overrides[form] = chosen
        return EconomicRules(
            surplus_model=SurplusModel(self.model_box.currentData()),
            surplus_share=self.surplus.value() / 100,
            deficit_share=self.deficit.value() / 100,
            cap_sek=self.cap.value() or None,
            decisions=tuple(self.decisions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.decisions.count())
                            if self.decisions.item(i).checkState() == Qt.CheckState.Checked),
            form_authorities=overrides,
        )

    def _update_problems(self, *_args: object) -> None:
        rules = self.rules()
        problems = rules.problems()
        day = self.scenario.effective_date
        for did in rules.decisions:
            decision = self.controller.project.decisions.get(did)
            if decision is not None and not decision.in_force(day):
                problems.append((f"beslut {did} gäller inte på scenariots datum ({day})",
                                 f"decision {did} is not in force on the scenario's date ({day})"))
        self.problems.setText("\n".join(en if self.lang == "en" else sv for sv, en in problems))

    def accept(self) -> None:
        rules = self.rules()
        if rules == self.scenario.economy or self.controller.push(SetScenarioField(self.scenario.id, "economy", rules)):
            super().accept()


def _checked(item: QTableWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked
