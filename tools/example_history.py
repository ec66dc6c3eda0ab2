"""Illustrative volume history 2010–2017 for the bundled example (issue 35), labelled as such.

Invented so that every chart and every answer of the evaluation has something to show, not the
region's own figures. The story it tells: lab and radiology were free to egenregi's hälsocentraler
until a decision put them on styckpris from 1 January 2013 (private providers paid per item all
along, under vårdval); Laboratoriemedicin began consultative feedback at six hälsocentraler in
2015; PNA came to two hälsocentraler in 2014 and three more in 2015, taking over half of the CRP,
glucose and Strep A analyses there. Purchases grow about 4 % a year everywhere. The planted
effects (−12 % volume when egenregi began to pay, −8 % lab volume and a narrower spread where
feedback was given, +6 % lab testing where PNA came) are what the evaluation should find within
its stated uncertainty. Deterministic: the same file every build.
"""

from __future__ import annotations

import math
import random
from datetime import date

from example_trade import LAB, SERVICES

from orgdesigner.model import Decision, Project, UnitCategory
from orgdesigner.model.trade import PricingModel, ServiceKind
from orgdesigner.model.trade_history import (
    BuyerKind,
    EventKind,
    TradeEvent,
    TradeHistory,
    VolumeRecord,
)

YEARS = range(2010, 2018)
NOTE = ("Illustrativ volymhistorik 2010–2017: påhittade volymer, priser och listningar som visar hur "
        "utvärderingen fungerar, inte regionens egna siffror.")
PRICING_DECISION = Decision(
    "LS/118/2012", "Internpriser för lab och röntgen till egenregins hälsocentraler (illustrativt beslut)",
    date(2013, 1, 1), None,
    "Illustrativt: egenregins hälsocentraler betalar styckpris för lab och röntgen från 2013; tidigare var "
    "tjänsterna fria nyttigheter för dem, medan privata vårdgivare betalade styckpris.")
FEEDBACK_AT = ("hc-are", "hc-krokom", "hc-jarpen", "hc-follinge", "hc-bracke", "hc-svenstavik")
PNA_AT = {2014: ("hc-are", "hc-krokom"), 2015: ("hc-froso", "hc-lugnvik", "hc-odensala")}
PRICING_EFFECT, FEEDBACK_EFFECT, PNA_EFFECT = -0.12, -0.08, 0.06
CONVERGENCE = 0.4  # feedback moves a hälsocentral's level this share of the way to the average
PNA_TAKES = 0.5  # the share of a replaceable analysis PNA takes over where it comes


def _price(cost: float, year: int) -> float:
    """The price list of `year`: today's full cost, indexed 2 % a year."""
    return round(cost * 0.98 ** (2017 - year), 2)


def add_volume_history(project: Project, scenario_id: str = "nulage-2017") -> None:
    rng = random.Random(2017)
    project.decisions[PRICING_DECISION.id] = PRICING_DECISION
    scenario = project.scenarios[scenario_id]
    buyers = [u for u in scenario.units.values()
              if u.listed_patients and u.category in (UnitCategory.OWN_PROVIDER, UnitCategory.PRIVATE_PROVIDER)]
    pna_start = {b: y for y, hcs in PNA_AT.items() for b in hcs}
    records: list[VolumeRecord] = []
    listed: dict[tuple[str, str], int] = {}
    kinds: dict[str, BuyerKind] = {}
    for unit in buyers:
        own = unit.category is UnitCategory.OWN_PROVIDER
        kinds[unit.id] = BuyerKind.OWN if own else BuyerKind.PRIVATE
        level = math.exp(rng.gauss(0, 0.18))
        growth = rng.uniform(0.0, 0.015)
        assert unit.listed_patients is not None
        for year in YEARS:
            patients = round(unit.listed_patients * (1 - growth) ** (2017 - year), -1)
            listed[(unit.id, str(year))] = int(patients)
            moved: dict[str, float] = {}  # PNA service -> volume it takes over from the lab this year
            for sid, _name, supplier, kind, cost, alt, per_thousand in SERVICES:
                if kind is ServiceKind.PNA:
                    continue
                lvl = level
                factor = 1.04 ** (year - 2010) * math.exp(rng.gauss(0, 0.04))
                if own and year >= 2013:
                    factor *= 1 + PRICING_EFFECT
                if unit.id in FEEDBACK_AT and supplier == LAB and year >= 2015:
                    factor *= 1 + FEEDBACK_EFFECT
                    lvl = level + (1 - level) * CONVERGENCE
                volume = patients * per_thousand / 1000 * lvl * factor
                if year >= pna_start.get(unit.id, 9999) and kind is not ServiceKind.XRAY and supplier == LAB:
                    volume *= 1 + PNA_EFFECT
                    if alt is not None:  # half of what PNA can replace is done at the hälsocentral
                        moved[alt] = volume * PNA_TAKES
                        volume -= moved[alt]
                records.append(VolumeRecord(str(year), unit.id, sid, float(round(volume)), _price(cost, year)))
            for sid, _name, _supplier, _kind, cost, _alt, _per_thousand in SERVICES:
                if sid in moved:
                    records.append(VolumeRecord(str(year), unit.id, sid, float(round(moved[sid])), _price(cost, year)))
    events = (
        TradeEvent("pris-2013", EventKind.PRICING, decision=PRICING_DECISION.id,
                   pricing_from=PricingModel.FRI_NYTTIGHET, pricing_to=PricingModel.STYCKPRIS,
                   note="Egenregins hälsocentraler betalar styckpris för lab och röntgen (illustrativt)."),
        TradeEvent("aterkoppling-lab-2015", EventKind.FEEDBACK, on=date(2015, 1, 1), supplier=LAB, buyers=FEEDBACK_AT,
                   note="Laboratoriemedicin går igenom beställningsmönster med sex hälsocentraler (illustrativt)."),
        *(TradeEvent(f"pna-{year}", EventKind.PNA, on=date(year, 1, 1), buyers=hcs,
                     note="PNA-instrument (CRP, glukos, Hb, Strep A) på hälsocentralen (illustrativt).")
          for year, hcs in PNA_AT.items()),
    )
    project.trade_history = TradeHistory(tuple(records), listed, kinds, events, NOTE)
