"""Rule 8: units and economic rules that rely on a decision not in force at the scenario's date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.model.entities import Decision

_WHY_SV = (
    "Ett beslut som har upphört (eller ännu inte börjat gälla) ger ingen grund att stå på. "
    "I december 2017 (RS/1039/2017) föreslog regiondirektören att regionstyrelsen föreslår "
    "regionfullmäktige att LS/935/2009 (egenregins organisation) och LS/42/2010 (över- och "
    "underskottshantering) upphör att gälla från och med 2018-03-01."
)
_WHY_EN = (
    "A decision that has ended (or not yet begun) gives no ground to stand on. In December 2017 "
    "(RS/1039/2017) the regional director proposed that the regional board propose to the regional "
    "council that LS/935/2009 (egenregi's organisation) and LS/42/2010 (surplus and deficit "
    "handling) cease to apply from 2018-03-01."
)


def _day(day: date | None) -> str:
    return day.isoformat() if day else "–"


def _why_not(decision: Decision, day: date | None) -> tuple[str, str]:
    if decision.valid_from is not None and day is not None and day < decision.valid_from:
        since = decision.valid_from.isoformat()
        return f"gäller först från {since}", f"applies only from {since}"
    until = decision.valid_until.isoformat() if decision.valid_until else "?"
    return f"upphörde att gälla {until}", f"ceased to apply on {until}"


def _problems(context: Context, ids: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(decision id, Swedish reason, English reason) for each id not in force."""
    decisions = context.project.decisions
    day = context.scenario.effective_date
    out = []
    for did in sorted(set(ids)):
        decision = decisions.get(did)
        if decision is None:
            out.append((did, "finns inte i beslutsregistret", "is not in the decision register"))
        elif not decision.in_force(day):
            out.append((did, *_why_not(decision, day)))
    return out


_FIX_SV = (
    "Ta bort hänvisningen, ersätt den med det beslut som gäller nu, eller ange ett scenariodatum då "
    "beslutet gäller. Ett nytt beslut läggs till i beslutsregistret."
)
_FIX_EN = (
    "Remove the reference, replace it with the decision that applies now, or give the scenario a date "
    "on which the decision applies. Add a new decision to the decision register."
)


@scoped_rule(
    "R08-decision-out-of-force",
    Severity.WARNING,
    Scope.UNIT,
    title_sv="Enhet vilar på beslut som inte gäller",
    title_en="Unit relies on a decision not in force",
    why_sv=_WHY_SV,
    why_en=_WHY_EN,
    fix_sv=_FIX_SV,
    fix_en=_FIX_EN,
    triggers=frozenset({Trigger.DECISIONS, Trigger.SCENARIO}),
    candidates=candidates.units_with_decisions,
)
def unit_decision_out_of_force(context: Context, unit_id: str | None) -> Iterator[Finding]:
    """A unit referring to a decision not in force at the scenario's effective date (ended, not yet begun, or missing from the register)."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or not unit.decisions:
        return
    day = context.scenario.effective_date
    for did, why_sv, why_en in _problems(context, unit.decisions):
        yield Finding(
            "R08-decision-out-of-force",
            Severity.WARNING,
            f"{unit.name} vilar på beslut {did}, som {why_sv} (scenariots datum {_day(day)}).",
            f"{unit.name} relies on decision {did}, which {why_en} (scenario date {_day(day)}).",
            Subjects(units=(unit.id,), decisions=(did,)),
        )


@scoped_rule(
    "R08-economy-decision-out-of-force",
    Severity.WARNING,
    Scope.SCENARIO,
    title_sv="Ekonomiska regler vilar på beslut som inte gäller",
    title_en="Economic rules rely on a decision not in force",
    why_sv=_WHY_SV,
    why_en=_WHY_EN,
    fix_sv=_FIX_SV + " Med regionens underskott finns enligt översynen inget skäl att behålla "
    "2010 års modell för över- och underskott.",
    fix_en=_FIX_EN + " With the region's deficit the review saw no reason to keep the 2010 surplus "
    "and deficit model.",
    triggers=frozenset({Trigger.DECISIONS, Trigger.SCENARIO}),
)
def economy_decision_out_of_force(context: Context, _key: str | None) -> Iterator[Finding]:
    """The scenario's surplus and deficit rules referring to a decision not in force at its effective date."""
    day = context.scenario.effective_date
    for did, why_sv, why_en in _problems(context, context.scenario.economy.decisions):
        yield Finding(
            "R08-economy-decision-out-of-force",
            Severity.WARNING,
            f"Scenariots regler för över- och underskott vilar på beslut {did}, som {why_sv} "
            f"(scenariots datum {_day(day)}).",
            f"The scenario's surplus and deficit rules rely on decision {did}, which {why_en} "
            f"(scenario date {_day(day)}).",
            Subjects(decisions=(did,)),
        )
