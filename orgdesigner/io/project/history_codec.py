"""The project's volume history ⇄ the file, and its reference checks (either reader's validated
model; no pydantic here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgdesigner.io.errors import Problem
from orgdesigner.model.trade_history import (
    EventKind,
    TradeEvent,
    TradeHistory,
    VolumeRecord,
    is_monthly,
)

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import TradeHistoryEntry


def event_to_json(e: TradeEvent) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id, "kind": e.kind.value}
    optional = {
        "on": None if e.on is None else e.on.isoformat(),
        "decision": e.decision,
        "supplier": e.supplier,
        "buyers": list(e.buyers) or None,
        "pricing_from": None if e.pricing_from is None else e.pricing_from.value,
        "pricing_to": None if e.pricing_to is None else e.pricing_to.value,
        "note": e.note or None,
    }
    return out | {k: v for k, v in optional.items() if v is not None}


def history_to_json(history: TradeHistory) -> dict[str, Any]:
    """JSON-ready dict in a fixed order (buyers in first-seen order); empty history → `{}`."""
    if history.is_empty():
        return {}
    listed: dict[str, dict[str, int]] = {}
    for (buyer, period), patients in sorted(history.listed.items(), key=lambda item: item[0][1]):
        listed.setdefault(buyer, {})[period] = patients
    order = list(dict.fromkeys([*history.buyers(), *history.buyer_kinds, *listed]))
    buyers = []
    for buyer in order:
        entry: dict[str, Any] = {"buyer": buyer}
        kind = history.buyer_kinds.get(buyer)
        if kind is not None:
            entry["kind"] = kind.value
        if buyer in listed:
            entry["listed"] = listed[buyer]
        buyers.append(entry)
    records = []
    for r in history.records:
        record: dict[str, Any] = {"period": r.period, "buyer": r.buyer, "service": r.service, "volume": r.volume}
        if r.price_sek is not None:
            record["price_sek"] = r.price_sek
        records.append(record)
    out: dict[str, Any] = {}
    if history.note:
        out["note"] = history.note
    return out | {"buyers": buyers, "records": records, "events": [event_to_json(e) for e in history.events]}


def history_from_model(model: TradeHistoryEntry) -> TradeHistory:
    """The domain value from a validated (and reference-checked) file model."""
    listed: dict[tuple[str, str], int] = {}
    kinds = {}
    for b in model.buyers:
        if b.kind is not None:
            kinds[b.buyer] = b.kind
        for period, patients in b.listed.items():
            listed[(b.buyer, period)] = patients
    return TradeHistory(
        records=tuple(VolumeRecord(r.period, r.buyer, r.service, r.volume, r.price_sek) for r in model.records),
        listed=listed,
        buyer_kinds=kinds,
        events=tuple(
            TradeEvent(e.id, e.kind, e.on, e.decision, e.supplier, tuple(e.buyers), e.pricing_from, e.pricing_to, e.note)
            for e in model.events
        ),
        note=model.note,
    )


def history_reference_problems(model: TradeHistoryEntry, decisions: set[str], limit: int = 200) -> list[Problem]:
    """Duplicate records and events, years mixed with months, events without what they need."""
    where = "$.trade_history"
    problems: list[Problem] = []
    seen: set[tuple[str, str, str]] = set()
    monthly: bool | None = None
    for i, r in enumerate(model.records):
        key = (r.period, r.buyer, r.service)
        if key in seen:
            problems.append(Problem(f"{where}.records[{i}]", f"second record for {r.buyer} × {r.service} in {r.period}"))
        seen.add(key)
        if monthly is None:
            monthly = is_monthly(r.period)
        elif monthly != is_monthly(r.period):
            problems.append(Problem(f"{where}.records[{i}].period", "years and months mixed: a history is kept by year or by month"))
        if len(problems) >= limit:
            return problems
    buyers: set[str] = set()
    for i, b in enumerate(model.buyers):
        if b.buyer in buyers:
            problems.append(Problem(f"{where}.buyers[{i}].buyer", f"buyer '{b.buyer}' listed twice"))
        buyers.add(b.buyer)
    events: set[str] = set()
    for i, e in enumerate(model.events):
        if e.id in events:
            problems.append(Problem(f"{where}.events[{i}].id", f"duplicate event id '{e.id}'"))
        events.add(e.id)
        problems += [Problem(f"{where}.events[{i}].{f}", why) for f, why in event_problems(e.kind, e.on, e.decision, e.supplier, e.buyers, decisions)]
    return problems


def event_problems(
    kind: EventKind, on: Any, decision: str | None, supplier: str | None, buyers: Any, decisions: set[str]
) -> list[tuple[str, str]]:
    """(field, reason) for an event that lacks what its kind needs; shared by the file and the commands."""
    out: list[tuple[str, str]] = []
    if decision is not None and decision not in decisions:
        out.append(("decision", f"unknown decision '{decision}'"))
    if kind is EventKind.PRICING and decision is None and on is None:
        out.append(("decision", "a pricing change needs its decision or a date"))
    if kind is not EventKind.PRICING and on is None:
        out.append(("on", "the event needs a date"))
    if kind is EventKind.FEEDBACK and not supplier:
        out.append(("supplier", "consultative feedback needs the supplier that gives it"))
    if kind is not EventKind.PRICING and not buyers:
        out.append(("buyers", "name the buyers the event touched"))
    return out
