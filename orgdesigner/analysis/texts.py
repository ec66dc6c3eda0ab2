"""Words the analysis puts into messages, in Swedish and English (no Qt here)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from orgdesigner.model.dotted import DottedKind
from orgdesigner.model.enums import Authority, Responsibility, UnitCategory

RESPONSIBILITY = {
    Responsibility.DEVELOPMENT: ("utveckling", "development"),
    Responsibility.ORDERING: ("beställning", "ordering"),
    Responsibility.DELIVERY: ("utförande", "delivery"),
}

AUTHORITY = {
    Authority.BUDGET: ("budget", "budget"),
    Authority.STAFFING: ("bemanning", "staffing"),
    Authority.PURCHASING: ("inköp", "purchasing"),
    Authority.PRICING: ("prissättning", "pricing"),
    Authority.DEVELOPMENT: ("utvecklingsmandat", "development mandate"),
    Authority.SURPLUS_RETENTION: ("rätt att behålla överskott", "surplus retention"),
    Authority.RESULT_RESPONSIBILITY: ("resultatansvar", "result responsibility"),
}

CATEGORY = {
    UnitCategory.GOVERNANCE: ("regionledning", "top management"),
    UnitCategory.PURCHASER: ("beställarenhet", "beställarenhet"),
    UnitCategory.OWN_PROVIDER: ("egenregi", "egenregi"),
    UnitCategory.PRIVATE_PROVIDER: ("privat utförare", "private provider"),
    UnitCategory.MEDICAL_SERVICE: ("medicinsk service", "medical service"),
    UnitCategory.SUPPORT: ("stöd", "support"),
    UnitCategory.UNKNOWN: ("okänd kategori", "unknown category"),
}


def resp(r: Responsibility) -> tuple[str, str]:
    return RESPONSIBILITY[r]


_SMALL = (("noll", "zero"), ("en", "one"), ("två", "two"), ("tre", "three"), ("fyra", "four"), ("fem", "five"),
          ("sex", "six"), ("sju", "seven"), ("åtta", "eight"), ("nio", "nine"), ("tio", "ten"), ("elva", "eleven"),
          ("tolv", "twelve"))


def opening_count(n: int, lang: str) -> str:
    """A count that opens a sentence: in words up to twelve, capitalised ("Två enheter …"), as
    Swedish style would have it; digits above ("13 enheter …")."""
    if 0 <= n < len(_SMALL):
        return _OPENING[n][lang == "en"]
    return str(n)


_OPENING = tuple(tuple(word[:1].upper() + word[1:] for word in words) for words in _SMALL)


def join(items: Iterable[str], lang: str) -> str:
    """'A', 'A och B', 'A, B och C' (Swedish) / 'A, B and C' (English)."""
    items = list(items)
    word = "och" if lang == "sv" else "and"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def join_both(names: list[str]) -> tuple[str, str]:
    """`join(names, "sv"), join(names, "en")` in one go (rules name units in both languages)."""
    if len(names) == 1:
        return names[0], names[0]
    if not names:
        return "", ""
    head = ", ".join(names[:-1])
    return f"{head} och {names[-1]}", f"{head} and {names[-1]}"


_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def long_date(day: date | None, lang: str) -> str:
    """1 mars 2018 / 1 March 2018, as running text writes a date; "–" without one."""
    if day is None:
        return "–"
    months = _MONTHS_EN if lang == "en" else _MONTHS_SV
    return f"{day.day} {months[day.month - 1]} {day.year}"


def on_date(day: date | None, lang: str) -> str:
    if day is None:
        return "utan datum" if lang == "sv" else "with no date"
    return f"den {long_date(day, 'sv')}" if lang == "sv" else f"on {long_date(day, 'en')}"


def of_function(responsibility: str, name: str) -> str:
    """"utveckling av Digital vård"; a function named after a responsibility reads as one phrase:
    "utveckling av primärvårdens verksamhet" (not "utveckling av Utveckling av …") and
    "beställning av utveckling av primärvårdens verksamhet"."""
    folded = name.casefold()
    if folded.startswith(_HEADS):  # rare: one C-level test for the usual name
        for word, head in zip(_WORDS, _HEADS, strict=True):
            if folded.startswith(head):
                rest = name[len(head):]
                return f"{responsibility} av {rest}" if word == responsibility else f"{responsibility} av {head}{rest}"
    return f"{responsibility} av {name}"


_WORDS = tuple(word for word, _ in RESPONSIBILITY.values())
_HEADS = tuple(f"{word} av " for word in _WORDS)


def authorities_phrase(words: list[str], lang: str) -> str:
    """"befogenheten inköp" / "befogenheterna budget och inköp" (and English likewise)."""
    if lang == "en":
        return ("the authority " if len(words) == 1 else "the authorities ") + join(words, "en")
    return ("befogenheten " if len(words) == 1 else "befogenheterna ") + join(words, "sv")

DOTTED_KIND = {
    DottedKind.PROFESSIONAL: ("professionell/medicinsk", "professional/medical"),
    DottedKind.FUNCTIONAL: ("funktionell", "functional"),
    DottedKind.AGREEMENT: ("efter överenskommelse", "by agreement"),
}


_DIARIENUMMER = re.compile(r"^[A-ZÅÄÖ]{1,6}\s?/\s?\d{1,6}\s?/\s?\d{1,6}$")


def decision_ref(decision_id: str, title: str | None) -> str:
    """How running text names a decision: by its diarienummer (RS/123/2024) when the id is one,
    else by its title (a draft agreement has no diarienummer yet; its register id is internal)."""
    if _DIARIENUMMER.match(decision_id) or not title:
        return decision_id
    return f"”{title}”"
