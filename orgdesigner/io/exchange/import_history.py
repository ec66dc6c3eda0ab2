"""Import a volume history (period × buyer × service × volume) from CSV or XLSX. No Qt.

What the lab and radiology systems export, as Excel writes it on a Swedish Windows (`;`, decimal
comma, Windows-1252; `_tabular` reads it). The caller maps file columns to period, buyer,
service and volume, and optionally price per item, the buyer's listed patients and the buyer's
kind (egenregi or private), as the units import does. A period is a year ("2015") or a month
("2015-03", "2015-3", "201503", or a date in the month).

Every row is checked and a bad one is listed with the row number a spreadsheet shows, in
Swedish and English; nothing is dropped silently. Several rows for the same period, buyer and
service are added up (an export split by requesting doctor), with the price weighted by volume.
Nothing is applied here: `HistoryImport.history` is complete before anything changes; the caller
applies it with `history_command` (one undo step) or cancels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from orgdesigner.io.exchange._tabular import ImportFileError, RawTable, parse_decimal, read_table
from orgdesigner.io.exchange.import_units import BadRow
from orgdesigner.model import limits
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.trade_history import SetTradeHistory
from orgdesigner.model.trade_history import BuyerKind, TradeHistory, VolumeRecord, merged

__all__ = ["BadRow", "HistoryColumns", "HistoryImport", "guess_history_columns", "history_command", "import_history"]

REQUIRED = ("period", "buyer", "service", "volume")
VOLUME_MAX = 1e12  # the file's limit for one record


@dataclass(slots=True)
class HistoryColumns:
    """Which file column holds what; None for an optional column not in the file."""

    period: str
    buyer: str
    service: str
    volume: str
    price_sek: str | None = None
    listed_patients: str | None = None
    buyer_kind: str | None = None


# Header spellings recognised by `guess_history_columns` (case-insensitive).
_GUESSES: dict[str, tuple[str, ...]] = {
    "period": ("period", "år", "year", "månad", "month", "datum", "date", "period (år)", "år-månad"),
    "buyer": ("buyer", "köpare", "beställare", "remittent", "enhet", "hälsocentral", "kund", "unit", "inremittent"),
    "service": ("service", "tjänst", "analys", "undersökning", "analyskod", "undersökningskod", "produkt", "examination"),
    "volume": ("volume", "volym", "antal", "count", "quantity", "mängd", "antal analyser", "antal undersökningar"),
    "price_sek": ("price_sek", "price", "pris", "pris (kr)", "styckpris", "internpris", "pris per st"),
    "listed_patients": ("listed_patients", "listade", "listade patienter", "listning", "listed patients", "antal listade"),
    "buyer_kind": ("buyer_kind", "kind", "driftform", "regi", "köpartyp", "typ av köpare", "buyer kind"),
}

_KINDS: dict[str, BuyerKind] = {
    "own": BuyerKind.OWN, "egenregi": BuyerKind.OWN, "egen regi": BuyerKind.OWN, "region": BuyerKind.OWN,
    "regionen": BuyerKind.OWN, "offentlig": BuyerKind.OWN, "public": BuyerKind.OWN,
    "private": BuyerKind.PRIVATE, "privat": BuyerKind.PRIVATE, "privat vårdgivare": BuyerKind.PRIVATE,
    "privat utförare": BuyerKind.PRIVATE, "extern": BuyerKind.PRIVATE, "external": BuyerKind.PRIVATE,
}

_MONTH = re.compile(r"^(\d{4})-?(\d{1,2})(?:-\d{1,2}(?:[T ].*)?)?$")


def guess_history_columns(header: list[str]) -> dict[str, str | None]:
    """A first guess of the mapping, for the import dialog; None where nothing fits."""
    lowered = {h.casefold(): h for h in header}
    return {key: next((lowered[g] for g in spellings if g in lowered), None) for key, spellings in _GUESSES.items()}


def parse_period(text: str) -> str | None:
    """"2015" → "2015"; "2015-03", "2015-3", "201503", "2015-03-01" → "2015-03"; else None."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return text if 1900 <= int(text) <= 2200 else None
    match = _MONTH.match(text)
    if match is None or len(match.group(1) + match.group(2)) not in (5, 6):
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def parse_kind(text: str) -> BuyerKind | None:
    return _KINDS.get(text.strip().casefold())


