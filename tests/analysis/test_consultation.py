"""Consulting egenregi alone on the vårdval rules gives it what its competitors lack (R15)."""

from __future__ import annotations

from clean_region import DEV, INF, C, clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import RULES, Severity
from orgdesigner.model import AssignmentKey, Function, FunctionCategory

R15 = "R15-egenregi-consulted-alone"


def r15(project):
    return [f for f in analyze_scenario(project, project.scenarios["s"]).findings if f.rule == R15]


def test_egenregi_consulted_while_no_private_provider_is_a_warning():
    project = clean_project()  # Område Primärvård and Hede are both consulted: alike
    assert r15(project) == []
    s = project.scenarios["s"]
    del s.assignments[AssignmentKey("priv", "vv", DEV)]
    [f] = r15(project)
    assert f.severity is Severity.WARNING and f.subjects.units == ("pv",) and f.subjects.responsibility is DEV
    assert f.message_sv == ("Område Primärvård i egenregin rådfrågas om utvecklingen av Vårdval primärvård, "
                            "men ingen privat utförare gör det.")
    s.assignments[AssignmentKey("pv", "vv", DEV)] = INF  # informed, like everyone: no advantage
    assert r15(project) == []


def test_the_follow_up_of_the_providers_counts_too():
    project = clean_project()
    project.functions["kval"] = Function("kval", "Kvalitetsuppföljning", FunctionCategory.MANAGEMENT, follows_up="vv")
    s = project.scenarios["s"]
    s.assignments[AssignmentKey("best", "kval", DEV)] = C
    s.assignments[AssignmentKey("hc1", "kval", DEV)] = C
    assert [f.subjects.units for f in r15(project)] == [("hc1",)]


def test_r11_advises_all_providers_alike_or_none():
    fix = RULES["R11-vardval-held-by-egenregi"].fix_sv
    assert "Rådfråga alla utförare lika, egna som privata, eller ingen" in fix
    assert "rådfrågade (R) eller" not in fix
