"""Rules 11, 12, 14 and 15: konkurrensneutralitet under vårdval.

Under vårdval the beställarenhet writes the rules every provider works under (develops the
förfrågningsunderlag), orders and follows up; egenregi is one provider among the private ones.
So egenregi must neither develop nor order a vårdval function, and delivery is plural: each
provider, own or private, answers for its own delivery through its own line (itself or a manager
above it), never through egenregi's management.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import join_both
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

_ACTIVE = (Role.ACCOUNTABLE, Role.PERFORMS)
#: inside egenregi: an egenregi unit, or any unit under one (a koncern's shared development
#: unit, say), i.e. `context.with_nearest(units, _OWN)`
_OWN = UnitCategory.OWN_PROVIDER
#: responsibilities that belong to the purchaser under vårdval; ordering includes the follow-up
#: against the förfrågningsunderlag (uppföljning)
_PURCHASER_SIDE = {
    Responsibility.DEVELOPMENT: ("utvecklingen", "development"),
    Responsibility.ORDERING: ("beställningen och uppföljningen", "ordering and follow-up"),
}
#: a function that follows up a vårdval function's providers is purchaser work through and through
_FOLLOW_UP_SIDE = {
    Responsibility.DEVELOPMENT: ("utvecklingen", "development"),
    Responsibility.ORDERING: ("beställningen", "ordering"),
    Responsibility.DELIVERY: ("utförandet", "delivery"),
}


@scoped_rule(
    "R11-vardval-held-by-egenregi",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Egenregin styr vårdvalets regler",
    title_en="Egenregi holds the vårdval rules",
    why_sv="I vårdvalet konkurrerar egenregin med privata utförare på lika villkor "
    "(konkurrensneutralitet, LOV). Den som utvecklar förfrågningsunderlaget, beställer eller följer "
    "upp utförarna bestämmer villkoren för alla utförare. Ligger det ansvaret inom egenregin skriver "
    "en av konkurrenterna reglerna för de andra. Uppföljningen av utförarna är beställarens arbete "
    "vad funktionen än heter (katalogen anger vilken funktion som följer upp vilket vårdval); utför "
    "beställarenheten den under en egenregienhets ansvar arbetar beställaren åt en av konkurrenterna.",
    why_en="Under vårdval egenregi competes with private providers on equal terms (competitive "
    "neutrality, LOV). Whoever develops the förfrågningsunderlag, orders or follows up the providers "
    "sets the terms for every provider. If that lies inside egenregi, one competitor writes the rules "
    "for the others. Following up the providers is the purchaser's work whatever the function is "
    "called (the catalogue says which function follows up which vårdval); with the beställarenhet "
    "performing it under an egenregi unit's accountability, the purchaser works for a competitor.",
    fix_sv="Gör beställarenheten ansvarig (A) för utveckling och beställning av vårdvalsfunktionen, "
    "och för uppföljningen av utförarna. Rådfråga alla utförare lika, egna som privata, eller ingen; "
    "egenregins enheter kan vara informerade (I).",
    fix_en="Make the beställarenhet accountable (A) for development and ordering of the vårdval "
    "function, and for following up the providers. Consult all providers alike, own and private, "
    "or none; egenregi's units can be informed (I).",
    # a category change above a unit moves it in or out of egenregi: LiveAnalysis re-checks the
    # functions held in the changed unit's subtree; a catalogue edit (a function put under
    # vårdval or marked as a follow-up) can change another function's verdict: re-run all
    triggers=frozenset({Trigger.FUNCTIONS}),
    reads_lines=True,
    candidates=candidates.used_purchaser_functions,
)
def vardval_held_by_egenregi(context: Context, function_id: str | None) -> Iterator[Found]:
    """Development or ordering (with its follow-up) of a vårdval function, or any responsibility of a function the catalogue marks as the follow-up of a vårdval function, held accountable or performing by a unit inside egenregi (an own_provider unit or a unit under one)."""
    if function_id is None:
        return
    followed = context.followed_up(function_id)
    if followed is not None:
        sides = _FOLLOW_UP_SIDE
    elif context.is_vardval(function_id):
        sides = _PURCHASER_SIDE
    else:
        return
    cells = context.index.cells
    purchasers = context.in_category(UnitCategory.PURCHASER)
    for resp, (what_sv, what_en) in sides.items():
        held = cells.get((function_id, resp))
        if not held:
            continue
        inside = sorted(context.with_nearest([u for u, role in held.items() if role in _ACTIVE], _OWN))
        if not inside:
            continue
        name = context.function_name(function_id)
        sv, en = join_both(context.names(inside))
        if followed is None:
            head_sv = f"{what_sv.capitalize()} av vårdvalsfunktionen {name} ligger inom egenregin ({sv})"
            head_en = f"{what_en.capitalize()} of the vårdval function {name} lies inside egenregi ({en})"
        else:
            v_name = context.function_name(followed)
            head_sv = (f"{what_sv.capitalize()} av {name}, som följer upp utförarna i vårdvalsfunktionen "
                       f"{v_name}, ligger inom egenregin ({sv})")
            head_en = (f"{what_en.capitalize()} of {name}, which follows up the providers of the vårdval "
                       f"function {v_name}, lies inside egenregi ({en})")
        # the purchaser performing while only egenregi is accountable: it works for a competitor
        working = sorted(u for u, role in held.items() if role is Role.PERFORMS and u in purchasers)
        owners = context.index.accountable.get((function_id, resp), set())
        if working and owners and len(context.with_nearest(owners, _OWN)) == len(owners):
            p_sv, p_en = join_both(context.names(working))
            tail_sv = f": beställarsidan ({p_sv}) utför arbetet under egenregins ansvar, åt en av konkurrenterna."
            tail_en = f": the purchaser side ({p_en}) performs it under egenregi's accountability, for a competitor."
        else:
            working = []
            tail_sv = ": en av utförarna sätter villkoren för de andra."
            tail_en = ": one of the providers sets the terms for the others."
        yield Found(
            head_sv + tail_sv,
            head_en + tail_en,
            Subjects((*inside, *working), (function_id,), resp),
        )


def _owned(context: Context, unit_id: str, owners: set[str], memo: dict[str, str | None]) -> bool:
    """Someone in the unit's own chain of command (the unit itself or a unit above it) is
    accountable: a hälsocentral under egenregi's management, a private chain's unit under its head.
    `memo`: shared by the calls for one cell, so their walks up stop where another's passed."""
    return context.first_of(unit_id, owners, memo) is not None


