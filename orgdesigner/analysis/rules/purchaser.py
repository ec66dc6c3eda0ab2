"""Rules 4–5: the line between the beställarenhet and egenregi.

Sides are read from unit categories: `purchaser` is the beställarenhet side, `own_provider` is
egenregi. Chains of command are walked upward from each unit (depth is small), never with a
whole-graph library, so an edit re-checks only the functions it touched.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.analysis.texts import join
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

_ACTIVE_ROLES = (Role.ACCOUNTABLE, Role.PERFORMS)


@scoped_rule(
    "R04-development-split",
    Severity.WARNING,
    Scope.FUNCTION,
    title_sv="Delat utvecklingsansvar",
    title_en="Development split between beställarenhet and egenregi",
    why_sv="Översynen 2017 fann att utvecklingsansvaret mellan egenregin och beställarenheten var "
    "otydligt i flera sammanhang. När båda sidor är ansvariga för eller driver utvecklingen av samma "
    "funktion vet ingen vem som bestämmer riktningen, och beställarens neutralitet mot privata "
    "utförare kan ifrågasättas.",
    why_en="The 2017 review found development responsibility between egenregi and the beställarenhet "
    "unclear in several contexts. When both sides are accountable for, or drive, the development of "
    "the same function, nobody knows who sets the direction, and the purchaser's neutrality toward "
    "private providers can be questioned.",
    fix_sv="Bestäm vilken sida som äger utvecklingen: beställarenheten utvecklar uppdraget "
    "(förfrågningsunderlaget), egenregin utvecklar sin egen verksamhet. Låt den andra sidan vara "
    "rådfrågad (C) i stället för ansvarig eller utförare.",
    fix_en="Decide which side owns development: the beställarenhet develops the assignment (the "
    "förfrågningsunderlag), egenregi develops its own operation. Make the other side consulted (C) "
    "instead of accountable or performing.",
    triggers=frozenset(),
    candidates=candidates.used_functions,
)
def development_split(context: Context, function_id: str | None) -> Iterator[Finding]:
    """Development of a function where a beställarenhet unit (category purchaser) and an egenregi unit (category own_provider) are both accountable or performing, at least one of them accountable."""
    if function_id is None:
        return
    holders = context.index.holders(function_id, Responsibility.DEVELOPMENT)
    if not holders:
        return
    units = context.scenario.units
    purchaser, own, accountable = [], [], False
    for uid, role in holders.items():
        if role not in _ACTIVE_ROLES:
            continue
        category = units[uid].category
        if category is UnitCategory.PURCHASER:
            purchaser.append(uid)
        elif category is UnitCategory.OWN_PROVIDER:
            own.append(uid)
        else:
            continue
        accountable = accountable or role is Role.ACCOUNTABLE
    if not (purchaser and own and accountable):
        return
    purchaser.sort()
    own.sort()
    name = context.function_name(function_id)
    p_sv = join([context.unit_name(u) for u in purchaser], "sv")
    o_sv = join([context.unit_name(u) for u in own], "sv")
    p_en = join([context.unit_name(u) for u in purchaser], "en")
    o_en = join([context.unit_name(u) for u in own], "en")
    yield Finding(
        "R04-development-split",
        Severity.WARNING,
        f"Utvecklingen av {name} är delad mellan beställarsidan ({p_sv}) och egenregin ({o_sv}).",
        f"Development of {name} is split between the beställarenhet side ({p_en}) and egenregi ({o_en}).",
        Subjects(units=tuple(purchaser + own), functions=(function_id,), responsibility=Responsibility.DEVELOPMENT),
    )


_R05_WHY_SV = (
    "I vårdval ska beställarenheten behandla regionens egna hälsocentraler och privata utförare lika "
    "(konkurrensneutralitet, LOV). Möts beställning och egen leverans i samma chefslinje under "
    "regionledningen kan en och samma chef styra både villkoren och den egna utföraren."
)
_R05_WHY_EN = (
    "Under vårdval the beställarenhet must treat the region's own hälsocentraler and private providers "
    "alike (konkurrensneutralitet, LOV). When ordering and own delivery meet in one chain of command "
    "below the region's top management, one manager can steer both the terms and the own provider."
)


@scoped_rule(
    "R05-purchaser-independence",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Beställare och egen utförare i samma linje",
    title_en="Purchaser and own provider in one chain of command",
    why_sv=_R05_WHY_SV,
    why_en=_R05_WHY_EN,
    fix_sv="Låt beställarenheten rapportera direkt till regionledningen (regionstyrelse, "
    "regiondirektör eller hälso- och sjukvårdsdirektör), skild från den linje egenregin ligger i.",
    fix_en="Let the beställarenhet report directly to top management (regionstyrelse, regiondirektör "
    "or hälso- och sjukvårdsdirektör), apart from the line egenregi sits in.",
    triggers=frozenset(),
    candidates=candidates.used_vardval_functions,
)
def purchaser_independence(context: Context, function_id: str | None) -> Iterator[Finding]:
    """For a vårdval function: the unit where the chain of command of a unit ordering it (accountable or performing) meets that of an egenregi unit delivering it, when that unit is not top management (category governance)."""
    function = context.project.functions.get(function_id) if function_id else None
    if function is None or not function.vardval:
        return
    index = context.index
    orderers = index.with_role(function_id, Responsibility.ORDERING, *_ACTIVE_ROLES)
    if not orderers:
        return
    units = context.scenario.units
    deliverers = [
        u
        for u in index.with_role(function_id, Responsibility.DELIVERY, *_ACTIVE_ROLES)
        if units[u].category is UnitCategory.OWN_PROVIDER
    ]
    if not deliverers:
        return
    # unit -> the orderers whose chain of command passes through it
    above: dict[str, list[str]] = {}
    for o in orderers:
        for u in context.chain(o):
            above.setdefault(u, []).append(o)
    governance = UnitCategory.GOVERNANCE
    meetings: dict[str, tuple[set[str], set[str]]] = {}
    for d in deliverers:
        matched: set[str] = set()
        for u in context.chain(d):
            met = above.get(u)
            if met is None:
                continue
            if matched:
                met = [o for o in met if o not in matched]
                if not met:
                    continue
            # the first shared unit is where d's chain meets each orderer's in `met`
            if units[u].category is not governance:
                ordering, delivering = meetings.setdefault(u, (set(), set()))
                ordering.update(met)
                delivering.add(d)
            matched.update(met)
            if len(matched) == len(orderers):
                break
    name = context.function_name(function_id)
    for meet in sorted(meetings):
        ordering, delivering = (sorted(s) for s in meetings[meet])
        meet_name = context.unit_name(meet)
        o_names = [context.unit_name(u) for u in ordering]
        d_names = [context.unit_name(u) for u in delivering]
        yield Finding(
            "R05-purchaser-independence",
            Severity.ERROR,
            f"Beställning ({join(o_names, 'sv')}) och egen leverans ({join(d_names, 'sv')}) av {name} "
            f"möts i {meet_name}, under regionledningen.",
            f"Ordering ({join(o_names, 'en')}) and own delivery ({join(d_names, 'en')}) of {name} "
            f"meet at {meet_name}, below the region's top management.",
            Subjects(
                units=(meet, *sorted((set(ordering) | set(delivering)) - {meet})),
                functions=(function_id,),
            ),
        )


@scoped_rule(
    "R05-purchaser-under-egenregi",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Beställaren rapporterar till egenregin",
    title_en="Purchaser reports into egenregi",
    why_sv=_R05_WHY_SV + " Värst är när beställaren själv ligger under egenregins ledning.",
    why_en=_R05_WHY_EN + " Worst is when the purchaser itself sits under egenregi's management.",
    fix_sv="Flytta beställarenheten ut ur egenregins organisation så att den rapporterar till "
    "regionledningen.",
    fix_en="Move the beställarenhet out of egenregi's organisation so it reports to top management.",
    triggers=frozenset(),
    candidates=candidates.used_vardval_functions,
)
def purchaser_under_egenregi(context: Context, function_id: str | None) -> Iterator[Finding]:
    """For a vårdval function: a unit ordering it (accountable or performing) with an egenregi unit above it in its chain of command."""
    function = context.project.functions.get(function_id) if function_id else None
    if function is None or not function.vardval:
        return
    units = context.scenario.units
    name = context.function_name(function_id)
    for o in context.index.with_role(function_id, Responsibility.ORDERING, *_ACTIVE_ROLES):
        above = next((u for u in context.chain(o)[1:] if units[u].category is UnitCategory.OWN_PROVIDER), None)
        if above is None:
            continue
        o_name, a_name = context.unit_name(o), context.unit_name(above)
        yield Finding(
            "R05-purchaser-under-egenregi",
            Severity.ERROR,
            f"{o_name} beställer {name} men rapporterar till {a_name}, som hör till egenregin.",
            f"{o_name} orders {name} but reports to {a_name}, which belongs to egenregi.",
            Subjects(units=(o, above), functions=(function_id,), responsibility=Responsibility.ORDERING),
        )
