"""Economic rules: implied authorities, decisions out of force, and their file round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from orgdesigner.io.project.project_file import parse_project, project_bytes
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


def _rules_hit(project, rule_prefix):
    from orgdesigner.analysis.engine import analyze_scenario

    return [f for f in analyze_scenario(project, project.scenarios["now"]).findings if f.rule.startswith(rule_prefix)]


def test_r20_intraprenad_surplus_model_needs_intraprenader(project):
    scenario = project.scenarios["now"]
    scenario.economy = EconomicRules(SurplusModel.INTRAPRENAD_KEEPS, decisions=("LS/1/2009",))
    assert len(_rules_hit(project, "R20")) == 1
    scenario.units["hc1"].form = UnitForm.INTRAPRENAD
    assert _rules_hit(project, "R20") == []


def test_r21_incomplete_rules_are_a_note(project):
    project.scenarios["now"].economy = EconomicRules(SurplusModel.CARRY_OVER)
    [finding] = _rules_hit(project, "R21")
    assert "no share" in finding.message_en and finding.severity.value == "info"
    project.scenarios["now"].economy = EconomicRules()
    assert _rules_hit(project, "R21") == []


def test_r22_result_unit_without_its_authority_but_not_governance_or_intraprenad(project):
    scenario = project.scenarios["now"]
    scenario.units["hc1"].form = UnitForm.RESULT
    scenario.units["hc2"].form = UnitForm.INTRAPRENAD  # R07's business
    scenario.units["rs"].form = UnitForm.RESULT  # governance is exempt
    [finding] = _rules_hit(project, "R22")
    assert finding.subjects.units == ("hc1",) and "result responsibility" in finding.message_en
    scenario.units["hc1"].authorities = frozenset({Authority.BUDGET, Authority.RESULT_RESPONSIBILITY})
    assert _rules_hit(project, "R22") == []
    # a scenario's own form authorities change what is required
    scenario.units["hc1"].authorities = frozenset()
    scenario.economy = EconomicRules(form_authorities={UnitForm.RESULT: frozenset()})
    assert _rules_hit(project, "R22") == []
