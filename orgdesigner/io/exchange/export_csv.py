"""Write the export tables as CSV files (no Qt).

Rules, chosen for Excel users in Sweden:
- One table is written to exactly the path asked for. Several tables (the default export) go to
  one file each beside it, named ``<stem>-<table>.csv`` (``plan.csv`` → ``plan-units.csv``,
  ``plan-matrix.csv``, …), so each opens in Excel with a double-click.
- UTF-8 with a byte-order mark, which Excel needs to show å, ä, ö; lines end in CRLF (RFC 4180).
- Separator ``,`` by default. With ``;`` (what Swedish Excel writes and expects), decimals are
  written with a comma as well (``1234,5``).
- Text that a spreadsheet would run as a formula is escaped as in XLSX (`orgdesigner.io.exchange._cells`).
- Each file is written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from orgdesigner.io.exchange._cells import escape_text
from orgdesigner.io.exchange.tables import Table
from orgdesigner.io.project.atomic import write_atomic


def _text(value: Any, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, int):
        return str(value)
    return escape_text(str(value))


def csv_bytes(table: Table, sep: str = ",") -> bytes:
    if sep not in {",", ";", "\t"}:
        raise ValueError(f"unsupported CSV separator {sep!r}; use ',', ';' or a tab")
    decimal_comma = sep == ";"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow([_text(c, decimal_comma) for c in table.header_row()])
    for row in table.rows:
        writer.writerow([_text(v, decimal_comma) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def csv_paths(tables: Sequence[Table], path: Path) -> list[Path]:
    """Where `write_csv` puts each table."""
    path = Path(path)
    if len(tables) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{t.name}{path.suffix or '.csv'}") for t in tables]


def write_csv(tables: Sequence[Table], path: Path, sep: str = ",") -> list[Path]:
    """Write the tables; returns the files written."""
    paths = csv_paths(tables, path)
    blobs = [csv_bytes(t, sep) for t in tables]  # all built before the first file is written
    for target, data in zip(paths, blobs, strict=True):
        write_atomic(target, data)
    return paths
