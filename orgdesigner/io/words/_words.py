"""Words for the domain vocabularies in exports, and the words imports accept for them.

Exports write the word of the chosen language; imports accept the stored value (e.g.
"own_provider"), the Swedish and the English word, case-insensitively. Role letters are the one
ambiguity: "R" is *rådfrågas* (consulted) in a Swedish matrix but *responsible* (performs) in an
English RACI matrix; see `role_letters_language`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm
from orgdesigner.model.vocabulary import label, words_of

# member -> (Swedish, English), from the one vocabulary of the domain
ROLE_WORDS = words_of(Role)
RESPONSIBILITY_WORDS = words_of(Responsibility)
CATEGORY_WORDS = words_of(UnitCategory)
FORM_WORDS = words_of(UnitForm)
AUTHORITY_WORDS = words_of(Authority)

# Extra spellings seen in hand-made matrices and HR exports.
_ROLE_ALIASES: dict[str, Role] = {
    "a": Role.ACCOUNTABLE,
    "ansvar": Role.ACCOUNTABLE,
    "huvudansvarig": Role.ACCOUNTABLE,
    "u": Role.PERFORMS,
    "utförare": Role.PERFORMS,
    "responsible": Role.PERFORMS,
    "c": Role.CONSULTED,
    "konsulteras": Role.CONSULTED,
    "i": Role.INFORMED,
}
_CATEGORY_ALIASES: dict[str, UnitCategory] = {
    "beställare": UnitCategory.PURCHASER,
    "egen regi": UnitCategory.OWN_PROVIDER,
    "privat": UnitCategory.PRIVATE_PROVIDER,
    "ledning": UnitCategory.GOVERNANCE,
}
_FORM_ALIASES: dict[str, UnitForm] = {
    "line": UnitForm.LINE,
    "linje": UnitForm.LINE,
    "result": UnitForm.RESULT,
    "resultat": UnitForm.RESULT,
}


#: The export word of an enum member in a language.
word = label


def _lookup(words: dict[Any, tuple[str, str]], aliases: dict[str, Any], enum: type[StrEnum]) -> dict[str, StrEnum]:
    table: dict[str, StrEnum] = {}
    for member in enum:
        table[member.value.casefold()] = member
        table[member.value.replace("_", " ").casefold()] = member
    for member, (sv, en) in words.items():
        table[sv.casefold()] = member
        table[en.casefold()] = member
    table.update(aliases)
    return table


_ROLES = _lookup(ROLE_WORDS, _ROLE_ALIASES, Role)
_RESPONSIBILITIES = _lookup(RESPONSIBILITY_WORDS, {"utv": Responsibility.DEVELOPMENT}, Responsibility)
_CATEGORIES = _lookup(CATEGORY_WORDS, _CATEGORY_ALIASES, UnitCategory)
_FORMS = _lookup(FORM_WORDS, _FORM_ALIASES, UnitForm)
_AUTHORITIES = _lookup(AUTHORITY_WORDS, {}, Authority)

#: Cell texts that mean "no role" in a wide matrix.
EMPTY_CELLS = frozenset({"", "-", "–", "—"})


def role_letters_language(cells: Iterable[str], default: str = "sv") -> str:
    """Decide what a lone "R" means in one file: U → Swedish, C → English, else `default`."""
    letters = {c.strip().casefold() for c in cells if len(c.strip()) == 1}
    if "u" in letters and "c" not in letters:
        return "sv"
    if "c" in letters and "u" not in letters:
        return "en"
    return default


def parse_role(text: str, letters: str = "sv") -> Role | None:
    """A role from a word or letter; None when not recognised. `letters` decides "R"."""
    key = text.strip().casefold()
    if key == "r":
        return Role.CONSULTED if letters == "sv" else Role.PERFORMS
    return _ROLES.get(key)  # type: ignore[return-value]  # the table is built from Role's words, so every value is a Role


def parse_responsibility(text: str) -> Responsibility | None:
    return _RESPONSIBILITIES.get(text.strip().casefold())  # type: ignore[return-value]  # the table is built from Responsibility's words, so every value is one


def parse_authority(text: str) -> Authority | None:
    """An authority by its value or its Swedish or English word ("utvecklingsmandat")."""
    return _AUTHORITIES.get(text.strip().casefold())  # type: ignore[return-value]  # the table is built from Authority's words, so every value is one


def parse_category(text: str) -> UnitCategory | None:
    return _CATEGORIES.get(text.strip().casefold())  # type: ignore[return-value]  # the table is built from UnitCategory's words, so every value is one


def parse_form(text: str) -> UnitForm | None:
    return _FORMS.get(text.strip().casefold())  # type: ignore[return-value]  # the table is built from UnitForm's words, so every value is one


def choices(enum_words: dict[Any, tuple[str, str]], lang: str = "en") -> str:
    """The accepted words for an error message: "ansvarig, utför, …"."""
    return ", ".join(pair[1 if lang == "en" else 0] for pair in enum_words.values())
