"""The paper's Typst markup (no Qt): every text prints as written, never read as markup."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess

import typst
from hypothesis import given
from hypothesis import strategies as st

from orgdesigner.io.paper.proposal import build_proposal
from orgdesigner.io.paper.proposal_typst import (
    ChartPageFigure,
    LegendMark,
    literal,
    page_mark,
    pdf_bytes,
    typst_source,
)
from tests.conftest import small_project

#: what users type, and what Typst's markup would read as commands: #, [ ], *, _, $, <, @, //, \, "
_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from('\n\t\\"#[]*_$<>@/=-+'), max_size=60)


def _read_back(expression: str) -> str:
    """What Typst reads `expression` as (a compiler holds its in-memory input for one call only)."""
    return str(json.loads(typst.eval(b"#let paper = none", expression, format="json")))


@given(_TEXT)
def test_a_literal_reads_back_as_exactly_the_text(text):
    assert _read_back(literal(text)) == text


def test_control_characters_print_as_spaces_and_carriage_returns_go():
    assert _read_back(literal("a\x07b\r\nc\x00")) == "a b\nc "


HOSTILE = '#panic("x") *fet* _k_ $x^2$ <etikett> @ref \\ "citat" ] // /* [ = rubrik'


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def test_names_and_texts_with_markup_characters_print_as_written(tmp_path):
    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["hc1"].name = HOSTILE
    project.case = dataclasses.replace(project.case, title="Ärende #1: [utkast]", department="Avd. *Hälsa*")
    content = build_proposal(project, scenario, decision_text=f"Regionstyrelsen beslutar att {HOSTILE}.")
    text = _text(pdf_bytes(content), tmp_path)
    assert text.count(HOSTILE) >= 2  # the förslag and the unit's name in the bilagor
    assert "Ärende #1: [utkast]" in text and "Avd. *Hälsa*" in text


def _chart(notes: list[str]) -> ChartPageFigure:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80"><text x="10" y="40">Ugglebo vårdcentral</text></svg>'
    return ChartPageFigure("Översikt", svg, 2.0, 0.8, "Organisationsskiss: Översikt.", [LegendMark("#2e7d32", "ny enhet")], notes)


def test_a_chart_pages_note_gets_the_page_typst_put_the_other_chart_page_on(tmp_path):
    project = small_project()
    content = build_proposal(project, project.scenarios["now"], decision_text="Anta.")
    source, inputs = typst_source(content, [_chart([f"Streckad linje till X, sida {page_mark(1)}."]), _chart([])])
    assert set(inputs) >= {"chart-1", "chart-2"} and "<svg" not in source  # the SVG goes in as an input
    text = _text(pdf_bytes(content, [_chart([f"Streckad linje till X, sida {page_mark(1)}."]), _chart([])]), tmp_path)
    number = int(re.search(r"Streckad linje till X, sida (\d+)\.", text).group(1))
    pages = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(tmp_path / "paper.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    assert "(2/2)" in pages and "Ugglebo vårdcentral" in pages  # the second chart page, its chart's text searchable


def test_a_table_column_is_as_wide_as_its_longest_word(tmp_path):
    """A word is never broken (no hyphenation) and never runs into the next cell."""
    from orgdesigner.io.paper.proposal_content import TableBlock
    from tests.pdf_words import collisions

    project = small_project()
    content = build_proposal(project, project.scenarios["now"], decision_text="Anta.")
    long = "Primärvårdsförvaltningensutvecklingsenhetsledningsgrupp"
    content.sections[0].blocks.append(TableBlock(["Enhet", "Kort", "Ansvar"], [[long, "a", "utveckling " * 30]] * 3, [1, 1, 12]))
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(content))
    assert collisions(path) == []
    assert long in _text(path.read_bytes(), tmp_path)


def test_a_character_no_font_has_still_gives_a_tagged_paper(tmp_path):
    """PDF/UA-1 forbids a glyph printed as a blank box: a unit named with a character no
    installed font has (a private-use one here) still exports, tagged, titled, without the claim."""
    from pypdf import PdfReader

    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["hc1"].name = "Brunflo \U000f0001 hälsocentral"
    content = build_proposal(project, scenario, decision_text="Anta.")
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(content))
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/Lang"] == "sv-SE" and root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] and reader.metadata.title
    assert "Frösö hälsocentral" in _text(path.read_bytes(), tmp_path)


def test_an_untitled_paper_with_empty_blocks_is_still_a_pdfua_file(tmp_path):
    """PDF/UA-1 refuses an empty title or heading: the paper is named for what it is, an empty
    subheading left out, and empty lists and tables print as nothing or a header row."""
    from pypdf import PdfReader

    from orgdesigner.io.paper.proposal_content import BulletList, SubHeading, TableBlock

    project = small_project()
    project.name = ""
    scenario = project.scenarios["now"]
    scenario.name = ""
    content = build_proposal(project, scenario, decision_text="Anta.")
    content.sections[0].blocks += [SubHeading("  "), BulletList([]), TableBlock(["Enhet", "Roll"], [])]
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(content))
    reader = PdfReader(path)
    assert reader.metadata.title == "Beslutsunderlag" and "pdfuaid" in reader.xmp_metadata.rdf_root.toxml()
