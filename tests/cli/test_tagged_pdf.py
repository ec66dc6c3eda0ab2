"""The paper as a tagged PDF/UA-1 file (issue 30 item 7, lag 2018:1937), exported as a user would.

`pdfua check` (the machine-checkable part of PDF/UA-1) finds nothing in the example's three papers
nor in Region Västerdal's; the structure tree a screen reader walks holds the paper's headings,
lists, tables with header rows and figures with descriptions.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from orgdesigner.io.paper.proposal import headings
from orgdesigner.io.project.project_file import save_project
from tests.cli.test_export import _words, run_cli
from tests.conftest import EXAMPLE
from tests.other_region import PROPOSAL, other_region_project

PAPERS = {  # name -> (scenario, language); "vasterdal" is the invented region's proposal
    "koncern-sv": ("koncern-2018", "sv"),
    "koncern-en": ("koncern-2018", "en"),
    "nulage-sv": ("nulage-2017", "sv"),
    "intraprenad-sv": ("intraprenad-are-krokom", "sv"),
    "vasterdal-sv": (PROPOSAL, "sv"),
}


@pytest.fixture(scope="module")
def papers(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("tagged")
    other = tmp / "vasterdal.orgd"
    save_project(other_region_project(), other)
    out = {}
    for name, (scenario, lang) in PAPERS.items():
        path = tmp / f"{name}.pdf"
        done = run_cli("export", str(other if name.startswith("vasterdal") else EXAMPLE), "--scenario", scenario,
                       "--lang", lang, "--to", str(path))
        assert done.returncode == 0, done.stderr
        out[name] = path
    return out


def test_pdfua_check_finds_nothing_in_any_paper(papers):
    done = subprocess.run([sys.executable, "-m", "pdfua", "check", "--format", "json", *map(str, papers.values())],
                          capture_output=True, text=True, timeout=300)
    reports = [json.loads(part) for part in re.split(r"\n(?=\{)", done.stdout.strip())]  # one report per file
    assert len(reports) == len(papers)
    for report in reports:
        assert report["findings"] == [], report["file"]
        assert report["summary"]["rules_run"] >= 10  # the checks ran, not skipped
    assert done.returncode == 0, done.stdout[-2000:]


def _elements(node, out: list[DictionaryObject]) -> list[DictionaryObject]:
    """Every structure element under `node`, in reading order."""
    kids = node.get("/K")
    for kid in kids if isinstance(kids, ArrayObject) else [kids]:
        kid = kid.get_object() if kid is not None and hasattr(kid, "get_object") else kid
        if isinstance(kid, DictionaryObject) and "/S" in kid:
            out.append(kid)
            _elements(kid, out)
    return out


def _kinds(element: DictionaryObject) -> list[str]:
    return [str(e["/S"]) for e in _elements(element, [])]


@pytest.mark.parametrize("name", list(PAPERS))
def test_the_structure_tree_has_the_papers_headings_lists_tables_and_figures(papers, name):
    reader = PdfReader(papers[name])
    scenario, lang = PAPERS[name]
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == ("en-GB" if lang == "en" else "sv-SE")
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert root["/PageMode"] == "/UseOutlines"
    assert reader.metadata.title and reader.metadata.title in reader.xmp_metadata.dc_title.values()
    elements = _elements(root["/StructTreeRoot"], [])
    kinds = [str(e["/S"]) for e in elements]
    current_state = scenario == "nulage-2017"
    assert kinds.count("/H1") == len(headings(lang, current_state=current_state, decision=not current_state))
    assert "/H2" in kinds and "/L" in kinds and "/LI" in kinds
    tables = [e for e in elements if e["/S"] == "/Table"]
    assert tables
    for table in tables:  # a header row of header cells, then the body
        parts = [str(e["/S"]) for e in _elements(table, []) if e["/S"] in ("/THead", "/TBody")]
        assert parts[:2] == ["/THead", "/TBody"]
        head = next(e for e in _elements(table, []) if e["/S"] == "/THead")
        assert set(_kinds(head)) <= {"/TR", "/TH", "/Span", "/Strong"} and "/TH" in _kinds(head)
    figures = [e for e in elements if e["/S"] == "/Figure"]
    charts = [str(f["/Alt"]) for f in figures if str(f.get("/Alt", "")).startswith(("Organisationsskiss", "Organisation chart"))]
    assert charts, "the chart pages are figures described in words"
    assert all(str(f.get("/Alt", "")).strip() for f in figures)
    assert any("Regionstyrelsen" in alt for alt in charts)


def test_the_charts_description_says_who_is_under_whom_and_what_changed(papers):
    reader = PdfReader(papers["koncern-sv"])
    alts = [str(e["/Alt"]) for e in _elements(reader.trailer["/Root"]["/StructTreeRoot"], []) if e["/S"] == "/Figure"]
    overview = next(a for a in alts if a.startswith("Organisationsskiss: Översikt"))
    assert "Under Regionstyrelsen: Regiondirektör." in overview
    assert "Nya enheter: Primärvårdens egenregi – koncernledning" in overview


def test_every_page_carries_the_running_head_and_its_number(papers):
    reader = PdfReader(papers["koncern-sv"])
    pages = [_words(p.extract_text()) for p in reader.pages]
    for number, text in enumerate(pages, start=1):
        assert "RS/1039/2017" in text and f"Sida {number} av {len(pages)}" in text, number


def test_a_dotted_line_note_names_the_page_the_other_end_is_on(papers):
    """The chart pages' notes say "sida 7": Typst puts the number where that chart page went."""
    reader = PdfReader(papers["nulage-sv"])
    pages = [_words(p.extract_text()) for p in reader.pages]
    notes = [(i, m) for i, text in enumerate(pages) for m in re.finditer(r"till (Chefläkare), sida (\d+)", text)]
    assert notes
    for _, match in notes:
        target = pages[int(match.group(2)) - 1]
        assert "Organisationsskiss" in target and match.group(1) in target
