"""Rules 4–5: the line between the beställarenhet and egenregi.

Sides are read from unit categories: `purchaser` is the beställarenhet side, `own_provider` is
egenregi. Chains of command are walked upward from each unit (depth is small), never with a
whole-graph library, so an edit re-checks only the functions it touched.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import CHAIN_MEMO, Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import join_both, of_function
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

_ACTIVE_ROLES = (Role.ACCOUNTABLE, Role.PERFORMS)
_A = Role.ACCOUNTABLE
_R = Role.PERFORMS



def _development_of(name: str) -> str:
    """"Utvecklingen av Digital vård" (and of "Utveckling av X", "Utvecklingen av x")."""
    return "Utvecklingen av " + of_function("utveckling", name).removeprefix("utveckling av ")


@scoped_rule(
    "R04-development-split",
    Severity.WARNING,
    Scope.FUNCTION,
    title_sv="Delat utvecklingsansvar",
    title_en="Development split between beställarenhet and egenregi",
    why_sv="Utvecklingsansvaret är det som lättast blir otydligt mellan egenregin och "
    "beställarenheten: båda har skäl att utveckla verksamheten. När båda sidor är ansvariga för eller "
    "driver utvecklingen av samma funktion vet ingen vem som bestämmer riktningen, och beställarens "
    "neutralitet mot privata utförare kan ifrågasättas.",
    why_en="Development is the responsibility most easily left unclear between egenregi and the "
    "beställarenhet: both have reasons to develop the operation. When both sides are accountable for, "
    "or drive, the development of the same function, nobody knows who sets the direction, and the "
    "purchaser's neutrality toward private providers can be questioned.",
    fix_sv="Bestäm vilken sida som äger utvecklingen: beställarenheten utvecklar uppdraget "
    "(förfrågningsunderlaget), egenregin utvecklar sin egen verksamhet. Låt den andra sidan vara "
    "rådfrågad (R) i stället för ansvarig eller utförare.",
    fix_en="Decide which side owns development: the beställarenhet develops the assignment (the "
    "förfrågningsunderlag), egenregi develops its own operation. Make the other side consulted (C) "
    "instead of accountable or performing.",
    triggers=frozenset(),
    reads_lines=False,
    candidates=candidates.functions_developed_by_purchaser,
)
def development_split(context: Context, function_id: str | None) -> Iterator[Found]:
    """Development of a function where a beställarenhet unit (category purchaser) and an egenregi unit (category own_provider) are both accountable or performing, at least one of them accountable."""
    if function_id is None:
        return
    holders = context.index.cells.get((function_id, Responsibility.DEVELOPMENT))
    # C-level set tests: most functions have no beställarenhet unit among their holders, and the
    # category sets answer for a holder without looking the unit up (a cell may have hundreds)
    purchasers = context.in_category(UnitCategory.PURCHASER)
    if not holders or purchasers.isdisjoint(holders):
        return
    purchaser = sorted([u for u in purchasers.intersection(holders) if holders[u] in _ACTIVE_ROLES])
    if not purchaser:
        return
    own = sorted([u for u in context.in_category(UnitCategory.OWN_PROVIDER).intersection(holders) if holders[u] in _ACTIVE_ROLES])
    if not own or not any(holders[u] is Role.ACCOUNTABLE for u in (*purchaser, *own)):
        return
    name = context.function_name(function_id)
    p_sv, p_en = join_both(context.names(purchaser))
    o_sv, o_en = join_both(context.names(own))
    yield Found(
        f"{_development_of(name)} är delad mellan beställarsidan ({p_sv}) och egenregin ({o_sv}).",
        f"Development of {name} is split between the beställarenhet side ({p_en}) and egenregi ({o_en}).",
        Subjects(tuple(purchaser + own), (function_id,), Responsibility.DEVELOPMENT),
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
    fix_sv="Låt beställarenheten rapportera direkt till regionledningen, skild från den linje egenregin "
    "ligger i. Var regionledningen slutar anges i analysinställningarna; annars härleds den ur "
    "strukturen.",
    fix_en="Let the beställarenhet report directly to top management, apart from the line egenregi sits "
    "in. Where top management ends is set in the analysis settings; otherwise it is derived from "
    "the structure.",
    triggers=frozenset({Trigger.TOP}),
    candidates=candidates.used_vardval_functions,
)
def purchaser_independence(context: Context, function_id: str | None) -> Iterator[Found]:
    """For a vårdval function: the unit where the chain of command of a unit ordering it (accountable or performing) meets that of an egenregi unit delivering it, when that unit is below top management (the unit named in the settings and those above it; unset, the governance units from the top down to the first that directly heads a unit of another category)."""
    if not context.is_vardval(function_id):
        return
    cells = context.index.cells
    held = cells.get((function_id, Responsibility.ORDERING))
    if not held:
        return
    orderers = [u for u, role in held.items() if role is _A or role is _R]
    if not orderers:
        return
    held = cells.get((function_id, Responsibility.DELIVERY))
    if not held:
        return
    own = context.in_category(UnitCategory.OWN_PROVIDER)
    deliverers = [u for u, role in held.items() if (role is _A or role is _R) and u in own]
    if not deliverers:
        return
    top = context.top_management()
    meetings = _meetings(context, orderers, deliverers, top.units)
    if not meetings:
        return
    name = context.function_name(function_id)
    t_sv, t_en = join_both(context.names(top.boundary)) if top.boundary else ("–", "–")
    for meet in sorted(meetings):
        ordering, delivering = meetings[meet]
        o_sv, o_en = join_both(context.names(sorted(ordering)))
        d_sv, d_en = join_both(context.names(sorted(delivering)))
        meet_name = context.unit_name(meet)
        yield Found(
            f"Beställning ({o_sv}) och egen leverans ({d_sv}) av {name} möts i {meet_name}, under "
            f"regionledningen (som slutar vid {t_sv}).",
            f"Ordering ({o_en}) and own delivery ({d_en}) of {name} meet at {meet_name}, "
            f"below the region's top management (which ends at {t_en}).",
            Subjects((meet, *sorted((ordering | delivering) - {meet})), (function_id,)),
        )


Meetings = dict[str, tuple[set[str], set[str]]]


def _meetings(context: Context, orderers: list[str], deliverers: list[str], governance: frozenset[str]) -> Meetings:
    """meet -> (orderers, deliverers) whose chains of command first meet at that unit, below
    `governance`: for every pair, the first unit on the deliverer's chain that is on the orderer's."""
    if context.layers() > CHAIN_MEMO:  # whole chains per unit would take time growing with depth²
        walked = _union_meetings(context, orderers, deliverers, governance)
        if walked is not None:
            return walked
    chain = context.chain
    o_chains = [chain(o) for o in orderers]
    d_chains = [chain(d) for d in deliverers]
    if _rooted(context, o_chains) and _rooted(context, d_chains):
        return _tree_meetings(o_chains, d_chains, governance)
    # a chain cut short by a reporting cycle (R09): chains are no longer paths of one tree, so
    # compare pair by pair
    meetings: Meetings = {}
    for o_chain in o_chains:
        on_o_chain = set(o_chain).__contains__
        for d_chain in d_chains:
            # where d's chain first meets o's (C-level scan): their shared manager
            meet = next(filter(on_o_chain, d_chain), None)
            if meet is None or meet in governance:
                continue
            meeting = meetings.get(meet)
            if meeting is None:
                meetings[meet] = ({o_chain[0]}, {d_chain[0]})
            else:
                meeting[0].add(o_chain[0])
                meeting[1].add(d_chain[0])
    return meetings


def _rooted(context: Context, chains: list[tuple[str, ...]]) -> bool:
    """Every chain ends at a root or at a parent the scenario lacks, not at a reporting cycle."""
    units = context.scenario.units
    for c in chains:
        parent = units[c[-1]].parent_id
        if parent is not None and parent in units:
            return False
    return True


def _tree_meetings(
    o_chains: list[tuple[str, ...]], d_chains: list[tuple[str, ...]], governance: frozenset[str]
) -> Meetings:
    """`_meetings` when every chain is a path up one tree: a pair meets at their lowest common
    manager m, i.e. where they reach m from different units below it (or one of them is m).
    Linear in the chains' length instead of in orderers x deliverers (thousands of pairs for a
    vårdval function ordered and delivered widely)."""
    # only a manager both sides reach can be a meeting: each side's chains are followed through
    # the others unrecorded (most of them: ordering and delivery meet high up, if at all)
    below_o = _reached_from(o_chains, governance, set().union(*d_chains))
    below_d = _reached_from(d_chains, governance, below_o.keys())
    meetings: Meetings = {}
    for meet, d_by_branch in below_d.items():
        o_by_branch = below_o.get(meet)
        if o_by_branch is None:
            continue
        ordering: set[str] = set()
        delivering: set[str] = set()
        for branch, os in o_by_branch.items():
            # pairs reaching `meet` through one and the same unit below it meet lower down
            if branch is None or len(d_by_branch) > 1 or branch not in d_by_branch:
                ordering.update(os)
        for branch, ds in d_by_branch.items():
            if branch is None or len(o_by_branch) > 1 or branch not in o_by_branch:
                delivering.update(ds)
        if ordering:
            meetings[meet] = (ordering, delivering)
    return meetings


def _reached_from(
    chains: list[tuple[str, ...]], governance: frozenset[str], among: Container[str] | None = None
) -> dict[str, dict[str | None, list[str]]]:
    """manager -> the unit just below it on each chain through it (None: the chain starts there)
    -> the units whose chains those are. Managers in `governance`, or not `among` them when
    given, are left out."""
    out: dict[str, dict[str | None, list[str]]] = {}
    for c in chains:
        start = c[0]
        below: str | None = None
        for m in c:
            if m not in governance and (among is None or m in among):
                by_branch = out.get(m)
                if by_branch is None:
                    out[m] = {below: [start]}
                else:
                    members = by_branch.get(below)
                    if members is None:
                        by_branch[below] = [start]
                    else:
                        members.append(start)
            below = m
    return out


Below = tuple[list[str], list[str]]  # the orderers and the deliverers at or below a unit


def _union_meetings(
    context: Context, orderers: list[str], deliverers: list[str], governance: frozenset[str]
) -> Meetings | None:
    """`_tree_meetings` for a deep structure, without whole chains (None when one reaches a
    reporting cycle). The chains are walked once together: each walk up stops where it joins one
    already walked, so the cost is the size of their union (linear in a 20,000-layer chain), not
    the sum of their lengths. Slower than `_tree_meetings` on memoised short chains."""
    units = context.scenario.units
    kids: dict[str, list[str]] = {}  # every unit on some chain -> the units below it on chains
    roots: list[str] = []
    for start in (*orderers, *deliverers):
        if start in kids:
            continue
        kids[start] = []
        x = start
        while True:
            parent = units[x].parent_id
            if parent is None or parent not in units:
                roots.append(x)
                break
            below = kids.get(parent)
            if below is not None:
                below.append(x)
                break
            kids[parent] = [x]
            x = parent
    order = roots  # top-down; a unit in or under a cycle is never reached from a root
    i = 0
    while i < len(order):
        order.extend(kids[order[i]])
        i += 1
    if len(order) != len(kids):
        return None
    ordering_units, delivering_units = set(orderers), set(deliverers)
    at: dict[str, Below] = {}
    meetings: Meetings = {}
    pop = at.pop
    for m in reversed(order):  # bottom-up
        below = kids[m]
        is_o, is_d = m in ordering_units, m in delivering_units
        if len(below) == 1 and not is_o and not is_d:
            at[m] = pop(below[0])  # one way through: nobody meets here
            continue
        branches = [pop(k) for k in below]
        o_in = [i for i, (os, _ds) in enumerate(branches) if os]
        d_in = [i for i, (_os, ds) in enumerate(branches) if ds]
        if m not in governance and (is_o or o_in) and (is_d or d_in):
            # a branch's units meet the other side's here unless all of those come the same way
            ordering = {m} if is_o else set()
            for i in o_in:
                if is_d or any(j != i for j in d_in):
                    ordering.update(branches[i][0])
            delivering = {m} if is_d else set()
            for i in d_in:
                if is_o or any(j != i for j in o_in):
                    delivering.update(branches[i][1])
            if ordering:
                meetings[m] = (ordering, delivering)
        os_all = [m] if is_o else []
        ds_all = [m] if is_d else []
        for os, ds in branches:
            os_all += os
            ds_all += ds
        at[m] = (os_all, ds_all)
    return meetings


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
def purchaser_under_egenregi(context: Context, function_id: str | None) -> Iterator[Found]:
    """For a vårdval function: a unit ordering it (accountable or performing) with an egenregi unit above it in its chain of command."""
    if not context.is_vardval(function_id):
        return
    held = context.index.cells.get((function_id, Responsibility.ORDERING))
    if not held:
        return
    name = None
    for o in sorted([u for u, role in held.items() if role is _A or role is _R]):
        above = context.above(o, UnitCategory.OWN_PROVIDER)
        if above is None:
            continue
        if name is None:
            name = context.function_name(function_id)
        o_name, a_name = context.unit_name(o), context.unit_name(above)
        yield Found(
            f"{o_name} beställer {name} men rapporterar till {a_name}, som hör till egenregin.",
            f"{o_name} orders {name} but reports to {a_name}, which belongs to egenregi.",
            Subjects((o, above), (function_id,), Responsibility.ORDERING),
        )


@scoped_rule(
    "R05-egenregi-under-purchaser",
    Severity.ERROR,
    Scope.UNIT,
    title_sv="Egenregin rapporterar till beställaren",
    title_en="Egenregi reports into the purchaser",
    why_sv=_R05_WHY_SV + " Lika illa är det omvända: ligger en egenregienhet under beställarenheten "
    "leder beställaren en av de utförare den ska behandla lika med de privata.",
    why_en=_R05_WHY_EN + " The reverse is as bad: with an egenregi unit under the beställarenhet, the "
    "purchaser manages one of the providers it must treat like the private ones.",
    fix_sv="Flytta egenregins enhet ut ur beställarenhetens organisation, till egenregins ledning "
    "eller till regionledningen.",
    fix_en="Move the egenregi unit out of the beställarenhet's organisation, to egenregi's management "
    "or to top management.",
    # a move or a category change anywhere above can put a unit under a purchaser: LiveAnalysis
    # re-checks the units under it (reads_lines), not every unit below every purchaser
    triggers=frozenset(),
    candidates=candidates.egenregi_under_purchaser,
)
def egenregi_under_purchaser(context: Context, unit_id: str | None) -> Iterator[Found]:
    """An egenregi unit (category own_provider) with a beställarenhet unit (category purchaser) above it in its chain of command; only the top of each such egenregi branch is named."""
    units = context.scenario.units
    unit = units.get(unit_id) if unit_id else None
    if unit is None or unit.category is not UnitCategory.OWN_PROVIDER:
        return
    parent = units.get(unit.parent_id or "")
    if parent is not None and parent.category is UnitCategory.OWN_PROVIDER:
        return  # its egenregi manager is the one named
    above = context.above(unit.id, UnitCategory.PURCHASER)
    if above is None:
        return
    a_name = context.unit_name(above)
    yield Found(
        f"{unit.name} hör till egenregin men rapporterar till {a_name} på beställarsidan: beställaren leder "
        "en av utförarna.",
        f"{unit.name} belongs to egenregi but reports to {a_name} on the beställarenhet side: the purchaser "
        "manages one of the providers.",
        Subjects((unit.id, above)),
    )
