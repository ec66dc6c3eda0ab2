"""The decision paper reads as a regional official writes: no program words, no ids, Swedish
counts and dates (issue 30, points 2 and 9), for the example's three papers and another region's."""

from __future__ import annotations

import re
from datetime import date

import pytest

from orgdesigner.io.paper.proposal import (
    BulletList,
    MissingDecisionError,
    NumberedList,
    TableBlock,
    build_proposal,
    check_decision,
)
from orgdesigner.io.project.project_file import load_project
from tests.conftest import EXAMPLE
from tests.other_region import NOW, PROPOSAL, other_region_project

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")

#: what a planner found in the papers and a politician must not read
TOOL_SPEAK = [
    "(koncern)", "(linjeorganisation)", "Förslag:", "Så åtgärdar du", "(governance)", "anteckningar",
    "vilar inte längre", "som satt per tjänst", "UTKAST", "utkast", "kvitteras", "strukturmallen",
    "Förslag till beslut är inte ifyllt", "0 årsarbetare", "av Utveckling av", "Kvitterat",
    "scenariots datum", "fel mot", "ansvarsparen",
]


def _texts(content) -> str:
    parts = [content.title, content.subtitle]
    for section in content.sections:
        parts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, BulletList):
                parts += block.items
            elif isinstance(block, NumberedList):
                parts += [text for text, subs in block.points] + [s for _, subs in block.points for s in subs]
            elif isinstance(block, TableBlock):
                parts += block.columns + [cell for row in block.rows for cell in row]
            elif hasattr(block, "text"):
                parts.append(block.text)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def example():
    return load_project(EXAMPLE)


def _papers(example):
    yield from ((example, s) for s in example.scenarios.values())
    other = other_region_project()
    yield other, other.scenarios[NOW]
    yield other, other.scenarios[PROPOSAL]


def test_no_program_words_ids_or_iso_dates_in_any_paper(example):
    for project, scenario in _papers(example):
        content = build_proposal(project, scenario, day=date(2018, 1, 15))
        text = _texts(content)
        for word in TOOL_SPEAK:
            assert word not in text, (scenario.name, word)
        iso = r"(?<![/\w])\d{4}-\d{2}-\d{2}(?![/\w])"  # a date in a source's web address is the address
        assert not re.search(iso, text), (scenario.name, re.findall(r".{40}" + iso + r".{10}", text))
        # counted severities agree in number: "13 varningar", never "13 varning"
        assert not re.search(r"\b(?:[2-9]|\d\d+) varning\b", text), scenario.name
        assert not re.search(r"befogenheterna \w+\.", text), scenario.name  # one authority: "befogenheten inköp"


def test_the_running_head_and_title_are_the_papers_own(example):
    koncern = example.scenarios["koncern-2018"]
    content = build_proposal(example, koncern)
    assert ":" not in content.title and content.title == koncern.paper.title
    assert content.subtitle == ""  # the paper's own title says what it proposes: no scenario name below it
    now = build_proposal(example, example.scenarios["nulage-2017"])
    assert now.subtitle == "" and "nulägesbeskrivning" in now.title and "Förslaget" not in _texts(now)


def test_the_example_unit_is_named_in_swedish(example):
    names = {u.name for s in example.scenarios.values() for u in s.units.values()}
    assert "Primärvårdens egenregi – koncernledning" in names
    assert not any(n.startswith("Primärvården egenregi") for n in names)


def test_an_empty_forslag_stops_a_proposal_but_not_a_description_of_today(example):
    koncern = example.scenarios["koncern-2018"]
    saved, koncern.proposal = koncern.proposal, ""
    try:
        content = build_proposal(example, koncern)
        assert "decision" not in [s.id for s in content.sections if s.blocks]
        with pytest.raises(MissingDecisionError):
            check_decision(content)
    finally:
        koncern.proposal = saved
    check_decision(build_proposal(example, koncern))
    check_decision(build_proposal(example, example.scenarios["nulage-2017"]))  # nothing proposed, nothing missing


def test_draft_points_name_no_register_ids(example):
    from orgdesigner.io.paper.decision_draft import draft_points

    base = example.scenarios["nulage-2017"]
    for scenario in list(example.scenarios.values())[1:]:
        for point in draft_points(example, base, scenario):
            for line in [point.text, *point.sub]:
                assert "UTKAST" not in line and "utkast" not in line and "ej beslutat" not in line, line
