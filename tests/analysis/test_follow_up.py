"""Following up the vårdval providers is purchaser work whatever the function is called (R11)."""

from __future__ import annotations

from clean_region import DEL, DEV, ORD, A, C, R, clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.model import AssignmentKey, Function, FunctionCategory, Project

R11 = "R11-vardval-held-by-egenregi"


def followed_up_project(follows_up: str | None = "vv") -> Project:
    """The clean region with a quality follow-up delivered under egenregi's management, the
    beställarenhet performing it: the picture the example's Koncern 2018 used to show."""
    project = clean_project()
    project.functions["kval"] = Function("kval", "Kvalitetsuppföljning", FunctionCategory.MANAGEMENT,
                                         follows_up=follows_up)
    s = project.scenarios["s"]
    for uid, resp, role in [("best", DEV, A), ("best", ORD, A), ("pv", DEL, A), ("best", DEL, R)]:
        s.assignments[AssignmentKey(uid, "kval", resp)] = role
    return project


def r11(project: Project):
    return [f for f in analyze_scenario(project, project.scenarios["s"]).findings if f.rule == R11]


def test_the_purchaser_following_up_under_egenregi_accountability_works_for_a_competitor():
    [f] = r11(followed_up_project())
    assert f.subjects.units == ("pv", "best") and f.subjects.responsibility is DEL
    assert f.subjects.functions == ("kval",)
    assert "Kvalitetsuppföljning, som följer upp utförarna i vårdvalsfunktionen Vårdval primärvård" in f.message_sv
    assert "the purchaser side (Beställarenheten Hälsoval) performs it under egenregi's accountability" in f.message_en


def test_without_the_mark_the_same_picture_is_ordinary_work():
    assert r11(followed_up_project(follows_up=None)) == []


def test_the_follow_up_held_by_the_purchaser_with_egenregi_consulted_is_clean():
    project = followed_up_project()
    s = project.scenarios["s"]
    s.assignments[AssignmentKey("best", "kval", DEL)] = A
    s.assignments[AssignmentKey("pv", "kval", DEL)] = C
    assert r11(project) == []
    s.assignments[AssignmentKey("pv", "kval", DEV)] = R  # egenregi developing the follow-up itself
    [f] = r11(project)
    assert f.subjects.responsibility is DEV and "one of the providers sets the terms" in f.message_en


def test_a_mark_on_a_function_no_longer_under_vardval_counts_as_none():
    project = followed_up_project()
    project.functions["vv"].vardval = False
    assert r11(project) == []
