"""Words for dotted lines in exported papers and tables (Swedish and English)."""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.texts import DOTTED_KIND
from orgdesigner.model.dotted import DottedKind, DottedLine


def dotted_changes(diff: Any, names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(part, Swedish, English) rows for the dotted lines a comparison added, removed or changed."""
    rows = []
    for d in diff.dotted:
        line = d.new if d.new is not None else d.old
        kind_sv, kind_en = DOTTED_KIND[line.kind]
        a, b = names.get(d.source_id, d.source_id), names.get(d.target_id, d.target_id)
        rows.append((f"dotted_{d.status}", f"{a} → {b} ({kind_sv})", f"{a} → {b} ({kind_en})"))
    return rows


def kind_word(kind: DottedKind, lang: str = "sv") -> str:
    sv, en = DOTTED_KIND[kind]
    return en if lang == "en" else sv


def parse_kind(text: str) -> DottedKind | None:
    """A kind from its stored value or its Swedish or English word (case-insensitive)."""
    folded = text.strip().casefold()
    for kind, words in DOTTED_KIND.items():
        if folded in (kind.value, *(w.casefold() for w in words)):
            return kind
    return None


def format_targets(lines: tuple[DottedLine, ...], lang: str = "sv") -> str | None:
    """The dotted-parent cell of a unit row: "id (kind); id (kind)", None when it has none."""
    return "; ".join(f"{line.target_id} ({kind_word(line.kind, lang)})" for line in lines) or None


def parse_targets(text: str) -> tuple[list[tuple[str, DottedKind]], str | None]:
    """Read "id; id (kind); …" (kind as a word in either language or its value; functional when
    left out). Returns the lines and the first part that could not be read, or None."""
    out: list[tuple[str, DottedKind]] = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        kind = DottedKind.FUNCTIONAL
        if part.endswith(")") and "(" in part:
            target, _, word = part[:-1].rpartition("(")
            found = parse_kind(word)
            if found is None:
                return out, part
            part, kind = target.strip(), found
        if not part:
            return out, text
        out.append((part, kind))
    return out, None
