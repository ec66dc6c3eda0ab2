"""The paper's omvärld bilaga: the archetypes, every region's facts with numbered sources, in plain words."""

from __future__ import annotations

import re

import pytest

from orgdesigner.io.bundled.reference_file import load_references
from orgdesigner.io.paper.proposal import build_proposal
from orgdesigner.io.project.project_file import load_project
from orgdesigner.resources import example_path


def _text(section) -> str:
    out = []
    for block in section.blocks:
        for name in ("text",):
            if hasattr(block, name):
                out.append(getattr(block, name))
        out += getattr(block, "items", [])
        out += [p for p, _ in getattr(block, "points", [])]
        for row in getattr(block, "rows", []):
            out += row
        out += getattr(block, "columns", [])
    return "\n".join(out)


@pytest.fixture(scope="module")
def example():
    return load_project(example_path())


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_bilaga_cites_every_fact_with_a_numbered_source(example, lang):
    scenario = next(s for s in example.scenarios.values() if s.structure.value == "koncern")
    content = build_proposal(example, scenario, lang=lang)
    section = next(s for s in content.sections if s.id == "omvarld")
    assert section.heading == ("Attachment 7. Other regions' own primary care" if lang == "en" else "Bilaga 7. Andra regioners egen primärvård")
    text = _text(section)
    references = load_references()
    for ref in references:
        for fact in ref.facts:
            assert fact.text.get(lang) in text
    notes = [p for b in section.blocks for p, _ in getattr(b, "points", [])]
    sources = {s for r in references for f in r.facts for s in f.sources}
    assert len(notes) == len(sources)  # each source once, however many facts cite it
    cited = {int(n) for m in re.findall(r"\[([\d, ]+)\]", text) for n in m.split(",")}
    assert cited == set(range(1, len(notes) + 1))
    nearest = "koncern i linjen" if lang == "sv" else "koncern inside the line"
    assert nearest in text.lower()


def test_the_bilaga_speaks_plain_swedish(example):
    scenario = next(s for s in example.scenarios.values() if s.structure.value == "koncern")
    text = _text(next(s for s in build_proposal(example, scenario, lang="sv").sections if s.id == "omvarld"))
    for word in ("own_provider", "group_management", "intraprenad-all", "own-board", "None", "2026-11", "archetype"):
        assert word not in text
    assert "november 2026" in text
    assert "Så gör Halland, Stockholm och Västra Götaland." in text


def test_tables_alone_build_no_paper(example):
    """The XLSX and CSV need the tables, not the paper's sections (the omvärld bilaga alone
    analyses five structures)."""
    scenario = next(s for s in example.scenarios.values() if s.structure.value == "koncern")
    content = build_proposal(example, scenario, lang="sv", with_sections=False)
    assert content.sections == []
    assert [t.name for t in content.tables()] == [t.name for t in build_proposal(example, scenario, lang="sv").tables()]
