"""The words a project has as its own (names, case numbers, years): what code must never supply."""

from __future__ import annotations

import re


def words(text: str) -> set[str]:
    """Lower-case words and numbers."""
    return set(re.findall(r"[^\W_]+", text.lower()))


def case_words(text: str) -> set[str]:
    """The words a project's own text has as names: capitalised inside a sentence and never written
    in lower case (Jämtland, Hälsoval), the years, the parts of its case numbers (RS/1039/2017) and
    § numbers."""
    names = {w.lower() for w in re.findall(r"(?<=[\w,)] )[A-ZÅÄÖÉ]\w*", text)}
    out = names - set(re.findall(r"\b[a-zåäöé]\w*", text))
    out |= set(re.findall(r"\b(?:19|20)\d\d\b", text))
    out |= {part for ref in re.findall(r"\b[A-ZÅÄÖ]+/[\w/]+", text) for part in ref.lower().split("/")
            if part.isdigit()}
    return out | set(re.findall(r"§\s*(\d+)", text))
