"""Spreadsheet safety: text a spreadsheet would run as a formula is written escaped.

The rule (XLSX and CSV alike): a text value whose first character is one of
``= + - @``, a tab, a carriage return or an apostrophe, also after leading spaces (LibreOffice's
"trim spaces" import option turns " =1+1" into a live formula), gets one apostrophe (') in front.
Excel, LibreOffice and Google Sheets then show it as text and never evaluate it. Numbers are
written as numbers and never escaped (a negative budget stays a number). Escaping the apostrophe
itself makes the rule reversible: the importers remove one leading apostrophe when the next
character is one of those, so an exported file imports back to exactly the same text.
"""

from __future__ import annotations

DANGEROUS_FIRST = frozenset("=+-@\t\r'")


def _dangerous(text: str) -> bool:
    if not text:
        return False
    if text[0] in DANGEROUS_FIRST:
        return True
    rest = text.lstrip()
    return bool(rest) and rest[0] in DANGEROUS_FIRST


def escape_text(text: str) -> str:
    return "'" + text if _dangerous(text) else text


def unescape_text(text: str) -> str:
    if len(text) >= 2 and text[0] == "'" and _dangerous(text[1:]):
        return text[1:]
    return text
