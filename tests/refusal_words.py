"""Words that betray the other language in a refusal: an English word left in a Swedish message,
or a Swedish one in an English message. Names, ids and paths the message quotes are taken out
first (`keep`), so "pytest-of-root" or a unit called "Hälsoval" do not count."""

from __future__ import annotations

import re

#: words English writes and Swedish never does (a Swedish message with one is half translated)
ENGLISH = frozenset({
    "the", "is", "not", "no", "of", "to", "an", "and", "row", "rows", "column", "columns", "file", "found",
    "already", "exists", "unknown", "cannot", "still", "referred", "settled", "conflict", "with", "line",
    "which", "does", "needs", "has", "was", "nothing", "written", "skipped", "read", "use", "sheet", "empty",
    "this", "that", "value", "would", "itself", "from", "unit", "units", "decision", "service", "event",
    "function", "dotted", "reports", "current", "state", "encoding", "though", "byte-order", "mark", "save",
    "again", "damaged", "workbook", "header", "below", "buyer", "flow", "supplier", "template",
})
#: words Swedish writes and English never does
SWEDISH = frozenset({
    "det", "finns", "inte", "redan", "enheten", "beslutet", "kan", "är", "och", "som", "rad", "kolumn",
    "filen", "ingen", "inget", "används", "fortfarande", "konflikten", "löst", "till", "har", "sig", "själv",
    "tjänsten", "händelsen", "behöver", "mallen", "bladet", "arbetsboken", "inga",
})


def foreign_words(text: str, lang: str, keep: tuple[str, ...] = ()) -> list[str]:
    """The words of the other language in `text` (a message meant to be in `lang`)."""
    for quoted in sorted(keep, key=len, reverse=True):
        text = text.replace(quoted, " ")
    found = re.findall(r"[\w'-]+", text.casefold())
    other = SWEDISH if lang == "en" else ENGLISH
    return [w for w in found if w in other]