@scoped_rule(
    "R12-egenregi-accountable-for-all-delivery",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Egenregin ansvarar för andras leverans",
    title_en="Egenregi accountable for other providers' delivery",
    why_sv="I vårdvalet är leveransen plural: varje utförare, egen som privat, ansvarar för sin egen "
    "leverans mot beställarenheten. Att egenregins ledning ansvarar för egenregins hälsocentraler, "
    "eller en privat kedjas huvudman för kedjans enheter, är i sin ordning. Men utför en privat "
    "utförare leveransen utan någon ansvarig i sin egen linje medan en enhet i egenregin står som "
    "ansvarig, ser det ut som om egenregin svarar för konkurrentens vård.",
    why_en="Under vårdval delivery is plural: each provider, own or private, is accountable to the "
    "beställarenhet for its own delivery. Egenregi's management accountable for egenregi's "
    "hälsocentraler, or a private chain's head for the chain's units, is as it should be. But when a "
    "private provider performs the delivery with nobody accountable in its own line while a unit of "
    "egenregi is accountable, egenregi appears to answer for a competitor's care.",
    fix_sv="Gör den privata utföraren (eller dess huvudman) ansvarig (A) för sin egen leverans; "
    "egenregins enheter ansvarar bara för egenregins leverans.",
    fix_en="Make the private provider (or its head) accountable (A) for its own delivery; egenregi's "
    "units are accountable for egenregi's delivery only.",
    triggers=frozenset(),  # reads its holders' categories and chains: re-checked per edit
    reads_lines=True,
    candidates=candidates.used_vardval_functions,
)
def egenregi_accountable_for_all_delivery(context: Context, function_id: str | None) -> Iterator[Found]:
    """Delivery of a vårdval function with a unit inside egenregi accountable while a private provider performs it with no unit accountable in its own chain of command."""
    if not context.is_vardval(function_id):
        return
    cell = (function_id, Responsibility.DELIVERY)
    owners = context.index.accountable.get(cell)
    if not owners:
        return  # nobody accountable at all is R03's
    inside = set(context.with_nearest(owners, _OWN))
    if not inside:
        return
    # the topmost of them: a hälsocentral accountable under its accountable management is not named
    above: dict[str, str | None] = {}
    own = sorted(u for u in inside if context.first_above(u, inside, above) is None)
    private = context.in_category(UnitCategory.PRIVATE_PROVIDER)
    held = context.index.cells[cell]
    memo: dict[str, str | None] = {}
    privates = sorted(u for u, role in held.items()
                      if role is Role.PERFORMS and u in private and not _owned(context, u, owners, memo))
    if not privates:
        return
    name = context.function_name(function_id)
    o_sv, o_en = join_both(context.names(own))
    p_sv, p_en = join_both(context.names(privates))
    yield Found(
        f"{o_sv} i egenregin {'är ansvarig' if len(own) == 1 else 'är ansvariga'} för leveransen av "
        f"vårdvalsfunktionen {name}, som {p_sv} utför utan någon ansvarig i sin egen linje.",
        f"{o_en} in egenregi {'is' if len(own) == 1 else 'are'} accountable for delivery of the vårdval "
        f"function {name}, which {p_en} {'performs' if len(privates) == 1 else 'perform'} with nobody "
        "accountable in their own line.",
        Subjects((*own, *privates), (function_id,), Responsibility.DELIVERY),
    )


