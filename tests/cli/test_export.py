"""`orgdesigner export` run as a user would, with no display: every format, and bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import docx
import networkx as nx
import pandas as pd
import pytest
from pypdf import PdfReader

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.io.paper.proposal import headings
from orgdesigner.io.project.project_file import load_project, save_project
from tests.conftest import EXAMPLE, small_project


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=180, env=env)


def _words(text: str) -> str:
    """Whitespace collapsed and ligatures (ﬁ, ﬂ) unfolded, as text extraction varies in both."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture(scope="module")
def example_file(tmp_path_factory) -> Path:
    if EXAMPLE.exists():
        return EXAMPLE
    path = tmp_path_factory.mktemp("p") / "small.orgd"
    save_project(small_project(), path)
    return path


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_pdf_holds_every_section_and_every_finding(example_file: Path, lang: str, tmp_path: Path):
    project = load_project(example_file)
    scenario = list(project.scenarios.values())[-1]
    decision = tmp_path / "beslut.txt"
    decision.write_text("Regionstyrelsen föreslås besluta att anta förslaget.", encoding="utf-8")
    out = tmp_path / "paper.pdf"
    result = run_cli("export", str(example_file), "--scenario", scenario.id, "--to", str(out),
                     "--lang", lang, "--proposal-text", str(decision), "--reference", "RS/9/2026")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    text = _words(" ".join(page.extract_text() for page in reader.pages))
    for heading in headings(lang):
        assert _words(heading) in text
    for finding in analyze_scenario(project, scenario).findings:
        assert _words(finding.message(lang)) in text
    assert "RS/9/2026" in text and "Regionstyrelsen föreslås besluta att anta förslaget." in text
    pages = len(reader.pages)
    assert (f"Page {pages} of {pages}" if lang == "en" else f"Sida {pages} av {pages}") in text
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5  # A4 in points


def test_docx_has_the_headings(example_file: Path, tmp_path: Path):
    out = tmp_path / "paper.docx"
    result = run_cli("export", str(example_file), "--to", str(out))
    assert result.returncode == 0, result.stderr
    document = docx.Document(out)
    found = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert found == headings("sv", current_state=True)  # the first scenario: a nulägesbeskrivning
    assert "Förslag till beslut" not in found and "Bilaga 4. Internhandel" in found
    assert document.inline_shapes, "the chart is inserted as a picture"


def test_xlsx_and_csv_tables(example_file: Path, tmp_path: Path):
    project = load_project(example_file)
    scenario = next(iter(project.scenarios.values()))
    out = tmp_path / "data.xlsx"
    assert run_cli("export", str(example_file), "--to", str(out)).returncode == 0
    sheets = pd.read_excel(out, sheet_name=None, dtype=str)
    assert list(sheets) == ["Enheter", "Ansvarsmatris", "Oklart ansvar", "Jämförelse", "Internhandel"]
    assert sheets["Enheter"]["Id"].tolist() == list(scenario.units)
    assert len(sheets["Oklart ansvar"]) == len(analyze_scenario(project, scenario).findings)
    result = run_cli("export", str(example_file), "--to", str(tmp_path / "data.csv"), "--csv-separator", ";")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 5
    units = pd.read_csv(tmp_path / "data-units.csv", sep=";", dtype=str, encoding="utf-8-sig")
    assert units["Id"].tolist() == list(scenario.units)
    one = run_cli("export", str(example_file), "--to", str(tmp_path / "m.csv"), "--table", "matrix")
    assert one.stdout.split() == [str(tmp_path / "m.csv")]


def test_images_and_graphml_of_a_subtree(tmp_path: Path):
    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    for suffix in (".png", ".svg", ".graphml"):
        out = tmp_path / f"chart{suffix}"
        result = run_cli("export", str(path), "--to", str(out), "--subtree", "pv", "--dpi", "96")
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Brunflo" in svg and "Beställarenheten" not in svg
    graph = nx.read_graphml(tmp_path / "chart.graphml")
    assert set(graph.nodes) == {"pv", "hc1", "hc2"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--to", "{tmp}/x.doc"], "unknown export format '.doc'"),
        (["--to", "{tmp}/missing/x.pdf"], "does not exist"),
        (["--scenario", "nope", "--to", "{tmp}/x.pdf"], "unknown scenario 'nope'"),
        (["--to", "{tmp}/x.pdf", "--subtree", "zz"], "no unit 'zz'"),
        (["--to", "{tmp}/x.pdf", "--proposal-text", "{tmp}/none.txt"], "cannot read the proposal text"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str, tmp_path: Path):
    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    result = run_cli("export", str(path), *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_proposal_without_forslag_is_exit_2_and_writes_nothing(example_file: Path, tmp_path: Path):
    from orgdesigner.io.project.project_file import load_project, save_project

    project = load_project(example_file)
    project.scenarios["koncern-2018"].proposal = ""
    bare = tmp_path / "bare.orgd"
    save_project(project, bare)
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"paper{suffix}"
        result = run_cli("export", str(bare), "--scenario", "koncern-2018", "--to", str(out))
        assert result.returncode == 2 and not out.exists()
        assert "Koncern 2018" in result.stderr and "förslag till beslut" in result.stderr
        assert "Traceback" not in result.stderr
    text = tmp_path / "forslag.txt"
    text.write_text("Regionstyrelsen antar koncernstrukturen.\n", encoding="utf-8")
    result = run_cli("export", str(bare), "--scenario", "koncern-2018", "--proposal-text", str(text),
                     "--to", str(tmp_path / "paper.docx"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "paper.xlsx").exists() is False
    result = run_cli("export", str(bare), "--scenario", "koncern-2018", "--to", str(tmp_path / "tables.xlsx"))
    assert result.returncode == 0, result.stderr  # the data tables need no förslag
