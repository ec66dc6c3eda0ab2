"""Findings on internal trade: cross-subsidy, konkurrensneutralitet, missing prices and costs,
buyers without budget authority, and trade that refers to units or services no longer there.

Trade findings name their service as `service:<id>` (a flow as `flow:<buyer>/<service>`) in
`Subjects.functions`, so each finding's key is unique per service (a supplier usually sells
many); such ids match no catalogue function and views simply do not highlight them.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects, rule
from orgdesigner.model.entities import Scenario
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory
from orgdesigner.model.trade import PricingModel, Service

EPS = 0.005  # half an öre: prices are compared in SEK


def service_subject(service_id: str, part: str = "") -> str:
    return f"service:{service_id}/{part}" if part else f"service:{service_id}"


def kr_sv(x: float) -> str:
    text = f"{x:,.0f}" if abs(x - round(x)) < EPS else f"{x:,.2f}"
    return text.replace(",", " ").replace(".", ",") + " kr"


def kr_en(x: float) -> str:
    text = f"{x:,.0f}" if abs(x - round(x)) < EPS else f"{x:,.2f}"
    return "SEK " + text


def _name(scenario: Scenario, unit_id: str) -> str:
    unit = scenario.units.get(unit_id)
    return unit.name if unit is not None else unit_id


def _own_baseline(scenario: Scenario, service: Service) -> float:
    """Baseline volume of the buyers who pay the service's own terms (not a private price)."""
    private = service.private_price_sek is not None
    total = 0.0
    for flow in scenario.trade.flows.values():
        if flow.service_id != service.id:
            continue
        unit = scenario.units.get(flow.buyer_id)
        if private and unit is not None and unit.category is UnitCategory.PRIVATE_PROVIDER:
            continue
        total += flow.volume
    return total


def _private_buyers(scenario: Scenario, service_id: str) -> tuple[str, ...]:
    out = []
    for flow in scenario.trade.flows.values():
        unit = scenario.units.get(flow.buyer_id)
        if flow.service_id == service_id and unit is not None and unit.category is UnitCategory.PRIVATE_PROVIDER:
            out.append(flow.buyer_id)
    return tuple(out)


