"""Rules 1–3: exactly one accountable unit per (function, responsibility), and no orphaned work.

A function with no assignment at all in the scenario is left to rule 10 (unused function).
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.analysis.texts import RESPONSIBILITY, join_both, of_function, opening_count
from orgdesigner.model.enums import Responsibility, Role

_RESPONSIBILITIES = tuple(Responsibility)  # iterating the enum class is a slow generator
_ACC = Role.ACCOUNTABLE
_PERF = Role.PERFORMS


def _used(context: Context, function_id: str) -> bool:
    return function_id in context.index.function_load


@scoped_rule(
    "R01-no-accountable",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Ingen ansvarig",
    title_en="No accountable unit",
    why_sv="När ingen enhet är ansvarig för utveckling, beställning eller utförande av en funktion "
    "faller frågor mellan stolarna: ingen prioriterar, ingen följer upp och ingen kan ställas till svars.",
    why_en="When no unit is accountable for developing, ordering or delivering a function, questions "
    "fall between the chairs: nobody prioritises, follows up or answers for it.",
    fix_sv="Markera exakt en enhet som ansvarig (A) för ansvaret i ansvarsmatrisen, vanligen den "
    "enhet som har budget och mandat för det.",
    fix_en="Mark exactly one unit as accountable (A) for the responsibility in the matrix, usually the "
    "unit that holds the budget and mandate for it.",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.functions_lacking_accountable,
)
def no_accountable(context: Context, function_id: str | None) -> Iterator[Found]:
    """A responsibility (development, ordering or delivery) of a function used in the scenario with no unit accountable and none performing it (with performers it is R03-work-without-owner)."""
    if function_id is None or not _used(context, function_id):
        return
    cells = context.index.cells
    name = context.function_name(function_id)
    for r in _RESPONSIBILITIES:
        holders = cells.get((function_id, r))
        if holders and (_ACC in holders.values() or _PERF in holders.values()):
            continue  # with performers it is rule 3's "work without an owner"
        sv, en = RESPONSIBILITY[r]
        yield Found(
            f"Ingen enhet är ansvarig för {of_function(sv, name)}.",
            f"No unit is accountable for {en} of {name}.",
            Subjects((), (function_id,), r),
        )


@scoped_rule(
    "R02-double-accountable",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Flera ansvariga",
    title_en="More than one accountable unit",
    why_sv="Två ansvariga för samma sak betyder i praktiken ingen: var och en kan vänta på den andra, "
    "och beslut kan gå isär.",
    why_en="Two units accountable for the same thing means, in practice, none: each can wait for the "
    "other and their decisions can diverge.",
    fix_sv="Behåll en ansvarig och gör de andra till utförare (U), rådfrågade (R) eller informerade (I).",
    fix_en="Keep one accountable unit and make the others performing (R), consulted (C) or informed (I).",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.used_functions,
)
def double_accountable(context: Context, function_id: str | None) -> Iterator[Found]:
    """A responsibility of a function with more than one accountable unit (not delivery of a vårdval function, which is plural)."""
    if function_id is None or not _used(context, function_id):
        return
    accountable_sets = context.index.accountable
    plural_delivery = context.project.functions[function_id].vardval
    name = None
    for r in _RESPONSIBILITIES:
        owners = accountable_sets.get((function_id, r))
        if owners is None or len(owners) < 2:
            continue
        if r is Responsibility.DELIVERY and plural_delivery:
            continue  # under vårdval each provider is accountable for its own delivery (R12)
        accountable = sorted(owners)
        if name is None:
            name = context.function_name(function_id)
        sv, en = RESPONSIBILITY[r]
        names_sv, names_en = join_both(context.names(accountable))
        yield Found(
            f"{opening_count(len(accountable), 'sv')} enheter är ansvariga för {of_function(sv, name)}: {names_sv}.",
            f"{opening_count(len(accountable), 'en')} units are accountable for {en} of {name}: {names_en}.",
            Subjects(tuple(accountable), (function_id,), r),
        )


@scoped_rule(
    "R03-work-without-owner",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Arbete utan ägare",
    title_en="Work without an owner",
    why_sv="Enheter utför något som ingen är ansvarig för. Arbetet görs, men ingen prioriterar, "
    "beställer eller följer upp det, och utförarna vet inte vem de svarar till.",
    why_en="Units do work that nobody is accountable for. The work gets done, but nobody prioritises, "
    "orders or follows it up, and the performers do not know whom they answer to.",
    fix_sv="Utse en ansvarig enhet för ansvaret; ofta den chef som utförarna redan rapporterar till.",
    fix_en="Make one unit accountable for the responsibility, often the manager the performers "
    "already report to.",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.functions_lacking_accountable,
)
def work_without_owner(context: Context, function_id: str | None) -> Iterator[Found]:
    """A responsibility of a function that units perform while no unit is accountable for it."""
    if function_id is None or not _used(context, function_id):
        return
    cells = context.index.cells
    accountable = context.index.accountable
    for r in _RESPONSIBILITIES:
        cell = (function_id, r)
        holders = cells.get(cell)
        if not holders or cell in accountable or _PERF not in holders.values():
            continue
        performers = sorted([u for u, role in holders.items() if role is _PERF])
        sv, en = RESPONSIBILITY[r]
        name = context.function_name(function_id)
        names_sv, names_en = join_both(context.names(performers))
        yield Found(
            f"{names_sv} arbetar med {of_function(sv, name)}, men ingen enhet är ansvarig för det.",
            f"{names_en} {'performs' if len(performers) == 1 else 'perform'} {en} of {name}, "
            "but no unit is accountable for it.",
            Subjects(tuple(performers), (function_id,), r),
        )


@scoped_rule(
    "R03-delivery-not-performed",
    Severity.INFO,
    Scope.FUNCTION,
    title_sv="Utförande som ingen utför",
    title_en="Delivery nobody performs",
    why_sv="En chefsenhet är ansvarig för utförandet men ingen enhet är markerad som utförare: det "
    "framgår inte vilken av verksamheterna under den som levererar. (En enhet utan underställda "
    "enheter antas utföra arbetet själv.)",
    why_en="A managing unit is accountable for delivery but no unit is marked as performing it: it "
    "does not show which of the operations under it delivers. (A unit with no units under it is "
    "taken to do the work itself.)",
    fix_sv="Markera de enheter (t.ex. hälsocentraler) som utför leveransen som utförare (U).",
    fix_en="Mark the units that deliver (e.g. the hälsocentraler) as performing (R).",
    triggers=frozenset(),
    candidates=candidates.used_functions,
)
def delivery_not_performed(context: Context, function_id: str | None) -> Iterator[Found]:
    """Delivery of a function whose accountable unit manages other units, while no unit is
    marked as performing it (a unit with no units under it is taken to do the work itself)."""
    if function_id is None or not _used(context, function_id):
        return
    cell = (function_id, Responsibility.DELIVERY)
    owners = context.index.accountable.get(cell)
    if not owners or _PERF in context.index.cells[cell].values():
        return
    children = context.index.children
    if not any(children.get(u) for u in owners):
        return
    accountable = sorted(owners)
    name = context.function_name(function_id)
    names_sv, names_en = join_both(context.names(accountable))
    yield Found(
        f"{names_sv} {'är ansvarig' if len(accountable) == 1 else 'är ansvariga'} för utförande av "
        f"{name}, men ingen enhet är markerad som utförare.",
        f"{names_en} {'is' if len(accountable) == 1 else 'are'} accountable for delivery of "
        f"{name}, but no unit is marked as performing it.",
        Subjects(tuple(accountable), (function_id,), Responsibility.DELIVERY),
    )
