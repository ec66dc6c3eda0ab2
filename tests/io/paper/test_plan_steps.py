"""The genomförandeplan grouped into steps a board recognises (issue 30, point 5): MBL before the
decision, information after it, repeated edits said once, the planner's phase, date and owner
kept; every single edit still listed in the bilaga's table."""

from __future__ import annotations

from datetime import date

import pytest

from orgdesigner.analysis.change_list import change_list
from orgdesigner.io.paper.change_plan import paper_steps
from orgdesigner.io.paper.plan_steps import board_steps
from orgdesigner.io.paper.proposal import SubHeading, TableBlock, build_proposal
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.paper import PaperInfo, PlanEntry
from tests.conftest import EXAMPLE
from tests.other_region import NOW, PROPOSAL, other_region_project

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


@pytest.fixture
def example():
    return load_project(EXAMPLE)


def test_the_koncern_plan_is_a_few_board_steps_covering_every_edit(example):
    base, koncern = example.scenarios["nulage-2017"], example.scenarios["koncern-2018"]
    steps = board_steps(example, koncern, base)
    edits = paper_steps(change_list(example, koncern.id, base.id))
    assert len(steps) < len(edits) / 4  # grouped, not an edit log
    assert sum(len(s.edits) for s in steps) == len(edits)  # and nothing lost
    assert steps[0].key == "mbl" and steps[-1].key == "info"
    moves = next(s for s in steps if s.key == "moves")
    assert moves.text.startswith("16 hälsocentraler flyttas till Närområde Östersund (6)")
    role = next(s for s in steps if s.key == "role:vardval-pv")
    assert "utveckling: Beställarenheten Hälsoval" in role.text and role.text.count("Vårdval primärvård") == 1
    assert all(s.date == koncern.effective_date for s in steps if s.edits)


def test_the_planners_phase_date_and_owner_win(example):
    base, koncern = example.scenarios["nulage-2017"], example.scenarios["koncern-2018"]
    koncern.paper = PaperInfo(plan=(PlanEntry("mbl", "Januari", date(2018, 1, 20), "HR-direktör"),))
    mbl = board_steps(example, koncern, base)[0]
    assert (mbl.phase, mbl.date, mbl.owner) == ("Januari", date(2018, 1, 20), "HR-direktör")
    content = build_proposal(example, koncern)
    plan = next(s for s in content.sections if s.id == "plan")
    table = next(b for b in plan.blocks if isinstance(b, TableBlock))
    assert table.rows[0][2:] == ["Januari", "20 januari 2018", "HR-direktör"]
    at = plan.blocks.index(SubHeading("Förteckning över samtliga ändringar"))
    assert len(plan.blocks[at + 1].rows) == len(paper_steps(change_list(example, koncern.id, base.id)))


def test_another_regions_plan_runs_from_today_to_the_proposal():
    project = other_region_project()
    steps = board_steps(project, project.scenarios[PROPOSAL], project.scenarios[NOW])
    assert steps and steps[0].key == "mbl"
    assert not board_steps(project, project.scenarios[NOW], project.scenarios[NOW])
