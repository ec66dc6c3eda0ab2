"""`orgdesigner omvarld`: the example's proposal beside the archetypes, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from orgdesigner.io.bundled.reference_file import load_references
from orgdesigner.io.project.project_file import load_project
from orgdesigner.io.words.omvarld_report import build_report, to_text
from orgdesigner.resources import example_path


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=120)


def _koncern_scenario(project):
    return next(s.id for s in project.scenarios.values() if s.structure.value == "koncern")


def test_json_places_the_koncern_proposal_beside_the_four_archetypes_with_sources():
    project = load_project(example_path())
    out = run_cli("omvarld", str(example_path()), "--scenario", _koncern_scenario(project), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [c["reference"] for c in data["columns"]] == [None, "own-board", "koncern", "intraprenad-all", "line"]
    assert data["closest_archetype"] == "koncern"
    assert all(len(q["answers"]) == 5 for q in data["questions"])
    board = next(q for q in data["questions"] if q["id"] == "board")
    assert board["answers"][0] == "Nej" and board["answers"][1].startswith("Ja: ")
    regions = {r["name"]: r for r in data["regions"]}
    assert "Västmanland" in regions and regions["Västmanland"]["archetype"] == "intraprenad-all"
    assert all(f["sources"] for r in data["regions"] for f in r["facts"])


def test_text_names_each_region_with_source_and_year_and_says_lab_has_no_precedent():
    project = load_project(example_path())
    report = build_report(project, _koncern_scenario(project), load_references(), "sv")
    text = to_text(report)
    assert "Som Halland, Stockholm, Västra Götaland." in text
    assert "(år okänt)" in text and "(2019)" in text
    # the analysis names lab and radiology as candidates; the sources have no precedent for them
    assert any("ingen erfarenhet av intraprenad" in s and "Laboratoriemedicin" in s for s in report.experience)
    assert any(s.startswith("Andra regioners erfarenhet av intraprenad i den egna primärvården") and "Västmanland" in s for s in report.experience)
    for program_word in ("own_provider", "group_management", "None", "own-board", "intraprenad-all"):
        assert program_word not in text


def test_english_report_speaks_english():
    project = load_project(example_path())
    text = to_text(build_report(project, _koncern_scenario(project), load_references(), "en"))
    assert "Who orders vårdval?" in text and "(year unknown)" in text and "Vem beställer" not in text


def test_unknown_scenario_is_exit_2_with_one_line():
    out = run_cli("omvarld", str(example_path()), "--scenario", "nowhere")
    assert out.returncode == 2 and "Traceback" not in out.stderr and "unknown scenario 'nowhere'" in out.stderr


def test_the_head_of_egenregi_is_named_with_its_form_once():
    project = load_project(example_path())
    report = build_report(project, _koncern_scenario(project), load_references(), "sv")
    provider = next(q for q in report.questions if q.id == "provider")
    assert all(answer.count("koncernledning") <= 1 for answer in provider.answers)
    assert provider.answers[3].endswith("(intraprenad)") and provider.answers[4].endswith("(linjeenhet)")
