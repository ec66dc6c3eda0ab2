"""Read a CSV or XLSX file as HR systems and Excel write them into rows of text (no Qt).

CSV: UTF-8, UTF-8 with a byte-order mark, or Windows-1252 (what Excel's "CSV" writes on a
Swedish Windows); the separator (comma, semicolon or tab) is taken from the header line.
XLSX: the first sheet or a named one; numbers become text ("1001", "1234.5").
Every cell is text with surrounding space removed and the export's formula escape undone, and
fully empty rows (Excel's trailing ";;;") are skipped. Row numbers are the ones a spreadsheet
shows: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from orgdesigner.io.exchange._cells import unescape_text
from orgdesigner.io.project.atomic import read_bounded
from orgdesigner.io.words.file_words import file_reason, os_reason

MAX_IMPORT_BYTES = 512 * 1024 * 1024


class ImportFileError(Exception):
    """A file that cannot be imported at all: the file, and the reason as a kind with its parts
    (orgdesigner.io.words.file_words words it in either language; str() is the English)."""

    def __init__(self, path: Path | str | None, kind: str, **parts: object) -> None:
        self.path = None if path is None else Path(path)
        self.kind = kind
        self.parts = parts
        self.reason = file_reason(kind, parts, "en")
        super().__init__(self.words("en"))

    def words(self, lang: str) -> str:
        """The file and the reason in `lang` ("sv" or "en")."""
        reason = file_reason(self.kind, self.parts, lang)
        return f"{self.path}: {reason}" if self.path else reason


@dataclass(slots=True)
class RawTable:
    path: Path
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)  # spreadsheet row of each entry in rows
    encoding: str = ""  # CSV only
    separator: str = ""  # CSV only
    sheet: str = ""  # XLSX only
    sheets: list[str] = field(default_factory=list)  # XLSX: every sheet in the workbook
    #: CSV rows whose number of fields differs from the header's (row number -> fields): an
    #: unquoted separator inside a value (`=HYPERLINK("…";"…")`) shifts every later column
    ragged: dict[int, int] = field(default_factory=dict)
    #: CSV rows with a quoted value running over lines that look like rows of their own (row ->
    #: first and last line): a stray quotation mark swallowed them
    swallowed: dict[int, tuple[int, int]] = field(default_factory=dict)

    def shifted_rows(self) -> list[int]:
        """Rows whose fields cannot be trusted (see field_count_problem), in order."""
        return sorted({*self.ragged, *self.swallowed})

    def field_count_problem(self, row: int) -> tuple[str, str] | None:
        """(Swedish, English) when `row` has more or fewer fields than the header, else None."""
        lines = self.swallowed.get(row)
        if lines is not None:
            first, last = lines
            return (f"ett värde börjar med ett citattecken som inte avslutas: raderna {first}–{last} i filen lästes som en rad",
                    f"a value opens a quotation mark that is not closed: lines {first}–{last} of the file were read as one row")
        fields = self.ragged.get(row)
        if fields is None:
            return None
        head = len(self.header)
        return (f"raden har {fields} fält men rubrikraden {head} (ett avgränsningstecken i ett värde utan citattecken?)",
                f"the row has {fields} fields but the header {head} (a separator inside an unquoted value?)")

    def column_index(self, name: str | None, what: str) -> int | None:
        """Index of a header (case-insensitive); ImportFileError naming the columns if absent."""
        if name is None or name == "":
            return None
        wanted = name.strip().casefold()
        for i, head in enumerate(self.header):
            if head.casefold() == wanted:
                return i
        raise ImportFileError(self.path, "no_column", name=name, what=what, columns=", ".join(self.header) or "–")


def read_table(path: Path | str, sheet: str | None = None, prefer: str | None = None) -> RawTable:
    """Read a CSV or XLSX file. For XLSX without `sheet`, the sheet named `prefer` if there is
    one (e.g. "units" or "matrix" in orgdesigner's own export), else the first sheet."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_IMPORT_BYTES)
    except OSError as exc:
        kind, parts = os_reason(exc)
        raise ImportFileError(path, kind, **parts) from None
    if data[:4] == b"PK\x03\x04":  # a zip container: XLSX whatever the suffix says
        return _read_xlsx(path, data, sheet, prefer)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise ImportFileError(path, "not_xlsx")
    if sheet:
        raise ImportFileError(path, "csv_with_sheet")
    return _read_csv(path, data)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        # the mark promises UTF-8: a byte that is not (a Windows-1252 "Å" typed in later) is an
        # error to show, not a character to replace with "\ufffd" unseen
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"  # UnicodeDecodeError when damaged (odd length)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1"), "latin-1"


