"""Illustrative internal trade for the bundled example: lab, radiology and PNA (RS/1042/2017).

Every price, cost and volume here is illustrative, not Region Jämtland Härjedalen's own. They
follow what other regions publish (domain.md): lab price lists at full cost including overheads
(a blood count 42 SEK plus 31 SEK for the differential), radiology per examination, and PNA
whose cost the hälsocentral itself bears.
"""

from __future__ import annotations

import dataclasses

from orgdesigner.model import Project, Scenario, UnitCategory
from orgdesigner.model.trade import (
    Flow,
    InternalTrade,
    PricingModel,
    Service,
    ServiceKind,
    TradeAssumptions,
)

LAB, RTG = "labmed", "rtg-ost"
ILLUSTRATIVE = "Illustrativt pris och volym, inte regionens egna siffror."

# id, name, supplier, kind, unit cost = full-cost price (SEK), PNA alternative, per 1,000 listed a year
SERVICES: list[tuple[str, str, str, ServiceKind, float, str | None, int]] = [
    ("pna-crp", "CRP, patientnära (PNA)", LAB, ServiceKind.PNA, 28.0, None, 260),
    ("pna-glukos", "Glukos, patientnära (PNA)", LAB, ServiceKind.PNA, 12.0, None, 110),
    ("pna-hb", "Hb, patientnära (PNA)", LAB, ServiceKind.PNA, 15.0, None, 120),
    ("pna-strepa", "Strep A snabbtest (PNA)", LAB, ServiceKind.PNA, 45.0, None, 40),
    ("lab-blodstatus", "Blodstatus (Hb, LPK, TPK)", LAB, ServiceKind.LAB, 42.0, None, 340),
    ("lab-diff", "Differentialräkning", LAB, ServiceKind.LAB, 31.0, None, 60),
    ("lab-crp", "CRP", LAB, ServiceKind.LAB, 38.0, "pna-crp", 180),
    ("lab-glukos", "P-Glukos", LAB, ServiceKind.LAB, 22.0, "pna-glukos", 90),
    ("lab-hba1c", "HbA1c", LAB, ServiceKind.LAB, 75.0, None, 120),
    ("lab-lipid", "Lipidstatus", LAB, ServiceKind.LAB, 95.0, None, 90),
    ("lab-tsh", "TSH", LAB, ServiceKind.LAB, 68.0, None, 80),
    ("mikro-urin", "Urinodling", LAB, ServiceKind.MICROBIOLOGY, 160.0, None, 70),
    ("mikro-svalg", "Svalgodling (Strep A)", LAB, ServiceKind.MICROBIOLOGY, 150.0, "pna-strepa", 15),
    ("rtg-thorax", "Slätröntgen lungor", RTG, ServiceKind.XRAY, 650.0, None, 25),
    ("rtg-skelett", "Slätröntgen skelett", RTG, ServiceKind.XRAY, 720.0, None, 30),
    ("ul-buk", "Ultraljud buk", RTG, ServiceKind.ULTRASOUND, 1_350.0, None, 8),
    ("dt-hjarna", "DT hjärna", RTG, ServiceKind.CT, 2_400.0, None, 4),
]

#: Nuläge: radiology charges outside senders more, as labs and X-ray departments often do.
PRIVATE_SURCHARGE = {"rtg-thorax": 780.0, "rtg-skelett": 860.0}


def _services(surcharge: bool) -> dict[str, Service]:
    out: dict[str, Service] = {}
    for sid, name, supplier, kind, cost, alt, _ in SERVICES:
        description = ILLUSTRATIVE
        if kind is ServiceKind.PNA:
            description += " Hälsocentralen bär kostnaden för PNA; laboratoriet svarar för instrument och kvalitetskontroll."
        private = PRIVATE_SURCHARGE.get(sid) if surcharge else None
        if private is not None:
            description += " Privata vårdgivare betalar ett högre pris (illustrerar konkurrensneutralitet)."
        out[sid] = Service(sid, name, supplier, kind, unit_cost_sek=cost, pricing=PricingModel.STYCKPRIS,
                           price_sek=cost, private_price_sek=private, pna_alternative=alt, description=description)
    return out


def _flows(scenario: Scenario) -> dict[tuple[str, str], Flow]:
    """Volumes from listed patients, with a fixed, deterministic spread between buyers."""
    buyers = [u for u in scenario.units.values()
              if u.listed_patients and u.category in (UnitCategory.OWN_PROVIDER, UnitCategory.PRIVATE_PROVIDER)]
    flows: dict[tuple[str, str], Flow] = {}
    for unit in buyers:
        b = sum(map(ord, unit.id))  # the same buyer gets the same volumes in every scenario
        for s, (sid, *_, per_thousand) in enumerate(SERVICES):
            spread = 0.85 + 0.3 * (((b * 7 + s * 3) % 11) / 10)  # 0.85 … 1.15
            volume = float(round(unit.listed_patients * per_thousand / 1000 * spread))
            if volume > 0:
                flows[(unit.id, sid)] = Flow(unit.id, sid, volume)
    return flows


def add_internal_trade(project: Project) -> None:
    """Give each scenario of the example its (illustrative) lab, radiology and PNA trade."""
    for sid, scenario in project.scenarios.items():
        surcharge = sid != "koncern-2018"  # the koncern harmonises prices for all buyers
        assumptions = TradeAssumptions(
            note="Illustrativa antaganden, inte uppmätta: volymrespons per prismodell enligt "
            "erfarenheter från andra regioner (t.ex. +15 % när tjänsten är gratis)."
        )
        if sid == "koncern-2018":
            assumptions = dataclasses.replace(assumptions, pna_share=0.2, consultative_feedback=True)
        scenario.trade = InternalTrade(_services(surcharge), _flows(scenario), assumptions)
