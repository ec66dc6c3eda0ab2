"""Role letters, words and colours for the matrix, the overlay and the findings panel.

Letters depend on the UI language: Swedish A/U/R/I (ansvarig, utför, rådfrågas, informeras),
English A/R/C/I. "R" means different roles in the two languages, so single letters are always
read in the current language; whole words are accepted in either.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from orgdesigner.model.enums import Responsibility, Role, UnitCategory
from orgdesigner.ui.i18n import ui_lang as ui_lang  # where the views have always found it

LETTERS: dict[str, dict[Role, str]] = {
    "sv": {Role.ACCOUNTABLE: "A", Role.PERFORMS: "U", Role.CONSULTED: "R", Role.INFORMED: "I"},
    "en": {Role.ACCOUNTABLE: "A", Role.PERFORMS: "R", Role.CONSULTED: "C", Role.INFORMED: "I"},
}

WORDS: dict[str, dict[Role, str]] = {
    "sv": {Role.ACCOUNTABLE: "ansvarig", Role.PERFORMS: "utför", Role.CONSULTED: "rådfrågas", Role.INFORMED: "informeras"},
    "en": {Role.ACCOUNTABLE: "accountable", Role.PERFORMS: "performs", Role.CONSULTED: "consulted", Role.INFORMED: "informed"},
}

# Extra whole words people type or paste from RACI sheets ("responsible" is the R of RACI).
_ALIASES = {"responsible": Role.PERFORMS, "utförare": Role.PERFORMS, "ansvar": Role.ACCOUNTABLE}

#: Cell background per role: accountable stands out, informed fades. The same in both schemes;
#: the letter on it is white on the first two, black on the others (≥ 4.5:1, test_contrast.py).
COLOURS: dict[Role, str] = {
    Role.ACCOUNTABLE: "#c9302c",
    Role.PERFORMS: "#2a6db5",
    Role.CONSULTED: "#7cb342",
    Role.INFORMED: "#c7c7c7",
}

#: Chip letters on the chart overlay: Utveckling, Beställning, Leverans/utförande.
RESPONSIBILITY_CHIPS: dict[Responsibility, str] = {
    Responsibility.DEVELOPMENT: "U",
    Responsibility.ORDERING: "B",
    Responsibility.DELIVERY: "L",
}

RESPONSIBILITY_WORDS: dict[str, dict[Responsibility, str]] = {
    "sv": {Responsibility.DEVELOPMENT: "utveckling", Responsibility.ORDERING: "beställning", Responsibility.DELIVERY: "leverans"},
    "en": {Responsibility.DEVELOPMENT: "development", Responsibility.ORDERING: "ordering", Responsibility.DELIVERY: "delivery"},
}

UNIT_CATEGORY_WORDS: dict[str, dict[UnitCategory, str]] = {
    "sv": {
        UnitCategory.GOVERNANCE: "ledning",
        UnitCategory.PURCHASER: "beställarenhet",
        UnitCategory.OWN_PROVIDER: "egenregi",
        UnitCategory.PRIVATE_PROVIDER: "privat utförare",
        UnitCategory.MEDICAL_SERVICE: "medicinsk service",
        UnitCategory.SUPPORT: "stöd",
        UnitCategory.UNKNOWN: "okänd kategori",
    },
    "en": {
        UnitCategory.GOVERNANCE: "governance",
        UnitCategory.PURCHASER: "beställarenhet",
        UnitCategory.OWN_PROVIDER: "egenregi",
        UnitCategory.PRIVATE_PROVIDER: "private provider",
        UnitCategory.MEDICAL_SERVICE: "medical service",
        UnitCategory.SUPPORT: "support",
        UnitCategory.UNKNOWN: "unknown category",
    },
}


def role_letter(role: Role | None, lang: str) -> str:
    return "" if role is None else LETTERS[lang][role]


def role_word(role: Role | None, lang: str) -> str:
    return "" if role is None else WORDS[lang][role]


def role_colour(role: Role) -> QColor:
    return QColor(COLOURS[role])


class RoleParseError(ValueError):
    pass


def parse_role(text: object, lang: str) -> Role | None:
    """A role from a letter (current language), a word (either language) or a stored value.

    Empty text means "no role" (None). Raises RoleParseError for anything else.
    """
    if text is None:
        return None
    if isinstance(text, Role):
        return text
    value = str(text).strip()
    if not value:
        return None
    if len(value) == 1:
        for role, letter in LETTERS[lang].items():
            if letter == value.upper():
                return role
        raise RoleParseError(value)
    folded = value.casefold()
    for table in WORDS.values():
        for role, word in table.items():
            if word == folded:
                return role
    if folded in _ALIASES:
        return _ALIASES[folded]
    try:
        return Role(folded)
    except ValueError:
        raise RoleParseError(value) from None
