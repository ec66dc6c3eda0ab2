"""Economic rules: implied authorities, decisions out of force, and their file round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from orgdesigner.io.project_file import parse_project, project_bytes
from orgdesigner.model import Authority, UnitForm
from orgdesigner.model.economy import (
    DEFAULT_FORM_AUTHORITIES,
    EconomicRules,
    SurplusModel,
    decisions_out_of_force,
    missing_authorities,
)


def test_form_overrides_replace_the_default_for_that_form_only():
    rules = EconomicRules(form_authorities={UnitForm.RESULT: frozenset({Authority.PRICING})})
    assert rules.implied_authorities(UnitForm.RESULT) == {Authority.PRICING}
    assert rules.implied_authorities(UnitForm.INTRAPRENAD) == DEFAULT_FORM_AUTHORITIES[UnitForm.INTRAPRENAD]


def test_decision_past_its_end_is_out_of_force_on_the_effective_date(project):
    scenario = project.scenarios["now"]
    scenario.economy = EconomicRules(SurplusModel.CARRY_OVER, 0.5, 0.5, 100_000, ("LS/1/2009",))
    assert [d.id for d in decisions_out_of_force(project, scenario)] == ["LS/1/2009"]
    scenario.effective_date = date(2017, 1, 1)
    assert decisions_out_of_force(project, scenario) == []


def test_missing_authorities_of_an_intraprenad(project):
    scenario = project.scenarios["now"]
    scenario.units["hc1"].form = UnitForm.INTRAPRENAD
    scenario.units["hc1"].authorities = frozenset({Authority.STAFFING})
    missing = missing_authorities(scenario)
    assert set(missing) == {"hc1"}
    assert Authority.SURPLUS_RETENTION in missing["hc1"] and Authority.STAFFING not in missing["hc1"]


def test_rules_problems_and_description():
    rules = EconomicRules(SurplusModel.CARRY_OVER)
    texts = [en for _, en in rules.problems()]
    assert any("no share" in t for t in texts) and any("no governing decision" in t for t in texts)
    good = replace(rules, surplus_share=0.3, deficit_share=0.2, decisions=("X",))
    assert good.problems() == []
    assert "30%" in good.describe("en") and "[X]" in good.describe("en")


def test_economy_round_trips_through_the_file(project):
    scenario = project.scenarios["now"]
    scenario.economy = EconomicRules(
        SurplusModel.INTRAPRENAD_KEEPS,
        decisions=("LS/1/2009",),
        form_authorities={UnitForm.INTRAPRENAD: frozenset({Authority.STAFFING, Authority.BUDGET})},
    )
    data = project_bytes(project)
    again = parse_project(data)
    assert again.scenarios["now"].economy == scenario.economy
    assert project_bytes(again) == data
