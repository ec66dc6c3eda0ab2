"""Rule 8: units and economic rules that rely on a decision not in force at the scenario's date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import decision_ref, long_date
from orgdesigner.model.entities import Decision

_WHY_SV = (
    "Ett beslut som har upphört (eller ännu inte börjat gälla) ger ingen grund att stå på: enheten "
    "eller reglerna behöver ett beslut som gäller den dag organisationen avser."
)
_WHY_EN = (
    "A decision that has ended (or not yet begun) gives no ground to stand on: the unit or the rules "
    "need a decision in force on the day the organisation is for."
)


def _why_not(decision: Decision, day: date | None) -> tuple[str, str]:
    if decision.valid_from is not None and day is not None and day < decision.valid_from:
        return (f"gäller först från den {long_date(decision.valid_from, 'sv')}",
                f"applies only from {long_date(decision.valid_from, 'en')}")
    if decision.valid_until is None:
        return "upphörde att gälla", "ceased to apply"
    return (f"upphörde att gälla den {long_date(decision.valid_until, 'sv')}",
            f"ceased to apply on {long_date(decision.valid_until, 'en')}")


def _problems(context: Context, ids: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(decision id, how text names it, Swedish reason, English reason) for each id not in force."""
    decisions = context.project.decisions
    day = context.scenario.effective_date
    out = []
    for did in sorted(set(ids)):
        decision = decisions.get(did)
        if decision is None:
            out.append((did, did, "finns inte i beslutsregistret", "is not in the decision register"))
        elif not decision.in_force(day):
            out.append((did, decision_ref(did, decision.title), *_why_not(decision, day)))
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
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.units_with_decisions,
)
def unit_decision_out_of_force(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit referring to a decision not in force at the scenario's effective date (ended, not yet begun, or missing from the register)."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or not unit.decisions:
        return
    day = context.scenario.effective_date
    for did, ref, why_sv, why_en in _problems(context, unit.decisions):
        yield Found(
            f"{unit.name} vilar på beslut {ref}, som {why_sv} (läget per den {long_date(day, 'sv')}).",
            f"{unit.name} relies on decision {ref}, which {why_en} (the state as of {long_date(day, 'en')}).",
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
    fix_sv=_FIX_SV,
    fix_en=_FIX_EN,
    triggers=frozenset({Trigger.DECISIONS, Trigger.SCENARIO}),
)
def economy_decision_out_of_force(context: Context, _key: str | None) -> Iterator[Found]:
    """The scenario's surplus and deficit rules referring to a decision not in force at its effective date."""
    day = context.scenario.effective_date
    for did, ref, why_sv, why_en in _problems(context, context.scenario.economy.decisions):
        yield Found(
            f"Reglerna för över- och underskott vilar på beslut {ref}, som {why_sv} "
            f"(läget per den {long_date(day, 'sv')}).",
            f"The surplus and deficit rules rely on decision {ref}, which {why_en} "
            f"(the state as of {long_date(day, 'en')}).",
            Subjects(decisions=(did,)),
        )
