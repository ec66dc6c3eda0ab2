"""The internal trade evaluated on what happened: the three questions of an evaluation, with figures.

From the project's volume history, read against one scenario (which names the buyers, their kind
and listed patients, and which service belongs to which group and supplier):
1. volume and cost per 1,000 listed patients per year, per service group and per buyer;
2. for each event (a pricing change, consultative feedback started, PNA introduced) the change in
   the buyers it touched against the buyers it did not touch (difference in differences, `_did`),
   or why the history cannot tell (no comparison group, too few years or buyers);
3. the spread between buyers of volume per 1,000 listed (coefficient of variation), which
   consultative feedback should narrow, and the PNA share of the analyses PNA can replace.
Everything is per calendar year: monthly records are added up to their year. A year with an
event inside it (not on 1 January) belongs neither before nor after it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from orgdesigner.analysis._did import Estimate, coefficient_of_variation, did
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.trade import ServiceKind
from orgdesigner.model.trade_history import (
    BuyerKind,
    EventKind,
    TradeEvent,
    TradeHistory,
    period_year,
)

MIN_YEARS_EACH_SIDE = 2  # years of history before and after an event
MIN_BUYERS_EACH_SIDE = 2  # buyers touched and untouched


class Group(StrEnum):
    LAB = "lab"
    RADIOLOGY = "radiology"
    PNA = "pna"
    OTHER = "other"


GROUP_OF_KIND = {
    ServiceKind.LAB: Group.LAB, ServiceKind.MICROBIOLOGY: Group.LAB, ServiceKind.XRAY: Group.RADIOLOGY,
    ServiceKind.CT: Group.RADIOLOGY, ServiceKind.MRI: Group.RADIOLOGY, ServiceKind.ULTRASOUND: Group.RADIOLOGY,
    ServiceKind.PNA: Group.PNA, ServiceKind.OTHER: Group.OTHER,
}


class Unanswerable(StrEnum):
    """Why the history cannot say what an event did."""

    NO_DATE = "no_date"  # a pricing event whose decision has no valid_from
    NO_COMPARISON = "no_comparison"  # fewer than two untouched buyers with data
    TOO_FEW_TOUCHED = "too_few_touched"  # fewer than two touched buyers with data
    TOO_FEW_YEARS = "too_few_years"  # fewer than two years on either side
    NO_SERVICES = "no_services"  # nothing in the history belongs to the event's services


@dataclass(frozen=True, slots=True)
class BuyerInfo:
    key: str  # as the history names it
    name: str  # the unit's name when the scenario knows it
    unit_id: str | None
    kind: BuyerKind | None


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    key: str
    name: str
    service_id: str | None
    group: Group
    supplier_id: str | None
    price_sek: float | None  # the scenario's price per item, used for years without a recorded price


@dataclass(frozen=True, slots=True)
class YearRate:
    volume: float
    cost_sek: float
    listed: float  # listed patients of the buyers counted
    buyers: int

    @property
    def volume_per_1000(self) -> float | None:
        return self.volume / self.listed * 1000 if self.listed > 0 else None

    @property
    def cost_per_1000(self) -> float | None:
        return self.cost_sek / self.listed * 1000 if self.listed > 0 else None


@dataclass(frozen=True, slots=True)
class EventEffect:
    event: TradeEvent
    on: date | None
    services: tuple[str, ...]  # service keys the outcome counts
    touched: tuple[str, ...]  # buyer keys with data
    untouched: tuple[str, ...]
    years_before: tuple[int, ...]
    years_after: tuple[int, ...]
    estimate: Estimate | None
    unanswerable: Unanswerable | None = None
    spread_before: tuple[float | None, float | None] = (None, None)  # (touched, untouched) CV, feedback only
    spread_after: tuple[float | None, float | None] = (None, None)


@dataclass(slots=True)
class Evaluation:
    years: list[int]
    buyers: dict[str, BuyerInfo]
    services: dict[str, ServiceInfo]
    #: group ("all" too) → year → totals over buyers with listed patients that year
    rates: dict[str, dict[int, YearRate]] = field(default_factory=dict)
    #: buyer → group ("all" too) → year → volume per 1,000 listed
    buyer_rates: dict[str, dict[str, dict[int, float]]] = field(default_factory=dict)
    #: buyer → group ("all" too) → year → cost per 1,000 listed (SEK)
    buyer_costs: dict[str, dict[str, dict[int, float]]] = field(default_factory=dict)
    #: kind ("own", "private") → year → cost per 1,000 listed
    kind_cost: dict[str, dict[int, float]] = field(default_factory=dict)
    #: group → year → spread of volume per 1,000 listed between buyers
    spread: dict[str, dict[int, float | None]] = field(default_factory=dict)
    pna_share: dict[int, float | None] = field(default_factory=dict)
    effects: list[EventEffect] = field(default_factory=list)
    buyers_without_listed: list[str] = field(default_factory=list)
    listed_from_units: list[str] = field(default_factory=list)  # the unit's listed patients stood in for every year
    priced_from_list: bool = False  # some costs use the scenario's price list, not a recorded price
    note: str = ""

    @property
    def empty(self) -> bool:
        return not self.years

    def effects_of(self, kind: EventKind) -> list[EventEffect]:
        return [e for e in self.effects if e.event.kind is kind]


def _lookup(items: dict[str, object], names: dict[str, str], key: str) -> str | None:
    if key in items:
        return key
    return names.get(key.casefold())


def resolve_buyers(history: TradeHistory, scenario: Scenario) -> dict[str, BuyerInfo]:
    names = {u.name.casefold(): u.id for u in scenario.units.values()}
    out: dict[str, BuyerInfo] = {}
    keys = dict.fromkeys([*history.buyers(), *history.buyer_kinds, *(b for b, _ in history.listed)])
    for key in keys:
        uid = _lookup(scenario.units, names, key)  # type: ignore[arg-type]  # _lookup only tests membership, so any dict of units will do
        unit = scenario.units.get(uid) if uid else None
        kind = history.buyer_kinds.get(key)
        if kind is None and unit is not None:
            if unit.category is UnitCategory.PRIVATE_PROVIDER:
                kind = BuyerKind.PRIVATE
            elif unit.category is UnitCategory.OWN_PROVIDER:
                kind = BuyerKind.OWN
        out[key] = BuyerInfo(key, unit.name if unit else key, uid, kind)
    return out


def resolve_services(history: TradeHistory, scenario: Scenario) -> dict[str, ServiceInfo]:
    services = scenario.trade.services
    names = {s.name.casefold(): s.id for s in services.values()}
    out: dict[str, ServiceInfo] = {}
    for key in dict.fromkeys(r.service for r in history.records):
        sid = _lookup(services, names, key)  # type: ignore[arg-type]  # _lookup only tests membership, so any dict of services will do
        s = services.get(sid) if sid else None
        if s is None:
            out[key] = ServiceInfo(key, key, None, Group.OTHER, None, None)
        else:
            price = s.price_sek if s.price_sek is not None else s.unit_cost_sek
            out[key] = ServiceInfo(key, s.name, s.id, GROUP_OF_KIND[s.kind], s.supplier_id, price)
    return out


def event_date(event: TradeEvent, project: Project) -> date | None:
    if event.on is not None:
        return event.on
    decision = project.decisions.get(event.decision or "")
    return decision.valid_from if decision is not None else None


def _side_years(years: Iterable[int], on: date) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Years fully before and fully after `on` (a 1 January date starts its own year)."""
    first_after = on.year if (on.month, on.day) == (1, 1) else on.year + 1
    ys = sorted(years)
    return tuple(y for y in ys if y < on.year), tuple(y for y in ys if y >= first_after)


