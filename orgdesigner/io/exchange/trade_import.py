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
from orgdesigner.io.words.file_words import file_reason
from orgdesigner.model.entities import Scenario
from orgdesigner.model.limits import VOLUME, LimitError
from orgdesigner.model.trade import Flow

MAX_PROBLEMS = 100

#: accepted headers (case-insensitive) for each column, English and Swedish
#: each column's Swedish word
_COLUMN_WORDS = {"buyer": "köpare", "service": "tjänst", "volume": "volym"}

COLUMNS: dict[str, tuple[str, ...]] = {
    "buyer": ("buyer", "buyer_id", "köpare", "kopare", "beställare", "enhet", "unit"),
    "service": ("service", "service_id", "tjänst", "tjanst", "analys", "undersökning"),
    "volume": ("volume", "volym", "antal", "count", "quantity", "mängd"),
}


class TradeImportError(ProjectFileError):
    """A flow file that cannot be imported; `problems` name row and column (in English), `worded`
    says the same as (Swedish, English) pairs for a window in either language."""

    def __init__(self, path: Path, worded: list[tuple[str, str, str, str]]) -> None:
        # each problem: (Swedish place, Swedish reason, English place, English reason)
        self.worded = worded
        super().__init__(path, [Problem(where_en, en) for _sv_where, _sv, where_en, en in worded])

    def words(self, lang: str) -> list[str]:
        """Each problem, its place first, in `lang`."""
        out = []
        for where_sv, sv, where_en, en in self.worded:
            where, text = (where_en, en) if lang == "en" else (where_sv, sv)
            out.append(f"{where}: {text}" if where else text)
        return out


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header and (row number, cells) of a CSV or XLSX file; empty rows are skipped.

    A row whose number of fields differs from the header's is refused, naming the row.
    """
    try:
        table = read_table(path)
    except ImportFileError as exc:
        raise TradeImportError(path, [("", file_reason(exc.kind, exc.parts, "sv"), "", exc.reason)]) from None
    shifted = [(row, table.field_count_problem(row)) for row in table.shifted_rows()]
    if shifted:
        raise TradeImportError(path, [(f"rad {row}", problem[0], f"row {row}", problem[1])
                                      for row, problem in shifted if problem])
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
        accepted = "; ".join(f"{_COLUMN_WORDS[c]}: {', '.join(COLUMNS[c])}" for c in missing)
        accepted_en = "; ".join(f"{c}: {', '.join(COLUMNS[c])}" for c in missing)
        columns = ", ".join(header) or "–"
        raise TradeImportError(path, [(
            "rad 1", f"ingen kolumn för {', '.join(_COLUMN_WORDS[c] for c in missing)} (rubriker som godtas: {accepted}); "
            f"kolumnerna är: {columns}",
            "row 1", f"no column for {', '.join(missing)} (accepted headers: {accepted_en}); the columns are: {columns}")])
    if not rows:
        raise TradeImportError(path, [("", "inga flöden under rubrikraden", "", "no flows below the header")])
    problems: list[tuple[str, str, str, str]] = []
    volumes: dict[tuple[str, str], float] = {}
    for number, cells in rows:
        def cell(column: str, cells: list[Any] = cells) -> Any:
            i = where[column]
            return cells[i] if i < len(cells) else None

        def bad(column: str, sv: str, en: str, number: int = number) -> None:
            name = header[where[column]]
            problems.append((f"rad {number}, kolumn ”{name}”", sv, f"row {number}, column '{name}'", en))

        buyer_text = "" if cell("buyer") is None else str(cell("buyer")).strip()
        service_text = "" if cell("service") is None else str(cell("service")).strip()
        buyer = _lookup(scenario.units, buyer_text) if buyer_text else None
        service = _lookup(scenario.trade.services, service_text) if service_text else None
        if buyer is None:
            if buyer_text:
                bad("buyer", f"det finns ingen köpare ”{buyer_text}”", f"unknown buyer unit '{buyer_text}'")
            else:
                bad("buyer", "köpare saknas", "no buyer unit")
        if service is None:
            if service_text:
                bad("service", f"det finns ingen tjänst ”{service_text}”", f"unknown service '{service_text}'")
            else:
                bad("service", "tjänst saknas", "no service")
        raw = cell("volume")
        volume: float | None = None
        if raw is None or str(raw).strip() == "":
            bad("volume", "volym saknas", "no volume")
        else:
            try:
                volume = parse_number(raw)
            except ValueError:
                bad("volume", f"”{raw}” är inte ett tal", f"'{raw}' is not a number")
            else:
                try:
                    if volume < 0:
                        raise LimitError(f"negative volume {raw}")
                    VOLUME(volume)
                except LimitError as exc:
                    if volume < 0:
                        bad("volume", f"negativ volym {raw}", str(exc))
                    else:
                        bad("volume", f"volymen {raw} ryms inte (högst {VOLUME.high:.0f})", f"volume {raw}: {exc}")
                    volume = None
        if buyer is not None and service is not None and volume is not None:
            total = volumes.get((buyer, service), 0.0) + volume
            if total > VOLUME.high:  # rows for one buyer and service are added up: so is the limit
                bad("volume", f"raderna för {buyer_text} × {service_text} blir tillsammans {total:.0f}, "
                    f"mer än ett flöde rymmer ({VOLUME.high:.0f})",
                    f"the rows for {buyer_text} × {service_text} add up to {total:.0f}, "
                    f"more than a flow can hold ({VOLUME.high:.0f})")
            volumes[(buyer, service)] = total
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise TradeImportError(path, problems)
    return [Flow(b, s, v) for (b, s), v in volumes.items()]
