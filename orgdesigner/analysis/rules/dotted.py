"""Rule R05 through dotted lines: a secondary line between the beställarenhet side and egenregi.

A dotted line is a dependency the line chart hides: a vårdval ordering unit that answers to
egenregi on some matter, or egenregi management that works for the beställarenhet by agreement,
is the kind of tie konkurrensneutralitet forbids, whatever the formal line says.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.analysis.texts import DOTTED_KIND
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

_ACTIVE = (Role.ACCOUNTABLE, Role.PERFORMS)


def _orderers(context: Context) -> set[str]:
    """Units ordering (accountable or performing) some vårdval function."""
    out: set[str] = set()
    cells = context.index.cells
    for fid, function in context.project.functions.items():
        if function.vardval:
            held = cells.get((fid, Responsibility.ORDERING))
            if held:
                out.update(u for u, role in held.items() if role in _ACTIVE)
    return out


def _side(context: Context, unit_id: str, orderers: set[str], top: frozenset[str]) -> str | None:
    """"purchaser", "own" or None: the side of the purchaser split a unit belongs to, read up its
    chain of command below top management. Governance units below the top count as part of the
    line they head (egenregi when they directly head an egenregi unit)."""
    if unit_id in orderers:
        return "purchaser"
    units = context.scenario.units
    for uid in context.chain(unit_id):
        if uid in top:
            return None
        category = units[uid].category
        if category is UnitCategory.PURCHASER:
            return "purchaser"
        if category is UnitCategory.OWN_PROVIDER:
            return "own"
        if category is UnitCategory.GOVERNANCE and uid == unit_id and any(
            units[c].category is UnitCategory.OWN_PROVIDER for c in context.index.children.get(uid, ()) if c in units
        ):
            return "own"
    return None


@scoped_rule(
    "R05-dotted-line",
    Severity.ERROR,
    Scope.SCENARIO,
    title_sv="Streckad linje mellan beställare och egenregi",
    title_en="Dotted line between purchaser and egenregi",
    why_sv="En streckad (sekundär) linje är också ett beroende: en beställande enhet i vårdval som "
    "svarar mot egenregin i någon fråga, eller egenregins ledning som arbetar åt beställarenheten "
    "efter överenskommelse, binder ihop beställning och egen leverans precis som en gemensam chef "
    "under regionledningen gör (konkurrensneutralitet, LOV).",
    why_en="A dotted (secondary) line is a dependency too: a vårdval ordering unit that answers to "
    "egenregi on some matter, or egenregi management working for the beställarenhet by agreement, "
    "ties ordering and own delivery together just as a shared manager below top management does "
    "(konkurrensneutralitet, LOV).",
    fix_sv="Ta bort den streckade linjen, eller låt uppdraget gå via regionledningen så att båda "
    "sidor svarar mot den i stället för mot varandra.",
    fix_en="Remove the dotted line, or route the assignment through top management so both sides "
    "answer to it instead of to each other.",
)
def dotted_line_across_split(context: Context, _key: str | None) -> Iterator[Found]:
    """A dotted line between a unit on the beställarenhet side (category purchaser or under one, or ordering a vårdval function) and one on the egenregi side (category own_provider or under one, or a governance unit below top management directly heading egenregi), in either direction."""
    units = context.scenario.units
    sources = [units[uid] for uid in context.dotted_sources() if uid in units]
    if not sources:
        return
    orderers = _orderers(context)
    top = context.top_management().units
    for unit in sorted(sources, key=lambda u: u.id):
        here = _side(context, unit.id, orderers, top)
        if here is None:
            continue
        for line in unit.dotted_lines:
            if line.target_id not in units:
                continue
            there = _side(context, line.target_id, orderers, top)
            if there is None or there == here:
                continue
            kind_sv, kind_en = DOTTED_KIND[line.kind]
            a, b = unit.name, context.unit_name(line.target_id)
            side_sv = "beställarsidan" if here == "purchaser" else "egenregin"
            side_en = "the beställarenhet side" if here == "purchaser" else "egenregi"
            other_sv = "egenregin" if here == "purchaser" else "beställarsidan"
            other_en = "egenregi" if here == "purchaser" else "the beställarenhet side"
            yield Found(
                f"Den streckade linjen ({kind_sv}) från {a} till {b} binder {side_sv} till {other_sv}.",
                f"The dotted line ({kind_en}) from {a} to {b} ties {side_en} to {other_en}.",
                Subjects((unit.id, line.target_id)),
            )