class _Data:
    """The history added up per year: volume and cost per (buyer, service, year), listed per (buyer, year)."""

    def __init__(self, history: TradeHistory, services: dict[str, ServiceInfo], buyers: dict[str, BuyerInfo],
                 scenario: Scenario) -> None:
        self.volume: dict[tuple[str, str, int], float] = {}
        self.cost: dict[tuple[str, str, int], float] = {}
        self.priced_from_list = False
        for r in history.records:
            key = (r.buyer, r.service, period_year(r.period))
            self.volume[key] = self.volume.get(key, 0.0) + r.volume
            price = r.price_sek
            if price is None:
                price = services[r.service].price_sek
                self.priced_from_list = self.priced_from_list or price is not None
            self.cost[key] = self.cost.get(key, 0.0) + r.volume * (price or 0.0)
        sums: dict[tuple[str, int], list[int]] = {}
        for (buyer, period), patients in history.listed.items():
            sums.setdefault((buyer, period_year(period)), []).append(patients)
        self.listed: dict[tuple[str, int], float] = {k: sum(v) / len(v) for k, v in sums.items()}
        self.years = sorted({y for (_, _, y) in self.volume})
        self.listed_from_units: list[str] = []
        for buyer, info in buyers.items():  # a buyer without listed figures: the unit's own, every year
            unit = scenario.units.get(info.unit_id) if info.unit_id else None
            if unit is not None and unit.listed_patients and not any((buyer, y) in self.listed for y in self.years):
                self.listed_from_units.append(buyer)
                for y in self.years:
                    self.listed[(buyer, y)] = float(unit.listed_patients)

    def buyer_volume(self, buyer: str, services: Iterable[str], year: int) -> float:
        return sum(self.volume.get((buyer, s, year), 0.0) for s in services)


