"""The arithmetic of internal trade: who pays what, and what it costs the region.

For one scenario and one pricing model (or each service's own model, "as set"), in order:
1. planned volume: the baseline, with the assumed PNA share of replaceable analyses moved to
   their PNA alternative at the same buyer;
2. volume = planned × (1 + response of the model the buyer pays under)
   × (1 + feedback effect, when suppliers give consultative feedback);
3. charges: styckpris price × volume; fast avgift shared by planned volume; blandad = a fixed
   part shared by planned volume + a reduced price × volume; fri nyttighet nothing. Private
   providers with a private price pay that price per item under every model;
4. production cost = unit cost × volume. Internal charges move money between the region's own
   units and net out, so the region's net cost = production cost − charges to private providers.
Terms a model needs but the service does not set are derived so that buyers pay the same at
planned volume as under styckpris (docs/internal-trade.md). Money is float SEK, never rounded
here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.trade import FlowKey, PricingModel, Service, TradeAssumptions

AS_SET = "as_set"  # each service under its own pricing model
MODEL_KEYS: tuple[str, ...] = (AS_SET, *(m.value for m in PricingModel))


@dataclass(frozen=True, slots=True)
class Terms:
    """What buyers pay for one service under one pricing model."""

    per_item: float  # SEK per item for buyers of the region's own side
    fixed_total: float  # SEK per year, shared among those buyers by planned volume
    private_per_item: float | None  # SEK per item for private providers, when a private price is set


@dataclass(frozen=True, slots=True)
class SupplierResult:
    supplier_id: str
    revenue_sek: float  # charged to buyers
    cost_sek: float  # unit cost × volume

    @property
    def coverage(self) -> float | None:
        """Share of the cost the trade revenue covers (1.0 = full cost); None without cost."""
        return self.revenue_sek / self.cost_sek if self.cost_sek > 0 else None

    @property
    def central_funding_sek(self) -> float:
        """What the region must fund outside the trade (negative: a surplus)."""
        return self.cost_sek - self.revenue_sek


@dataclass(frozen=True, slots=True)
class TradeResult:
    model: str  # AS_SET or a PricingModel value
    volumes: dict[FlowKey, float]  # after PNA shift, response and feedback
    charges: dict[FlowKey, float]  # what each buyer pays for each service
    costs: dict[FlowKey, float]  # production cost of that volume
    buyers: dict[str, float]  # total charge per buyer, in flow order
    suppliers: dict[str, SupplierResult]
    private_buyers: frozenset[str]

    @property
    def production_cost_sek(self) -> float:
        return sum(self.costs.values())

    @property
    def charged_sek(self) -> float:
        return sum(self.charges.values())

    @property
    def external_income_sek(self) -> float:
        """Charges to private providers: money that comes into the region."""
        return sum(c for (buyer, _), c in self.charges.items() if buyer in self.private_buyers)

    @property
    def net_cost_sek(self) -> float:
        """The total cost to the region."""
        return self.production_cost_sek - self.external_income_sek

    @property
    def central_funding_sek(self) -> float:
        return self.production_cost_sek - self.charged_sek

    @property
    def total_volume(self) -> float:
        return sum(self.volumes.values())


def reference_price(service: Service) -> float:
    """The full per-item price what-ifs are anchored to: the styckpris, else the unit cost."""
    if service.price_sek is not None:
        return service.price_sek
    return service.unit_cost_sek or 0.0


def service_terms(service: Service, model: PricingModel, planned_own: float, assumptions: TradeAssumptions) -> Terms:
    """The terms of `service` under `model`; `planned_own` is the planned volume of own buyers."""
    p_ref = reference_price(service)
    own_model = service.pricing is model
    if model is PricingModel.FRI_NYTTIGHET:
        per_item, fixed = 0.0, 0.0
    elif model is PricingModel.STYCKPRIS:
        per_item, fixed = p_ref, 0.0
    elif model is PricingModel.FAST_AVGIFT:
        per_item = 0.0
        fixed = service.fixed_charge_sek if own_model and service.fixed_charge_sek is not None else p_ref * planned_own
    else:
        per_item = service.mixed_price_sek if service.mixed_price_sek is not None else p_ref * assumptions.mixed_variable_share
        if own_model and service.fixed_charge_sek is not None:
            fixed = service.fixed_charge_sek
        else:
            fixed = max(p_ref - per_item, 0.0) * planned_own
    return Terms(per_item, fixed, service.private_price_sek)


def private_buyers(scenario: Scenario) -> frozenset[str]:
    return frozenset(u.id for u in scenario.units.values() if u.category is UnitCategory.PRIVATE_PROVIDER)


def planned_volumes(scenario: Scenario) -> dict[FlowKey, float]:
    """Baseline volumes with the assumed PNA share moved to each service's PNA alternative."""
    trade = scenario.trade
    share = trade.assumptions.pna_share
    planned: dict[FlowKey, float] = {}
    for key, flow in trade.flows.items():
        service = trade.services.get(flow.service_id)
        alt = service.pna_alternative if service is not None else None
        if share > 0 and alt is not None and alt in trade.services:
            moved = flow.volume * share
            planned[key] = planned.get(key, 0.0) + flow.volume - moved
            alt_key = (flow.buyer_id, alt)
            planned[alt_key] = planned.get(alt_key, 0.0) + moved
        else:
            planned[key] = planned.get(key, 0.0) + flow.volume
    return planned


