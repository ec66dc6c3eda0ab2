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

from pathlib import Path
from typing import Any

from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.io.exchange._tabular import ImportFileError, parse_decimal, read_table
from orgdesigner.model.entities import Scenario
from orgdesigner.model.limits import VOLUME, LimitError
from orgdesigner.model.trade import Flow

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
    """Header and (row number, cells) of a CSV or XLSX file; empty rows are skipped.

    A row whose number of fields differs from the header's is refused, naming the row.
    """
    try:
        table = read_table(path)
    except ImportFileError as exc:
        raise TradeImportError(path, [Problem("", exc.reason)]) from None
    shifted = [(row, table.field_count_problem(row)) for row in table.shifted_rows()]
    if shifted:
        raise TradeImportError(path, [Problem(f"row {row}", problem[1]) for row, problem in shifted if problem])
    return table.header, list(zip(table.row_numbers, table.rows, strict=True))


#: A volume from a cell (decimal comma, spaces between thousands); ValueError if not a number.
parse_number = parse_decimal


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
                try:
                    if volume < 0:
                        raise LimitError(f"negative volume {raw}")
                    VOLUME(volume)
                except LimitError as exc:
                    bad("volume", str(exc) if volume < 0 else f"volume {raw}: {exc}")
                    volume = None
        if buyer is not None and service is not None and volume is not None:
            total = volumes.get((buyer, service), 0.0) + volume
            if total > VOLUME.high:  # rows for one buyer and service are added up: so is the limit
                bad("volume", f"the rows for {buyer_text} × {service_text} add up to {total:.0f}, "
                    f"more than a flow can hold ({VOLUME.high:.0f})")
            volumes[(buyer, service)] = total
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise TradeImportError(path, problems)
    return [Flow(b, s, v) for (b, s), v in volumes.items()]
