"""The decision paper's content model and its DOCX rendering (no Qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from orgdesigner.io.paper.proposal import BulletList, ChartBlock, build_proposal, headings
from orgdesigner.io.paper.proposal_docx import write_docx
from orgdesigner.io.project.project_file import load_project
from tests.conftest import EXAMPLE, small_project

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


@pytest.fixture(scope="module")
def example():
    return load_project(EXAMPLE)


def _texts(content) -> str:
    parts = []
    for section in content.sections:
        for block in section.blocks:
            if isinstance(block, BulletList):
                parts += block.items
            elif hasattr(block, "points"):
                parts += [text for text, subs in block.points] + [s for _, subs in block.points for s in subs]
            elif hasattr(block, "text"):
                parts.append(block.text)
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_section_in_order_with_the_findings(example, lang: str):
    scenario = list(example.scenarios.values())[1]
    content = build_proposal(example, scenario, lang=lang, decision_text="Att anta koncernmodellen.", day=date(2018, 1, 15))
    assert [s.heading for s in content.sections] == headings(lang)
    text = _texts(content)
    assert content.findings, "the example has findings"
    for finding in content.findings:
        assert finding.message(lang) in text
    assert "Att anta koncernmodellen." in text
    assert content.comparison is not None and content.comparison.base.id == next(iter(example.scenarios))
    assert ("2018-01-15" in dict(content.meta).values())


def test_the_first_scenario_is_not_compared_with_itself():
    project = small_project()
    content = build_proposal(project, project.scenarios["now"])
    assert content.comparison is None
    ids = [s.id for s in content.sections]  # a nulägesbeskrivning proposes nothing
    assert "comparison" not in ids and "plan" not in ids and "consequences" not in ids and "decision" not in ids
    assert content.subtitle == "Nulägesbeskrivning"


def test_a_subtree_limits_chart_and_matrix():
    project = small_project()
    content = build_proposal(project, project.scenarios["now"], subtree="pv")
    chart = next(b for s in content.sections for b in s.blocks if isinstance(b, ChartBlock))
    assert chart.unit_ids == ["pv", "hc1", "hc2"]
    units = content.tables()[0]
    assert [r[0] for r in units.rows] == ["pv", "hc1", "hc2"]


def test_docx_opens_and_has_the_headings(example, tmp_path: Path):
    scenario = list(example.scenarios.values())[1]
    content = build_proposal(example, scenario, decision_text="Regionstyrelsen föreslås besluta att …")
    path = tmp_path / "paper.docx"
    write_docx(content, path, chart_png=None)
    document = docx.Document(path)
    found = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert found == headings("sv")
    assert any(p.style.name == "Heading 2" for p in document.paragraphs)
    body = "\n".join(p.text for p in document.paragraphs)
    assert all(f.message("sv") in body for f in content.findings)
    assert abs(document.sections[0].page_width.cm - 21.0) < 0.01
    assert "PAGE" in document.sections[0].footer._element.xml


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_genomforandeplan_is_a_bilaga_in_the_papers_language(example, tmp_path: Path, lang: str):

    koncern = example.scenarios["koncern-2018"]
    content = build_proposal(example, koncern, compare_with=example.scenarios["nulage-2017"], lang=lang)
    from orgdesigner.io.paper.proposal import TableBlock

    plan = next(s for s in content.sections if s.id == "plan")
    assert plan.heading == ("Attachment 6. Implementation plan" if lang == "en" else "Bilaga 6. Genomförandeplan")
    steps, edits = [b for b in plan.blocks if isinstance(b, TableBlock)]
    texts = [row[1] for row in edits.rows]
    first, move, close = (("Set up unit", "Brunflo hälsocentral moves from", "Close down unit") if lang == "en"
                          else ("Inrätta enhet", "Brunflo hälsocentral flyttas från", "Avveckla enhet"))
    descriptions = [row[2] for row in edits.rows]
    set_up = "is set up under" if lang == "en" else "inrättas under"
    assert texts[0] == first and descriptions[0] == f"Primärvårdens egenregi – koncernledning {set_up} Regiondirektör."
    assert any(t.startswith(move) for t in descriptions)
    assert texts[-1] == close  # units close last, once their roles have moved
    assert steps.rows[0][1].startswith("Negotiation" if lang == "en" else "Förhandling")  # MBL first
    attachments = next(s for s in content.sections if s.id == "attachments").blocks[0]
    assert isinstance(attachments, BulletList) and plan.heading in attachments.items
    path = tmp_path / "k.docx"
    write_docx(content, path)
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert descriptions[0] in cells


def test_docx_turns_the_matrix_page_and_gives_every_word_its_room(example, tmp_path: Path):
    from docx.enum.section import WD_ORIENT

    from orgdesigner.io.paper.proposal import heading
    from orgdesigner.io.paper.proposal_docx import column_shares

    content = build_proposal(example, example.scenarios["koncern-2018"], compare_with=example.scenarios["nulage-2017"])
    path = tmp_path / "k.docx"
    write_docx(content, path)
    document = docx.Document(str(path))
    assert [s.orientation for s in document.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert document.styles["Normal"].font.name == "Arial"
    paragraphs = document.paragraphs
    for attachment in ("comparison", "trade", "plan"):  # each bilaga from a new page (findings: after the turned section)
        title = next(p for p in paragraphs if p.text == heading(attachment, "sv") and p.style.name == "Heading 1")
        assert title.paragraph_format.page_break_before, attachment
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Funktion")
    widths = [c.width.pt for c in matrix.columns]
    assert abs(sum(widths) - (29.7 - 4.4) / 2.54 * 72) < 2  # the landscape page's text width
    longest = {i: max(len(w) for r in matrix.rows for w in r.cells[i].text.split() or [""]) for i in range(len(widths))}
    assert all(widths[i] >= longest[i] * 0.6 * 8.5 for i in longest)  # "beställning" is not broken
    block = next(b for s in content.sections if s.id == "matrix" for b in s.blocks if hasattr(b, "columns"))
    assert abs(sum(column_shares(block, 700)) - 1) < 1e-9


def test_docx_body_keeps_the_papers_order_around_the_turned_matrix(example, tmp_path: Path):
    """Blocks go in before an anchor paragraph (python-docx's add_paragraph is quadratic): the
    order must still be the paper's, section breaks included, and the anchor must be gone."""
    from docx.oxml.ns import qn

    content = build_proposal(example, example.scenarios["koncern-2018"], compare_with=example.scenarios["nulage-2017"])
    path = tmp_path / "k.docx"
    write_docx(content, path)
    body = docx.Document(str(path)).element.body
    kinds = []
    for element in body:
        if element.tag == qn("w:tbl"):
            kinds.append("table")
        elif element.tag == qn("w:p"):
            if element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                kinds.append("break")
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            if text.startswith(("Bilaga 2.", "Bilaga 3.")) and element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None:
                kinds.append(text.split(".")[0])
    assert body[-1].tag == qn("w:sectPr") and body[0].tag == qn("w:tbl")  # the header block first
    at = len(kinds) - 1 - kinds[::-1].index("Bilaga 2")  # the heading, after the list of bilagor
    assert kinds[at - 1] == "break" and kinds[at + 1] == "table" and kinds[at + 2: at + 4] == ["break", "Bilaga 3"]
    last = body[-2]
    assert "".join(t.text or "" for t in last.iter(qn("w:t"))), "the anchor paragraph is left in the body"
