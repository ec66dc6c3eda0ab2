"""R05 looks through dotted lines, and top management ends where the settings (or the structure)
say: planted cases that must be found and clean cases that must not."""

from __future__ import annotations

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.analysis.top import top_management
from orgdesigner.model import (
    AnalysisSettings,
    AssignmentKey,
    Document,
    DottedKind,
    DottedLine,
    Responsibility,
    Role,
    Unit,
    UnitCategory,
)
from orgdesigner.model.commands import AddDottedLine, AddUnit, MoveUnit, SetSettings
from tests.conftest import small_project


def rule_findings(project, rule, scenario="now"):
    return [f for f in analyze_scenario(project, project.scenarios[scenario]).findings if f.rule == rule]


def hsd_heads_both(with_support_under_rd: bool):
    """rs → rd → hsd (governance) heading both the beställarenhet and own primary care."""
    project = small_project()
    s = project.scenarios["now"]
    units = [
        Unit("rs", "Regionstyrelsen", UnitCategory.GOVERNANCE),
        Unit("rd", "Regiondirektör", UnitCategory.GOVERNANCE, parent_id="rs"),
        Unit("hsd", "Hälso- och sjukvårdsdirektör", UnitCategory.GOVERNANCE, parent_id="rd"),
    ]
    if with_support_under_rd:
        units.append(Unit("ekdir", "Ekonomidirektör", UnitCategory.SUPPORT, parent_id="rd"))
    s.units = {u.id: u for u in units} | {uid: u for uid, u in s.units.items() if uid != "rs"}
    s.units["best"].parent_id = "hsd"
    s.units["pv"].parent_id = "hsd"
    s.structure_changed()
    return project


def test_the_small_region_is_clean_and_its_top_is_the_board(project):
    assert rule_findings(project, "R05-purchaser-independence") == []
    top = top_management(project.scenarios["now"], None)
    assert top.units == {"rs"} and top.boundary == ("rs",) and not top.explicit


def test_a_purchaser_under_a_governance_unit_that_heads_own_care_is_found():
    project = hsd_heads_both(with_support_under_rd=True)
    # derived: rs → rd, which directly heads the ekonomidirektör: top management ends there
    assert top_management(project.scenarios["now"], None).units == {"rs", "rd"}
    [finding] = rule_findings(project, "R05-purchaser-independence")
    assert finding.subjects.units[0] == "hsd"
    assert "möts i Hälso- och sjukvårdsdirektör" in finding.message_sv
    assert "slutar vid Regiondirektör" in finding.message_sv
    assert "ends at Regiondirektör" in finding.message_en


def test_the_setting_moves_the_level_both_ways():
    project = hsd_heads_both(with_support_under_rd=False)
    # derived: rd heads only governance, so the hsd is the first to head another category: clean
    assert rule_findings(project, "R05-purchaser-independence") == []
    project.settings = AnalysisSettings(top_management="rd")
    assert len(rule_findings(project, "R05-purchaser-independence")) == 1
    project.settings = AnalysisSettings(top_management="hsd")
    assert rule_findings(project, "R05-purchaser-independence") == []
    project.settings = AnalysisSettings(top_management="not-in-this-scenario")  # falls back to derived
    assert rule_findings(project, "R05-purchaser-independence") == []


def test_live_analysis_follows_the_setting_and_the_structure():
    doc = Document(hsd_heads_both(with_support_under_rd=False))
    live = LiveAnalysis(doc)

    def live_rule():
        return [f for f in live.result("now").findings if f.rule == "R05-purchaser-independence"]

    assert live_rule() == []
    SetSettings(AnalysisSettings(top_management="rd")).apply(doc)
    assert len(live_rule()) == 1
    SetSettings(AnalysisSettings()).apply(doc)
    assert live_rule() == []
    AddUnit("now", Unit("ekdir", "Ekonomidirektör", UnitCategory.SUPPORT, parent_id="rd")).apply(doc)
    assert len(live_rule()) == 1  # an edit far from the function moved the level
    assert live_rule() == rule_findings(doc.project, "R05-purchaser-independence")


def test_a_dotted_line_from_the_purchaser_into_egenregi_is_found_naming_it(doc):
    AddDottedLine("now", "best", DottedLine("hc1", DottedKind.FUNCTIONAL)).apply(doc)
    [finding] = rule_findings(doc.project, "R05-dotted-line")
    assert finding.subjects.units == ("best", "hc1")
    assert "från Beställarenheten till Brunflo hälsocentral" in finding.message_sv
    assert "(funktionell)" in finding.message_sv


