"""A hälsocentral with no role is a warning; a staff unit or management layer with none is info (R10)."""

from __future__ import annotations

from clean_region import clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import Severity
from orgdesigner.model import Unit, UnitCategory


def idle(project) -> dict[str, tuple[str, Severity]]:
    return {f.subjects.units[0]: (f.rule, f.severity) for f in analyze_scenario(project, project.scenarios["s"]).findings
            if f.rule.startswith("R10-idle")}


def test_a_hälsocentral_without_a_role_is_a_warning_and_a_staff_unit_info():
    project = clean_project()
    s = project.scenarios["s"]
    for key in [k for k in s.assignments if k.unit_id == "hc2"]:
        del s.assignments[key]
    s.units["stab"] = Unit("stab", "Primärvårdens stab", UnitCategory.SUPPORT, parent_id="pv")
    s.units["privnew"] = Unit("privnew", "Nya Vårdcentralen AB", UnitCategory.PRIVATE_PROVIDER)
    s.structure_changed()
    found = idle(project)
    assert found["hc2"] == ("R10-idle-care-unit", Severity.WARNING)
    assert found["privnew"] == ("R10-idle-care-unit", Severity.WARNING)
    assert found["stab"] == ("R10-idle-unit", Severity.INFO)
    [f] = [f for f in analyze_scenario(project, s).findings if f.subjects.units == ("hc2",)]
    assert f.message_sv == "Frösö hälsocentral levererar vård men har ingen roll för någon funktion."


def test_an_egenregi_management_layer_without_a_role_stays_info():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["omr"] = Unit("omr", "Närområde Norr", UnitCategory.OWN_PROVIDER, parent_id="pv")
    s.units["hc1"].parent_id = "omr"
    s.structure_changed()
    assert idle(project) == {"omr": ("R10-idle-unit", Severity.INFO)}
    s.units["omr"].listed_patients = 4_000  # it lists patients itself: it delivers care
    assert idle(project) == {"omr": ("R10-idle-care-unit", Severity.WARNING)}
