"""Commands on a scenario's internal trade: services, flows and assumptions.

Services, flows and assumptions are frozen values, so every command swaps whole values and
keeps the old ones for revert. An import of many flows is one command: one undo step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from orgdesigner.model import fields
from orgdesigner.model.commands._coerce import coerce
from orgdesigner.model.commands.base import Command, CommandError, invalid
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.units import scenario_of
from orgdesigner.model.document import Document, insert_at
from orgdesigner.model.entities import Scenario
from orgdesigner.model.limits import Limit
from orgdesigner.model.trade import (
    Flow,
    FlowKey,
    InternalTrade,
    PricingModel,
    Service,
    ServiceKind,
)


def _editable(table: dict[str, Limit]) -> dict[str, Callable[[Any], Any]]:
    return {name: limit for name, limit in table.items() if name != "id"}  # flows refer to the id


SERVICE_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.SERVICE),
    "kind": ServiceKind,
    "pricing": PricingModel,
}

ASSUMPTION_FIELDS: dict[str, Callable[[Any], Any]] = {**fields.ASSUMPTIONS, "consultative_feedback": bool}

FLOW_FIELDS: dict[str, Callable[[Any], Any]] = dict(fields.FLOW)


def _limited(table: dict[str, Limit], owner: str, value: object) -> None:
    try:
        fields.check(table, owner, value)
    except fields.FieldError as exc:
        raise invalid(exc, value) from None


def _check_service(scenario: Scenario, service: Service, services: dict[str, Service] | None = None) -> None:
    """A service within its limits, supplied by a unit of the scenario, its PNA alternative
    another service (of `services`, by default the scenario's)."""
    _limited(fields.SERVICE, "service", service)
    ServiceKind(service.kind)
    PricingModel(service.pricing)
    if service.supplier_id not in scenario.units:
        raise CommandError(Refusal.UNKNOWN_REFERENCE, owner="service", name=service.name, thing="supplier", id=service.supplier_id)
    alt = service.pna_alternative
    if alt is not None and (alt == service.id or alt not in (scenario.trade.services if services is None else services)):
        raise CommandError(Refusal.UNKNOWN_REFERENCE, owner="service", name=service.name, thing="pna", id=alt)


def _check_flow(scenario: Scenario, flow: Flow, services: dict[str, Service] | None = None) -> None:
    if flow.buyer_id not in scenario.units:
        raise CommandError(Refusal.UNKNOWN, thing="buyer", id=flow.buyer_id)
    if flow.service_id not in (scenario.trade.services if services is None else services):
        raise CommandError(Refusal.UNKNOWN, thing="service", id=flow.service_id)
    try:
        fields.check(fields.FLOW, "flow", flow)
    except fields.FieldError as exc:
        raise invalid(exc, flow) from None


def check_trade(scenario: Scenario, trade: InternalTrade) -> None:
    """A whole trade (copied, imported, replaced) for `scenario`: every service, flow and
    assumption within its limits and naming units and services that exist."""
    for service in trade.services.values():
        _check_service(scenario, service, trade.services)
    for flow in trade.flows.values():
        _check_flow(scenario, flow, trade.services)
    _limited(fields.ASSUMPTIONS, "assumption", trade.assumptions)


class AddService(Command):
    def __init__(self, scenario_id: str, service: Service, index: int | None = None) -> None:
        self.scenario_id = scenario_id
        self.service = service
        self.index = index
        self.description = Description(Action.ADD, Subject.SERVICE, name=service.name)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        trade = scenario.trade
        _limited({"id": fields.SERVICE["id"]}, "service", self.service)
        if not self.service.id.strip():
            raise CommandError(Refusal.NEEDS_ID, thing="service")
        if self.service.id in trade.services:
            raise CommandError(Refusal.EXISTS, thing="service", id=self.service.id)
        _check_service(scenario, self.service)
        services = insert_at(trade.services, self.service.id, self.service, self.index)
        self._old = doc.set_trade(self.scenario_id, (self.service.id,), services=services)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (self.service.id,), **self._old)


class RemoveService(Command):
    """Remove a service and every flow of it; refused while another service names it as PNA."""

    def __init__(self, scenario_id: str, service_id: str) -> None:
        self.scenario_id = scenario_id
        self.service_id = service_id
        self.description = Description(Action.DELETE, Subject.SERVICE)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        trade = scenario_of(doc, self.scenario_id).trade
        if self.service_id not in trade.services:
            raise CommandError(Refusal.UNKNOWN, thing="service", id=self.service_id)
        users = [s.name for s in trade.services.values() if s.pna_alternative == self.service_id]
        if users:
            raise CommandError(Refusal.PNA_IN_USE, id=self.service_id, users=tuple(users))
        services = {k: s for k, s in trade.services.items() if k != self.service_id}
        flows = {k: f for k, f in trade.flows.items() if f.service_id != self.service_id}
        self._old = doc.set_trade(self.scenario_id, (self.service_id,), services=services, flows=flows)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (self.service_id,), **self._old)


