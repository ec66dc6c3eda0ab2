"""Every change the change list can hold reads as a plain sentence in both languages: each unit
field of `model.fields.UNIT_FIELDS`, each kind of step, each economic rule and scenario setting;
no arrow, no field or enum name, no "None"."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from orgdesigner.analysis.change_list import KIND_ORDER, Step
from orgdesigner.analysis.compare import ECONOMY_FIELDS
from orgdesigner.io.words.change_words import field_sentence, rule_sentence, step_sentence
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.enums import (
    Authority,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.fields import UNIT_FIELDS

#: for each unit field: a value before and after (a set gains and loses members)
UNIT_VALUES: dict[str, tuple[Any, Any]] = {
    "name": ("Område Primärvård", "Primärvårdens ledning"),
    "parent_id": ("pv", "kl"),
    "category": (UnitCategory.GOVERNANCE, UnitCategory.OWN_PROVIDER),
    "form": (UnitForm.LINE, UnitForm.RESULT),
    "authorities": (frozenset({Authority.BUDGET, Authority.STAFFING}), frozenset({Authority.BUDGET, Authority.PURCHASING})),
    "decisions": (("LS/935/2009",), ("RS/1039/2017",)),
    "budget_sek": (2_500_000.0, 3_000_000.0),
    "staff_fte": (10.0, 12.5),
    "listed_patients": (7500, 8000),
    "notes": ("gammal", "ny"),
    "dotted_lines": ((), (DottedLine("cl"),)),
}
RULE_VALUES: dict[str, tuple[Any, Any]] = {
    "surplus_model": (SurplusModel.CARRY_OVER, SurplusModel.NONE),
    "surplus_share": (1.0, 0.5),
    "deficit_share": (1.0, 0.0),
    "cap_sek": (3_000_000.0, None),
    "decisions": (("LS/42/2010",), ("RS/1039/2017",)),
    "form_authorities": ({}, {UnitForm.RESULT: frozenset({Authority.BUDGET})}),
    "structure": (StructureType.LINE, StructureType.KONCERN),
    "effective_date": (date(2017, 12, 6), date(2018, 3, 1)),
}
#: what a politician must never read: program words, enum values, arrows, empty values
PROGRAM = re.compile(r"→|\bNone\b|_|\b(?:sek|fte|line unit:|form:|budget:)\b|\w+: \w+ →")


def _plain(sentence: str) -> None:
    assert sentence[:1].isupper() and sentence.endswith("."), sentence
    assert not PROGRAM.search(sentence), sentence
    assert "  " not in sentence and " ." not in sentence, sentence


def test_every_unit_field_has_a_table_entry_here() -> None:
    assert {f.name for f in UNIT_FIELDS if f.role != "key"} == set(UNIT_VALUES)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("field", list(UNIT_VALUES))
def test_every_unit_field_change_is_a_sentence(field: str, lang: str) -> None:
    old, new = UNIT_VALUES[field]
    for before, after in ((old, new), (None, new), (old, None)) if field not in {"name", "authorities", "decisions"} else ((old, new),):
        _plain(field_sentence(field, "Brunflo hälsocentral", before, after, lang))
    for other in (value.name for value in (Authority.BUDGET, Authority.STAFFING, Authority.PURCHASING)):
        assert other not in field_sentence(field, "Brunflo hälsocentral", old, new, lang)  # the words, not the enum


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("field", list(RULE_VALUES))
def test_every_rule_and_setting_change_is_a_sentence(field: str, lang: str) -> None:
    assert set(ECONOMY_FIELDS) | {"structure", "effective_date"} == set(RULE_VALUES)
    old, new = RULE_VALUES[field]
    _plain(rule_sentence(field, old, new, lang))
    if field in {"cap_sek", "effective_date"}:
        _plain(rule_sentence(field, None, old, lang))
        _plain(rule_sentence(field, old, None, lang))


def _step(kind: str) -> list[Step]:
    return {
        "new_unit": [Step("new_unit", ("kl",), "Koncernledning", None, "rd"), Step("new_unit", ("x",), "Ny", None, None)],
        "move": [Step("move", ("hc",), "Brunflo hälsocentral", "pv", "kl"), Step("move", ("hc",), "Brunflo hälsocentral", "pv", None)],
        "unit_change": [Step("unit_change", ("hc",), "Brunflo hälsocentral", UnitForm.LINE, UnitForm.RESULT, "form")],
        "role": [Step("role", ("hc",), "Brunflo hälsocentral", old, new, "vv", Responsibility.DELIVERY, "Vårdval primärvård")
                 for old, new in ((None, Role.ACCOUNTABLE), (Role.ACCOUNTABLE, None), (Role.PERFORMS, Role.ACCOUNTABLE))],
        "rule": [Step("rule", (), "", 1.0, 0.5, "surplus_share")],
        "close_unit": [Step("close_unit", ("pv",), "Område Primärvård", "rd", None)],
    }[kind]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("kind", KIND_ORDER)
def test_every_kind_of_step_is_a_sentence(kind: str, lang: str) -> None:
    names = {"rd": "Regiondirektör", "pv": "Område Primärvård", "kl": "Koncernledning"}
    for step in _step(kind):
        _plain(step_sentence(step, names.__getitem__, lang))


def test_the_sentences_a_politician_reads() -> None:
    names = {"pv": "Område Primärvård", "kl": "Koncernledning"}.__getitem__
    form = _step("unit_change")[0]
    assert step_sentence(form, names) == "Brunflo hälsocentral blir resultatenhet i stället för linjeenhet."
    assert step_sentence(form, names, "en") == "Brunflo hälsocentral becomes result unit instead of line unit."
    assert (step_sentence(form, names, "en", who="Brunflo and Frösö", many=True)
            == "Brunflo and Frösö become result unit instead of line unit.")
    assert step_sentence(_step("move")[0], names) == "Brunflo hälsocentral flyttas från Område Primärvård till Koncernledning."
    assert step_sentence(_step("move")[1], names, "en") == "Brunflo hälsocentral moves from Område Primärvård to the top level."
    assert (step_sentence(_step("role")[2], names)
            == "För Vårdval primärvård (utförande) får Brunflo hälsocentral rollen ansvarig i stället för utför.")
    old, new = UNIT_VALUES["authorities"]
    assert field_sentence("authorities", "X", old, new) == "X får befogenheten inköp och mister befogenheten bemanning."
    assert field_sentence("budget_sek", "X", *UNIT_VALUES["budget_sek"]) == (
        "Budgeten för X blir 3\u00a0000\u00a0000\u00a0kr i stället för 2\u00a0500\u00a0000\u00a0kr.")
    assert field_sentence("staff_fte", "X", None, 12.5, "en") == "The staff of X becomes 12.5 FTE."
    assert field_sentence("decisions", "X", *UNIT_VALUES["decisions"]) == "X grundas på RS/1039/2017 i stället för på LS/935/2009."
    assert rule_sentence("cap_sek", 3_000_000.0, None) == "Taket för vad som förs över (3\u00a0000\u00a0000\u00a0kr) tas bort."
