"""What happened in the internal trade: volumes bought per period, and the events on the time line.

The history is a fact about the past, so it belongs to the project, not to a scenario. Buyers and
services are named as the lab and radiology systems name them: a unit's or service's id where it
has one in the scenarios, else the system's own name (a hälsocentral that has since closed still
has a history). The evaluation (`orgdesigner.analysis.trade_history`) resolves them against the
scenario it is asked about.

The whole history is one frozen value: an import or an edited event swaps it (one undo step).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from orgdesigner.model.trade import PricingModel

#: a period as the file and the import write it: a year ("2015") or a month ("2015-03")
PERIOD_RE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2]))?$")


class BuyerKind(StrEnum):
    """Who buys: the region's own hälsocentraler or private providers under vårdval."""

    OWN = "own"  # egenregi
    PRIVATE = "private"


class EventKind(StrEnum):
    PRICING = "pricing"  # a change of pricing model, decided in the decision register
    FEEDBACK = "feedback"  # a supplier starts consultative feedback to some buyers
    PNA = "pna"  # patientnära analyser introduced at some hälsocentraler


def period_year(period: str) -> int:
    """The year of a period ("2015" or "2015-03" → 2015); ValueError when it is not a period."""
    match = PERIOD_RE.match(period)
    if match is None:
        raise ValueError(f"'{period}' is not a year (2015) or a month (2015-03)")
    return int(match.group(1))


def is_monthly(period: str) -> bool:
    return len(period) == 7


@dataclass(frozen=True, slots=True)
class VolumeRecord:
    """What one buyer bought of one service in one period."""

    period: str  # "2015" or "2015-03"
    buyer: str  # the buyer unit's id, or its name in the supplier's system
    service: str  # the service's id, or its name in the supplier's system
    volume: float  # items (analyses, examinations)
    price_sek: float | None = None  # the internal price per item charged then, when known


@dataclass(frozen=True, slots=True)
class TradeEvent:
    """Something that happened on the time line and may have changed what buyers bought.

    `buyers` are the buyers it touched; a pricing event that names none touched every own
    (egenregi) buyer, which makes the private buyers its comparison group. A pricing event takes
    its date from its decision's `valid_from` unless `on` is set.
    """

    id: str
    kind: EventKind
    on: date | None = None
    decision: str | None = None  # pricing: the decision's id in the decision register
    supplier: str | None = None  # feedback (and pricing, optionally): the supplier unit's id
    buyers: tuple[str, ...] = ()
    pricing_from: PricingModel | None = None  # pricing: the model before …
    pricing_to: PricingModel | None = None  # … and after the change
    note: str = ""


@dataclass(frozen=True, slots=True)
class TradeHistory:
    """Volumes per period, the buyers' listed patients and kinds, and the events."""

    records: tuple[VolumeRecord, ...] = ()  # in import order
    listed: dict[tuple[str, str], int] = field(default_factory=dict)  # (buyer, period) → listed patients
    buyer_kinds: dict[str, BuyerKind] = field(default_factory=dict)  # buyer → kind, when the file said
    events: tuple[TradeEvent, ...] = ()
    note: str = ""  # where the figures come from, e.g. "illustrative, not the region's own"

    def is_empty(self) -> bool:
        return not self.records and not self.listed and not self.buyer_kinds and not self.events and not self.note

    def periods(self) -> list[str]:
        return sorted({r.period for r in self.records})

    def buyers(self) -> list[str]:
        return list(dict.fromkeys(r.buyer for r in self.records))

    def event(self, event_id: str) -> TradeEvent | None:
        return next((e for e in self.events if e.id == event_id), None)


def merged(old: TradeHistory, new: TradeHistory) -> TradeHistory:
    """`old` with `new`'s records, listed patients and kinds added; a record for the same period,
    buyer and service as an old one replaces it (a corrected export read again)."""
    keyed = {(r.period, r.buyer, r.service): r for r in old.records}
    keyed.update({(r.period, r.buyer, r.service): r for r in new.records})
    return TradeHistory(
        records=tuple(keyed.values()),
        listed=old.listed | new.listed,
        buyer_kinds=old.buyer_kinds | new.buyer_kinds,
        events=old.events,
        note=old.note or new.note,
    )
