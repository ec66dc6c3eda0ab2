"""Numbers, amounts and counts as a reader writes them, in Swedish or English: one place for the
window, the command line and every export (never 4.256e+06, 0.71 in Swedish, or "7 error(s)").

Swedish: 4 256 000 (non-breaking space between thousands), 0,71, "4 256 000 kr", "1 varning";
English: 4,256,000, 0.71, "SEK 4,256,000", "1 warning".
"""

from __future__ import annotations

import math

NBSP = "\u00a0"


def number(value: float | int | None, lang: str = "sv", decimals: int = 2) -> str:
    """Grouped thousands, at most `decimals` decimals, no trailing zeros; "" for None."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "−0"):
        text = "0"
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",").replace("-", "−")


def signed(value: float | int, lang: str = "sv", decimals: int = 2) -> str:
    """A change: +1 234, −0,05; "±0" for none."""
    if not value:
        return "±0"
    return ("+" if value > 0 else "") + number(value, lang, decimals)


def amount(value: float | int | None, lang: str = "sv") -> str:
    """Kronor, whole: "3 000 000 kr" / "SEK 3,000,000"; "" for None."""
    if value is None:
        return ""
    text = number(value, lang, 0)
    return f"SEK {text}" if lang == "en" else f"{text}{NBSP}kr"


def percent(share: float | None, lang: str = "sv", decimals: int = 0) -> str:
    """0.71 → "71 %" (Swedish puts a space before %) / "71%"."""
    if share is None:
        return ""
    text = number(share * 100, lang, decimals)
    return f"{text}%" if lang == "en" else f"{text}{NBSP}%"


def points(delta: float, lang: str = "sv", decimals: int = 1) -> str:
    """A change of a share, in percentage points: 0.125 → "+12,5 procentenheter" /
    "+12.5 percentage points"; "±0 procentenheter" for none."""
    text = signed(round(delta * 100, decimals), lang, decimals)
    if lang == "en":
        return f"{text} percentage point{'' if abs(round(delta * 100, decimals)) == 1 else 's'}"
    return f"{text} procentenhet{'' if abs(round(delta * 100, decimals)) == 1 else 'er'}"


#: (Swedish one, Swedish many, English one, English many)
WORDS: dict[str, tuple[str, str, str, str]] = {
    "error": ("fel", "fel", "error", "errors"),
    "warning": ("varning", "varningar", "warning", "warnings"),
    "info": ("info", "info", "note", "notes"),
    "unit": ("enhet", "enheter", "unit", "units"),
    "finding": ("fynd", "fynd", "finding", "findings"),
    "responsibility": ("ansvar", "ansvar", "responsibility", "responsibilities"),
    "role": ("roll", "roller", "role", "roles"),
    "function": ("funktion", "funktioner", "function", "functions"),
    "row": ("rad", "rader", "row", "rows"),
    "bad row": ("felaktig rad", "felaktiga rader", "bad row", "bad rows"),
    "volume": ("volym", "volymer", "volume", "volumes"),
    "buyer": ("köpare", "köpare", "buyer", "buyers"),
}


def counted(n: int, word: str, lang: str = "sv") -> str:
    """ "1 varning", "4 varningar"; "1 warning", "4 warnings"."""
    one_sv, many_sv, one_en, many_en = WORDS[word]
    if lang == "en":
        return f"{number(n, 'en', 0)} {one_en if n == 1 else many_en}"
    return f"{number(n, 'sv', 0)} {one_sv if n == 1 else many_sv}"