def compute(scenario: Scenario, model: PricingModel | str | None = None) -> TradeResult:
    """Volumes, charges and costs under `model` (None or "as_set": each service's own model)."""
    trade = scenario.trade
    a = trade.assumptions
    fixed_model = None if model in (None, AS_SET) else PricingModel(model)
    privates = private_buyers(scenario)
    planned = planned_volumes(scenario)
    pays_private = {
        key: key[0] in privates and s.private_price_sek is not None
        for key in planned
        if (s := trade.services.get(key[1])) is not None
    }
    planned_own: dict[str, float] = {}
    for key, volume in planned.items():
        if key in pays_private and not pays_private[key]:
            planned_own[key[1]] = planned_own.get(key[1], 0.0) + volume
    terms: dict[str, tuple[PricingModel, Terms]] = {}
    for sid, service in trade.services.items():
        m = fixed_model or service.pricing
        terms[sid] = (m, service_terms(service, m, planned_own.get(sid, 0.0), a))
    feedback = 1.0 + a.feedback_effect if a.consultative_feedback else 1.0
    volumes: dict[FlowKey, float] = {}
    charges: dict[FlowKey, float] = {}
    costs: dict[FlowKey, float] = {}
    buyers: dict[str, float] = {}
    revenue: dict[str, float] = {}
    supplier_cost: dict[str, float] = {}
    for key, base in planned.items():
        priced = trade.services.get(key[1])
        if priced is None:  # a dangling flow: reported by a rule, not priced
            continue
        service = priced
        m, t = terms[key[1]]
        private = pays_private[key]
        effective = PricingModel.STYCKPRIS if private else m
        volume = max(base * (1.0 + a.response(effective)) * feedback, 0.0)
        if private:
            charge = (t.private_per_item or 0.0) * volume
        else:
            share = base / planned_own[key[1]] if planned_own.get(key[1]) else 0.0
            charge = t.per_item * volume + t.fixed_total * share
        cost = (service.unit_cost_sek or 0.0) * volume
        volumes[key], charges[key], costs[key] = volume, charge, cost
        buyers[key[0]] = buyers.get(key[0], 0.0) + charge
        revenue[service.supplier_id] = revenue.get(service.supplier_id, 0.0) + charge
        supplier_cost[service.supplier_id] = supplier_cost.get(service.supplier_id, 0.0) + cost
    suppliers = {
        sid: SupplierResult(sid, revenue.get(sid, 0.0), supplier_cost.get(sid, 0.0))
        for sid in dict.fromkeys(s.supplier_id for s in trade.services.values())
    }
    label = AS_SET if fixed_model is None else fixed_model.value
    return TradeResult(label, volumes, charges, costs, buyers, suppliers, privates)


def compare(scenario: Scenario) -> dict[str, TradeResult]:
    """The scenario as set and under every pricing model, side by side."""
    return {key: compute(scenario, key) for key in MODEL_KEYS}


def cost_by_kind(scenario: Scenario, result: TradeResult) -> dict[str, dict[str, float]]:
    """Charge per buyer split by service kind (for stacked bars): buyer → kind → SEK."""
    out: dict[str, dict[str, float]] = {}
    for (buyer, sid), charge in result.charges.items():
        kind = scenario.trade.services[sid].kind.value
        by_kind = out.setdefault(buyer, {})
        by_kind[kind] = by_kind.get(kind, 0.0) + charge
    return out


def _money(x: float) -> float:
    return round(x, 2)


def trade_summary(project: Project, scenario: Scenario) -> dict[str, Any]:
    """JSON-ready totals for comparisons and exports (SEK rounded to öre)."""
    del project  # part of the signature every summary shares
    results = compare(scenario)
    a = scenario.trade.assumptions
    units = scenario.units

    def name(uid: str) -> str:
        return units[uid].name if uid in units else uid

    return {
        "services": len(scenario.trade.services),
        "flows": len(scenario.trade.flows),
        "assumptions": {
            "response": {m.value: a.response(m) for m in PricingModel},
            "pna_share": a.pna_share,
            "consultative_feedback": a.consultative_feedback,
            "feedback_effect": a.feedback_effect,
            "mixed_variable_share": a.mixed_variable_share,
            "note": a.note,
        },
        "models": {
            key: {
                "volume": round(r.total_volume, 1),
                "production_cost_sek": _money(r.production_cost_sek),
                "charged_sek": _money(r.charged_sek),
                "external_income_sek": _money(r.external_income_sek),
                "central_funding_sek": _money(r.central_funding_sek),
                "net_cost_sek": _money(r.net_cost_sek),
            }
            for key, r in results.items()
        },
        "buyers": [
            {"id": b, "name": name(b)} | {key: _money(r.buyers.get(b, 0.0)) for key, r in results.items()}
            for b in results[AS_SET].buyers
        ],
        "suppliers": [
            {"id": s, "name": name(s)}
            | {
                key: {
                    "revenue_sek": _money(r.suppliers[s].revenue_sek),
                    "cost_sek": _money(r.suppliers[s].cost_sek),
                    "coverage": _rounded(r.suppliers[s].coverage, 4),
                }
                for key, r in results.items()
            }
            for s in results[AS_SET].suppliers
        ],
    }


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