@dataclass(slots=True)
class HistoryImport:
    source: RawTable
    columns: HistoryColumns
    history: TradeHistory = field(default_factory=TradeHistory)  # the good rows
    good_rows: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)  # sorted by row

    @property
    def total_rows(self) -> int:
        return len(self.source.rows)

    @property
    def ok(self) -> bool:
        return not self.bad_rows


def history_command(current: TradeHistory, imported: TradeHistory, *, replace: bool, name: str) -> SetTradeHistory:
    """The import as one command: the history replaced (its events kept) or added to."""
    if replace:
        new = TradeHistory(imported.records, imported.listed, imported.buyer_kinds, current.events, current.note)
    else:
        new = merged(current, imported)
    return SetTradeHistory(new, Description(Action.IMPORT, Subject.VOLUME_HISTORY, name=name))


def import_history(path: Path | str, columns: HistoryColumns, sheet: str | None = None, table: RawTable | None = None) -> HistoryImport:
    """Read and check a volume history file; raises ImportFileError when it cannot be read at all."""
    raw = table if table is not None else read_table(path, sheet)
    if not raw.rows:
        raise ImportFileError(raw.path, "no_rows")
    what = {"period": "period", "buyer": "buyer", "service": "service", "volume": "volume", "price_sek": "price",
            "listed_patients": "listed patients", "buyer_kind": "buyer kind"}
    idx = {key: raw.column_index(getattr(columns, key), name) for key, name in what.items()}
    header = raw.header
    result = HistoryImport(raw, columns)
    bad: dict[int, BadRow] = {}
    volumes: dict[tuple[str, str, str], float] = {}
    priced: dict[tuple[str, str, str], tuple[float, float]] = {}  # key -> (volume with a price, cost)
    listed: dict[tuple[str, str], tuple[int, int]] = {}  # (buyer, period) -> (patients, first row)
    kinds: dict[str, tuple[BuyerKind, int]] = {}
    monthly: tuple[bool, int] | None = None  # the first good period's granularity and row

    def flag(row: int, sv: str, en: str) -> None:
        bad.setdefault(row, BadRow(row, sv, en))

    def column(key: str) -> str:
        return header[idx[key] or 0]

    p_i, b_i, s_i, v_i = idx["period"], idx["buyer"], idx["service"], idx["volume"]
    price_i, listed_i, kind_i = idx["price_sek"], idx["listed_patients"], idx["buyer_kind"]
    width = len(header)
    for values, row in zip(raw.rows, raw.row_numbers, strict=True):
        if row in raw.ragged or row in raw.swallowed:
            problem = raw.field_count_problem(row)
            assert problem is not None
            flag(row, *problem)
            continue
        if len(values) < width:
            values = values + [""] * (width - len(values))
        period_text, buyer, service, volume_text = values[p_i or 0], values[b_i or 0], values[s_i or 0], values[v_i or 0]
        period = parse_period(period_text)
        if period is None:
            flag(row, f"kolumn '{column('period')}': '{period_text}' är varken ett år (2015) eller en månad (2015-03)",
                 f"column '{column('period')}': '{period_text}' is neither a year (2015) nor a month (2015-03)")
            continue
        is_month = len(period) == 7
        if monthly is None:
            monthly = (is_month, row)
        elif monthly[0] != is_month:
            first = ("månader", "months") if monthly[0] else ("år", "years")
            flag(row, f"perioden '{period_text}' blandar år och månader: rad {monthly[1]} och raderna före är {first[0]}",
                 f"period '{period_text}' mixes years and months: row {monthly[1]} and the rows before it are {first[1]}")
            continue
        if not buyer or not service:
            which = ("köpare", "buyer", "buyer") if not buyer else ("tjänst", "service", "service")
            flag(row, f"kolumn '{column(which[2])}': ingen {which[0]}", f"column '{column(which[2])}': no {which[1]}")
            continue
        if len(buyer) > limits.ID_MAX or len(service) > limits.ID_MAX:
            flag(row, f"köparens eller tjänstens namn är längre än {limits.ID_MAX} tecken",
                 f"the buyer's or the service's name is longer than {limits.ID_MAX} characters")
            continue
        try:
            volume = parse_decimal(volume_text)
        except ValueError:
            flag(row, f"kolumn '{column('volume')}': '{volume_text}' är inte ett tal",
                 f"column '{column('volume')}': '{volume_text}' is not a number")
            continue
        if not 0 <= volume <= VOLUME_MAX:
            flag(row, f"kolumn '{column('volume')}': volymen {volume_text} ligger inte mellan 0 och 1 000 000 000 000",
                 f"column '{column('volume')}': volume {volume_text} is not between 0 and 1,000,000,000,000")
            continue
        price: float | None = None
        text = values[price_i] if price_i is not None else ""
        if text:
            try:
                price = limits.check_amount(parse_decimal(text))
            except ValueError:
                flag(row, f"kolumn '{column('price_sek')}': '{text}' är inte ett pris (ett tal från 0)",
                     f"column '{column('price_sek')}': '{text}' is not a price (a number from 0)")
                continue
        text = values[listed_i] if listed_i is not None else ""
        patients: int | None = None
        if text:
            try:
                patients = limits.check_count(parse_decimal(text))
            except ValueError:
                flag(row, f"kolumn '{column('listed_patients')}': '{text}' är inte ett heltal från 0",
                     f"column '{column('listed_patients')}': '{text}' is not a whole number from 0")
                continue
            seen = listed.get((buyer, period))
            if seen is not None and seen[0] != patients:
                flag(row, f"{buyer} har {text} listade {period} men {seen[0]} på rad {seen[1]}",
                     f"{buyer} has {text} listed patients in {period} but {seen[0]} on row {seen[1]}")
                continue
        text = values[kind_i] if kind_i is not None else ""
        kind: BuyerKind | None = None
        if text:
            kind = parse_kind(text)
            if kind is None:
                flag(row, f"kolumn '{column('buyer_kind')}': okänd köpartyp '{text}' (skriv egenregi eller privat)",
                     f"column '{column('buyer_kind')}': unknown buyer kind '{text}' (write own or private)")
                continue
            known = kinds.get(buyer)
            if known is not None and known[0] is not kind:
                before = ("egenregi", "own") if known[0] is BuyerKind.OWN else ("privat", "private")
                flag(row, f"{buyer} är {text} här men {before[0]} på rad {known[1]}",
                     f"{buyer} is {text} here but {before[1]} on row {known[1]}")
                continue
        key = (period, buyer, service)
        volumes[key] = volumes.get(key, 0.0) + volume
        if price is not None:
            with_price, cost = priced.get(key, (0.0, 0.0))
            priced[key] = (with_price + volume, cost + price * volume)
        if patients is not None:
            listed.setdefault((buyer, period), (patients, row))
        if kind is not None:
            kinds.setdefault(buyer, (kind, row))
        result.good_rows += 1
    records = []
    for key, volume in volumes.items():
        price = None
        if key in priced:
            with_price, cost = priced[key]
            price = cost / with_price if with_price > 0 else None
        records.append(VolumeRecord(key[0], key[1], key[2], volume, price))
    result.history = TradeHistory(
        records=tuple(records),
        listed={k: v[0] for k, v in listed.items()},
        buyer_kinds={k: v[0] for k, v in kinds.items()},
    )
    result.bad_rows = [bad[r] for r in sorted(bad)]
    return result
