"""Rule 10: catalogue entries and units that nothing uses: information, except a care unit that
delivers (a hälsocentral) with no role at all, which is a warning."""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.model.enums import UnitCategory

_PROVIDERS = (UnitCategory.OWN_PROVIDER, UnitCategory.PRIVATE_PROVIDER)


def is_care_unit(context: Context, unit_id: str) -> bool:
    """A provider (own or private) that delivers care itself: it has listed patients or no units
    under it (a hälsocentral, not a management layer such as a närområde)."""
    unit = context.scenario.units[unit_id]
    return unit.category in _PROVIDERS and (bool(unit.listed_patients) or not context.index.children.get(unit_id))


@scoped_rule(
    "R10-unused-function",
    Severity.INFO,
    Scope.FUNCTION,
    title_sv="Oanvänd funktion",
    title_en="Unused function",
    why_sv="En funktion i katalogen som ingen enhet har någon roll för i scenariot: antingen saknas "
    "den i scenariot eller så har ingen fått ansvaret ännu.",
    why_en="A function of the catalogue that no unit has any role for in the scenario: either it does "
    "not exist in this scenario or nobody has been given the responsibility yet.",
    fix_sv="Fördela utveckling, beställning och utförande i ansvarsmatrisen, eller ta bort funktionen "
    "ur katalogen om den inte behövs.",
    fix_en="Assign development, ordering and delivery in the matrix, or remove the function from the "
    "catalogue if it is not needed.",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.unused_functions,
)
def unused_function(context: Context, function_id: str | None) -> Iterator[Found]:
    """A function of the catalogue that no unit has any role for in the scenario."""
    if function_id not in context.project.functions or function_id in context.index.function_load:
        return
    name = context.function_name(function_id)
    yield Found(
        f"Ingen enhet har någon roll för {name} i scenariot.",
        f"No unit has any role for {name} in the scenario.",
        Subjects(functions=(function_id,)),
    )


@scoped_rule(
    "R10-idle-unit",
    Severity.INFO,
    Scope.UNIT,
    title_sv="Enhet utan ansvar",
    title_en="Unit without responsibility",
    why_sv="En enhet utan någon roll i ansvarsmatrisen syns inte i analysen av ansvar; antingen är "
    "matrisen ofullständig eller så behövs inte enheten.",
    why_en="A unit with no role in the matrix does not take part in the analysis of responsibility: "
    "either the matrix is incomplete or the unit is not needed.",
    fix_sv="Ge enheten sina roller i ansvarsmatrisen, eller ta bort eller slå ihop den. "
    "Regionledningen räknas inte, eftersom den bär ansvaret genom linjen.",
    fix_en="Give the unit its roles in the matrix, or remove or merge it. Top management "
    "(governance) is not reported.",
    triggers=frozenset(),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.idle_units,
)
def idle_unit(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit with no role for any function; top management (governance) is exempt, as it holds
    responsibility through the line, and a care unit is R10-idle-care-unit's."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or unit.id in context.index.unit_load or unit.category is UnitCategory.GOVERNANCE:
        return
    if is_care_unit(context, unit.id):
        return
    yield Found(
        f"{unit.name} har ingen roll för någon funktion.",
        f"{unit.name} has no role for any function.",
        Subjects(units=(unit.id,)),
    )


@scoped_rule(
    "R10-idle-care-unit",
    Severity.WARNING,
    Scope.UNIT,
    title_sv="Hälsocentral utan ansvar",
    title_en="Care unit without responsibility",
    why_sv="En hälsocentral eller annan vårdenhet levererar vård, men ingen roll i ansvarsmatrisen "
    "säger vad den levererar eller vem den svarar till: dess vård syns inte i analysen av ansvar.",
    why_en="A hälsocentral or other care unit delivers care, but no role in the matrix says what it "
    "delivers or whom it answers to: its care takes no part in the analysis of responsibility.",
    fix_sv="Ge enheten sina roller, i vårdvalet vanligen ansvarig (A) för sin egen leverans.",
    fix_en="Give the unit its roles; under vårdval usually accountable (A) for its own delivery.",
    triggers=frozenset(),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.idle_units,
)
def idle_care_unit(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A provider unit (own or private) that delivers care itself (listed patients, or no units under it) with no role for any function."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or unit.id in context.index.unit_load or not is_care_unit(context, unit.id):
        return
    yield Found(
        f"{unit.name} levererar vård men har ingen roll för någon funktion.",
        f"{unit.name} delivers care but has no role for any function.",
        Subjects(units=(unit.id,)),
    )
