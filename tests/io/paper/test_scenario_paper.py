"""Each scenario's own decision paper (format 3, issue 30 point 1): kept in the file, migrated
from version 2, edited by an undoable command, and printed: its title, sammanfattning, date and
who decides ("Beslutas av", shaping the förslag's lead-in)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from orgdesigner.io.paper.proposal import Paragraph, build_proposal
from orgdesigner.io.project.file_format import FORMAT_VERSION
from orgdesigner.io.project.migrations import migrate
from orgdesigner.io.project.project_file import (
    load_project,
    parse_project,
    project_bytes,
    save_project,
)
from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.commands.scenarios import SetScenarioField, copied_scenario
from orgdesigner.model.document import Document
from orgdesigner.model.paper import PaperInfo, PlanEntry
from tests.conftest import EXAMPLE, small_project

PAPER = PaperInfo("Egenregin som koncern", "Förslaget samlar egenregin.\n\nMer.", date(2018, 1, 15),
                  "Regionfullmäktige", "Barn påverkas inte.", "Jämställdheten påverkas inte.",
                  (PlanEntry("mbl", "Före beslut", date(2018, 2, 1), "HR-direktör"), PlanEntry("moves", owner="Primärvårdschef")))


def _project():
    project = small_project()
    project.scenarios["k"] = copied_scenario(project.scenarios["now"], "k", "Koncern")
    project.scenarios["k"].proposal = "Regiondirektören får i uppdrag att samla egenregin."
    project.case = project.case.__class__(title="Ärendets rubrik", decision_body="Regionstyrelsen", summary="Ärendets sammanfattning.")
    return project


def test_the_paper_survives_a_save_and_a_merge_flattening(tmp_path: Path):
    from orgdesigner.io.merging.flat import flatten, flatten_project

    project = _project()
    project.scenarios["k"].paper = PAPER
    path = tmp_path / "p.orgd"
    save_project(project, path)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format_version"] == FORMAT_VERSION >= 3
    assert doc["scenarios"][1]["paper"]["date"] == "2018-01-15"
    assert load_project(path).scenarios["k"].paper == PAPER
    assert flatten(doc)[("scenario", "k")]["paper"] == flatten_project(project)[("scenario", "k")]["paper"]


def test_a_version_2_file_migrates_to_empty_papers():
    data = json.loads(project_bytes(_project()))
    data["format_version"] = 2
    for s in data["scenarios"]:
        del s["paper"]
    migrated = migrate(json.loads(json.dumps(data)), 2)
    assert migrated["format_version"] == FORMAT_VERSION and all(s["paper"] == {} for s in migrated["scenarios"])
    old = parse_project(json.dumps(data).encode())
    assert all(s.paper == PaperInfo() for s in old.scenarios.values())
    assert old.scenarios["k"].proposal.startswith("Regiondirektören")


def test_the_paper_is_an_undoable_checked_edit():
    document = Document(_project())
    command = SetScenarioField("k", "paper", PAPER)
    command.apply(document)
    assert document.project.scenarios["k"].paper == PAPER
    command.revert(document)
    assert document.project.scenarios["k"].paper == PaperInfo()
    with pytest.raises(CommandError):
        SetScenarioField("k", "paper", "not a paper").apply(document)
    with pytest.raises(CommandError):
        SetScenarioField("k", "paper", PaperInfo(title="x" * 1_000_000)).apply(document)


def test_the_paper_prints_its_own_title_summary_date_and_deciding_body():
    project = _project()
    plain = build_proposal(project, project.scenarios["k"], day=date(2018, 2, 1))
    assert plain.title == "Ärendets rubrik" and plain.subtitle == "Koncern"  # the case's, as before
    assert ("Datum", "2018-02-01") in plain.meta and ("Beslutas av", "Regionstyrelsen") in plain.meta
    decision = next(s for s in plain.sections if s.id == "decision")
    assert decision.blocks[0] == Paragraph("Regionstyrelsen föreslås besluta")
    project.scenarios["k"].paper = PAPER
    own = build_proposal(project, project.scenarios["k"])
    assert own.title == "Egenregin som koncern" and own.subtitle == ""
    assert ("Datum", "2018-01-15") in own.meta and ("Beslutas av", "Regionfullmäktige") in own.meta
    summary = next(s for s in own.sections if s.id == "summary")
    assert [b.text for b in summary.blocks[:2]] == ["Förslaget samlar egenregin.", "Mer."]
    assert "Ärendets sammanfattning." not in [getattr(b, "text", "") for b in summary.blocks]
    decision = next(s for s in own.sections if s.id == "decision")
    assert decision.blocks[0] == Paragraph("Regionstyrelsen föreslår regionfullmäktige besluta")
    english = build_proposal(project, project.scenarios["k"], lang="en")
    assert next(s for s in english.sections if s.id == "decision").blocks[0].text.startswith("Regionstyrelsen proposes")


@pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")
def test_each_of_the_examples_papers_has_its_own_case():
    project = load_project(EXAMPLE)
    papers = {s.id: build_proposal(project, s) for s in project.scenarios.values()}
    titles = [c.title for c in papers.values()]
    assert len(set(titles)) == 3  # no paper borrows another proposal's title
    assert "koncern" not in papers["intraprenad-are-krokom"].title.casefold()
    summary = " ".join(b.text for b in papers["intraprenad-are-krokom"].sections[0].blocks)
    assert "koncern" not in summary.casefold()
    assert "nulägesbeskrivning" in papers["nulage-2017"].title and papers["nulage-2017"].subtitle == ""
    assert all(("Datum", "2017-12-06") in c.meta for c in papers.values())


def test_a_copy_of_the_current_state_is_not_printed_as_its_nulagesbeskrivning():
    """A planner copies Nuläge (or lets the window copy it at the first edit), edits the copy and
    exports it: the proposal's paper is headed by the case's title and the copy's name, not by the
    current state's "… – nulägesbeskrivning", and its sammanfattning is the case's, not the
    description of today. Once the planner gives the copy its own title and summary, those print."""
    project = load_project(EXAMPLE)
    base = next(iter(project.scenarios.values()))
    assert base.paper.title.endswith("nulägesbeskrivning")
    copy_ = copied_scenario(base, "mitt", "Koncern – mitt förslag")
    copy_.proposal = "Regionstyrelsen inrättar en koncern för egenregin."
    project.scenarios[copy_.id] = copy_
    content = build_proposal(project, copy_)
    assert content.title == project.case.title and content.subtitle == "Koncern – mitt förslag"
    summary = next(s for s in content.sections if s.id == "summary")
    texts = [b.text for b in summary.blocks if isinstance(b, Paragraph)]
    assert texts and not any(base.paper.summary.strip() in t for t in texts)
    assert texts[0].startswith(project.case.summary.strip() or "Förslaget gäller från och med")
    # the current state's own paper is unchanged
    assert build_proposal(project, base).title == base.paper.title
    # the copy's own words, once written, are its paper's
    copy_.paper = PaperInfo("Egenregin som koncern", "Förslaget samlar egenregin.")
    content = build_proposal(project, copy_)
    assert content.title == "Egenregin som koncern" and content.subtitle == ""
    summary = next(s for s in content.sections if s.id == "summary")
    assert summary.blocks[0].text == "Förslaget samlar egenregin."
