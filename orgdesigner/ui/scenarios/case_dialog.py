"""The decision paper's case, the current scenario's own paper and its förslag till beslut, edited
in one dialog.

The case (header, signatories, receivers, the ärende's title and background) is shared by every
paper of the project; the scenario's paper (title, summary, date, who decides, the konsekvenser
for children and gender equality) and its förslag are its own. OK pushes one undo step (one
command, or a macro of the parts that changed). "Draft from the comparison"
appends the points that follow from the comparison with another scenario and that the text does
not hold yet (orgdesigner.io.paper.decision_draft); it never replaces what the planner wrote.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.paper.decision_draft import draft_points, merge_draft
from orgdesigner.model import fields
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.commands.base import Command, CommandError, MacroCommand
from orgdesigner.model.commands.description import Description
from orgdesigner.model.commands.project import SetProjectField
from orgdesigner.model.commands.scenarios import SetScenarioField
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.limits import Limit, LimitError
from orgdesigner.model.paper import PaperInfo
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, describe_buttons, label_for
from orgdesigner.ui.command_text import error_reason, error_text
from orgdesigner.ui.undo import DocumentController


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _reason(limit: Limit, value: object) -> str | None:
    """Why `limit` refuses `value`, in the window's language; None when it keeps it."""
    try:
        limit(value)
    except LimitError as exc:
        return error_reason(str(exc))
    return None


def _label_of(edit: QWidget) -> str:
    parent = edit.parentWidget()
    form = parent.layout() if parent is not None else None
    label = form.labelForField(edit) if isinstance(form, QFormLayout) else None
    return label.text() if isinstance(label, QLabel) else edit.accessibleName()


def signatories_from_text(text: str) -> tuple[Signatory, ...]:
    """One signatory a line: "Name, Title" (the title may be left out)."""
    out = []
    for line in _lines(text):
        name, _, title = line.partition(",")
        out.append(Signatory(name.strip(), title.strip()))
    return tuple(out)


