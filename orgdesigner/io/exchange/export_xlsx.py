"""Write the export tables as one XLSX workbook: one sheet per table (no Qt).

The sheets are streamed by `orgdesigner.io.exchange.xlsx_package`, one string per row: a 10,000-unit
scenario (some 140,000 rows, 950,000 cells) takes about a second, where xlsxwriter's
constant-memory mode took 4–5 s of CPU and openpyxl a minute; openpyxl is still what reads
spreadsheets (the importers). Text that a spreadsheet would run as a formula is escaped (see
`orgdesigner.io.exchange._cells`) and every text is written as an inline string, never as a formula, URL
or number. The workbook is assembled in memory and written with `write_atomic`: an interrupted
export leaves no broken file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from orgdesigner.io.exchange.tables import Table
from orgdesigner.io.exchange.xlsx_package import AMOUNT_EN, AMOUNT_SV, Sheet, write_package
from orgdesigner.io.project.atomic import write_atomic

EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_ROWS = 1_048_576
_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")  # characters Excel refuses in a sheet name
AMOUNT_WIDTH = 16  # characters: 3 000 000 kr


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    for table in tables:  # checked before anything is written
        if len(table.columns) > EXCEL_MAX_COLUMNS or len(table.rows) + 1 > EXCEL_MAX_ROWS:
            raise ValueError(
                f"table '{table.name}' is too large for Excel "
                f"({len(table.rows)} rows, {len(table.columns)} columns)"
            )
    sheets = []
    used: set[str] = set()
    for table in tables:
        amount = AMOUNT_EN if table.lang == "en" else AMOUNT_SV
        sheets.append(
            Sheet(
                name=_sheet_name(table.title(), used),  # the sheet in plain words
                header=[str(name) for name in table.header_row()],
                rows=table.rows,
                width=len(table.columns),
                height=len(table.rows),
                freeze_columns=1 if table.name == "matrix" else 0,
                # amounts read as amounts: 3 000 000 kr
                columns={c: (AMOUNT_WIDTH, amount) for c, col in enumerate(table.columns) if col.endswith("_sek")},
            )
        )
    buffer = io.BytesIO()
    write_package(buffer, sheets)
    return buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = _SHEET_UNSAFE.sub("-", title)[:31].strip("'") or "Sheet"
    name, n = base, 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
    used.add(name.casefold())
    return name


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    write_atomic(Path(path), xlsx_bytes(tables))