class SetServiceField(Command):
    """Change one property of one service (the id is fixed: flows refer to it)."""

    def __init__(self, scenario_id: str, service_id: str, field: str, value: Any) -> None:
        self.scenario_id = scenario_id
        self.service_id = service_id
        self.field = field
        self.value = coerce(SERVICE_FIELDS, "service", field, value)
        self.description = Description(Action.CHANGE, Subject.SERVICE, field=field)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        trade = scenario.trade
        old = trade.services.get(self.service_id)
        if old is None:
            raise CommandError(Refusal.UNKNOWN, thing="service", id=self.service_id)
        new = dataclasses.replace(old, **{self.field: self.value})
        _check_service(scenario, new)
        services = {**trade.services, self.service_id: new}
        self._old = doc.set_trade(self.scenario_id, (self.service_id,), self.field, services=services)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (self.service_id,), self.field, **self._old)

    def merge_key(self) -> object | None:
        if self.field in {"name", "description"}:
            return ("service-field", self.scenario_id, self.service_id, self.field)
        return None

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetServiceField) or later.merge_key() != self.merge_key():
            return False
        self.value = later.value
        return True


class SetFlows(Command):
    """Add or overwrite many flows at once (an import, a paste, a new row): one undo step.

    With `replace_all` the scenario's other flows are removed, so the result is exactly `flows`.
    Either every flow is valid and all are written, or nothing changes.
    """

    def __init__(self, scenario_id: str, flows: Iterable[Flow], *, replace_all: bool = False,
                 description: Description | None = None) -> None:
        self.scenario_id = scenario_id
        self.flows = list(flows)
        self.replace_all = replace_all
        self.description = description or Description(Action.SET, Subject.FLOW, count=len(self.flows))
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        for flow in self.flows:
            _check_flow(scenario, flow)
        trade = scenario.trade
        new = {} if self.replace_all else dict(trade.flows)
        for flow in self.flows:
            new[flow.key] = Flow(flow.buyer_id, flow.service_id, fields.FLOW["volume"](flow.volume))
        self._old = doc.set_trade(self.scenario_id, self._services(), "flows", flows=new)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, self._services(), "flows", **self._old)

    def _services(self) -> list[str]:
        return [f.service_id for f in self.flows]


class RemoveFlows(Command):
    def __init__(self, scenario_id: str, keys: Iterable[FlowKey]) -> None:
        self.scenario_id = scenario_id
        self.keys = [tuple(k) for k in keys]
        self.description = Description(Action.DELETE, Subject.FLOW, count=len(self.keys))
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        trade = scenario_of(doc, self.scenario_id).trade
        missing = [k for k in self.keys if k not in trade.flows]
        if missing:
            raise CommandError(Refusal.FLOW_MISSING, buyer=missing[0][0], service=missing[0][1])
        doomed = set(self.keys)
        flows = {k: f for k, f in trade.flows.items() if k not in doomed}
        self._old = doc.set_trade(self.scenario_id, [k[1] for k in self.keys], "flows", flows=flows)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, [k[1] for k in self.keys], "flows", **self._old)


class SetFlowField(Command):
    """Change the buyer, the service or the volume of one flow, keeping its place in the table."""

    def __init__(self, scenario_id: str, key: FlowKey, field: str, value: Any) -> None:
        self.scenario_id = scenario_id
        self.key: FlowKey = (key[0], key[1])
        self.field = field
        self.value = coerce(FLOW_FIELDS, "flow", field, value)
        self.description = Description(Action.CHANGE, Subject.FLOW, field=field)
        self._old: dict[str, Any] = {}
        self.new_key: FlowKey = self.key

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        trade = scenario.trade
        old = trade.flows.get(self.key)
        if old is None:
            raise CommandError(Refusal.FLOW_MISSING, buyer=self.key[0], service=self.key[1])
        new = dataclasses.replace(old, **{self.field: self.value})
        _check_flow(scenario, new)
        if new.key != self.key and new.key in trade.flows:
            raise CommandError(Refusal.FLOW_EXISTS, buyer=new.key[0], service=new.key[1])
        self.new_key = new.key
        flows = {(new.key if k == self.key else k): (new if k == self.key else f) for k, f in trade.flows.items()}
        self._old = doc.set_trade(self.scenario_id, (old.service_id, new.service_id), self.field, flows=flows)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (self.key[1],), self.field, **self._old)


class SetAssumption(Command):
    """Change one assumption (antagande) of the scenario's internal trade."""

    def __init__(self, scenario_id: str, field: str, value: Any) -> None:
        self.scenario_id = scenario_id
        self.field = field
        self.value = coerce(ASSUMPTION_FIELDS, "assumption", field, value)
        self.description = Description(Action.CHANGE, Subject.ASSUMPTION, field=field)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        trade = scenario_of(doc, self.scenario_id).trade
        assumptions = dataclasses.replace(trade.assumptions, **{self.field: self.value})
        self._old = doc.set_trade(self.scenario_id, (), "assumptions", assumptions=assumptions)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (), "assumptions", **self._old)

    def merge_key(self) -> object | None:
        return ("trade-assumption", self.scenario_id, self.field) if self.field == "note" else None

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetAssumption) or later.merge_key() != self.merge_key():
            return False
        self.value = later.value
        return True


class ReplaceTrade(Command):
    """Replace a scenario's whole internal trade (e.g. copied from another scenario)."""

    def __init__(self, scenario_id: str, trade: InternalTrade, description: Description | None = None) -> None:
        self.scenario_id = scenario_id
        self.trade = trade
        self.description = description or Description(Action.REPLACE, Subject.TRADE)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        check_trade(scenario, self.trade)
        parts = {f.name: getattr(self.trade, f.name) for f in dataclasses.fields(InternalTrade)}
        self._old = doc.set_trade(self.scenario_id, list(self.trade.services), **parts)

    def revert(self, doc: Document) -> None:
        doc.set_trade(self.scenario_id, (), **self._old)
