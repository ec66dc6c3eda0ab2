"""What a region gets out of the tool comes from its own project, never from the bundled example.

A second, invented region (tests/other_region.py) is checked and exported as a user would; no
word that only the bundled example has (its names, case number, decisions, years) may appear in
its check output, its paper (PDF and DOCX) or its tables (XLSX). Such a word came from code.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from orgdesigner.io.project.project_file import save_project
from tests.case_words import case_words, words
from tests.conftest import EXAMPLE
from tests.other_region import NOW, PROPOSAL, other_region_project

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True,
                          timeout=180, env=env)


@pytest.fixture(scope="module")
def other_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("other") / "vasterdal.orgd"
    save_project(other_region_project(), path)
    return path


@pytest.fixture(scope="module")
def example_only(other_file: Path) -> set[str]:
    only = case_words(EXAMPLE.read_text(encoding="utf-8")) - words(other_file.read_text(encoding="utf-8"))
    assert {"jämtland", "2017", "1039", "131", "östersund"} <= only  # the measure sees the case's own words
    return only


def _leaks(text: str, example_only: set[str]) -> str:
    """The example's words in `text`, each with the line it stands on."""
    text = re.sub(r"\b\d{4}:\d+\b", " ", text)  # statute numbers (lagen 2008:962 om valfrihetssystem)
    found = words(text) & example_only
    lines = [line for line in text.splitlines() if words(line) & found]
    return "\n".join([", ".join(sorted(found)), *lines]) if found else ""


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_check_output_has_no_word_of_the_example(other_file: Path, example_only: set[str], lang: str):
    out = run_cli("check", str(other_file), "--lang", lang)
    assert out.returncode in (0, 1), out.stderr
    json_out = run_cli("check", str(other_file), "--lang", lang, "--format", "json")
    assert not (leaks := _leaks(out.stdout + json_out.stdout, example_only)), leaks


@pytest.mark.parametrize("scenario", [NOW, PROPOSAL])
def test_paper_pdf_and_docx_have_no_word_of_the_example(other_file: Path, example_only: set[str],
                                                        scenario: str, tmp_path: Path):
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"paper{suffix}"
        result = run_cli("export", str(other_file), "--scenario", scenario, "--to", str(out))
        assert result.returncode == 0, result.stderr
        if suffix == ".pdf":
            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        else:
            text = "\n".join(_docx_text(docx.Document(str(out))))
        assert "Västerdal" in text  # the paper is the region's own
        own, omvarld = _split_at_omvarld(text)
        assert not (leaks := _leaks(own, example_only)), f"{suffix}: {leaks}"
        # the last bilaga quotes the shipped, sourced facts about other regions: the same in every
        # region's paper; beyond those it too has no word of the example
        assert not (leaks := _leaks(omvarld, example_only - _reference_words())), f"{suffix}, omvärld: {leaks}"


def _docx_text(document) -> list[str]:
    """Paragraphs and table cells in the order the document has them."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            out += [cell.text for row in Table(child, document).rows for cell in row.cells]
    return out


def _split_at_omvarld(text: str) -> tuple[str, str]:
    """The paper up to its last bilaga, other regions' own primary care, and that bilaga."""
    flat = re.sub(r"\s+", " ", text)
    at = flat.rfind("Andra regioners egen primärvård")
    return (flat, "") if at < 0 else (flat[:at], flat[at:])


def _reference_words() -> set[str]:
    from orgdesigner.resources import resource_path

    return {w for path in resource_path("references").glob("*.json") for w in words(path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_xlsx_tables_have_no_word_of_the_example(other_file: Path, example_only: set[str], lang: str,
                                                 tmp_path: Path):
    out = tmp_path / "tables.xlsx"
    result = run_cli("export", str(other_file), "--scenario", NOW, "--to", str(out), "--lang", lang)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out, read_only=True)
    text = "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)
    assert "Västerdal" in text
    assert not (leaks := _leaks(text, example_only)), leaks
