"""The decision paper's case and each scenario's förslag till beslut: kept in the file (format 2),
read from version-1 files unchanged, edited by undoable commands; the draft points of the example."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from orgdesigner.io.paper.decision_draft import draft_points, merge_draft, parse_points, points_text
from orgdesigner.io.project.file_models import FORMAT_VERSION
from orgdesigner.io.project.project_file import (
    load_project,
    parse_project,
    project_bytes,
    save_project,
)
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.commands.project import SetProjectField
from orgdesigner.model.commands.scenarios import SetScenarioField
from orgdesigner.model.document import Document
from tests.conftest import EXAMPLE

CASE = CaseInfo(
    title="Primärvårdens organisation", department="Hälso- och sjukvårdspolitiska avdelningen",
    officer="Anna Exempel", phone="063-14 00 00", email="anna.exempel@example.se",
    decision_body="Regionstyrelsen", summary="Kort.", background="Bakgrund.\n\nMer.",
    signatories=(Signatory("Karin Exempel", "Regiondirektör"), Signatory("Per Prov", "Ekonomidirektör")),
    receivers=("Primärvårdschef", "Beställarchef"),
)


def test_case_and_proposal_survive_a_save(project, tmp_path: Path):
    project.case = CASE
    project.scenarios["now"].proposal = "Första punkten.\n  - a-punkt\nAndra punkten."
    path = tmp_path / "p.orgd"
    save_project(project, path)
    again = load_project(path)
    assert again.case == CASE
    assert again.scenarios["now"].proposal == project.scenarios["now"].proposal
    assert json.loads(path.read_text("utf-8"))["format_version"] == FORMAT_VERSION >= 2


def test_a_version_1_file_opens_with_an_empty_case(project):
    data = json.loads(project_bytes(project))
    data["format_version"] = 1
    del data["case"]
    for s in data["scenarios"]:
        del s["proposal"]
    old = parse_project(json.dumps(data).encode())
    assert old.case == CaseInfo() and old.scenarios["now"].proposal == ""
    assert old.name == project.name and old.scenarios["now"].units.keys() == project.scenarios["now"].units.keys()


def test_the_bundled_example_written_as_version_1_still_opens():
    data = json.loads(EXAMPLE.read_bytes())
    data["format_version"] = 1
    data.pop("case", None)
    for s in data["scenarios"]:
        s.pop("proposal", None)
    old = parse_project(json.dumps(data).encode())
    assert len(old.scenarios) == 3 and old.case == CaseInfo()


def test_editing_the_case_and_the_proposal_is_undoable(project):
    doc = Document(project)
    case_cmd = SetProjectField("case", CASE)
    case_cmd.apply(doc)
    text_cmd = SetScenarioField("now", "proposal", "En punkt.")
    text_cmd.apply(doc)
    assert project.case == CASE and project.scenarios["now"].proposal == "En punkt."
    text_cmd.revert(doc)
    case_cmd.revert(doc)
    assert project.case == CaseInfo() and project.scenarios["now"].proposal == ""


def test_points_read_numbers_and_sub_points():
    points = parse_points("1. Uppdrag.\n2. Regionstyrelsen föreslår:\n   a. Första.\n - Andra.\n\n3) Sista.")
    assert [p.text for p in points] == ["Uppdrag.", "Regionstyrelsen föreslår:", "Sista."]
    assert points[1].sub == ["Första.", "Andra."]
    assert parse_points(points_text(points)) == points


def test_draft_points_of_the_example_end_the_2009_and_2010_decisions():
    project = load_project(EXAMPLE)
    base, koncern = project.scenarios["nulage-2017"], project.scenarios["koncern-2018"]
    points = draft_points(project, base, koncern)
    subs = [s for p in points for s in p.sub]
    assert any("LS/935/2009" in s and "upphör att gälla från och med den 1 mars 2018" in s for s in subs)
    assert any("LS/42/2010" in s and "1 mars 2018" in s for s in subs)
    assert subs.index(next(s for s in subs if "LS/935/2009" in s)) < subs.index(next(s for s in subs if "LS/42/2010" in s))
    assert any(p.text.startswith("Primärvårdens egenregi organiseras som koncern med en koncernledning") for p in points)
    assert any("intraprenad" in p.text for p in points)
    english = draft_points(project, base, koncern, "en")
    assert any("ceases to apply from 1 March 2018" in s for p in english for s in p.sub)
    intraprenad = draft_points(project, base, project.scenarios["intraprenad-are-krokom"])
    assert any(p.text.startswith("Ett intraprenadavtal") and "1 juli 2018" in p.text for p in intraprenad)
    assert koncern.effective_date == date(2018, 3, 1)


def test_the_draft_never_overwrites_what_the_planner_wrote():
    project = load_project(EXAMPLE)
    draft = draft_points(project, project.scenarios["nulage-2017"], project.scenarios["koncern-2018"])
    own = "Regiondirektören får i uppdrag att se över organisationen i primärvård.\nEgen punkt."
    merged = merge_draft(own, draft)
    assert merged.startswith(own) and "LS/935/2009" in merged
    assert merge_draft(merged, draft) == merged  # offering it again adds nothing


def test_an_english_paper_prints_the_stored_draft_points_in_english():
    """The example's stored förslag till beslut is the Swedish draft plus the planner's own two
    points: in English the draft points come out in English, the planner's text as typed."""
    from orgdesigner.io.paper.proposal import NumberedList, build_proposal

    project = load_project(EXAMPLE)
    koncern = project.scenarios["koncern-2018"]
    content = build_proposal(project, koncern, compare_with=project.scenarios["nulage-2017"], lang="en")
    decision = next(s for s in content.sections if s.id == "decision")
    (points,) = [b for b in decision.blocks if isinstance(b, NumberedList)]
    lines = [text for text, subs in points.points] + [s for _, subs in points.points for s in subs]
    assert lines[0].startswith("Regiondirektören får i uppdrag")  # typed by the planner
    assert any(t.startswith("Regionstyrelsen proposes to the regional assembly") for t, _ in points.points)
    assert any("LS/935/2009" in s and "ceases to apply from 1 March 2018" in s for s in lines)
    assert any(t.startswith("The region's own primary care (egenregi) is organised as a koncern") for t, _ in points.points)
    assert not any(w in line for line in lines[2:] for w in ("upphör", "organiseras", "från och med", "föreslår"))
