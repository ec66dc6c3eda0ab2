"""The template dialog's *Det här ändras* in plain words (issue 32 item 6): what each bundled
template does to the example and to a small region, said as sentences a planner reads, with no
ids, field names, enum values, brackets or arrows, and amounts and dates in the language's format."""

from __future__ import annotations

import re

import pytest

from orgdesigner.io.bundled.template_file import load_templates
from orgdesigner.io.project.project_file import load_project
from orgdesigner.io.words.numbers import NBSP
from orgdesigner.io.words.template_words import template_changes
from orgdesigner.model.enums import Authority, UnitCategory, UnitForm
from orgdesigner.model.templates import TemplateParams, plan_template
from tests.conftest import EXAMPLE, small_project

TEMPLATES = {t.id: t for t in load_templates()[0]}


def changes(project, scenario_id, template_id, root, lang, copy_name=None):
    new_scenario = None if copy_name is None else ("copy-id", copy_name)
    plan = plan_template(project, scenario_id, TEMPLATES[template_id],
                         TemplateParams(root_id=root, new_scenario=new_scenario, lang=lang))
    new = [d for did, d in plan.decisions.items() if did not in project.decisions]
    return template_changes(project.scenarios[scenario_id], plan.result, project.decisions, new,
                            {fid: f.name for fid, f in project.functions.items()}, copy_name, lang)


def example():
    project = load_project(EXAMPLE)
    scenario = next(iter(project.scenarios.values()))
    root = next(u.id for u in scenario.units.values() if u.name.startswith("Område Primärvård"))
    return project, scenario, root


def program_words(project, scenario) -> set[str]:
    """What must not reach a planner: unit, scenario and function ids, enum values."""
    words = {*scenario.units, *project.scenarios, *project.functions}
    for enum in (UnitForm, UnitCategory, Authority):
        words.update(member.value for member in enum)
    # ids that are also words ("kvalitet", "intraprenad", "budget") may appear as words
    return {w for w in words if "_" in w or "-" in w or (len(w) <= 4 and w.islower())}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("template_id", ["koncern", "intraprenad", "line"])
def test_every_sentence_is_plain(template_id, lang):
    project, scenario, root = example()
    lines = changes(project, scenario.id, template_id, root, lang, "Mitt förslag")
    assert lines
    banned = program_words(project, scenario)
    for line in lines:
        assert (line[:1].isupper() or line[:1].isdigit()) and line.endswith("."), line
        assert not re.search(r"[\[\]«»→{}]|\bNone\b|\+\d", line), line
        assert not set(re.findall(r"[\w-]+", line)) & banned, line
        assert "SEK" not in line if lang == "sv" else "kr" not in line.split()
    assert lines[0].startswith("Mallen gör ändringarna i en ny kopia" if lang == "sv" else "The template makes")


def test_koncern_on_the_example_says_what_the_guide_promises():
    project, scenario, root = example()
    text = "\n".join(changes(project, scenario.id, "koncern", root, "sv"))
    assert "Organisationsformen blir koncern i stället för linjeorganisation." in text
    assert ("Under Område Primärvård (primärvårdschef) inrättas tre nya stödenheter: Koncerngemensam utveckling, "
            "Koncerngemensam kvalitet och Koncerngemensam HR.") in text
    assert "Område Primärvård (primärvårdschef) blir koncernledning i stället för intraprenad" in text
    assert re.search(r"16 enheter \(Brunflo hälsocentral, .* och 11 till\) blir resultatenheter i stället för linjeenheter "
                     r"och får nya befogenheter: bemanning, inköp och resultatansvar\.", text)
    assert f"högst 3{NBSP}000{NBSP}000{NBSP}kr" in text  # the old cap, in the Swedish number format
    assert "Över- och underskott förs inte över till nästa år." in text
    assert "Beställarenheten Hälsoval rådfrågas (i dag ansvarig)" in text  # the development split resolved


def test_a_new_agreement_is_named_by_its_title_with_swedish_dates():
    project, scenario, root = example()
    text = "\n".join(changes(project, scenario.id, "intraprenad", root, "sv"))
    assert re.search(r"Ett nytt avtal förs in i beslutsregistret: Intraprenadavtal, som gäller från \d{1,2} \w+ \d{4} "
                     r"till \d{1,2} \w+ \d{4}\.", text)
    assert "vilar på ”Intraprenadavtal”" in text  # its title, not the register's internal id
    assert "att behålla överskott" in text


def test_on_a_small_region_moves_and_single_units_read_as_sentences():
    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["best"].parent_id = "pv"  # a purchaser inside egenregi: the koncern moves it out
    scenario.structure_changed()
    lines = changes(project, "now", "koncern", "pv", "sv")
    assert "Beställarenheten flyttas till Regionstyrelsen." in lines
    assert any(line.startswith("Primärvården blir koncernledning i stället för linjeenhet") for line in lines)
    assert any(line.startswith("2 enheter (Brunflo hälsocentral och Frösö hälsocentral) blir resultatenheter") for line in lines)
    english = changes(project, "now", "koncern", "pv", "en")
    assert "Beställarenheten moves to Regionstyrelsen." in english


def test_nothing_to_change_is_no_sentence():
    project, scenario, root = example()
    plan = plan_template(project, scenario.id, TEMPLATES["koncern"], TemplateParams(root_id=root))
    assert template_changes(plan.result, plan.result, project.decisions, [], {}, None, "sv") == []