def sniff_separator(first_line: str) -> str:
    """The most frequent of ; , tab outside quotes in the header line (ties go to ;)."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: (counts[k], k == ";"))
    return best if counts[best] else ","


def parse_decimal(value: Any) -> float:
    """A number from a cell: "1 234,5", "1234.5", "1.234,5" or "1,234.5" (Swedish Excel writes
    decimal commas and spaces between thousands). Raises ValueError for anything else."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if "," in text and "." in text:  # the last one is the decimal separator
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        number = float(text)
    if math.isnan(number) or math.isinf(number):
        raise ValueError("not a number")
    return number


def _read_csv(path: Path, data: bytes) -> RawTable:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(path, "binary")
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        if exc.encoding.startswith("utf-8"):
            raise ImportFileError(path, "bom_not_utf8", line=line, byte=exc.start) from None
        raise ImportFileError(path, "not_decodable", encoding=exc.encoding.upper(), byte=exc.start, size=len(data)) from None
    first_line = text.split("\n", 1)[0]
    sep = sniff_separator(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header_raw = next(reader, None)
        if header_raw is None:
            raise ImportFileError(path, "empty")
        table = RawTable(path, _header(header_raw), encoding=encoding, separator=sep)
        rows, numbers = table.rows, table.row_numbers
        row_number = 1
        line = reader.line_num
        for record in reader:
            row_number += 1
            first_line_of_row, line = line + 1, reader.line_num
            if not any(record):
                continue
            if line > first_line_of_row and _swallowed_rows(record, sep, len(table.header)):
                table.swallowed[row_number] = (first_line_of_row, line)
            width = len(record)
            while width > len(table.header) and record[width - 1] == "":
                width -= 1  # empty cells past the header (a trailing separator) are harmless
            if width != len(table.header):
                table.ragged[row_number] = width
            rows.append([unescape_text(v.strip()) for v in record])
            numbers.append(row_number)
    except csv.Error as exc:
        raise ImportFileError(path, "bad_csv", row=row_number + 1, detail=exc) from None
    return table


def _swallowed_rows(record: list[str], sep: str, columns: int) -> bool:
    """A quoted value spanning lines is fine (Excel writes line breaks in cells that way), unless
    one of its later lines holds as many separators as a row of this file: then the quotation
    mark was stray and whole rows became part of one value."""
    needed = max(columns - 1, 1)
    return any(part.count(sep) >= needed for value in record if "\n" in value for part in value.split("\n")[1:])


def _header(cells: list[Any]) -> list[str]:
    header = [unescape_text(_text(c)) for c in cells]
    while header and header[-1] == "":
        header.pop()
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    return header


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _preferred(names: list[str], prefer: str | None) -> str:
    """The sheet named `prefer` ("units", "matrix"), or named as orgdesigner's export titles that
    table in either language ("Enheter", "Responsibility matrix"); else the first sheet."""
    from orgdesigner.io.exchange.tables import TITLES

    wanted = {prefer.casefold(), *(t.casefold() for t in TITLES.get(prefer, ()))} if prefer else set()
    return next((n for n in names if n.casefold() in wanted), names[0])


def _read_xlsx(path: Path, data: bytes, sheet: str | None, prefer: str | None) -> RawTable:
    import zipfile
    import zlib

    from openpyxl import load_workbook

    from orgdesigner.io.exchange._xlsx_guard import WorkbookError, checked_workbook

    try:
        data = checked_workbook(data)
    except WorkbookError as exc:
        raise ImportFileError(path, exc.kind, **exc.parts) from None
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, TypeError, IndexError) as exc:
        raise ImportFileError(path, "damaged_xlsx", detail=exc) from None
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise ImportFileError(path, "no_sheets")
        if sheet:
            match = next((n for n in names if n.casefold() == sheet.casefold()), None)
            if match is None:
                raise ImportFileError(path, "no_sheet", sheet=sheet, sheets=", ".join(names))
            ws = workbook[match]
        else:
            ws = workbook[_preferred(names, prefer)]
        # the cells each row has, not the sheet's declared size: a <dimension> of A1:XFD1048576
        # would pad every row to 16,384 cells
        ws.reset_dimensions()
        rows_iter = ws.iter_rows(values_only=True)
        header_raw = next(rows_iter, None)
        if header_raw is None:
            raise ImportFileError(path, "sheet_empty", sheet=ws.title)
        table = RawTable(path, _header(list(header_raw)), sheet=ws.title, sheets=names)
        width = len(table.header)
        for number, values in enumerate(rows_iter, start=2):
            cells = [unescape_text(_text(v)) for v in values[: max(width, 1)]]
            cells += [""] * (width - len(cells))  # a row's cells end at its last value
            if any(cells):
                table.rows.append(cells)
                table.row_numbers.append(number)
        return table
    except (SyntaxError, ValueError, KeyError, TypeError, IndexError, zipfile.BadZipFile, zlib.error, EOFError,
            RuntimeError, NotImplementedError) as exc:
        # SyntaxError: the XML parsers' ParseError; openpyxl reads parts of the zip lazily
        raise ImportFileError(path, "damaged_xlsx", detail=f"a part of it is damaged: {type(exc).__name__}: {exc}") from None
    finally:
        workbook.close()
