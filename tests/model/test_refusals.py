"""Every refusal kind and every reason a table cannot be imported is worded in both languages,
with the same parts, and the Swedish holds no English word (nor the English a Swedish one)."""

from __future__ import annotations

import re
import string

import pytest

from orgdesigner.io.exchange._tabular import ImportFileError
from orgdesigner.io.words.file_words import kinds, sentences
from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.commands.refusals import THINGS, Both, Refusal, words
from tests.refusal_words import foreign_words

#: the forms a sentence derives from its `thing` and `owner` parts
DERIVED = {"thing", "a_thing", "the_thing", "no_thing", "Thing", "A_thing", "The_thing", "No_thing", "owner", "The_owner"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _parts(kind: Refusal) -> dict[str, object]:
    """Parts a refusal of `kind` takes, with values that carry no word of either language."""
    parts: dict[str, object] = {name: f"X{i}" for i, name in enumerate(_fields(" ".join(words(kind))) - DERIVED)}
    text = " ".join(words(kind))
    if DERIVED & _fields(text) - {"owner", "The_owner"}:
        parts["thing"] = "unit"
    if {"owner", "The_owner"} & _fields(text):
        parts["owner"] = "service"
    if kind is Refusal.TEMPLATE_FAILED:
        parts["template"] = Both("Koncern", "Koncern")
        parts["reason"] = CommandError(Refusal.CONFLICT_SETTLED)
    return parts


@pytest.mark.parametrize("kind", list(Refusal))
def test_every_refusal_is_worded_alike_in_both_languages(kind: Refusal) -> None:
    sv, en = words(kind)
    # the same parts in both (a thing's forms may differ: "en enhet" / "a unit")
    assert _fields(sv) - DERIVED == _fields(en) - DERIVED
    error = CommandError(kind, **_parts(kind))
    quoted = tuple(f"X{i}" for i in range(10))
    assert foreign_words(error.words("sv"), "sv", quoted) == [], error.words("sv")
    assert foreign_words(error.words("en"), "en", quoted) == [], error.words("en")
    assert str(error) == error.words("en")
    assert error.words("sv").rstrip(".")[-1:] != "}"


@pytest.mark.parametrize("thing", list(THINGS))
def test_each_thing_takes_its_article(thing: str) -> None:
    error = CommandError(Refusal.EXISTS, thing=thing, id="x1")
    sv, _, article, en = THINGS[thing]
    assert f"{article} {sv}".strip() in error.words("sv") and en in error.words("en")


def test_a_decision_in_use_lists_its_users_in_the_language() -> None:
    users = (("unit", "Nuläge", "Brunflo hälsocentral"), ("unit", "Koncern 2018", "Brunflo hälsocentral"),
             ("economy", "Nuläge"), ("event", "e1"))
    error = CommandError(Refusal.IN_USE, thing="decision", id="RS/1/2017", users=users)
    assert error.words("sv") == ("Beslutet ”RS/1/2017” används fortfarande av Brunflo hälsocentral i Nuläge, Koncern 2018, "
                                 "de ekonomiska reglerna i Nuläge och händelsen e1 i volymhistoriken.")
    assert str(error) == ("decision RS/1/2017 is still referred to by: Brunflo hälsocentral in Nuläge, Koncern 2018, "
                          "the economic rules of Nuläge and event e1 of the volume history")
    many = CommandError(Refusal.IN_USE, thing="decision", id="D", users=tuple(("event", f"e{i}") for i in range(8)))
    assert many.words("sv").endswith("händelsen e4 i volymhistoriken och 3 till.")


@pytest.mark.parametrize("kind", kinds())
def test_every_import_reason_is_worded_alike_in_both_languages(kind: str) -> None:
    sv, en = sentences(kind)
    sv_parts, en_parts = _fields(sv), _fields(en)
    assert sv_parts <= en_parts  # Swedish may leave out the English-only detail of a library's message
    assert en_parts - sv_parts <= {"detail", "what"}
    error = ImportFileError("tabell.csv", kind, **{p: f"X{i}" for i, p in enumerate(en_parts)})
    quoted = ("tabell.csv", *(f"X{i}" for i in range(10)), "UTF-8", "UTF-8:s", "XLSX", "CSV", "zip", "MB", "byte",
              "Excel", "LibreOffice", ".xls", "orgdesigner")
    assert foreign_words(error.words("sv"), "sv", quoted) == [], error.words("sv")
    assert foreign_words(error.words("en"), "en", quoted) == [], error.words("en")
    assert str(error) == error.words("en") == f"tabell.csv: {error.reason}"
    assert not re.search(r"\{\w+\}", error.words("sv"))
