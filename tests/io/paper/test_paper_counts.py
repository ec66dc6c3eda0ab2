"""Counts, changes and measures as a Swedish tjänsteskrivelse writes them, found by reading the
exported papers page by page: "nio varningar", "inga varningar", "ytterligare ett ställe",
"Sju nya enheter", "ökar med 10 400 000 kr", "±0", "+12,5 procentenheter" (issue 30)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from orgdesigner.io.paper.plan_steps import board_steps
from orgdesigner.io.paper.proposal import TableBlock, build_proposal
from orgdesigner.io.project.project_file import load_project
from tests.conftest import EXAMPLE
from tests.io.paper.test_paper_words import _papers, _texts

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


@pytest.fixture(scope="module")
def example():
    return load_project(EXAMPLE)


@pytest.fixture(scope="module")
def koncern(example):
    return build_proposal(example, example.scenarios["koncern-2018"], compare_with=example.scenarios["nulage-2017"])


def _section(content, section_id: str) -> str:
    section = next(s for s in content.sections if s.id == section_id)
    return _texts(SimpleNamespace(title="", subtitle="", sections=[section]))


def test_small_counts_are_words_and_none_is_inga(koncern):
    analysis = _section(koncern, "analysis")
    assert "visar fyra brister och nio varningar" in analysis
    assert "genomgången visar inga brister och inga varningar" in analysis
    assert "på ytterligare ett ställe." in analysis and "på ytterligare två ställen." in analysis


def test_no_paper_counts_like_a_program(example):
    """Every paper of the example and of Region Västerdal, Swedish and English."""
    for project, scenario in _papers(example):
        base = next(iter(project.scenarios.values()))
        for lang in ("sv", "en"):
            content = build_proposal(project, scenario, compare_with=None if scenario is base else base, lang=lang)
            text = _texts(content)
            for bad in (r"\b0 (varningar|brister|warnings)\b", r"ytterligare 1 ställe", r"\b1 more place",
                        r"\boch 1 till\b", r"\band 1 more\b", r"ändras därmed med [+−]", r"\begen utförande",
                        r"(^|\n)\s*([0-9]|1[0-2]) (enheter|nya enheter|units|new units)\b", r"\b1 enheter\b", r"\+0\b", r"fynd: info",
                        r"\ben enheter\b", r"[Ff]ynd: (varning|upplysning|info)\b", r"\bone units\b", r"±0 kr", r"\. \d+ % av"):
                assert not re.search(bad, text), (scenario.name, lang, bad, re.search(bad, text))


def test_what_the_organisation_section_counts(koncern):
    consequences = _section(koncern, "consequences")
    assert "Sju nya enheter: Primärvårdens egenregi – koncernledning" in consequences
    assert "Två enheter upphör: Område Primärvård (primärvårdschef) och Primärvårdens stab" in consequences
    assert "16 enheter flyttas: till Närområde Östersund" in consequences
    assert "Kostnaden för ledningen ökar därmed med 10\u00a0400\u00a0000\u00a0kr per år." in consequences
    assert "håller isär beställning och eget utförande" in consequences


def test_the_comparison_table_heads_its_rows_as_a_table_does(koncern):
    table = next(b for s in koncern.sections if s.id == "comparison" for b in s.blocks if isinstance(b, TableBlock))
    rows = {row[0]: row for row in table.rows}
    assert all(head[:1].isupper() for head in rows)
    assert rows["Tydlighetsindex"][3] == "+12,5 procentenheter"  # as the slides and the window say it
    assert rows["Antal nivåer"][3] == "±0"
    assert {"Fynd: fel", "Fynd: varningar", "Fynd: upplysningar"} <= set(rows)  # counts of them


def test_a_plan_step_names_the_last_unit_instead_of_one_more(example):
    steps = board_steps(example, example.scenarios["koncern-2018"], example.scenarios["nulage-2017"])
    created = next(s.text for s in steps if "nya enheter inrättas" in s.text or "enheter inrättas" in s.text)
    assert created.endswith("Närområde Jämtland väst och norr och Närområde Härjedalen och söder")
    moved_forms = next(s.text for s in steps if s.key == "unit_change:form")
    assert moved_forms.endswith("och ytterligare 10 blir resultatenhet i stället för linjeenhet.")


def test_what_does_not_change_is_said_to_stay_the_same(example):
    """The alternative keeps today's share and shortcomings, and the trade's cost."""
    content = build_proposal(example, example.scenarios["intraprenad-are-krokom"], compare_with=example.scenarios["nulage-2017"])
    summary, economy = _section(content, "summary"), _section(content, "consequences")
    assert "en tydlig ansvarig, lika många som i dag." in summary
    assert "visar fyra brister i förslaget, lika många som i dag." in summary
    assert "per år i förslaget, lika mycket som i dag (antaganden, inte utfall)." in economy


def test_one_moved_unit_is_one_enhet():
    from tests.other_region import NOW, PROPOSAL, other_region_project

    project = other_region_project()
    content = build_proposal(project, project.scenarios[PROPOSAL], compare_with=project.scenarios[NOW])
    consequences = _section(content, "consequences")
    assert "Medarbetarna i en enhet får en ny chef." in consequences
    assert "Närsjukvårdens ledning flyttas till Regiondirektör." in consequences


def test_a_description_of_today_opens_no_sentence_with_a_figure(example):
    content = build_proposal(example, example.scenarios["nulage-2017"])
    summary, case = _section(content, "summary"), _section(content, "case")
    assert "Beskrivningen avser organisationen den 6 december 2017: 88\u00a0% av ansvarsområdena" in summary
    assert "Den regiondrivna primärvården så som översynen RS/1039/2017 (6 december 2017) beskriver den." in case