class CaseDialog(QDialog):
    def __init__(self, controller: DocumentController, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case and proposed decision"))
        self.controller = controller
        self.lang = lang
        project = controller.project
        scenario = controller.scenario
        assert scenario is not None
        self.scenario = scenario
        case = project.case
        tabs = QTabWidget(self)

        header = QWidget(self)
        form = QFormLayout(header)
        self.title = QLineEdit(case.title, self)
        self.title.setPlaceholderText(project.name)
        self.department = QLineEdit(case.department, self)
        self.officer = QLineEdit(case.officer, self)
        self.phone = QLineEdit(case.phone, self)
        self.email = QLineEdit(case.email, self)
        self.decision_body = QLineEdit(case.decision_body, self)
        self.decision_body.setPlaceholderText(self.tr("Regionstyrelsen"))
        self.signatories = QPlainTextEdit("\n".join(f"{s.name}, {s.title}" if s.title else s.name for s in case.signatories), self)
        self.signatories.setPlaceholderText(self.tr("One a line: name, title"))
        self.receivers_edit = QPlainTextEdit("\n".join(case.receivers), self)
        self.receivers_edit.setPlaceholderText(self.tr("One a line, e.g. Primärvårdschef"))
        describe(self.title, self.tr("The decision paper's title; empty uses the project's name"))
        describe(self.department, self.tr("The department (avdelning) writing the paper"))
        describe(self.officer, self.tr("The case officer (handläggare) named in the header"))
        describe(self.phone, self.tr("The case officer's telephone number"))
        describe(self.email, self.tr("The case officer's e-mail address"))
        describe(self.decision_body, self.tr("The body that decides, e.g. Regionstyrelsen"))
        describe(self.signatories, self.tr("Who signs the paper, one a line: name, title"))
        describe(self.receivers_edit, self.tr("Who receives an extract of the decision, one a line"))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Department (avdelning):"), self.department)
        form.addRow(self.tr("Case officer (handläggare):"), self.officer)
        form.addRow(self.tr("Telephone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Decided by:"), self.decision_body)
        form.addRow(self.tr("Signed by (I tjänsten):"), self.signatories)
        form.addRow(self.tr("Extract to (Utdrag till):"), self.receivers_edit)
        tabs.addTab(header, self.tr("Header and signatures"))
        tabs.setTabToolTip(0, self.tr("The paper's header block, who signs it and who receives an extract"))

        self.summary = QPlainTextEdit(case.summary, self)
        self.background = QPlainTextEdit(case.background, self)
        describe(self.summary, self.tr("The paper's summary (sammanfattning)"))
        describe(self.background, self.tr("The paper's case description (ärendebeskrivning)"))
        texts = QWidget(self)
        texts_form = QFormLayout(texts)
        texts_form.addRow(self.tr("Summary (sammanfattning):"), self.summary)
        texts_form.addRow(self.tr("Background (ärendebeskrivning):"), self.background)
        tabs.addTab(texts, self.tr("Summary and background"))
        tabs.setTabToolTip(1, self.tr("The paper's summary and case description"))

        tabs.addTab(self._paper_tab(project, scenario), self.tr("This proposal's paper"))
        tabs.setTabToolTip(2, self.tr("Title, summary, date and consequences of this scenario's own paper"))

        proposal = QWidget(self)
        column = QVBoxLayout(proposal)
        hint = QLabel(self.tr("Förslag till beslut for scenario %1. One point a line; indent a line "
                              "or start it with “-” to make it a sub-point (a, b, …).").replace("%1", scenario.name), self)
        hint.setWordWrap(True)
        self.proposal = QPlainTextEdit(scenario.proposal, self)
        row = QHBoxLayout()
        self.base = QComboBox(self)
        for other in project.scenarios.values():
            if other.id != scenario.id:
                self.base.addItem(other.name, other.id)
        self.draft_button = QPushButton(self.tr("Add draft points"), self)
        self.draft_button.clicked.connect(self.add_draft)
        describe(self.proposal, self.tr("One point a line; indent a line or start it with “-” to make it a sub-point"),
                 self.tr("Proposed decision"))
        describe(self.draft_button, self.tr("Append draft points from the comparison with the chosen scenario; your text stays"))
        describe(self.base, self.tr("The scenario the draft points compare with"), self.tr("Compare with"))
        self.draft_button.setEnabled(self.base.count() > 0)
        row.addWidget(label_for(self.base, self.tr("From the comparison with:"), self))  # names the combo
        row.addWidget(self.base, 1)
        row.addWidget(self.draft_button)
        column.addWidget(hint)
        column.addWidget(self.proposal, 1)
        column.addLayout(row)
        tabs.addTab(proposal, self.tr("Proposed decision"))
        tabs.setTabToolTip(3, self.tr("Förslag till beslut for this scenario"))

        for edit in (self.signatories, self.receivers_edit, self.summary, self.background, self.proposal,
                     self.paper_summary, self.child_rights, self.equality):
            edit.setTabChangesFocus(True)  # Tab moves on, as everywhere: no keyboard trap ("-" makes a sub-point)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)

        describe_buttons(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # a value the project cannot keep is named here, beside the fields, and the dialog stays open
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        colours.text_colour(self.problem, "error_text")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.tabs = tabs
        self.resize(720, 560)

    def _paper_tab(self, project: Project, scenario: Scenario) -> QWidget:
        """The fields of this scenario's own paper; empty ones fall back to the case's."""
        paper = scenario.paper
        page = QWidget(self)
        form = QFormLayout(page)
        self.paper_title = QLineEdit(paper.title, self)
        self.paper_title.setPlaceholderText(project.case.title or project.name)
        self.paper_summary = QPlainTextEdit(paper.summary, self)
        self.paper_summary.setPlaceholderText(self.tr("What this proposal does and why, in a few sentences"))
        # a date as the rest of the window types them (a date edit traps Tab); empty: the day of export
        self.paper_date = QLineEdit(paper.date.isoformat() if paper.date else "", self)
        self.paper_date.setPlaceholderText(self.tr("The day it is exported (or e.g. 2017-12-06)"))
        self.decided_by = QLineEdit(paper.decided_by, self)
        self.decided_by.setPlaceholderText(project.case.decision_body or self.tr("Regionstyrelsen"))
        self.child_rights = QPlainTextEdit(paper.child_rights, self)
        self.child_rights.setPlaceholderText(self.tr("How does the proposal affect children? (barnrättsperspektivet)"))
        self.equality = QPlainTextEdit(paper.equality, self)
        self.equality.setPlaceholderText(self.tr("How does the proposal affect women and men, girls and boys? (jämställdhet)"))
        describe(self.paper_title, self.tr("This paper's title; empty uses the case's title"), self.tr("Paper title"))
        describe(self.paper_summary, self.tr("This paper's summary (sammanfattning); empty uses the case's"), self.tr("Paper summary"))
        describe(self.paper_date, self.tr("The paper's date (Datum) as 2017-12-06; empty: the day it is exported"),
                 self.tr("Paper date"))
        describe(self.decided_by, self.tr("Who decides this proposal, e.g. Regionfullmäktige; empty: the case's body"),
                 self.tr("Decided by"))
        describe(self.child_rights, self.tr("The consequences for children, printed under Konsekvenser"), self.tr("Children's rights"))
        describe(self.equality, self.tr("The consequences for gender equality, printed under Konsekvenser"), self.tr("Gender equality"))
        form.addRow(self.tr("Title:"), self.paper_title)
        form.addRow(self.tr("Summary (sammanfattning):"), self.paper_summary)
        form.addRow(self.tr("Date:"), self.paper_date)
        form.addRow(self.tr("Decided by (beslutas av):"), self.decided_by)
        form.addRow(self.tr("Children (barnrätt):"), self.child_rights)
        form.addRow(self.tr("Gender equality (jämställdhet):"), self.equality)
        return page

    def paper_day(self) -> date | None:
        """The typed date; None when empty (the day of export). Raises ValueError when it is no date."""
        text = self.paper_date.text().strip()
        return date.fromisoformat(text) if text else None

    def paper(self) -> PaperInfo:
        try:
            day = self.paper_day()
        except ValueError:
            day = self.scenario.paper.date  # refused in accept(); the stored date meanwhile
        return PaperInfo(
            self.paper_title.text().strip(), self.paper_summary.toPlainText().strip(), day,
            self.decided_by.text().strip(), self.child_rights.toPlainText().strip(), self.equality.toPlainText().strip(),
            self.scenario.paper.plan,
        )

    def case(self) -> CaseInfo:
        return CaseInfo(
            self.title.text().strip(), self.department.text().strip(), self.officer.text().strip(),
            self.phone.text().strip(), self.email.text().strip(), self.decision_body.text().strip(),
            self.summary.toPlainText().strip(), self.background.toPlainText().strip(),
            signatories_from_text(self.signatories.toPlainText()), tuple(_lines(self.receivers_edit.toPlainText())),
        )

    def add_draft(self) -> None:
        base_id = self.base.currentData()
        project = self.controller.project
        if base_id not in project.scenarios:
            return
        draft = draft_points(project, project.scenarios[base_id], self.scenario, self.lang)
        self.proposal.setPlainText(merge_draft(self.proposal.toPlainText(), draft))

    def commands(self) -> list[Command]:
        out: list[Command] = []
        case = self.case()
        if case != self.controller.project.case:
            out.append(SetProjectField("case", case))
        text = self.proposal.toPlainText().rstrip()
        if text != self.scenario.proposal:
            out.append(SetScenarioField(self.scenario.id, "proposal", text))
        paper = self.paper()
        if paper != self.scenario.paper:
            out.append(SetScenarioField(self.scenario.id, "paper", paper))
        return out

    def refusal(self) -> tuple[QWidget, str] | None:
        """The first value the project file cannot keep (a signatory line without a name, a
        600-character receiver): its field and a message naming the field, line and reason."""
        edits: dict[str, QWidget] = {
            "title": self.title, "department": self.department, "officer": self.officer, "phone": self.phone,
            "email": self.email, "decision_body": self.decision_body, "summary": self.summary,
            "background": self.background,
        }
        case = self.case()
        for name, edit in edits.items():
            reason = _reason(fields.CASE[name], getattr(case, name))
            if reason is not None:
                return edit, f"{_label_of(edit)} {reason}"
        for what, edit, items in (("name", self.signatories, [s.name for s in case.signatories]),
                                  ("title", self.signatories, [s.title for s in case.signatories]),
                                  ("receiver", self.receivers_edit, list(case.receivers))):
            limit = fields.CASE["receivers"].one if what == "receiver" else fields.SIGNATORY[what]
            for line, value in enumerate(items, 1):
                reason = _reason(limit, value)
                if reason is not None:
                    where = self.tr("%1 line %2:").replace("%1", _label_of(edit).rstrip(":")).replace("%2", str(line))
                    return edit, f"{where} {reason}"
        try:
            self.paper_day()
        except ValueError:
            return self.paper_date, self.tr("Date: %1 is not a date; type it as 2017-12-06").replace("%1", self.paper_date.text().strip())
        paper = self.paper()
        paper_edits: dict[str, QWidget] = {
            "title": self.paper_title, "summary": self.paper_summary, "decided_by": self.decided_by,
            "child_rights": self.child_rights, "equality": self.equality,
        }
        for name, edit in paper_edits.items():
            reason = _reason(fields.PAPER[name], getattr(paper, name))
            if reason is not None:
                return edit, f"{_label_of(edit)} {reason}"
        reason = _reason(fields.SCENARIO["proposal"], self.proposal.toPlainText().rstrip())
        return None if reason is None else (self.proposal, self.tr("Proposed decision: %1").replace("%1", reason))

    def _show_problem(self, edit: QWidget, message: str) -> None:
        """Say why beside the fields, show the page of the field and put the cursor in it."""
        self.problem.setText(message)
        self.problem.setAccessibleName(message)
        self.problem.show()
        page: QWidget | None = edit
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)
        edit.setFocus()

    def accept(self) -> None:
        refused = self.refusal()
        if refused is not None:
            self._show_problem(*refused)
            return
        try:
            commands = self.commands()
        except CommandError as exc:  # a refusal refusal() does not foresee: said here all the same
            self._show_problem(self.tabs.currentWidget(), error_text(exc))
            return
        if not commands:
            super().accept()
            return
        command = commands[0] if len(commands) == 1 else MacroCommand(Description.named(self.tr("Edit case and proposed decision")), commands)
        if self.controller.push(command):
            super().accept()
