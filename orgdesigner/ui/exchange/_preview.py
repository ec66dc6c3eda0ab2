"""The first rows of a table file as read, shown by both import dialogs (units and volume history)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from orgdesigner.io.exchange._tabular import RawTable

PREVIEW_ROWS = 20


def fill_preview(table: QTableWidget, raw: RawTable) -> None:
    """`raw`'s header and first rows, each row headed by its number in the file."""
    rows = raw.rows[:PREVIEW_ROWS]
    table.clear()
    table.setColumnCount(len(raw.header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(raw.header)
    table.setVerticalHeaderLabels([str(n) for n in raw.row_numbers[:PREVIEW_ROWS]])
    for r, values in enumerate(rows):
        for c, value in enumerate(values[: len(raw.header)]):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
