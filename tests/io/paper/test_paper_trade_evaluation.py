"""The paper's Internhandel bilaga answers the three questions in order with vector charts, and
the förslag till beslut can carry the evaluation's conclusion."""

from __future__ import annotations

import io
import subprocess
import xml.etree.ElementTree as ET

import pytest

from orgdesigner.io.paper.decision_draft import draft_points
from orgdesigner.io.paper.proposal import build_proposal
from orgdesigner.io.paper.proposal_content import FigureBlock, Paragraph, SubHeading
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.trade_history import TradeHistory
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def example():
    return load_project(EXAMPLE)


def _trade_section(project, lang="sv"):
    content = build_proposal(project, project.scenarios["nulage-2017"], lang=lang)
    return content, next(s for s in content.sections if s.id == "trade")


def test_the_bilaga_answers_the_three_questions_in_order_with_charts(example):
    _, section = _trade_section(example)
    headings = [b.text for b in section.blocks if isinstance(b, SubHeading)]
    numbered = [h for h in headings if h[:2] in ("1.", "2.", "3.")]
    assert [h[:2] for h in numbered] == ["1.", "2.", "3."]
    assert headings.index(numbered[2]) < headings.index("Beräkning per prismodell")  # the what-if after the answers
    figures = [b for b in section.blocks if isinstance(b, FigureBlock)]
    assert len(figures) >= 4
    for figure in figures:
        root = ET.fromstring(figure.svg)
        assert root.tag.endswith("svg") and root.findall(".//{http://www.w3.org/2000/svg}path") + root.findall(".//{http://www.w3.org/2000/svg}line")
        assert figure.fallback is not None and figure.fallback.rows
    texts = " ".join(b.text for b in section.blocks if isinstance(b, Paragraph))
    assert "skillnad i skillnader" in texts and "Illustrativ volymhistorik" in texts


def test_without_a_history_the_bilaga_is_as_before(example):
    project = load_project(EXAMPLE)
    project.trade_history = TradeHistory()
    _, section = _trade_section(project)
    assert not any(isinstance(b, FigureBlock) for b in section.blocks)
    assert not any(isinstance(b, SubHeading) and b.text.startswith("1.") for b in section.blocks)


def test_the_forslag_can_carry_the_conclusion(example):
    points = draft_points(example, example.scenarios["nulage-2017"], example.scenarios["koncern-2018"])
    [point] = [p for p in points if "utvärderingen av internhandeln" in p.text]
    assert "återredovisning" in point.text and point.sub  # what the history suggests, as sub-points
    project = load_project(EXAMPLE)
    project.trade_history = TradeHistory()
    assert not any("internhandeln" in p.text for p in draft_points(project, project.scenarios["nulage-2017"],
                                                                    project.scenarios["koncern-2018"]))


def test_the_docx_carries_the_charts_figures_as_tables(example):
    from docx import Document as Docx

    from orgdesigner.io.paper.proposal_docx import docx_bytes

    content, _ = _trade_section(example)
    document = Docx(io.BytesIO(docx_bytes(content)))
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {"Egenregi", "Privata köpare", "År"} <= cells


def test_the_pdf_draws_the_charts_as_vectors(qtbot, example, tmp_path):
    from orgdesigner.ui.render.proposal_pdf import pdf_bytes

    content, _ = _trade_section(example)
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(content))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    bilaga = text[text.index("Utvärdering av internhandeln"):]
    for question in ("1. Har köp och sälj", "2. Har leverantörernas", "3. Hur skulle modellen"):
        assert question in bilaga.replace("\n", " ")
    assert "Kostnad per 1 000 listade patienter (kr)" in bilaga  # the chart's title is text, not pixels
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in images.strip().splitlines()[2:]}
    assert sizes <= {("1", "1")}  # no picture of a chart: only the transparent 1-pixel places the vectors are drawn in
