"""Scenario → Jämför med andra regioner: the archetypes beside the scenario, facts with year, try on a copy."""

from __future__ import annotations

import pytest

from orgdesigner.io.bundled.reference_file import load_references
from orgdesigner.io.project.project_file import load_project, project_bytes
from orgdesigner.model import Document, UnitCategory
from orgdesigner.resources import example_path
from orgdesigner.ui.scenarios.omvarld_dialog import OmvarldDialog
from orgdesigner.ui.undo import DocumentController


@pytest.fixture
def controller(qtbot):
    project = load_project(example_path())
    ctl = DocumentController(Document(project))
    ctl.set_current_scenario(next(s.id for s in project.scenarios.values() if s.structure.value == "koncern"))
    return ctl


def test_the_table_answers_every_question_for_the_scenario_and_each_archetype(qtbot, controller, swedish):
    dialog = OmvarldDialog(controller, load_references(), "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[0] == controller.scenario.name
    assert [h.replace("\n", " ") for h in headers[1:]] == [
        "Egen förvaltning med egen styrelse", "Koncern i linjen", "En intraprenad för alla egna enheter", "I linjen"]
    assert table.verticalHeaderItem(0).text() == "Vem beställer vårdvalet?"
    assert all(table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()))
    assert "Som Jönköping." in table.horizontalHeaderItem(2).toolTip()
    # the nearest archetype is preselected and named
    assert table.currentColumn() == 2 and "Scenariot står närmast: Koncern i linjen." in dialog.facts.toPlainText()
    assert dialog.windowTitle().startswith("Jämför med andra regioner")


def test_every_fact_shows_its_year_and_source(qtbot, controller, swedish):
    references = load_references()
    dialog = OmvarldDialog(controller, references, "sv")
    qtbot.addWidget(dialog)
    text = dialog.facts.toPlainText()
    for ref in references:
        for fact in ref.facts:
            assert fact.text.sv in text
    assert text.count("Källa: ") == sum(len(r.facts) for r in references)
    assert "(år okänt)" in text and "Hela landet" in text and "Passar ingen av arketyperna" in text
    assert "Scenariot står närmast: Koncern i linjen." in text
    assert "Laboratoriemedicin" in text  # the candidates, with no precedent in the sources


def test_try_on_a_copy_is_one_undo_step_and_leaves_the_scenario_alone(qtbot, controller):
    before = project_bytes(controller.project)
    source = controller.scenario_id
    dialog = OmvarldDialog(controller, load_references(), "en")
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(0, 1)  # own förvaltning with its own board
    assert dialog.try_button.isEnabled()
    assert dialog.try_on_copy()
    new = controller.scenario
    assert new.id != source and new.name.endswith("Own förvaltning with its own board")
    boards = [u for u in new.units.values() if u.category is UnitCategory.GOVERNANCE and u.name.startswith("Board of")]
    assert len(boards) == 1
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert project_bytes(controller.project) == before


def test_the_scenarios_own_column_offers_nothing_to_try(qtbot, controller):
    dialog = OmvarldDialog(controller, load_references(), "sv")
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(0, 0)
    assert dialog.chosen_archetype() is None and not dialog.try_button.isEnabled()
    dialog.table.setCurrentCell(2, 3)
    assert dialog.chosen_archetype() == "intraprenad-all" and dialog.try_button.isEnabled()


def test_the_scenario_itself_is_judged_by_the_live_analysis_not_analysed_again(qtbot, controller, monkeypatch, swedish):
    import orgdesigner.analysis.omvarld as omvarld

    analysed: list[object] = []
    plain = omvarld.analyze_scenario

    def counting(project, scenario):
        analysed.append(scenario)
        return plain(project, scenario)

    monkeypatch.setattr(omvarld, "analyze_scenario", counting)
    live = controller.analysis.result(controller.scenario.id)
    dialog = OmvarldDialog(controller, load_references(), "sv")
    qtbot.addWidget(dialog)
    # only the archetypes' scratch copies were analysed, not the scenario itself
    assert analysed and all(s is not controller.scenario for s in analysed)
    # and the verdict is the one a fresh analysis gives
    assert dialog.report.standings[0].stance == omvarld.stance(controller.project, controller.scenario)
    assert dialog.report.standings[0].stance.errors == sum(
        1 for f in live.findings if f.severity.value == "error" and not f.acknowledged)


def test_a_finding_acknowledged_without_a_comment_is_not_counted_as_open(controller):
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.analysis.omvarld import stance
    from orgdesigner.model.entities import Acknowledgement

    project, scenario = controller.project, controller.scenario
    before = stance(project, scenario)
    finding = next(f for f in analyze_scenario(project, scenario).findings if f.acknowledged is None)
    project.acknowledgements[(scenario.id, finding.key)] = Acknowledgement(scenario.id, finding.key, "")
    after = stance(project, scenario)
    counted = {"error": "errors", "warning": "warnings", "info": "infos"}[finding.severity.value]
    assert getattr(after, counted) == getattr(before, counted) - 1


def test_an_archetype_that_cannot_be_tried_says_why_in_swedish(qtbot, controller, swedish):
    """A scenario without egenregi: each archetype's header says why it cannot be tried, in the
    window's language, and Try on a copy stays off."""
    units = controller.scenario.units
    for unit in units.values():
        if unit.category is UnitCategory.OWN_PROVIDER:
            unit.category = UnitCategory.SUPPORT
    controller.scenario.structure_changed()
    dialog = OmvarldDialog(controller, load_references(), "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tips = [dialog.table.horizontalHeaderItem(c).toolTip() for c in range(1, dialog.table.columnCount())]
    assert tips and all("Kan inte prövas här: Scenariot har ingen enhet i egenregin att tillämpa strukturen på."
                        in tip for tip in tips)
    assert not any("own-provider" in tip for tip in tips)
    dialog.table.setCurrentCell(0, 2)
    assert not dialog.try_button.isEnabled()
