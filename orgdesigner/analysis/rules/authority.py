"""Rules 6–7: responsibility needs authority (ansvar kräver befogenhet); intraprenad terms."""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import (
    AUTHORITY,
    authorities_phrase,
    of_function,
    on_date,
    resp,
)
from orgdesigner.model.enums import Authority, Responsibility, UnitCategory, UnitForm

#: the authority an accountability implies
IMPLIED = {
    Responsibility.DEVELOPMENT: Authority.DEVELOPMENT,
    Responsibility.ORDERING: Authority.BUDGET,
}

#: (responsibility, implied authority, and their words in Swedish and English), for R06's loop
_IMPLIED_WORDS = tuple((r, a, *resp(r), *AUTHORITY[a]) for r, a in IMPLIED.items())
_GOVERNANCE = UnitCategory.GOVERNANCE

#: what an intraprenad is: result responsibility and the authority to act on it
INTRAPRENAD_AUTHORITIES = (
    Authority.RESULT_RESPONSIBILITY,
    Authority.SURPLUS_RETENTION,
    Authority.STAFFING,
    Authority.PURCHASING,
)


@scoped_rule(
    "R06-accountable-without-authority",
    Severity.WARNING,
    Scope.FUNCTION,
    title_sv="Ansvar utan befogenhet",
    title_en="Accountability without authority",
    why_sv="En enhet som ansvarar för utveckling men saknar utvecklingsmandat, eller ansvarar för "
    "beställning men saknar budget, kan inte bära sitt ansvar. Självständighet kommer av tillit "
    "och befogenheter snarare än av formella villkor.",
    why_en="A unit accountable for development without a development mandate, or for ordering "
    "without a budget, cannot carry its responsibility. Independence comes from trust and "
    "authority rather than from formal terms.",
    fix_sv="Ge enheten befogenheten (utvecklingsmandat eller budget), eller flytta ansvaret till den "
    "enhet som har den. Regionledningen (politiska organ, regiondirektör) undantas.",
    fix_en="Give the unit the authority (development mandate or budget), or move the accountability "
    "to the unit that has it. Top management (political bodies, regiondirektör) is exempt.",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.used_functions,
)
def accountable_without_authority(context: Context, function_id: str | None) -> Iterator[Found]:
    """A unit accountable for development without the development mandate, or accountable for ordering without budget authority; top management (governance) is exempt."""
    if function_id is None:
        return
    units = context.scenario.units
    accountable = context.index.accountable
    for r, needed, r_sv, r_en, a_sv, a_en in _IMPLIED_WORDS:
        owners = accountable.get((function_id, r))
        if not owners:
            continue
        what_sv = what_en = None  # the message's words for this function, made once
        for uid in sorted(owners):
            unit = units[uid]
            if unit.category is _GOVERNANCE or needed in unit.authorities:
                continue
            if what_sv is None or what_en is None:
                name = context.function_name(function_id)
                what_sv = f" är ansvarig för {of_function(r_sv, name)} men saknar befogenheten {a_sv}."
                what_en = f" is accountable for {r_en} of {name} but lacks the authority {a_en}."
            yield Found(unit.name + what_sv, unit.name + what_en, Subjects((uid,), (function_id,), r))


@scoped_rule(
    "R07-intraprenad-without-terms",
    Severity.WARNING,
    Scope.UNIT,
    title_sv="Intraprenad utan villkor",
    title_en="Intraprenad without terms",
    why_sv="En intraprenad vilar på ett beslut eller en överenskommelse och på befogenheter: "
    "resultatansvar, rätt att behålla överskott, bemanning och inköp. Utan dem är enheten "
    "intraprenad bara till namnet.",
    why_en="An intraprenad rests on a decision or agreement and on authority: result responsibility, "
    "surplus retention, staffing and purchasing. Without them the unit is an intraprenad in name only.",
    fix_sv="Knyt enheten till ett beslut som gäller vid scenariots datum och ge den de befogenheter "
    "som saknas, eller ändra driftformen till resultatenhet eller linjeenhet.",
    fix_en="Link the unit to a decision in force at the scenario's date and give it the missing "
    "authorities, or change its form to result unit or line unit.",
    triggers=frozenset({Trigger.DECISIONS, Trigger.SCENARIO}),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.intraprenad_units,
)
def intraprenad_without_terms(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit of form intraprenad with none of its decisions in force at the scenario's effective date, or lacking result responsibility, surplus retention, staffing or purchasing authority."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or unit.form is not UnitForm.INTRAPRENAD:
        return
    day = context.scenario.effective_date
    decisions = context.project.decisions
    in_force = [d for d in unit.decisions if d in decisions and decisions[d].in_force(day)]
    missing = [a for a in INTRAPRENAD_AUTHORITIES if a not in unit.authorities]
    if in_force and not missing:
        return
    parts_sv, parts_en = [], []
    if not in_force:
        parts_sv.append(f"beslut eller överenskommelse som gäller {on_date(day, 'sv')}")
        parts_en.append(f"a decision or agreement in force {on_date(day, 'en')}")
    if missing:
        parts_sv.append(authorities_phrase([AUTHORITY[a][0] for a in missing], "sv"))
        parts_en.append(authorities_phrase([AUTHORITY[a][1] for a in missing], "en"))
    not_in_force = tuple(sorted(d for d in unit.decisions if d not in in_force))
    yield Found(
        f"{unit.name} är intraprenad men saknar {' samt '.join(parts_sv)}.",
        f"{unit.name} is an intraprenad but lacks {' and '.join(parts_en)}.",
        Subjects(units=(unit.id,), decisions=not_in_force),
    )