def test_egenregi_management_working_for_the_purchaser_by_agreement_is_found(doc):
    AddUnit("now", Unit("utv", "Koncerngemensam utveckling", UnitCategory.SUPPORT, parent_id="pv")).apply(doc)
    AddDottedLine("now", "utv", DottedLine("best", DottedKind.AGREEMENT)).apply(doc)
    [finding] = rule_findings(doc.project, "R05-dotted-line")
    assert "binder egenregin till beställarsidan" in finding.message_sv
    assert "(by agreement)" in finding.message_en


def test_an_orderer_outside_the_purchaser_unit_counts_too(doc):
    AddUnit("now", Unit("nmd", "Närvårdsnämnd", UnitCategory.SUPPORT, parent_id="rs")).apply(doc)
    doc.project.scenarios["now"].assignments[AssignmentKey("nmd", "vv", Responsibility.ORDERING)] = Role.PERFORMS
    AddDottedLine("now", "nmd", DottedLine("pv", DottedKind.PROFESSIONAL)).apply(doc)
    assert len(rule_findings(doc.project, "R05-dotted-line")) == 1


def test_clean_dotted_lines_raise_nothing(doc):
    # the chefläkare's medical lines and a line within egenregi
    AddUnit("now", Unit("cl", "Chefläkare", UnitCategory.SUPPORT, parent_id="rs")).apply(doc)
    AddDottedLine("now", "hc1", DottedLine("cl", DottedKind.PROFESSIONAL)).apply(doc)
    AddDottedLine("now", "hc2", DottedLine("cl", DottedKind.PROFESSIONAL)).apply(doc)
    AddDottedLine("now", "hc1", DottedLine("hc2", DottedKind.FUNCTIONAL)).apply(doc)
    assert rule_findings(doc.project, "R05-dotted-line") == []
    live = LiveAnalysis(doc)
    MoveUnit("now", "cl", "pv").apply(doc)  # the chefläkare moved into egenregi: still no purchaser end
    assert [f for f in live.result("now").findings if f.rule == "R05-dotted-line"] == []
    MoveUnit("now", "cl", "best").apply(doc)  # now the medical lines tie egenregi to the purchaser side
    assert len([f for f in live.result("now").findings if f.rule == "R05-dotted-line"]) == 2


def test_metrics_count_lines_per_kind_and_unit_and_the_comparison_lists_them(doc):
    from orgdesigner.analysis.compare import compare
    from orgdesigner.model.commands import AddScenario, ChangeDottedLine, RemoveDottedLine
    from orgdesigner.model.commands.scenarios import copied_scenario

    AddUnit("now", Unit("cl", "Chefläkare", UnitCategory.SUPPORT, parent_id="rs")).apply(doc)
    AddDottedLine("now", "hc1", DottedLine("cl", DottedKind.PROFESSIONAL)).apply(doc)
    AddDottedLine("now", "hc2", DottedLine("cl", DottedKind.PROFESSIONAL)).apply(doc)
    live = LiveAnalysis(doc)
    metrics = live.result("now").metrics
    assert metrics.dotted_lines == 2 and metrics.dotted_by_kind == {"professional": 2, "functional": 0, "agreement": 0}
    assert metrics.dotted_units == 3 and metrics.dotted_max_per_unit == 2
    assert metrics.layers == 3 and metrics.span_max == 3  # dotted lines never count as reporting lines
    AddScenario(copied_scenario(doc.project.scenarios["now"], "next", "Nästa")).apply(doc)
    RemoveDottedLine("next", "hc2", "cl").apply(doc)
    ChangeDottedLine("next", "hc1", DottedLine("cl", DottedKind.FUNCTIONAL, "labb")).apply(doc)
    AddDottedLine("next", "pv", DottedLine("cl", DottedKind.AGREEMENT)).apply(doc)
    assert live.result("next").metrics == analyze_scenario(doc.project, doc.project.scenarios["next"]).metrics
    comparison = compare(doc.project, ["now", "next"], analyze=False)
    diff = comparison.diffs[0]
    assert [(d.source_id, d.target_id, d.status) for d in diff.dotted] == [
        ("hc1", "cl", "changed"), ("hc2", "cl", "removed"), ("pv", "cl", "added")
    ]
    assert diff.counts()["dotted_added"] == 1 and diff.counts()["dotted_removed"] == 1
    assert diff.units == []  # a unit whose dotted lines changed is not otherwise "changed"
    data = comparison.to_json()["comparisons"][0]["dotted_lines"]
    assert data[2] == {"from": "pv", "from_name": "Primärvården", "to": "cl", "to_name": "Chefläkare",
                       "status": "added", "old": None, "new": {"kind": "agreement", "note": "", "decision": ""}}