@rule(
    "T01-price-below-cost",
    Severity.WARNING,
    title_sv="Internpris under kostnad (korssubventionering)",
    title_en="Internal price below cost (cross-subsidy)",
    why_sv="Ett internpris under självkostnaden döljer en subvention: leverantören går med underskott "
    "som någon annan får täcka, och köparna ser en för låg kostnad, så priset styr inte mot "
    "kostnadseffektivt nyttjande.",
    why_en="An internal price below full cost hides a subsidy: the supplier runs a deficit someone "
    "else covers, and buyers see too low a cost, so the price does not steer toward cost-effective use.",
    fix_sv="Sätt priset till full kostnad inklusive overhead, eller gör tjänsten uttryckligen till "
    "fri nyttighet som finansieras centralt.",
    fix_en="Set the price at full cost including overheads, or make the service an explicit fri "
    "nyttighet funded centrally.",
)
def price_below_cost(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    for service in scenario.trade.services.values():
        cost = service.unit_cost_sek
        if not cost:
            continue  # T05 reports a missing cost
        subjects = Subjects(units=(service.supplier_id,), functions=(service_subject(service.id),))
        per_item: float | None = None  # what own buyers pay per item, at baseline volume
        if service.pricing is PricingModel.STYCKPRIS:
            per_item = service.price_sek
        elif service.pricing is PricingModel.FAST_AVGIFT and service.fixed_charge_sek is not None:
            volume = _own_baseline(scenario, service)
            per_item = service.fixed_charge_sek / volume if volume > 0 else None
        elif (
            service.pricing is PricingModel.BLANDAD
            and service.fixed_charge_sek is not None
            and service.mixed_price_sek is not None
        ):
            volume = _own_baseline(scenario, service)
            if volume > 0:
                per_item = service.mixed_price_sek + service.fixed_charge_sek / volume
        if per_item is not None and per_item < cost - EPS:
            yield Found(
                f"{service.name} från {_name(scenario, service.supplier_id)} kostar {kr_sv(cost)} per styck "
                f"men köparna betalar {kr_sv(per_item)} per styck: korssubventionering.",
                f"{service.name} from {_name(scenario, service.supplier_id)} costs {kr_en(cost)} per item "
                f"but buyers pay {kr_en(per_item)} per item: a cross-subsidy.",
                subjects,
            )
        private = service.private_price_sek
        if private is not None and private < cost - EPS:
            yield Found(
                f"Privata vårdgivare betalar {kr_sv(private)} för {service.name}, under kostnaden {kr_sv(cost)}.",
                f"Private providers pay {kr_en(private)} for {service.name}, below its cost of {kr_en(cost)}.",
                Subjects(units=(service.supplier_id,), functions=(service_subject(service.id, "private"),)),
            )


_NEUTRAL_WHY_SV = (
    "Under vårdval ska egenregi och privata vårdgivare konkurrera på lika villkor "
    "(konkurrensneutralitet): samma ersättning och samma regler. En tjänst som är gratis eller billigare "
    "för egenregi är en dold subvention."
)
_NEUTRAL_WHY_EN = (
    "Under vårdval, egenregi and private providers compete on equal terms (konkurrensneutralitet): "
    "the same payment and the same rules. A service that is free or cheaper for egenregi is a hidden subsidy."
)


@rule(
    "T02-free-for-egenregi-only",
    Severity.ERROR,
    title_sv="Gratis för egenregi men betald av privata vårdgivare",
    title_en="Free to egenregi but charged to private providers",
    why_sv=_NEUTRAL_WHY_SV,
    why_en=_NEUTRAL_WHY_EN,
    fix_sv="Låt alla vårdgivare betala samma pris, eller gör tjänsten fri för alla och finansiera den "
    "centralt (t.ex. via vårdvalsersättningen).",
    fix_en="Let every provider pay the same price, or make the service free for all and fund it centrally "
    "(e.g. through the vårdval payment).",
)
def free_for_egenregi_only(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    for service in scenario.trade.services.values():
        private = service.private_price_sek
        if service.pricing is PricingModel.FRI_NYTTIGHET and private is not None and private > EPS:
            buyers = _private_buyers(scenario, service.id)
            yield Found(
                f"{service.name} är fri nyttighet för egenregi men privata vårdgivare betalar {kr_sv(private)} per styck.",
                f"{service.name} is free to egenregi but private providers pay {kr_en(private)} per item.",
                Subjects(units=(service.supplier_id, *buyers), functions=(service_subject(service.id),)),
            )


@rule(
    "T03-price-differs-for-private",
    Severity.WARNING,
    title_sv="Olika pris för egenregi och privata vårdgivare",
    title_en="Different prices for egenregi and private providers",
    why_sv=_NEUTRAL_WHY_SV,
    why_en=_NEUTRAL_WHY_EN,
    fix_sv="Använd samma pris och samma prismodell för alla köpare, eller dokumentera varför villkoren skiljer.",
    fix_en="Use the same price and pricing model for every buyer, or document why the terms differ.",
)
def price_differs_for_private(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    for service in scenario.trade.services.values():
        private = service.private_price_sek
        if private is None or service.pricing is PricingModel.FRI_NYTTIGHET:
            continue  # free-for-own-only is T02; a free service at private price 0 is neutral
        if service.pricing is PricingModel.STYCKPRIS:
            if service.price_sek is None or abs(private - service.price_sek) <= EPS:
                continue
            own_sv, own_en = kr_sv(service.price_sek), kr_en(service.price_sek)
        else:
            own_sv = "fast avgift" if service.pricing is PricingModel.FAST_AVGIFT else "blandad avgift"
            own_en = "a fixed charge" if service.pricing is PricingModel.FAST_AVGIFT else "a mixed charge"
        buyers = _private_buyers(scenario, service.id)
        yield Found(
            f"{service.name}: egenregin betalar {own_sv}, privata vårdgivare {kr_sv(private)} per styck.",
            f"{service.name}: egenregi pays {own_en}, private providers {kr_en(private)} per item.",
            Subjects(units=(service.supplier_id, *buyers), functions=(service_subject(service.id),)),
        )


@rule(
    "T04-no-price",
    Severity.WARNING,
    title_sv="Tjänst utan pris",
    title_en="Service without a price",
    why_sv="Utan pris i den valda prismodellen går det inte att räkna vad köparna betalar; "
    "beräkningen använder då ett härlett pris (självkostnaden).",
    why_en="Without a price under its pricing model, what buyers pay cannot be computed; the "
    "calculation then uses a derived price (the unit cost).",
    fix_sv="Ange styckpris, fast avgift eller de båda delarna i blandad modell, eller gör tjänsten till fri nyttighet.",
    fix_en="Enter the per-item price, the fixed charge or both parts of the mixed model, or make the service free.",
)
def no_price(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    flows: dict[str, int] = {}
    for flow in scenario.trade.flows.values():
        flows[flow.service_id] = flows.get(flow.service_id, 0) + 1
    for service in scenario.trade.services.values():
        if service.needs_price():
            n = flows.get(service.id, 0)
            yield Found(
                f"{service.name} saknar pris för sin prismodell ({n} köpflöden).",
                f"{service.name} has no price for its pricing model ({n} flows).",
                Subjects(units=(service.supplier_id,), functions=(service_subject(service.id),)),
            )


@rule(
    "T05-no-cost",
    Severity.WARNING,
    title_sv="Leverantör utan kostnad",
    title_en="Supplier without a cost",
    why_sv="Utan styckkostnad går det inte att se kostnadstäckning, korssubventionering eller vad "
    "tjänsten kostar regionen.",
    why_en="Without a unit cost, cost coverage, cross-subsidy and the service's cost to the region cannot be seen.",
    fix_sv="Ange tjänstens självkostnad per styck inklusive overhead.",
    fix_en="Enter the service's full cost per item including overheads.",
)
def no_cost(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    for service in scenario.trade.services.values():
        if not service.unit_cost_sek:
            yield Found(
                f"{_name(scenario, service.supplier_id)} har ingen styckkostnad för {service.name}.",
                f"{_name(scenario, service.supplier_id)} has no unit cost for {service.name}.",
                Subjects(units=(service.supplier_id,), functions=(service_subject(service.id),)),
            )


@rule(
    "T06-buyer-without-budget",
    Severity.WARNING,
    title_sv="Köpare utan budgetbefogenhet",
    title_en="Buyer without budget authority",
    why_sv="Internpriser ska göra köparna kostnadsmedvetna. En hälsocentral som "
    "betalar för lab och röntgen men inte råder över sin budget kan inte styras av priset.",
    why_en="Internal prices are meant to make buyers cost-aware. A hälsocentral "
    "that pays for lab and radiology but has no say over its budget cannot be steered by the price.",
    fix_sv="Ge enheten budgetbefogenhet, eller låt den enhet som har budgeten stå som köpare.",
    fix_en="Give the unit budget authority, or make the unit that holds the budget the buyer.",
)
def buyer_without_budget(context: Context) -> Iterator[Found]:
    project, scenario = context.project, context.scenario
    services = scenario.trade.services
    candidates: dict[str, None] = {}
    for flow in scenario.trade.flows.values():
        unit = scenario.units.get(flow.buyer_id)
        service = services.get(flow.service_id)
        if unit is None or service is None or unit.category is UnitCategory.PRIVATE_PROVIDER:
            continue
        if service.pricing is not PricingModel.FRI_NYTTIGHET and Authority.BUDGET not in unit.authorities:
            candidates[unit.id] = None
    if not candidates:
        return
    vardval = {fid for fid, f in project.functions.items() if f.vardval}
    delivers: dict[str, list[str]] = {}
    for (uid, fid, resp), role in scenario.assignments.items():
        if uid in candidates and fid in vardval and resp is Responsibility.DELIVERY and role in (Role.ACCOUNTABLE, Role.PERFORMS):
            delivers.setdefault(uid, []).append(fid)
    for uid in candidates:
        fids = delivers.get(uid)
        if not fids:
            continue
        fids = sorted(fids, key=list(project.functions).index)
        names = ", ".join(project.functions[f].name for f in fids)
        yield Found(
            f"{_name(scenario, uid)} utför {names} och köper tjänster internt men saknar budgetbefogenhet.",
            f"{_name(scenario, uid)} delivers {names} and buys internal services but has no budget authority.",
            Subjects(units=(uid,), functions=tuple(fids), responsibility=Responsibility.DELIVERY),
        )


@rule(
    "T07-trade-dangling",
    Severity.ERROR,
    title_sv="Internhandel med enhet eller tjänst som saknas",
    title_en="Internal trade with a missing unit or service",
    why_sv="En tjänst vars leverantör, eller ett köpflöde vars köpare eller tjänst, inte längre finns i "
    "scenariot räknas inte med i kostnaderna.",
    why_en="A service whose supplier, or a flow whose buyer or service, is no longer in the scenario is "
    "left out of the costs.",
    fix_sv="Flytta tjänsten eller flödet till en befintlig enhet, eller ta bort det.",
    fix_en="Move the service or flow to an existing unit, or delete it.",
)
def trade_dangling(context: Context) -> Iterator[Found]:
    scenario = context.scenario
    units = scenario.units
    services = scenario.trade.services
    for service in services.values():
        if service.supplier_id not in units:
            yield Found(
                f"Leverantören '{service.supplier_id}' av {service.name} finns inte i scenariot.",
                f"The supplier '{service.supplier_id}' of {service.name} is not in the scenario.",
                Subjects(functions=(service_subject(service.id),)),
            )
    for flow in scenario.trade.flows.values():
        missing = [x for x, ok in ((flow.buyer_id, flow.buyer_id in units), (flow.service_id, flow.service_id in services)) if not ok]
        if missing:
            yield Found(
                f"Köpflödet {flow.buyer_id} × {flow.service_id} pekar på något som saknas: {', '.join(missing)}.",
                f"The flow {flow.buyer_id} × {flow.service_id} refers to something missing: {', '.join(missing)}.",
                Subjects(
                    units=(flow.buyer_id,) if flow.buyer_id in units else (),
                    functions=(f"flow:{flow.buyer_id}/{flow.service_id}",),
                ),
            )
