"""Words for dotted lines in exported papers and tables (Swedish and English)."""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.texts import DOTTED_KIND


def dotted_changes(diff: Any, names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(part, Swedish, English) rows for the dotted lines a comparison added, removed or changed."""
    rows = []
    for d in diff.dotted:
        line = d.new if d.new is not None else d.old
        kind_sv, kind_en = DOTTED_KIND[line.kind]
        a, b = names.get(d.source_id, d.source_id), names.get(d.target_id, d.target_id)
        rows.append((f"dotted_{d.status}", f"{a} → {b} ({kind_sv})", f"{a} → {b} ({kind_en})"))
    return rows
