"""Synthetic volume histories with a known planted effect, shared by the evaluation tests."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date

from orgdesigner.model import Decision, Project, Scenario, Unit, UnitCategory
from orgdesigner.model.trade import PricingModel, Service, ServiceKind
from orgdesigner.model.trade_history import (
    BuyerKind,
    EventKind,
    TradeEvent,
    TradeHistory,
    VolumeRecord,
)

YEARS = tuple(range(2010, 2018))
SERVICES = {"crp": (ServiceKind.LAB, "lab", 180.0, 40.0), "hb": (ServiceKind.LAB, "lab", 120.0, 30.0),
            "lung": (ServiceKind.XRAY, "rtg", 30.0, 600.0), "crp-pna": (ServiceKind.PNA, "lab", 40.0, 25.0)}


@dataclass(frozen=True)
class Plan:
    """What the synthetic history holds: `effect` is the planted relative change (−0.2 = 20 % less)."""

    kind: EventKind = EventKind.FEEDBACK
    effect: float = -0.2
    touched: int = 6
    untouched: int = 6
    on: date = date(2014, 1, 1)
    noise: float = 0.0  # standard deviation of each buyer-year's log volume
    trend: float = 0.04  # yearly growth every buyer shares
    seed: int = 0
    converge: float = 0.0  # feedback: share by which touched buyers' levels move toward the mean after


def history_project(plan: Plan) -> tuple[Project, Scenario]:
    rng = random.Random(plan.seed)
    project = Project("Syntetisk region")
    project.decisions["RS/1/2014"] = Decision("RS/1/2014", "Styckpris för lab", valid_from=plan.on)
    s = Scenario("now", "Nuläge")
    s.units["rs"] = Unit("rs", "Regionstyrelsen", UnitCategory.GOVERNANCE)
    s.units["lab"] = Unit("lab", "Laboratoriemedicin", UnitCategory.MEDICAL_SERVICE, parent_id="rs")
    s.units["rtg"] = Unit("rtg", "Röntgen", UnitCategory.MEDICAL_SERVICE, parent_id="rs")
    for sid, (kind, supplier, _rate, price) in SERVICES.items():
        s.trade.services[sid] = Service(sid, sid.upper(), supplier, kind, unit_cost_sek=price, price_sek=price,
                                        pna_alternative="crp-pna" if sid == "crp" else None)
    pricing = plan.kind is EventKind.PRICING
    touched = [f"hc{i}" for i in range(plan.touched)]
    others = [f"x{i}" for i in range(plan.untouched)]
    for b in touched + others:
        private = pricing and b.startswith("x")
        s.units[b] = Unit(b, f"Hälsocentral {b}", UnitCategory.PRIVATE_PROVIDER if private else UnitCategory.OWN_PROVIDER,
                          parent_id="rs")
    s.structure_changed()
    project.scenarios[s.id] = s
    records, listed, kinds = [], {}, {}
    first_after = plan.on.year if (plan.on.month, plan.on.day) == (1, 1) else plan.on.year + 1
    for b in touched + others:
        level = math.exp(rng.gauss(0, 0.3))
        patients = rng.randint(2000, 10000)
        kinds[b] = BuyerKind.PRIVATE if pricing and b.startswith("x") else BuyerKind.OWN
        for y in YEARS:
            patients = int(patients * (1 + rng.uniform(-0.02, 0.04)))
            listed[(b, str(y))] = patients
            after = y >= first_after
            for sid, (kind, _supplier, rate, price) in SERVICES.items():
                if kind is ServiceKind.PNA and plan.kind is not EventKind.PNA:
                    continue
                lvl = level
                if after and b in touched and plan.converge:
                    lvl = level + (1 - level) * plan.converge
                volume = patients / 1000 * rate * lvl * math.exp(plan.trend * (y - YEARS[0]) + rng.gauss(0, plan.noise))
                if after and b in touched and _in_scope(plan.kind, kind):
                    volume *= 1 + plan.effect
                records.append(VolumeRecord(str(y), b, sid, round(volume, 6), price))
    event = {
        EventKind.FEEDBACK: TradeEvent("fb", EventKind.FEEDBACK, on=plan.on, supplier="lab", buyers=tuple(touched)),
        EventKind.PRICING: TradeEvent("pris", EventKind.PRICING, decision="RS/1/2014", supplier="lab",
                                      pricing_from=PricingModel.FRI_NYTTIGHET, pricing_to=PricingModel.STYCKPRIS),
        EventKind.PNA: TradeEvent("pna", EventKind.PNA, on=plan.on, buyers=tuple(touched)),
    }[plan.kind]
    project.trade_history = TradeHistory(tuple(records), listed, kinds, (event,), "syntetisk")
    return project, s


def _in_scope(event: EventKind, kind: ServiceKind) -> bool:
    if event is EventKind.PNA:
        return kind in (ServiceKind.LAB, ServiceKind.PNA)
    return kind is ServiceKind.LAB  # feedback and pricing here concern the lab's services
