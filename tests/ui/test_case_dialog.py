"""The case and proposed-decision dialog: one undo step, the draft appended never overwriting."""

from __future__ import annotations

from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.ui.scenarios.case_dialog import CaseDialog
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE, small_project


def test_case_and_proposal_are_one_undo_step(qtbot):
    controller = DocumentController(Document(small_project()))
    dialog = CaseDialog(controller, "en")
    qtbot.addWidget(dialog)
    dialog.officer.setText("Anna Exempel")
    dialog.signatories.setPlainText("Karin Exempel, Regiondirektör\nPer Prov")
    dialog.receivers_edit.setPlainText("Primärvårdschef\n\nBeställarchef")
    dialog.proposal.setPlainText("En punkt.\n  - en underpunkt")
    dialog.accept()
    project = controller.project
    assert project.case.officer == "Anna Exempel"
    assert project.case.signatories == (Signatory("Karin Exempel", "Regiondirektör"), Signatory("Per Prov", ""))
    assert project.case.receivers == ("Primärvårdschef", "Beställarchef")
    assert project.scenarios["now"].proposal == "En punkt.\n  - en underpunkt"
    controller.undo_stack.undo()
    assert project.case == CaseInfo() and project.scenarios["now"].proposal == ""


def test_the_draft_is_appended_to_what_the_planner_wrote(qtbot):
    project = load_project(EXAMPLE)
    project.scenarios["koncern-2018"].proposal = "Min egen punkt."
    controller = DocumentController(Document(project))
    controller.set_current_scenario("koncern-2018")
    dialog = CaseDialog(controller, "sv")
    qtbot.addWidget(dialog)
    dialog.base.setCurrentIndex(dialog.base.findData("nulage-2017"))
    dialog.draft_button.click()
    text = dialog.proposal.toPlainText()
    assert text.startswith("Min egen punkt.") and "LS/935/2009" in text and "1 mars 2018" in text
    dialog.draft_button.click()
    assert dialog.proposal.toPlainText() == text


def test_the_scenarios_own_paper_is_edited_with_the_rest_in_one_undo_step(qtbot):
    from datetime import date

    from orgdesigner.model.paper import PaperInfo

    controller = DocumentController(Document(small_project()))
    dialog = CaseDialog(controller, "en")
    qtbot.addWidget(dialog)
    assert dialog.paper_date.text() == ""  # empty: the paper is dated the day it is exported
    dialog.paper_title.setText("Egenregin som koncern")
    dialog.paper_summary.setPlainText("Förslaget samlar egenregin.")
    dialog.paper_date.setText("15 januari")  # not a date: refused in place, nothing pushed
    dialog.accept()
    assert "not a date" in dialog.problem.text() and controller.undo_stack.count() == 0
    dialog.paper_date.setText("2018-01-15")
    dialog.decided_by.setText("Regionfullmäktige")
    dialog.child_rights.setPlainText("Påverkar inte barn.")
    dialog.equality.setPlainText("Påverkar inte jämställdheten.")
    dialog.officer.setText("Anna Exempel")
    dialog.accept()
    project = controller.project
    paper = project.scenarios["now"].paper
    assert paper == PaperInfo("Egenregin som koncern", "Förslaget samlar egenregin.", date(2018, 1, 15),
                              "Regionfullmäktige", "Påverkar inte barn.", "Påverkar inte jämställdheten.")
    assert project.case.title == "" and project.case.officer == "Anna Exempel"  # the case keeps its own
    controller.undo_stack.undo()  # one step takes both back
    assert project.scenarios["now"].paper == PaperInfo() and project.case == CaseInfo()
    controller.undo_stack.redo()
    assert project.scenarios["now"].paper == paper
    again = CaseDialog(controller, "en")  # opens on what is stored
    qtbot.addWidget(again)
    assert again.paper_title.text() == "Egenregin som koncern" and again.paper_date.text() == "2018-01-15"
    assert again.paper() == paper
