"""A scenario's internal trade ⇄ the file, and its reference checks (either reader's validated
model; no pydantic here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgdesigner.io.errors import Problem
from orgdesigner.model.trade import Flow, InternalTrade, Service, TradeAssumptions

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import Trade as TradeModel


def _service_to_json(s: Service) -> dict[str, Any]:
    head: dict[str, Any] = {"id": s.id, "name": s.name, "supplier": s.supplier_id, "kind": s.kind.value}
    optional = {
        "unit_cost_sek": s.unit_cost_sek,
        "pricing": s.pricing.value,
        "price_sek": s.price_sek,
        "fixed_charge_sek": s.fixed_charge_sek,
        "mixed_price_sek": s.mixed_price_sek,
        "private_price_sek": s.private_price_sek,
        "pna_alternative": s.pna_alternative,
        "description": s.description,
    }
    return head | {k: v for k, v in optional.items() if v not in (None, "")}


def trade_to_json(trade: InternalTrade) -> dict[str, Any]:
    """JSON-ready dict in a fixed order; an untouched trade is written as `{}`."""
    if trade.is_empty():
        return {}
    a = trade.assumptions
    return {
        "services": [_service_to_json(s) for s in trade.services.values()],
        "flows": [{"buyer": f.buyer_id, "service": f.service_id, "volume": f.volume} for f in trade.flows.values()],
        "assumptions": {
            "response_free": a.response_free,
            "response_per_item": a.response_per_item,
            "response_fixed": a.response_fixed,
            "response_mixed": a.response_mixed,
            "pna_share": a.pna_share,
            "consultative_feedback": a.consultative_feedback,
            "feedback_effect": a.feedback_effect,
            "mixed_variable_share": a.mixed_variable_share,
        }
        | ({"note": a.note} if a.note else {}),
    }


def trade_from_model(model: TradeModel) -> InternalTrade:
    """Build the domain value from a validated (and reference-checked) file model."""
    a = model.assumptions
    trade = InternalTrade(
        assumptions=TradeAssumptions(
            response_free=a.response_free,
            response_per_item=a.response_per_item,
            response_fixed=a.response_fixed,
            response_mixed=a.response_mixed,
            pna_share=a.pna_share,
            consultative_feedback=a.consultative_feedback,
            feedback_effect=a.feedback_effect,
            mixed_variable_share=a.mixed_variable_share,
            note=a.note,
        )
    )
    for s in model.services:
        trade.services[s.id] = Service(
            id=s.id,
            name=s.name,
            supplier_id=s.supplier,
            kind=s.kind,
            unit_cost_sek=s.unit_cost_sek,
            pricing=s.pricing,
            price_sek=s.price_sek,
            fixed_charge_sek=s.fixed_charge_sek,
            mixed_price_sek=s.mixed_price_sek,
            private_price_sek=s.private_price_sek,
            pna_alternative=s.pna_alternative,
            description=s.description,
        )
    for f in model.flows:
        trade.flows[(f.buyer, f.service)] = Flow(f.buyer, f.service, f.volume)
    return trade


def trade_reference_problems(model: TradeModel, units: set[str], where: str) -> list[Problem]:
    """Unknown units and services, duplicate ids and flows in one scenario's trade."""
    problems: list[Problem] = []
    services: set[str] = set()
    for i, s in enumerate(model.services):
        if s.id in services:
            problems.append(Problem(f"{where}.services[{i}].id", f"duplicate service id '{s.id}'"))
        services.add(s.id)
        if s.supplier not in units:
            problems.append(Problem(f"{where}.services[{i}].supplier", f"unknown unit '{s.supplier}'"))
    for i, s in enumerate(model.services):
        if s.pna_alternative is not None and (s.pna_alternative not in services or s.pna_alternative == s.id):
            problems.append(Problem(f"{where}.services[{i}].pna_alternative", f"unknown service '{s.pna_alternative}'"))
    seen: set[tuple[str, str]] = set()
    for i, f in enumerate(model.flows):
        if f.buyer not in units:
            problems.append(Problem(f"{where}.flows[{i}].buyer", f"unknown unit '{f.buyer}'"))
        if f.service not in services:
            problems.append(Problem(f"{where}.flows[{i}].service", f"unknown service '{f.service}'"))
        if (f.buyer, f.service) in seen:
            problems.append(Problem(f"{where}.flows[{i}]", f"duplicate flow '{f.buyer}' × '{f.service}'"))
        seen.add((f.buyer, f.service))
    return problems
