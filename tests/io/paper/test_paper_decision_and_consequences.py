"""Decision points that agree with the analysis, Risker och avvägningar from the planner's
acknowledgements, and Konsekvenser as a tjänsteskrivelse has them (issue 30, points 3 and 4)."""

from __future__ import annotations

import pytest

from orgdesigner.io.paper.decision_draft import draft_points
from orgdesigner.io.paper.proposal import BulletList, Paragraph, SubHeading, build_proposal
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.paper import PaperInfo
from tests.conftest import EXAMPLE
from tests.other_region import NOW, PROPOSAL, other_region_project

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


@pytest.fixture
def example():
    return load_project(EXAMPLE)


def _section(content, section_id: str):
    return next(s for s in content.sections if s.id == section_id)


def _text(blocks) -> str:
    out = []
    for b in blocks:
        out += b.items if isinstance(b, BulletList) else [getattr(b, "text", "")]
    return "\n".join(out)


def test_a_draft_never_lists_the_bestallarenhet_among_egenregis_shared_functions(example):
    koncern = example.scenarios["koncern-2018"]
    head = next(u for u in koncern.units.values() if u.form.value == "group_management")
    purchaser = next(u for u in koncern.units.values() if u.category.value == "purchaser")
    purchaser.parent_id = head.id  # a breach: the beställarenhet placed under egenregi's head
    koncern.structure_changed()
    text = " ".join(p.text for p in draft_points(example, example.scenarios["nulage-2017"], koncern))
    assert "koncerngemensamma funktioner" in text and purchaser.name not in text


def test_the_draft_allocates_development_the_proposal_settles_instead_of_investigating_it(example):
    base, koncern = example.scenarios["nulage-2017"], example.scenarios["koncern-2018"]
    texts = [p.text for p in draft_points(example, base, koncern)]
    assert any(t.startswith("Ansvaret för utveckling fördelas") for t in texts)
    assert "utreda ansvar för utveckling" not in koncern.proposal  # the example's förslag agrees with its analysis
    # the current state settles nothing: no such point when nothing changes
    assert not any("fördelas" in p.text for p in draft_points(example, base, base))


def _keep_an_error(project) -> None:
    """Koncern 2018 with a dotted line from its shared development unit to the beställarenhet,
    kept on purpose: the planner acknowledges the R05 error with a reason."""
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.model import DottedKind, DottedLine
    from orgdesigner.model.entities import Acknowledgement

    koncern = project.scenarios["koncern-2018"]
    koncern.units["kl-utv"].dotted_lines = (DottedLine("best", DottedKind.AGREEMENT, "Digitala tjänster"),)
    [finding] = [f for f in analyze_scenario(project, koncern).findings if f.rule == "R05-dotted-line"]
    project.acknowledgements[(koncern.id, finding.key)] = Acknowledgement(
        koncern.id, finding.key, "Den koncerngemensamma utvecklingen samråder med beställarenheten efter överenskommelse.")


def test_a_kept_error_is_explained_with_the_planners_reason(example):
    _keep_an_error(example)
    content = build_proposal(example, example.scenarios["koncern-2018"])
    blocks = _section(content, "analysis").blocks
    at = blocks.index(SubHeading("Risker och avvägningar"))
    reasons = blocks[at + 2]
    comments = [a.comment for (sid, _), a in example.acknowledgements.items() if sid == "koncern-2018"]
    assert comments and isinstance(reasons, BulletList)
    assert all(any(c in item for item in reasons.items) for c in comments)
    example.acknowledgements.clear()  # nothing weighed: no such heading
    blocks = _section(build_proposal(example, example.scenarios["koncern-2018"]), "analysis").blocks
    assert SubHeading("Risker och avvägningar") not in blocks


def test_konsekvenser_have_the_sections_of_a_tjansteskrivelse(example):
    koncern = example.scenarios["koncern-2018"]
    blocks = _section(build_proposal(example, koncern), "consequences").blocks
    headings = [b.text for b in blocks if isinstance(b, SubHeading)]
    assert headings == ["Ekonomi", "Personal och arbetsmiljö", "Patienter och medborgare",
                        "Barn och unga (barnrättsperspektivet)", "Jämställdhet", "Juridik", "Organisation"]
    text = _text(blocks)
    base = example.scenarios["nulage-2017"]
    added = [u for uid, u in koncern.units.items() if uid not in base.units and not u.listed_patients]
    removed = [u for uid, u in base.units.items() if uid not in koncern.units and not u.listed_patients]
    cost = sum(u.budget_sek or 0 for u in added) - sum(u.budget_sek or 0 for u in removed)
    assert cost and f"{round(cost):,}".replace(",", "\u00a0") in text  # the management posts, from the units' data
    assert "11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)" in text
    assert koncern.paper.child_rights in text and koncern.paper.equality in text
    assert "lagen (2008:962) om valfrihetssystem (LOV)" in text
    if koncern.trade != base.trade:  # the example's trade assumptions differ: not credited to the change
        assert "inte på omorganisationen" in text


def test_unwritten_judgements_are_left_out_not_invented(example):
    koncern = example.scenarios["koncern-2018"]
    koncern.paper = PaperInfo(title=koncern.paper.title)
    blocks = _section(build_proposal(example, koncern), "consequences").blocks
    headings = [b.text for b in blocks if isinstance(b, SubHeading)]
    assert "Jämställdhet" not in headings and "Barn och unga (barnrättsperspektivet)" not in headings


def test_another_regions_paper_has_its_own_consequences():
    project = other_region_project()
    content = build_proposal(project, project.scenarios[PROPOSAL], compare_with=project.scenarios[NOW])
    text = _text(_section(content, "consequences").blocks)
    assert "MBL" in text and "LOV" in text
    for word in ("Jämtland", "Östersund", "koncernledning"):
        assert word not in text
    assert isinstance(_section(content, "decision").blocks[0], Paragraph)
