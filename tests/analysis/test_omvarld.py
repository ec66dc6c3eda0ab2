"""Where a scenario stands on the omvärld questions, and the archetypes applied to its copy."""

from __future__ import annotations

import copy

from orgdesigner.analysis.omvarld import compare_with_archetypes, provider_head, stance
from orgdesigner.io.bundled.reference_file import load_references
from orgdesigner.model import Unit, UnitCategory, UnitForm
from tests.analysis.clean_region import clean_project


def _archetypes():
    return [(r.id, r.template) for r in load_references() if r.kind == "archetype"]


def test_the_clean_region_splits_ordering_from_own_delivery_at_the_top():
    project = clean_project()
    s = stance(project, project.scenarios["s"])
    assert s.purchasers == ("best",) and s.provider_head == "pv"
    assert s.meeting == "top" and s.meeting_point == "hsd"
    assert s.boards == () and s.own_director and s.own_units == 3
    assert (s.errors, s.warnings) == (0, 0) and s.clarity_index == 1.0


def test_a_purchaser_under_the_head_of_egenregi_is_inside():
    project = clean_project()
    project.scenarios["s"].units["best"].parent_id = "pv"
    project.scenarios["s"].structure_changed()
    s = stance(project, project.scenarios["s"])
    assert s.meeting == "inside" and s.meeting_point == "pv"


def test_a_shared_line_below_the_top_management_is_told_apart_from_the_top():
    project = clean_project()
    units = project.scenarios["s"].units
    units["hsf"] = Unit("hsf", "Hälso- och sjukvårdsförvaltningen", UnitCategory.SUPPORT, parent_id="hsd")
    units["best"].parent_id = "hsf"
    units["pv"].parent_id = "hsf"
    project.scenarios["s"].structure_changed()
    s = stance(project, project.scenarios["s"])
    assert s.meeting == "line" and s.meeting_point == "hsf"


def test_only_a_governance_unit_over_the_own_units_alone_is_their_board():
    project = clean_project()
    units = project.scenarios["s"].units
    # a director over both own care and the lab is not a board of the own units ...
    units["dir"] = Unit("dir", "Vårddirektör", UnitCategory.GOVERNANCE, parent_id="hsd")
    units["pv"].parent_id = "dir"
    units["labu"].parent_id = "dir"
    project.scenarios["s"].structure_changed()
    assert stance(project, project.scenarios["s"]).boards == ()
    # ... a board with only the own units under it is
    units["labu"].parent_id = "hsd"
    project.scenarios["s"].structure_changed()
    assert stance(project, project.scenarios["s"]).boards == ("dir",)


def test_own_units_under_two_heads_have_no_director_of_their_own():
    project = clean_project()
    units = project.scenarios["s"].units
    units["hc3"] = Unit("hc3", "Sveg hälsocentral", UnitCategory.OWN_PROVIDER, parent_id="hsd")
    project.scenarios["s"].structure_changed()
    s = stance(project, project.scenarios["s"])
    assert provider_head(project.scenarios["s"]) == "pv"
    assert (s.headed_units, s.own_units) == (3, 4) and not s.own_director


def test_each_archetype_applies_to_a_copy_and_changes_nothing():
    project = clean_project()
    before = copy.deepcopy(project)
    standings = compare_with_archetypes(project, "s", _archetypes())
    assert project == before
    by_id = {st.reference_id: st.stance for st in standings}
    assert set(by_id) == {None, "own-board", "koncern", "intraprenad-all", "line"}
    assert all(s is not None for s in by_id.values())
    assert by_id["own-board"].boards and not by_id[None].boards
    assert by_id["koncern"].head_form is UnitForm.GROUP_MANAGEMENT
    assert by_id["intraprenad-all"].head_form is UnitForm.INTRAPRENAD and by_id["intraprenad-all"].intraprenader == 1
    assert by_id["line"].head_form is UnitForm.LINE


def test_a_scenario_without_own_units_says_why_no_archetype_applies():
    project = clean_project()
    units = project.scenarios["s"].units
    for uid in ("pv", "hc1", "hc2"):
        units[uid].category = UnitCategory.SUPPORT
    standings = compare_with_archetypes(project, "s", _archetypes(), lang="en")
    assert standings[0].stance is not None and standings[0].stance.provider_head is None
    assert all(st.stance is None and "own-provider" in st.problem for st in standings[1:])
    # in the window's language (Swedish by default), as every refusal
    swedish = compare_with_archetypes(project, "s", _archetypes())
    assert [st.problem for st in swedish[1:]] == ["Scenariot har ingen enhet i egenregin att tillämpa strukturen på."] * 4
