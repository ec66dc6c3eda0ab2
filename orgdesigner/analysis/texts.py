"""Words the analysis puts into messages, in Swedish and English (no Qt here)."""

from __future__ import annotations

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


def on_date(day: date | None, lang: str) -> str:
    if day is None:
        return "utan datum" if lang == "sv" else "with no date"
    return f"den {day.isoformat()}" if lang == "sv" else f"on {day.isoformat()}"

DOTTED_KIND = {
    DottedKind.PROFESSIONAL: ("professionell/medicinsk", "professional/medical"),
    DottedKind.FUNCTIONAL: ("funktionell", "functional"),
    DottedKind.AGREEMENT: ("efter överenskommelse", "by agreement"),
}