def evaluate(project: Project, scenario: Scenario) -> Evaluation:
    """The evaluation of the project's volume history as seen from `scenario`."""
    history = project.trade_history
    buyers = resolve_buyers(history, scenario)
    services = resolve_services(history, scenario)
    data = _Data(history, services, buyers, scenario)
    ev = Evaluation(data.years, buyers, services, priced_from_list=data.priced_from_list, note=history.note)
    if not data.years:
        return ev
    groups: dict[str, list[str]] = {"all": list(services)}
    for key, info in services.items():
        groups.setdefault(info.group.value, []).append(key)
    ev.buyers_without_listed = [b for b in buyers if not any((b, y) in data.listed for y in data.years)]
    ev.listed_from_units = list(data.listed_from_units)
    _rates(ev, data, groups)
    _pna(ev, data, scenario)
    for event in history.events:
        ev.effects.append(_effect(event, project, ev, data))
    return ev


def _rates(ev: Evaluation, data: _Data, groups: dict[str, list[str]]) -> None:
    for group, members in groups.items():
        per_year: dict[int, YearRate] = {}
        spread: dict[int, float | None] = {}
        for y in data.years:
            volume = cost = listed = 0.0
            n = 0
            rates: list[float] = []
            for b in ev.buyers:
                patients = data.listed.get((b, y))
                v = data.buyer_volume(b, members, y)
                if patients is None or patients <= 0:
                    continue
                c = sum(data.cost.get((b, s, y), 0.0) for s in members)
                if v == 0 and not any((b, s, y) in data.volume for s in members):
                    continue  # the buyer bought nothing of this group at all this year
                volume, cost, listed, n = volume + v, cost + c, listed + patients, n + 1
                rate = v / patients * 1000
                rates.append(rate)
                ev.buyer_rates.setdefault(b, {}).setdefault(group, {})[y] = rate
                ev.buyer_costs.setdefault(b, {}).setdefault(group, {})[y] = c / patients * 1000
            per_year[y] = YearRate(volume, cost, listed, n)
            spread[y] = coefficient_of_variation(rates)
        ev.rates[group] = per_year
        ev.spread[group] = spread
    for kind in BuyerKind:
        costs: dict[int, float] = {}
        for y in data.years:
            cost = listed = 0.0
            for b, info in ev.buyers.items():
                patients = data.listed.get((b, y))
                if info.kind is kind and patients:
                    cost += sum(data.cost.get((b, s, y), 0.0) for s in groups["all"])
                    listed += patients
            if listed > 0:
                costs[y] = cost / listed * 1000
        if costs:
            ev.kind_cost[kind.value] = costs


def _pna(ev: Evaluation, data: _Data, scenario: Scenario) -> None:
    """PNA volume as a share of PNA plus the analyses it can replace (the services that name a PNA
    alternative; all lab when none does)."""
    pna = [k for k, s in ev.services.items() if s.group is Group.PNA]
    by_id = {s.service_id: k for k, s in ev.services.items() if s.service_id}
    replaceable = [by_id[s.id] for s in scenario.trade.services.values() if s.pna_alternative and s.id in by_id]
    if not replaceable:
        replaceable = [k for k, s in ev.services.items() if s.group is Group.LAB]
    for y in data.years:
        p = sum(data.buyer_volume(b, pna, y) for b in ev.buyers)
        r = sum(data.buyer_volume(b, replaceable, y) for b in ev.buyers)
        ev.pna_share[y] = p / (p + r) if pna and p + r > 0 else None


