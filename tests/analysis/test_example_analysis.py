"""The bundled Jämtland example shows what the seeds describe, scenario by scenario."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from orgdesigner.analysis.engine import analyze_project
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document, Role, UnitCategory, UnitForm
from tests.conftest import EXAMPLE

SEED_END = date(2018, 3, 1)  # LS/935/2009 and LS/42/2010 cease to apply (RS/1039/2017)


@pytest.fixture(scope="module")
def example():
    project = load_project(EXAMPLE)
    results = analyze_project(project)
    by_name = {s.name: (s, results[s.id]) for s in project.scenarios.values()}
    return project, by_name


def _own_copy(project, scenario):
    """A copy of the module's example for a test that edits it, so other tests see it unchanged."""
    project = copy.deepcopy(project)
    return project, project.scenarios[scenario.id]


def rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_nulage_shows_development_split_between_purchaser_and_egenregi(example):
    project, by_name = example
    scenario, result = by_name["Nuläge 2017"]
    splits = [f for f in result.findings if f.rule == "R04-development-split"]
    assert splits
    vardval = [fid for fid, fn in project.functions.items() if fn.vardval]
    assert any(set(f.subjects.functions) & set(vardval) for f in splits)
    for f in splits:
        categories = {scenario.units[u].category for u in f.subjects.units}
        assert categories == {UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER}


def test_nulage_shows_intraprenad_terms_that_do_not_hold(example):
    _project, by_name = example
    scenario, result = by_name["Nuläge 2017"]
    terms = [f for f in result.findings if f.rule == "R07-intraprenad-without-terms"]
    assert terms
    for f in terms:
        assert scenario.units[f.subjects.units[0]].form is UnitForm.INTRAPRENAD
    # egenregi "did not feel it worked on intraprenad terms": the authorities are missing too
    assert any("result responsibility" in f.message_en for f in terms)


def test_nulage_is_dated_by_the_review_and_the_old_decisions_end_after_it(example):
    from orgdesigner.analysis.engine import analyze_scenario

    project, by_name = example
    scenario, result = by_name["Nuläge 2017"]
    assert scenario.effective_date == date(2017, 12, 6)  # the date of RS/1039/2017
    assert not [f for f in result.findings if f.rule.startswith("R08-")]  # both still in force then
    project, scenario = _own_copy(project, scenario)
    scenario.effective_date = SEED_END  # left as it is on the day they are proposed to end
    later = analyze_scenario(project, scenario)
    ended = {d for f in later.findings if f.rule.startswith("R08-") for d in f.subjects.decisions}
    assert {"LS/935/2009", "LS/42/2010"} <= ended


def test_koncern_is_clearer_and_has_no_development_split(example):
    _project, by_name = example
    _s, nulage = by_name["Nuläge 2017"]
    _s, koncern = by_name["Koncern 2018"]
    assert koncern.metrics.clarity_index > nulage.metrics.clarity_index
    assert "R04-development-split" not in rules(koncern)
    assert "R05-purchaser-independence" not in rules(koncern)
    assert koncern.metrics.findings_by_severity["error"] < nulage.metrics.findings_by_severity["error"]


def test_intraprenad_scenario_shows_what_an_intraprenad_still_needs(example):
    _project, by_name = example
    scenario, result = by_name["Intraprenad Åre/Krokom"]
    intraprenader = {u.id for u in scenario.units.values() if u.form is UnitForm.INTRAPRENAD}
    assert intraprenader
    terms = [f for f in result.findings if f.rule == "R07-intraprenad-without-terms"]
    assert {f.subjects.units[0] for f in terms} == intraprenader
    assert all("decision or agreement in force" in f.message_en for f in terms)
    assert any("the authority" in f.message_en or "the authorities" in f.message_en for f in terms)


def test_live_analysis_of_the_example_equals_full_runs(example):
    project = load_project(EXAMPLE)
    live = LiveAnalysis(Document(project))
    for sid, result in analyze_project(project).items():
        assert live.result(sid) == result


def test_lab_and_radiology_are_the_intraprenad_candidates_the_review_asks_for(example):
    project, by_name = example
    scenario, result = by_name["Nuläge 2017"]
    found = [f for f in result.findings if f.rule == "R13-intraprenad-candidate"]
    names = sorted(scenario.units[f.subjects.units[0]].name for f in found)
    assert names == ["Laboratoriemedicin Östersund", "Röntgenavdelningen Östersunds sjukhus"]
    assert all("internhandeln" in f.message_sv and "result responsibility" in f.message_en for f in found)
    # once the lab is an intraprenad it is no longer a candidate
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.model import UnitForm as Form

    project, scenario = _own_copy(project, scenario)
    lab = next(u for u in scenario.units.values() if u.name == "Laboratoriemedicin Östersund")
    lab.form = Form.INTRAPRENAD
    again = analyze_scenario(project, scenario)
    assert len([f for f in again.findings if f.rule == "R13-intraprenad-candidate"]) == 1


def test_the_example_models_the_case_not_a_stage(example):
    """Nuläge as the seeds describe it: every private provider answers for its own vårdval delivery
    and every error is the unclear development responsibility; the proposal carries no error."""
    project, by_name = example
    scenario, nulage = by_name["Nuläge 2017"]
    for uid, unit in scenario.units.items():
        if unit.category is UnitCategory.PRIVATE_PROVIDER:
            roles = {k.function_id: r for k, r in scenario.assignments.items()
                     if k.unit_id == uid and k.responsibility.value == "delivery"}
            assert roles == {"vardval-pv": Role.ACCOUNTABLE}, uid
    errors = [f for f in nulage.findings if f.severity.value == "error"]
    assert errors and all(f.subjects.responsibility.value == "development" for f in errors)
    _s, koncern = by_name["Koncern 2018"]
    assert koncern.metrics.findings_by_severity["error"] == 0
    assert koncern.metrics.findings_by_severity["warning"] == 0
    assert "Primärvårdens egenregi – koncernledning" in {u.name for u in _s.units.values()}
    assert project.functions["kvalitet"].follows_up == "vardval-pv"
