"""Every rule: a planted defect is found (naming units and functions by name), a clean model stays clean."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from clean_region import DEL, DEV, ORD, A, C, R, clean_project

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis.context import Context, ScenarioIndex
from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import RULES, Finding, Severity
from orgdesigner.analysis.layers import unit_depths
from orgdesigner.model import (
    AssignmentKey,
    Authority,
    Decision,
    Function,
    Project,
    Role,
    Unit,
    UnitCategory,
    UnitForm,
)

RULE_SOURCES = Path(__file__).resolve().parents[2] / "orgdesigner" / "analysis" / "rules"


def findings(project: Project, rule: str | None = None) -> list[Finding]:
    out = analyze_scenario(project, project.scenarios["s"]).findings
    return [f for f in out if rule is None or f.rule == rule]


def only(project: Project, rule: str) -> Finding:
    found = findings(project, rule)
    assert len(found) == 1, [f.message_en for f in found]
    return found[0]


def assign(project: Project, uid: str, fid: str, resp, role) -> None:
    key = AssignmentKey(uid, fid, resp)
    if role is None:
        del project.scenarios["s"].assignments[key]
    else:
        project.scenarios["s"].assignments[key] = role


def units(project: Project):
    return project.scenarios["s"].units


def test_every_rule_is_registered_with_its_explanation():
    # every id the rule modules spell is in the registry: a module left out of the package is seen
    spelled = {i for p in RULE_SOURCES.glob("*.py") for i in re.findall(r'"([RT]\d\d-[a-z0-9-]+)"', p.read_text("utf-8"))}
    assert spelled and spelled <= RULES.keys(), sorted(spelled - RULES.keys())
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        texts = (rule.title_sv, rule.title_en, rule.why_sv, rule.why_en, rule.fix_sv, rule.fix_en)
        assert all(t.strip() for t in texts), f"{rule_id} lacks a title, why or fix in a language"
        assert (rule.title_sv, rule.why_sv, rule.fix_sv) != (rule.title_en, rule.why_en, rule.fix_en), rule_id


def test_each_rule_writes_its_id_and_severity_once():
    # the decorator holds them; the rule yields Found (messages, subjects) and the registry makes
    # the findings, so a finding cannot carry another id or severity than its rule's
    for path in RULE_SOURCES.glob("*.py"):
        text = path.read_text("utf-8")
        assert "Finding(" not in text, f"{path.name} makes findings itself"
        for rule_id in re.findall(r'"([RT]\d\d-[a-z0-9-]+)"', text):
            assert text.count(f'"{rule_id}"') == 1, f"{rule_id} is spelled more than once in {path.name}"
    project = synthetic_project(units=300, functions=20, assignments=2_000)
    scenario = next(iter(project.scenarios.values()))
    found = analyze_scenario(project, scenario).findings
    assert {f.rule for f in found} and all(f.severity is RULES[f.rule].severity for f in found)


def test_a_rule_sees_the_context_it_is_given(monkeypatch):
    # no rule builds an index behind its caller's back (it used to, through a context variable,
    # whenever a rule was called outside a run)
    project = clean_project()
    scenario = project.scenarios["s"]
    context = Context.of(project, scenario)
    monkeypatch.setattr(ScenarioIndex, "build", classmethod(lambda cls, s: pytest.fail("an index was rebuilt")))
    for rule in RULES.values():
        rule.check(context)


def test_the_clean_region_has_no_finding_at_all():
    assert findings(clean_project()) == []


def test_r01_no_accountable():
    project = clean_project()
    assign(project, "pv", "lab", ORD, None)
    assign(project, "pv", "lab", ORD, C)  # consulted is not accountable
    f = only(project, "R01-no-accountable")
    assert f.severity is Severity.ERROR
    assert f.subjects.functions == ("lab",) and f.subjects.responsibility is ORD
    assert "Laboratorieanalyser" in f.message_sv and "beställning" in f.message_sv
    assert "ordering of Laboratorieanalyser" in f.message_en


def test_r02_double_accountable_names_both_units():
    project = clean_project()
    assign(project, "labteam", "lab", DEL, A)
    f = only(project, "R02-double-accountable")
    assert f.subjects.units == ("labteam", "labu") and f.subjects.responsibility is DEL
    assert "Labbet i Östersund" in f.message_sv and "Laboratoriemedicin" in f.message_sv
    assert "Two units are accountable for delivery of Laboratorieanalyser" in f.message_en


def test_r03_work_without_owner_instead_of_r01_when_units_perform():
    project = clean_project()
    for provider in ("hc1", "hc2", "priv"):
        assign(project, provider, "vv", DEL, R)
    f = only(project, "R03-work-without-owner")
    assert f.subjects.units == ("hc1", "hc2", "priv")
    assert "Hede hälsocentral" in f.message_en and "no unit is accountable" in f.message_en
    assert findings(project, "R01-no-accountable") == []


def test_r03_delivery_that_nobody_performs():
    project = clean_project()
    assign(project, "labteam", "lab", DEL, None)
    f = only(project, "R03-delivery-not-performed")
    assert f.severity is Severity.INFO and f.subjects.units == ("labu",)
    assert "Laboratoriemedicin" in f.message_sv
    # a unit with nobody under it does the work itself
    units(project)["labteam"].parent_id = "hsd"
    project.scenarios["s"].structure_changed()
    assert findings(project, "R03-delivery-not-performed") == []


@pytest.mark.parametrize("role", [R, A])
def test_r04_development_split_between_purchaser_and_egenregi(role):
    project = clean_project()
    assign(project, "pv", "vv", DEV, role)
    f = only(project, "R04-development-split")
    assert f.subjects.units == ("best", "pv") and f.subjects.responsibility is DEV
    assert "Beställarenheten Hälsoval" in f.message_sv and "Område Primärvård" in f.message_sv


def test_r04_consulted_or_other_sides_are_no_split():
    project = clean_project()
    assign(project, "labu", "vv", DEV, R)  # medical service is neither side
    assert findings(project, "R04-development-split") == []


def test_r05_ordering_and_own_delivery_meeting_below_top_management():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["hsf"] = Unit("hsf", "Hälso- och sjukvårdsförvaltningen", UnitCategory.SUPPORT, parent_id="hsd")
    s.units["best"].parent_id = "hsf"
    s.units["pv"].parent_id = "hsf"
    s.assignments[AssignmentKey("hsf", "vv", DEV)] = Role.INFORMED
    s.structure_changed()
    f = only(project, "R05-purchaser-independence")
    assert f.subjects.units[0] == "hsf"
    assert set(f.subjects.units) == {"hsf", "best", "hc1", "hc2"}
    assert "meet at Hälso- och sjukvårdsförvaltningen" in f.message_en
    assert "möts i Hälso- och sjukvårdsförvaltningen" in f.message_sv
    # not a vårdval function: no purchaser independence to guard
    project.functions["vv"].vardval = False
    assert findings(project, "R05-purchaser-independence") == []


def test_r05_purchaser_reporting_into_egenregi():
    project = clean_project()
    units(project)["best"].parent_id = "pv"
    project.scenarios["s"].structure_changed()
    f = only(project, "R05-purchaser-under-egenregi")
    assert f.subjects.units == ("best", "pv")
    assert "reports to Område Primärvård" in f.message_en
    # ordering and delivery now also meet in Område Primärvård
    meet = only(project, "R05-purchaser-independence")
    assert meet.subjects.units[0] == "pv"


def test_r06_accountability_without_authority():
    project = clean_project()
    units(project)["best"].authorities = frozenset({Authority.BUDGET})
    units(project)["pv"].authorities = frozenset({Authority.DEVELOPMENT})
    found = findings(project, "R06-accountable-without-authority")
    assert {(f.subjects.units, f.subjects.functions, f.subjects.responsibility) for f in found} == {
        (("best",), ("vv",), DEV),
        (("pv",), ("lab",), ORD),
    }
    assert any("utvecklingsmandat" in f.message_sv for f in found)
    assert any("lacks the authority budget" in f.message_en for f in found)


def test_r06_top_management_needs_no_explicit_authority():
    project = clean_project()
    assign(project, "best", "vv", DEV, C)
    assign(project, "rs", "vv", DEV, A)
    assert findings(project, "R06-accountable-without-authority") == []


def test_r07_intraprenad_without_decision_or_authority():
    project = clean_project()
    units(project)["hc1"].form = UnitForm.INTRAPRENAD
    f = only(project, "R07-intraprenad-without-terms")
    assert "Brunflo hälsocentral" in f.message_sv
    assert "decision or agreement in force on 1 June 2018" in f.message_en
    for word in ("result responsibility", "surplus retention", "staffing", "purchasing"):
        assert word in f.message_en


def test_r07_intraprenad_with_terms_in_force_is_clean_and_ending_terms_are_not():
    project = clean_project()
    project.decisions["D/1/2018"] = Decision("D/1/2018", "Intraprenadavtal", date(2018, 1, 1), date(2020, 1, 1))
    hc1 = units(project)["hc1"]
    hc1.form = UnitForm.INTRAPRENAD
    hc1.decisions = ("D/1/2018",)
    hc1.authorities = frozenset(
        {Authority.RESULT_RESPONSIBILITY, Authority.SURPLUS_RETENTION, Authority.STAFFING, Authority.PURCHASING}
    )
    assert findings(project, "R07-intraprenad-without-terms") == []
    project.scenarios["s"].effective_date = date(2020, 6, 1)
    f = only(project, "R07-intraprenad-without-terms")
    assert f.subjects.decisions == ("D/1/2018",) and "authorities" not in f.message_en


def test_r08_unit_relying_on_a_decision_that_has_ended_or_not_begun():
    project = clean_project()
    project.decisions["LS/935/2009"] = Decision("LS/935/2009", "Egenregins organisation", date(2009, 6, 1), date(2018, 3, 1))
    units(project)["pv"].decisions = ("LS/935/2009",)
    f = only(project, "R08-decision-out-of-force")
    assert f.subjects.units == ("pv",) and f.subjects.decisions == ("LS/935/2009",)
    assert "ceased to apply on 1 March 2018" in f.message_en and "Område Primärvård" in f.message_en
    project.scenarios["s"].effective_date = date(2017, 6, 1)
    assert findings(project, "R08-decision-out-of-force") == []
    project.scenarios["s"].effective_date = date(2009, 1, 1)
    assert "applies only from 1 June 2009" in only(project, "R08-decision-out-of-force").message_en


def test_r08_economic_rules_relying_on_a_decision_out_of_force():
    project = clean_project()
    project.decisions["LS/42/2010"] = Decision("LS/42/2010", "Över- och underskott", date(2010, 1, 1), date(2018, 3, 1))
    project.scenarios["s"].economy.decisions = ("LS/42/2010",)
    f = only(project, "R08-economy-decision-out-of-force")
    assert f.subjects.decisions == ("LS/42/2010",) and "LS/42/2010" in f.message_sv


def test_r09_reporting_cycle_is_an_error_naming_the_loop():
    project = clean_project()
    units(project)["hc1"].parent_id = "hc2"
    units(project)["hc2"].parent_id = "hc1"
    project.scenarios["s"].structure_changed()
    f = only(project, "R09-reporting-cycle")
    assert f.severity is Severity.ERROR and f.subjects.units == ("hc1", "hc2")
    assert "Brunflo hälsocentral → Frösö hälsocentral → Brunflo hälsocentral" in f.message_en


def test_r09_parent_outside_the_scenario():
    project = clean_project()
    units(project)["hc1"].parent_id = "gone"
    project.scenarios["s"].structure_changed()
    f = only(project, "R09-parent-outside")
    assert f.subjects.units == ("hc1",) and "'gone'" in f.message_en


def test_r09_span_of_control_and_layers_follow_the_project_settings():
    project = clean_project()
    project.settings.span_of_control_max = 2
    f = only(project, "R09-span-of-control")
    assert f.subjects.units == ("hsd",) and "3 directly reporting units (the limit is 2)" in f.message_en
    project.settings.layers_max = 5
    f = only(project, "R09-too-many-layers")
    assert f.severity is Severity.INFO
    assert f.subjects.units == ("rf", "rs", "rd", "hsd", "pv", "hc1")  # the deepest, first by id
    assert "6 layers" in f.message_en and "Regionfullmäktige → " in f.message_en


def test_r10_unused_function_and_idle_unit():
    project = clean_project()
    project.functions["pna"] = Function("pna", "Patientnära analyser")
    units(project)["x"] = Unit("x", "Ekonomidirektör", UnitCategory.SUPPORT, parent_id="rd")
    project.scenarios["s"].structure_changed()
    assert only(project, "R10-unused-function").subjects.functions == ("pna",)
    idle = only(project, "R10-idle-unit")
    assert idle.subjects.units == ("x",) and "Ekonomidirektör" in idle.message_sv
    units(project)["x"].category = UnitCategory.GOVERNANCE  # top management holds it through the line
    assert findings(project, "R10-idle-unit") == []


def test_settings_switch_off_change_severity_and_acknowledge():
    from orgdesigner.model import Acknowledgement

    project = clean_project()
    assign(project, "labteam", "lab", DEL, A)
    finding = only(project, "R02-double-accountable")
    project.settings.severity_overrides = {"R02-double-accountable": "warning"}
    assert only(project, "R02-double-accountable").severity is Severity.WARNING
    project.acknowledgements[("s", finding.key)] = Acknowledgement("s", finding.key, "Avsiktligt under 2018")
    kept = only(project, "R02-double-accountable")
    assert kept.acknowledged == "Avsiktligt under 2018"
    project.settings.disabled_rules = frozenset({"R02-double-accountable"})
    assert findings(project, "R02-double-accountable") == []


def test_layers_walking_down_equal_walking_up_with_loops_and_missing_parents():
    scenario = synthetic_project(units=300, functions=5, assignments=50, seed=7).scenarios["s0"]
    units = scenario.units
    units["c1"] = Unit("c1", "Loop A", UnitCategory.SUPPORT, parent_id="c2")
    units["c2"] = Unit("c2", "Loop B", UnitCategory.SUPPORT, parent_id="c1")
    units["c3"] = Unit("c3", "Under the loop", UnitCategory.SUPPORT, parent_id="c1")
    units["o1"] = Unit("o1", "Orphan", UnitCategory.SUPPORT, parent_id="ghost")
    units["o2"] = Unit("o2", "Under the orphan", UnitCategory.SUPPORT, parent_id="o1")
    walked_up = unit_depths(units)
    walked_down = unit_depths(units, ScenarioIndex.build(scenario).children)
    assert walked_down == walked_up
    assert not {"c1", "c2", "c3"} & walked_down.keys()
    assert (walked_down["o1"], walked_down["o2"]) == (1, 2)


def test_r11_egenregi_developing_the_vardval_rules_is_an_error():
    project = clean_project()
    assign(project, "pv", "vv", DEV, R)  # egenregi performs development of the vårdval rules
    f = only(project, "R11-vardval-held-by-egenregi")
    assert f.severity is Severity.ERROR and f.subjects.units == ("pv",) and f.subjects.responsibility is DEV
    assert "Område Primärvård" in f.message_sv and "vårdval function Vårdval primärvård" in f.message_en


def test_r11_sees_units_under_egenregi_and_ordering_with_its_follow_up():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["kutv"] = Unit("kutv", "Koncerngemensam utveckling", UnitCategory.SUPPORT, parent_id="pv")
    s.structure_changed()
    assign(project, "kutv", "vv", ORD, R)  # a support unit, but inside egenregi
    f = only(project, "R11-vardval-held-by-egenregi")
    assert f.subjects.units == ("kutv",) and "Ordering and follow-up" in f.message_en
    assign(project, "kutv", "vv", ORD, C)  # consulted is fine
    assert findings(project, "R11-vardval-held-by-egenregi") == []
    project.functions["vv"].vardval = False  # not under vårdval: nothing to guard
    assign(project, "kutv", "vv", ORD, R)
    assert findings(project, "R11-vardval-held-by-egenregi") == []


def test_r12_egenregi_management_accountable_for_everyones_vardval_delivery():
    project = clean_project()
    for provider in ("hc1", "hc2", "priv"):
        assign(project, provider, "vv", DEL, R)
    assign(project, "pv", "vv", DEL, A)  # the old, wrong picture: egenregi answers for all
    f = only(project, "R12-egenregi-accountable-for-all-delivery")
    assert f.subjects.units == ("pv", "priv") and f.subjects.responsibility is DEL
    assert "Hede hälsocentral" in f.message_sv and "Område Primärvård" in f.message_en


def test_several_accountables_for_vardval_delivery_are_clear_not_r02():
    project = clean_project()  # hc1, hc2 and priv each accountable for their own delivery
    assert findings(project, "R02-double-accountable") == []
    assert findings(project, "R12-egenregi-accountable-for-all-delivery") == []
    project.functions["vv"].vardval = False  # outside vårdval the same picture is R02
    assert only(project, "R02-double-accountable").subjects.units == ("hc1", "hc2", "priv")


def test_findings_with_one_root_cause_are_one_group_most_important_first():
    from orgdesigner.analysis.findings import by_cause

    project = clean_project()
    s = project.scenarios["s"]
    s.units["pv"].authorities = frozenset()  # egenregi accountable without a development mandate
    assign(project, "pv", "vv", DEV, A)  # ... and a second accountable beside the purchaser
    groups = by_cause(findings(project))
    first = groups[0]
    assert {f.rule for f in first} >= {"R02-double-accountable", "R04-development-split",
                                      "R06-accountable-without-authority", "R11-vardval-held-by-egenregi"}
    assert all(f.subjects.functions == ("vv",) and f.subjects.responsibility is DEV for f in first)
    ranks = [f.severity for f in first]
    assert ranks == sorted(ranks, key=lambda sev: ["error", "warning", "info"].index(sev.value))
    assert first[0].severity is Severity.ERROR


def test_r08_names_a_decision_without_a_diarienummer_by_its_title():
    """A draft agreement's register id ("UTKAST/…") is internal: messages name it by its title."""
    project = clean_project()
    project.decisions["UTKAST/AVTAL"] = Decision("UTKAST/AVTAL", "Intraprenadavtal Norrby", date(2018, 7, 1), None)
    units(project)["hc1"].decisions = ("UTKAST/AVTAL",)
    f = only(project, "R08-decision-out-of-force")
    assert "UTKAST" not in f.message_sv and "”Intraprenadavtal Norrby”" in f.message_sv
    assert "1 juli 2018" in f.message_sv and f.subjects.decisions == ("UTKAST/AVTAL",)


def test_a_function_named_after_its_responsibility_is_not_repeated():
    from orgdesigner.analysis.texts import authorities_phrase, of_function

    assert of_function("utveckling", "Utveckling av vården") == "utveckling av vården"
    assert of_function("utveckling", "Digital vård") == "utveckling av Digital vård"
    assert authorities_phrase(["inköp"], "sv") == "befogenheten inköp"
    assert authorities_phrase(["budget", "inköp"], "sv") == "befogenheterna budget och inköp"