def _scope(event: TradeEvent, ev: Evaluation) -> list[str]:
    """The services whose volume an event may have moved."""
    if event.kind is EventKind.PNA:
        return [k for k, s in ev.services.items() if s.group in (Group.LAB, Group.PNA)]
    chosen = list(ev.services)  # PNA too: an analysis moved to the hälsocentral is not one fewer
    if event.supplier:
        chosen = [k for k in chosen if ev.services[k].supplier_id == event.supplier]
    return chosen


def _touched(event: TradeEvent, ev: Evaluation) -> set[str]:
    if event.buyers:
        wanted = set(event.buyers)
        return {b for b, info in ev.buyers.items() if b in wanted or info.unit_id in wanted or info.name in wanted}
    return {b for b, info in ev.buyers.items() if info.kind is BuyerKind.OWN}  # a pricing change of egenregi


def _untouched(event: TradeEvent, ev: Evaluation, project: Project) -> set[str]:
    """Buyers no event of the same kind (and supplier, for feedback) ever touched."""
    if event.kind is EventKind.PRICING and not event.buyers:
        return {b for b, info in ev.buyers.items() if info.kind is BuyerKind.PRIVATE}
    reached: set[str] = set()
    for other in project.trade_history.events:
        if other.kind is event.kind and (event.kind is not EventKind.FEEDBACK or other.supplier == event.supplier):
            reached |= _touched(other, ev)
    if event.kind is EventKind.PRICING:
        reached |= {b for b, info in ev.buyers.items() if info.kind is BuyerKind.PRIVATE}
    return set(ev.buyers) - reached


def _changes(buyers: Iterable[str], scope: list[str], before: tuple[int, ...], after: tuple[int, ...],
             data: _Data) -> dict[str, float]:
    """Per buyer: mean log volume per 1,000 listed after minus before (volume alone without listed)."""
    out: dict[str, float] = {}
    for b in buyers:
        def level(y: int, b: str = b) -> float | None:
            v = data.buyer_volume(b, scope, y)
            if v <= 0:
                return None
            patients = data.listed.get((b, y))
            return math.log(v / patients * 1000) if patients else math.log(v)
        pre = [x for y in before if (x := level(y)) is not None]
        post = [x for y in after if (x := level(y)) is not None]
        if pre and post:
            out[b] = sum(post) / len(post) - sum(pre) / len(pre)
    return out


def _effect(event: TradeEvent, project: Project, ev: Evaluation, data: _Data) -> EventEffect:
    on = event_date(event, project)
    scope = _scope(event, ev)
    touched_all, untouched_all = _touched(event, ev), _untouched(event, ev, project)
    if on is None:
        return EventEffect(event, None, tuple(scope), (), (), (), (), None, Unanswerable.NO_DATE)
    before, after = _side_years(data.years, on)
    touched = _changes(sorted(touched_all), scope, before, after, data)
    untouched = _changes(sorted(untouched_all), scope, before, after, data)
    spread_before = (_spread(touched_all, scope, before, data), _spread(untouched_all, scope, before, data))
    spread_after = (_spread(touched_all, scope, after, data), _spread(untouched_all, scope, after, data))
    reason: Unanswerable | None = None
    if not scope or not any(data.volume.get((b, s, y)) for b in ev.buyers for s in scope for y in data.years):
        reason = Unanswerable.NO_SERVICES
    elif len(before) < MIN_YEARS_EACH_SIDE or len(after) < MIN_YEARS_EACH_SIDE:
        reason = Unanswerable.TOO_FEW_YEARS
    elif len(touched) < MIN_BUYERS_EACH_SIDE:
        reason = Unanswerable.TOO_FEW_TOUCHED
    elif len(untouched) < MIN_BUYERS_EACH_SIDE:
        reason = Unanswerable.NO_COMPARISON
    estimate = None if reason else did(list(touched.values()), list(untouched.values()))
    return EventEffect(event, on, tuple(scope), tuple(touched), tuple(untouched), before, after, estimate, reason,
                       spread_before, spread_after)


def _spread(buyers: Iterable[str], scope: list[str], years: tuple[int, ...], data: _Data) -> float | None:
    """Spread between buyers of their mean volume per 1,000 listed over `years`."""
    if not years:
        return None
    rates = []
    for b in buyers:
        per_year = [data.buyer_volume(b, scope, y) / p * 1000 for y in years if (p := data.listed.get((b, y)))]
        if per_year:
            rates.append(sum(per_year) / len(per_year))
    return coefficient_of_variation(rates)