@scoped_rule(
    "R14-provider-delivery-unowned",
    Severity.ERROR,
    Scope.FUNCTION,
    title_sv="Utförare utan ansvarig i sin egen linje",
    title_en="Provider delivering with nobody accountable in its own line",
    why_sv="Varje utförare i vårdvalet, egen som privat, svarar för sin egen leverans mot "
    "beställarenheten: antingen utföraren själv eller en chef ovanför den i dess egen linje. En "
    "utförare som levererar utan någon ansvarig i sin linje har ingen som svarar för dess vård, även "
    "om någon annan enhet står som ansvarig för funktionen.",
    why_en="Each vårdval provider, own or private, answers to the beställarenhet for its own delivery: "
    "the provider itself or a manager above it in its own line. A provider that delivers with nobody "
    "accountable in its line has nobody answering for its care, even when some other unit is "
    "accountable for the function.",
    fix_sv="Gör utföraren ansvarig (A) för sin egen leverans, eller dess chef i den egna linjen.",
    fix_en="Make the provider accountable (A) for its own delivery, or its manager in its own line.",
    triggers=frozenset(),  # reads its holders' categories and chains: re-checked per edit
    reads_lines=True,
    candidates=candidates.used_vardval_functions,
)
def provider_delivery_unowned(context: Context, function_id: str | None) -> Iterator[Found]:
    """Delivery of a vårdval function performed by a provider (own or private) with no unit accountable in its own chain of command, while some unit is accountable for it (with none, it is R03-work-without-owner)."""
    if not context.is_vardval(function_id):
        return
    cell = (function_id, Responsibility.DELIVERY)
    owners = context.index.accountable.get(cell)
    if not owners:
        return
    # two membership tests, not a union of the two sets per function (thousands of providers each)
    own, private = context.in_category(UnitCategory.OWN_PROVIDER), context.in_category(UnitCategory.PRIVATE_PROVIDER)
    memo: dict[str, str | None] = {}
    unowned = sorted(u for u, role in context.index.cells[cell].items()
                     if role is Role.PERFORMS and (u in own or u in private) and not _owned(context, u, owners, memo))
    if not unowned:
        return
    name = context.function_name(function_id)
    sv, en = join_both(context.names(unowned))
    one = len(unowned) == 1
    yield Found(
        f"{sv} utför leveransen av vårdvalsfunktionen {name} utan någon "
        "ansvarig i sin egen linje.",
        f"{en} {'performs' if one else 'perform'} delivery of the vårdval function {name} with nobody "
        f"accountable in {'its' if one else 'their'} own line.",
        Subjects(tuple(unowned), (function_id,), Responsibility.DELIVERY),
    )


@scoped_rule(
    "R15-egenregi-consulted-alone",
    Severity.WARNING,
    Scope.FUNCTION,
    title_sv="Bara egenregin rådfrågas om vårdvalets regler",
    title_en="Only egenregi consulted on the vårdval rules",
    why_sv="Den som rådfrågas om hur vårdvalets regler eller uppföljningen av utförarna ska utvecklas "
    "får veta mer och tidigare än andra och kan påverka villkoren. Rådfrågas egenregin men ingen privat "
    "utförare får en av konkurrenterna ett övertag (konkurrensneutralitet, LOV).",
    why_en="Whoever is consulted on how the vårdval rules or the follow-up of the providers develop "
    "learns more, and earlier, than others and can influence the terms. With egenregi consulted and no "
    "private provider, one competitor gains an advantage (competitive neutrality, LOV).",
    fix_sv="Rådfråga alla utförare lika, egna som privata, eller ingen; egenregin kan vara informerad (I).",
    fix_en="Consult all providers alike, own and private, or none; egenregi can be informed (I).",
    triggers=frozenset({Trigger.FUNCTIONS}),  # a follow-up mark names another function
    reads_lines=True,
    candidates=candidates.used_purchaser_functions,
)
def egenregi_consulted_alone(context: Context, function_id: str | None) -> Iterator[Found]:
    """Development of a vårdval function, or of a function that follows up one, with a unit inside egenregi consulted and no private provider consulted."""
    if function_id is None or not (context.is_vardval(function_id) or context.followed_up(function_id)):
        return
    held = context.index.cells.get((function_id, Responsibility.DEVELOPMENT))
    if not held:
        return
    consulted = [u for u, role in held.items() if role is Role.CONSULTED]
    if not consulted:
        return
    private = context.in_category(UnitCategory.PRIVATE_PROVIDER)
    if not private.isdisjoint(consulted):
        return
    inside = sorted(context.with_nearest(consulted, _OWN))
    if not inside:
        return
    name = context.function_name(function_id)
    sv, en = join_both(context.names(inside))
    yield Found(
        f"{sv} i egenregin rådfrågas om utvecklingen av {name}, men ingen privat utförare gör det.",
        f"{en} in egenregi {'is' if len(inside) == 1 else 'are'} consulted on the development of {name}, "
        "but no private provider is.",
        Subjects(tuple(inside), (function_id,), Responsibility.DEVELOPMENT),
    )
