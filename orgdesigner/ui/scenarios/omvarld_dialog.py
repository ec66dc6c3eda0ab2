"""Scenario → Jämför med omvärlden: the scenario beside the four archetypes of how other regions run
their own primary care, the regions' facts with source and year, and "try it on a copy".

The words come from `orgdesigner.io.words.omvarld_report`, which the command line and the paper use too;
this dialog only lays them out and pushes the one command that applies an archetype.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.analysis.omvarld import provider_head
from orgdesigner.io.words.omvarld_report import OmvarldReport, build_report, fact_years, source_note
from orgdesigner.model.commands.description import Description
from orgdesigner.model.reference_spec import Reference
from orgdesigner.model.templates import TemplateError, TemplateParams, plan_template
from orgdesigner.ui.a11y import describe, describe_buttons, label_for, no_tab_trap
from orgdesigner.ui.command_text import error_text
from orgdesigner.ui.undo import DocumentController


def _two_lines(text: str) -> str:
    """A long column title on two lines, broken at the space nearest its middle."""
    if len(text) < 18 or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class OmvarldDialog(QDialog):
    def __init__(self, controller: DocumentController, references: list[Reference], lang: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        scenario = controller.scenario
        assert scenario is not None
        self.scenario_id = scenario.id
        self.archetypes = {r.id: r for r in references if r.kind == "archetype"}
        # the live analysis the findings dock shows: the same verdict, without analysing again
        live = controller.analysis.result(scenario.id) if controller.analysis is not None else None
        self.report: OmvarldReport = build_report(controller.project, scenario.id, references, lang, live)
        self.setWindowTitle(self.tr("Compare with other regions – %1").replace("%1", scenario.name))
        self.resize(1200, 820)

        self.table = self._stance_table()
        self.facts = QTextBrowser()
        self.facts.setHtml(self._facts_html())
        describe(self.facts, self.tr("Each region under the archetype its facts fit, every fact with the year and address of its source."))

        self.try_button = QPushButton(self.tr("&Try on a copy"))
        describe(self.try_button, self.tr("Applies the chosen archetype to a new copy of the scenario (one undo step)."))
        self.try_button.clicked.connect(self.try_on_copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.try_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        describe_buttons(self.buttons)
        self.error = QLabel("")
        self.error.setWordWrap(True)

        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(label_for(self.table, self.tr("&Where the scenario stands, beside each archetype applied to a copy of it:")))
        top.addWidget(self.table)
        lower = QWidget()
        bottom = QVBoxLayout(lower)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(label_for(self.facts, self.tr("Other regions' &facts (source and year of each):")))
        bottom.addWidget(self.facts)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._chosen: str | None = None
        self.table.itemSelectionChanged.connect(self._table_chosen)
        self.table.setCurrentCell(0, self._closest_column())
        self._table_chosen()

    # -- building ------------------------------------------------------------------------
    def _stance_table(self) -> QTableWidget:
        report = self.report
        table = QTableWidget(len(report.questions), len(report.columns))
        table.setVerticalHeaderLabels([q.text for q in report.questions])
        for col, column in enumerate(report.columns):
            header = QTableWidgetItem(_two_lines(column.name))
            table.setHorizontalHeaderItem(col, header)
            tip = column.summary
            if column.regions:
                tip += "\n" + self.tr("Like %1.").replace("%1", ", ".join(column.regions))
            if column.problem:
                tip += "\n" + self.tr("Cannot be tried here: %1").replace("%1", column.problem)
            header.setToolTip(tip)
        for row, question in enumerate(report.questions):
            for col, answer in enumerate(question.answers):
                item = QTableWidgetItem(answer)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(answer)
                table.setItem(row, col, item)
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        no_tab_trap(table)
        describe(table, self.tr("Rows: the questions of how the own primary care is run; columns: the scenario, then each archetype applied to a copy of it."))
        return table

    def _facts_html(self) -> str:
        """The regions under their archetypes, every fact with its year, the sources as notes."""
        report, lang = self.report, self.lang
        parts: list[str] = []
        if report.closest is not None:
            nearest = self.tr("The scenario stands nearest to: %1.").replace("%1", report.column(report.closest).name)
            parts.append(f"<p><b>{escape(nearest)}</b></p>")
        parts += [f"<p>{escape(sentence)}</p>" for sentence in report.experience]
        groups: list[tuple[str, list[Reference]]] = [
            (c.name, [r for r in report.regions if r.kind == "region" and r.archetype == c.reference_id])
            for c in report.columns[1:]
        ]
        groups.append((self.tr("Fits none of the archetypes"), [r for r in report.regions if r.kind == "region" and r.archetype is None]))
        groups.append((self.tr("Sweden as a whole"), [r for r in report.regions if r.kind == "national"]))
        for title, refs in groups:
            if not refs:
                continue
            parts.append(f"<h3>{escape(title)}</h3>")
            for ref in refs:
                gathered = self.tr("facts gathered %1").replace("%1", ref.gathered)
                parts.append(f"<p><b>{escape(ref.name.get(lang))}</b> <i>({escape(gathered)})</i></p><ul>")
                for fact in ref.facts:
                    notes = self.tr("Source: %1").replace("%1", "; ".join(source_note(src, lang) for src in fact.sources))
                    parts.append(f"<li>{escape(fact.text.get(lang))} <b>({escape(fact_years(fact, lang))})</b>"
                                 f"<br/><small>{escape(notes)}</small></li>")
                parts.append("</ul>")
        return "".join(parts)

    def _closest_column(self) -> int:
        ids = [c.reference_id for c in self.report.columns]
        return ids.index(self.report.closest) if self.report.closest in ids else 0

    # -- trying an archetype ---------------------------------------------------------------
    def chosen_archetype(self) -> str | None:
        """The archetype of the chosen column of the table (None: the scenario's own column)."""
        return self._chosen

    def _table_chosen(self) -> None:
        col = self.table.currentColumn()
        self._chosen = self.report.columns[col].reference_id if 0 < col < len(self.report.columns) else None
        self._update_try()

    def _update_try(self) -> None:
        chosen = self._chosen
        applicable = chosen is not None and not self.report.column(chosen).problem
        self.try_button.setEnabled(applicable)
        if chosen is not None:
            self.try_button.setToolTip(self.tr("Apply “%1” to a new copy of the scenario").replace("%1", self.report.column(chosen).name))

    def try_on_copy(self) -> bool:
        chosen = self.chosen_archetype()
        reference = self.archetypes.get(chosen or "")
        if reference is None or reference.template is None:
            return False
        project = self.controller.project
        source = project.scenarios[self.scenario_id]
        head = provider_head(source)
        if head is None:
            return False
        n, new_id = 1, f"{source.id}-{reference.id}"
        while new_id in project.scenarios:
            n += 1
            new_id = f"{source.id}-{reference.id}-{n}"
        name = f"{source.name} – {reference.name.get(self.lang)}"
        params = TemplateParams(root_id=head, new_scenario=(new_id, name), lang=self.lang)
        try:
            command = plan_template(project, source.id, reference.template, params).command()
        except TemplateError as exc:
            self.error.setText(error_text(exc))
            return False
        command.description = Description.named(self.tr("Try %1 on a copy").replace("%1", reference.name.get(self.lang)))
        if not self.controller.push(command):
            return False
        self.controller.set_current_scenario(new_id)
        self.accept()
        return True
