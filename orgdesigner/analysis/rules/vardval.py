"""Rules 11–12: konkurrensneutralitet under vårdval.

Under vårdval the beställarenhet writes the rules every provider works under (develops the
förfrågningsunderlag), orders and follows up; egenregi is one provider among the private ones.
So egenregi must neither develop nor order a vårdval function, and delivery is plural: each
provider, own or private, is accountable for its own delivery, never egenregi's management for
everyone's.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.analysis.texts import join_both
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

_ACTIVE = (Role.ACCOUNTABLE, Role.PERFORMS)
#: responsibilities that belong to the purchaser under vårdval; ordering includes the follow-up
#: against the förfrågningsunderlag (uppföljning)
_PURCHASER_SIDE = {
    Responsibility.DEVELOPMENT: ("utvecklingen", "development"),
    Responsibility.ORDERING: ("beställningen och uppföljningen", "ordering and follow-up"),
}


def inside_egenregi(context: Context, unit_id: str) -> bool:
    """An egenregi unit, or any unit under one (a koncern's shared development unit, say)."""
    own = context.in_category(UnitCategory.OWN_PROVIDER)
    return not own.isdisjoint(context.chain(unit_id))


@scoped_rule(
    "R11-vardval-held-by-egenregi",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Egenregin styr vårdvalets regler",
    title_en="Egenregi holds the vårdval rules",
    why_sv="I vårdvalet konkurrerar egenregin med privata utförare på lika villkor "
    "(konkurrensneutralitet, LOV). Den som utvecklar förfrågningsunderlaget, beställer eller följer "
    "upp bestämmer villkoren för alla utförare. Ligger det ansvaret inom egenregin skriver en av "
    "konkurrenterna reglerna för de andra.",
    why_en="Under vårdval egenregi competes with private providers on equal terms (competitive "
    "neutrality, LOV). Whoever develops the förfrågningsunderlag, orders or follows up sets the terms "
    "for every provider. If that lies inside egenregi, one competitor writes the rules for the others.",
    fix_sv="Gör beställarenheten ansvarig (A) för utveckling och beställning av vårdvalsfunktionen och "
    "låt egenregins enheter vara rådfrågade (R) eller informerade (I).",
    fix_en="Make the beställarenhet accountable (A) for development and ordering of the vårdval "
    "function and let egenregi's units be consulted (C) or informed (I).",
    # a category change above a unit moves it in or out of egenregi: LiveAnalysis re-checks the
    # functions held in the changed unit's subtree, so no whole re-run is needed
    triggers=frozenset(),
    reads_lines=True,
    candidates=candidates.used_vardval_functions,
)
def vardval_held_by_egenregi(context: Context, function_id: str | None) -> Iterator[Finding]:
    """Development or ordering (with its follow-up) of a vårdval function held accountable or performing by a unit inside egenregi (an own_provider unit or a unit under one)."""
    if not context.is_vardval(function_id):
        return
    cells = context.index.cells
    name = None
    for resp, (what_sv, what_en) in _PURCHASER_SIDE.items():
        held = cells.get((function_id, resp))
        if not held:
            continue
        inside = sorted(u for u, role in held.items() if role in _ACTIVE and inside_egenregi(context, u))
        if not inside:
            continue
        name = name or context.function_name(function_id)
        sv, en = join_both(context.names(inside))
        yield Finding(
            "R11-vardval-held-by-egenregi",
            Severity.ERROR,
            f"{what_sv.capitalize()} av vårdvalsfunktionen {name} ligger inom egenregin ({sv}): "
            "en av utförarna sätter villkoren för de andra.",
            f"{what_en.capitalize()} of the vårdval function {name} lies inside egenregi ({en}): "
            "one of the providers sets the terms for the others.",
            Subjects(tuple(inside), (function_id,), resp),
        )


@scoped_rule(
    "R12-egenregi-accountable-for-all-delivery",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Egenregin ansvarar för andras leverans",
    title_en="Egenregi accountable for other providers' delivery",
    why_sv="I vårdvalet är leveransen plural: varje utförare, egen som privat, ansvarar för sin egen "
    "leverans mot beställarenheten. Står egenregins ledning som ansvarig för leveransen av en "
    "vårdvalsfunktion som privata utförare också levererar, ser det ut som om egenregin svarar för "
    "konkurrenternas vård.",
    why_en="Under vårdval delivery is plural: each provider, own or private, is accountable to the "
    "beställarenhet for its own delivery. With egenregi's management accountable for delivering a "
    "vårdval function that private providers deliver too, egenregi appears to answer for its "
    "competitors' care.",
    fix_sv="Gör varje hälsocentral, egen och privat, ansvarig (A) för sin egen leverans och låt "
    "egenregins ledning vara informerad (I).",
    fix_en="Make each hälsocentral, own and private, accountable (A) for its own delivery and let "
    "egenregi's management be informed (I).",
    triggers=frozenset(),  # reads its holders' categories and children: re-checked per edit
    reads_lines=True,
    candidates=candidates.used_vardval_functions,
)
def egenregi_accountable_for_all_delivery(context: Context, function_id: str | None) -> Iterator[Finding]:
    """Delivery of a vårdval function that private providers deliver (accountable or performing), with an egenregi unit accountable that manages other deliverers or while a private provider only performs."""
    if not context.is_vardval(function_id):
        return
    held = context.index.cells.get((function_id, Responsibility.DELIVERY))
    if not held:
        return
    private = context.in_category(UnitCategory.PRIVATE_PROVIDER)
    privates = sorted(u for u, role in held.items() if role in _ACTIVE and u in private)
    if not privates:
        return
    own = context.in_category(UnitCategory.OWN_PROVIDER)
    unowned = any(held[u] is Role.PERFORMS for u in privates)
    children = context.index.children
    for uid in sorted(u for u, role in held.items() if role is Role.ACCOUNTABLE and u in own):
        manages = any(kid in held for kid in children.get(uid, ()))
        if not (manages or unowned):
            continue
        name = context.function_name(function_id)
        unit = context.unit_name(uid)
        sv, en = join_both(context.names(privates))
        yield Finding(
            "R12-egenregi-accountable-for-all-delivery",
            Severity.ERROR,
            f"{unit} i egenregin är ansvarig för leveransen av vårdvalsfunktionen {name}, som också "
            f"privata utförare levererar ({sv}).",
            f"{unit} in egenregi is accountable for delivery of the vårdval function {name}, which "
            f"private providers deliver too ({en}).",
            Subjects((uid, *privates), (function_id,), Responsibility.DELIVERY),
        )
