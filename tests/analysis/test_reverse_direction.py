"""The purchaser managing a provider is an error, like the purchaser under egenregi (R05)."""

from __future__ import annotations

from clean_region import clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import Severity
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.model import Document, Unit, UnitCategory
from orgdesigner.model.commands import MoveUnit, SetUnitField

RULE = "R05-egenregi-under-purchaser"


def reverse(project):
    return [f for f in analyze_scenario(project, project.scenarios["s"]).findings if f.rule == RULE]


def test_egenregi_under_the_beställarenhet_is_an_error_naming_the_top_of_the_branch():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["pv"].parent_id = "best"
    s.structure_changed()
    [f] = reverse(project)  # Område Primärvård, not each of its hälsocentraler
    assert f.severity is Severity.ERROR and f.subjects.units == ("pv", "best")
    assert f.message_sv == ("Område Primärvård hör till egenregin men rapporterar till Beställarenheten Hälsoval "
                            "på beställarsidan: beställaren leder en av utförarna.")


def test_a_staff_unit_between_them_does_not_hide_it_and_a_clean_region_has_none():
    project = clean_project()
    assert reverse(project) == []
    s = project.scenarios["s"]
    s.units["stab"] = Unit("stab", "Beställarens stab", UnitCategory.SUPPORT, parent_id="best")
    s.units["hc2"].parent_id = "stab"
    s.structure_changed()
    assert [f.subjects.units for f in reverse(project)] == [("hc2", "best")]


def test_live_analysis_sees_a_move_and_a_category_change_above():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["stab"] = Unit("stab", "Regionens stab", UnitCategory.SUPPORT, parent_id="rd")
    s.structure_changed()
    doc = Document(project)
    live = LiveAnalysis(doc)

    def found():
        return [f.subjects.units for f in live.result("s").findings if f.rule == RULE]

    assert found() == []
    MoveUnit("s", "pv", "stab").apply(doc)
    assert found() == []
    command = SetUnitField("s", ["stab"], "category", UnitCategory.PURCHASER)
    command.apply(doc)  # two levels above the hälsocentraler, one above Område Primärvård
    assert found() == [("pv", "stab")]
    command.revert(doc)
    assert found() == []
