"""Write the export tables as one XLSX workbook: one sheet per table (openpyxl, no Qt).

Text that a spreadsheet would run as a formula is escaped (see `orgdesigner.io._cells`); escaped
text never starts with "=", so openpyxl stores it as a string, never as a formula (the header
cells are forced to the string type as well). The workbook is built in
memory and written with `write_atomic`: an interrupted export leaves no broken file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from orgdesigner.io._cells import escape_cell
from orgdesigner.io.atomic import write_atomic
from orgdesigner.io.tables import Table

EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_ROWS = 1_048_576


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for table in tables:
        if len(table.columns) > EXCEL_MAX_COLUMNS or len(table.rows) + 1 > EXCEL_MAX_ROWS:
            raise ValueError(
                f"table '{table.name}' is too large for Excel "
                f"({len(table.rows)} rows, {len(table.columns)} columns)"
            )
        sheet = workbook.create_sheet(table.name[:31])
        sheet.freeze_panes = "B2" if table.name == "matrix" else "A2"
        header = [_cell(sheet, name) for name in table.columns]
        for cell in header:
            cell.font = bold  # type: ignore[attr-defined]  # every header name is a str: a cell
        sheet.append(header)
        for row in table.rows:
            sheet.append([_text(value) if isinstance(value, str) else value for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(value: str) -> str:
    # Escaped text never starts with "=", so openpyxl stores it as a plain string (fast path).
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text: str = escape_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
    return text


def _cell(sheet: Any, value: object) -> object:  # an openpyxl write-only sheet and cell
    if isinstance(value, str):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        cell = WriteOnlyCell(sheet, value=None)
        # Assign after construction, then force the string type: openpyxl would otherwise
        # store "=…" as a formula. Control characters XML cannot hold are dropped.
        cell.value = escape_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
        return cell
    return value


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    write_atomic(Path(path), xlsx_bytes(tables))
