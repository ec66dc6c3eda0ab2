"""Import trade flows (buyer × service × yearly volume) from CSV or XLSX. No Qt.

CSV in UTF-8, UTF-8 with a byte-order mark or Windows-1252 (Excel's "CSV" on a Swedish
Windows), separated by comma, semicolon or tab (taken from the header line). XLSX: the first
sheet. Row numbers are the ones a spreadsheet shows: the header is row 1.

Buyers and services may be given by id or by exact name (case-insensitive). Several rows for
the same buyer and service (e.g. one per month) are added up. Either every row is good and the
flows are returned, or `TradeImportError` lists each bad row and column: nothing is half-imported.
Apply the result with `SetFlows`, one undo step.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.model.entities import Scenario
from orgdesigner.model.trade import Flow

MAX_BYTES = 64 * 1024 * 1024
MAX_PROBLEMS = 100

#: accepted headers (case-insensitive) for each column, English and Swedish
COLUMNS: dict[str, tuple[str, ...]] = {
    "buyer": ("buyer", "buyer_id", "köpare", "kopare", "beställare", "enhet", "unit"),
    "service": ("service", "service_id", "tjänst", "tjanst", "analys", "undersökning"),
    "volume": ("volume", "volym", "antal", "count", "quantity", "mängd"),
}


class TradeImportError(ProjectFileError):
    """A flow file that cannot be imported; `problems` name row and column."""


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header and (row number, cells) of a CSV or XLSX file; empty rows are skipped."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TradeImportError(path, [Problem("", f"file is too large (limit {MAX_BYTES // 2**20} MB)")])
        data = path.read_bytes()
    except OSError as exc:
        raise TradeImportError(path, [Problem("", exc.strerror or str(exc))]) from None
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path, data)
    if b"\x00" in data[:4096]:
        raise TradeImportError(path, [Problem("", "not a text file; expected CSV (UTF-8 or Windows-1252) or XLSX")])
    text = _decode(data)
    first = text.split("\n", 1)[0]
    sep = max((";", ",", "\t"), key=lambda c: (first.count(c), c == ";"))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    except csv.Error as exc:
        raise TradeImportError(path, [Problem("", f"not valid CSV ({exc})")]) from None
    if not records:
        raise TradeImportError(path, [Problem("", "the file is empty")])
    header = [h.strip() for h in records[0]]
    rows = [(n, r) for n, r in enumerate(records[1:], start=2) if any(c.strip() for c in r)]
    return header, rows


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_xlsx(path: Path, data: bytes) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TradeImportError(path, [Problem("", f"not a readable XLSX workbook ({exc})")]) from None
    try:
        values = workbook[workbook.sheetnames[0]].iter_rows(values_only=True)
        head = next(values, None)
        if head is None:
            raise TradeImportError(path, [Problem("", "the first sheet is empty")])
        header = ["" if h is None else str(h).strip() for h in head]
        rows = [
            (n, list(r))
            for n, r in enumerate(values, start=2)
            if any(c is not None and str(c).strip() for c in r)
        ]
        return header, rows
    finally:
        workbook.close()


def parse_number(value: Any) -> float:
    """A volume from a cell: numbers as they are; text with a decimal comma and spaces as
    thousands separators (Swedish Excel). Raises ValueError for text that is not a number."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if "," in text and "." in text:  # the last one is the decimal separator
            text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
        else:
            text = text.replace(",", ".")
        number = float(text)
    if math.isnan(number) or math.isinf(number):
        raise ValueError("not a number")
    return number


def _lookup(items: dict[str, Any], key: str) -> str | None:
    if key in items:
        return key
    folded = key.casefold()
    for item_id, item in items.items():
        if item.name.casefold() == folded:
            return item_id
    return None


def read_flows(path: Path | str, scenario: Scenario) -> list[Flow]:
    """Flows from `path`, checked against the scenario's units and services."""
    path = Path(path)
    header, rows = read_rows(path)
    folded = [h.casefold() for h in header]
    where: dict[str, int] = {}
    missing = []
    for column, names in COLUMNS.items():
        index = next((i for i, h in enumerate(folded) if h in names), None)
        if index is None:
            missing.append(column)
        else:
            where[column] = index
    if missing:
        raise TradeImportError(
            path,
            [Problem("row 1", f"no column for {', '.join(missing)} (accepted headers: "
                     + "; ".join(f"{c}: {', '.join(COLUMNS[c])}" for c in missing)
                     + f"); the columns are: {', '.join(header) or '(none)'}")],
        )
    if not rows:
        raise TradeImportError(path, [Problem("", "no flows below the header")])
    problems: list[Problem] = []
    volumes: dict[tuple[str, str], float] = {}
    for number, cells in rows:
        def cell(column: str, cells: list[Any] = cells) -> Any:
            i = where[column]
            return cells[i] if i < len(cells) else None

        def bad(column: str, message: str, number: int = number) -> None:
            problems.append(Problem(f"row {number}, column '{header[where[column]]}'", message))

        buyer_text = "" if cell("buyer") is None else str(cell("buyer")).strip()
        service_text = "" if cell("service") is None else str(cell("service")).strip()
        buyer = _lookup(scenario.units, buyer_text) if buyer_text else None
        service = _lookup(scenario.trade.services, service_text) if service_text else None
        if buyer is None:
            bad("buyer", f"unknown buyer unit '{buyer_text}'" if buyer_text else "no buyer unit")
        if service is None:
            bad("service", f"unknown service '{service_text}'" if service_text else "no service")
        raw = cell("volume")
        volume: float | None = None
        if raw is None or str(raw).strip() == "":
            bad("volume", "no volume")
        else:
            try:
                volume = parse_number(raw)
            except ValueError:
                bad("volume", f"'{raw}' is not a number")
            else:
                if volume < 0:
                    bad("volume", f"negative volume {raw}")
                    volume = None
        if buyer is not None and service is not None and volume is not None:
            volumes[(buyer, service)] = volumes.get((buyer, service), 0.0) + volume
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise TradeImportError(path, problems)
    return [Flow(b, s, v) for (b, s), v in volumes.items()]
