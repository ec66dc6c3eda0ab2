"""Commands on the units of one scenario: add, remove (with subtree), move, set a field."""

from __future__ import annotations

from typing import Any

from orgdesigner.model.commands._coerce import UNIT_FIELDS, check_decisions_known, coerce, validate
from orgdesigner.model.commands._lines import check_targets, lines_kept
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.document import Document
from orgdesigner.model.entities import AssignmentKey, Scenario, Unit
from orgdesigner.model.enums import Role
from orgdesigner.model.trade import Flow, FlowKey, Service


class ReportingCycle(CommandError):
    """A move that would make a unit report to itself; names both units for the message."""

    def __init__(self, unit: str, parent: str) -> None:
        super().__init__(Refusal.REPORTING_CYCLE, unit=unit, parent=parent)
        self.unit = unit
        self.parent = parent


def scenario_of(doc: Document, scenario_id: str) -> Scenario:
    try:
        return doc.project.scenarios[scenario_id]
    except KeyError:
        raise CommandError(Refusal.UNKNOWN, thing="scenario", id=scenario_id) from None


def unit_of(scenario: Scenario, unit_id: str) -> Unit:
    try:
        return scenario.units[unit_id]
    except KeyError:
        raise CommandError(Refusal.UNKNOWN, thing="unit", id=unit_id) from None


class AddUnit(Command):
    def __init__(self, scenario_id: str, unit: Unit, index: int | None = None) -> None:
        self.scenario_id = scenario_id
        self.unit = unit
        self.index = index
        self.description = Description(Action.ADD, Subject.UNIT, name=unit.name)

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        if self.unit.id in scenario.units:
            raise CommandError(Refusal.EXISTS, thing="unit", id=self.unit.id)
        validate(UNIT_FIELDS, "unit", self.unit, self.unit.id)
        if self.unit.parent_id is not None:
            unit_of(scenario, self.unit.parent_id)
        check_decisions_known(doc.project, self.unit.decisions, "unit", self.unit.id)
        check_targets(scenario, self.unit.id, self.unit.dotted_lines)
        order = None
        if self.index is not None and self.index < len(scenario.units):
            order = list(scenario.units)
            order.insert(self.index, self.unit.id)
        doc.add_units(self.scenario_id, {self.unit.id: self.unit}, order)

    def revert(self, doc: Document) -> None:
        doc.remove_units(self.scenario_id, [self.unit.id])


class RemoveUnits(Command):
    """Remove units with their whole subtrees and what refers to them: their roles, the dotted
    lines of other units into them, the services they supply and the flows they buy."""

    def __init__(self, scenario_id: str, unit_ids: list[str]) -> None:
        self.scenario_id = scenario_id
        self.unit_ids = list(unit_ids)
        self.description = Description(Action.DELETE, Subject.UNIT, count=len(self.unit_ids))
        self._order: list[str] = []
        self._removed: dict[str, Unit] = {}
        self._roles: dict[AssignmentKey, Role | None] = {}
        self._lines: dict[str, Any] = {}  # survivors' dotted lines into the removed, as they were
        self._trade: dict[str, Any] = {}  # services and flows as they were, if touched

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        doomed: set[str] = set()
        for uid in self.unit_ids:
            unit_of(scenario, uid)
            doomed.update(scenario.subtree(uid))
        roles = {key: None for key in scenario.assignments if key.unit_id in doomed}
        lines = lines_kept(scenario, doomed)
        trade = _trade_kept(scenario, doomed)
        with doc.batch():  # observers hear of the units gone with their roles, lines and trade
            self._order, self._removed = doc.remove_units(self.scenario_id, doomed)
            self._lines = doc.set_units(self.scenario_id, "dotted_lines", lines) if lines else {}
            self._roles = doc.set_roles(self.scenario_id, roles) if roles else {}
            self._trade = doc.set_trade(self.scenario_id, **trade) if trade else {}

    def revert(self, doc: Document) -> None:
        with doc.batch():
            doc.add_units(self.scenario_id, self._removed, self._order)
            if self._lines:
                doc.set_units(self.scenario_id, "dotted_lines", self._lines)
            if self._roles:
                doc.set_roles(self.scenario_id, self._roles)
            if self._trade:
                doc.set_trade(self.scenario_id, **self._trade)


def _trade_kept(scenario: Scenario, doomed: set[str]) -> dict[str, Any]:
    """The services not supplied by and the flows not bought by `doomed` units (nor of a service
    that goes), or nothing when no trade is touched."""
    trade = scenario.trade
    services: dict[str, Service] = {sid: s for sid, s in trade.services.items() if s.supplier_id not in doomed}
    flows: dict[FlowKey, Flow] = {
        key: flow for key, flow in trade.flows.items() if flow.buyer_id not in doomed and flow.service_id in services
    }
    if len(services) == len(trade.services) and len(flows) == len(trade.flows):
        return {}
    return {"services": services, "flows": flows}


class MoveUnit(Command):
    """Give a unit a new parent (None: make it a root); it becomes the parent's last child."""

    def __init__(self, scenario_id: str, unit_id: str, new_parent_id: str | None) -> None:
        self.scenario_id = scenario_id
        self.unit_id = unit_id
        self.new_parent_id = new_parent_id
        self.description = Description(Action.MOVE, Subject.UNIT)
        self._old: tuple[str | None, list[str]] = (None, [])

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        unit = unit_of(scenario, self.unit_id)
        if self.new_parent_id is not None:
            parent = unit_of(scenario, self.new_parent_id)
            if scenario.would_cycle(self.unit_id, self.new_parent_id):
                raise ReportingCycle(unit.name, parent.name)
        self._old = doc.move_unit(self.scenario_id, self.unit_id, self.new_parent_id)

    def revert(self, doc: Document) -> None:
        doc.move_unit(self.scenario_id, self.unit_id, *self._old)


class SetUnitField(Command):
    """Set one property on one or more units (multi-selection edits the shared field)."""

    def __init__(self, scenario_id: str, unit_ids: list[str], field: str, value: Any) -> None:
        if field == "parent_id":
            raise CommandError("use MoveUnit to change a reporting line")
        if field == "dotted_lines":
            raise CommandError("use AddDottedLine, ChangeDottedLine or RemoveDottedLine for dotted lines")
        self.scenario_id = scenario_id
        self.unit_ids = list(unit_ids)
        self.field = field
        self.value = coerce(UNIT_FIELDS, "unit", field, value)
        self.description = Description(Action.CHANGE, Subject.UNIT, count=len(self.unit_ids), field=field)
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        for uid in self.unit_ids:
            unit_of(scenario, uid)
        if self.field == "decisions":
            check_decisions_known(doc.project, self.value, "unit", ", ".join(self.unit_ids[:3]))
        self._old = doc.set_units(self.scenario_id, self.field, dict.fromkeys(self.unit_ids, self.value))

    def revert(self, doc: Document) -> None:
        doc.set_units(self.scenario_id, self.field, self._old)

    def merge_key(self) -> object | None:
        # Typing into a text field: consecutive edits of the same field are one step.
        if self.field in {"name", "notes"}:
            return ("unit-field", self.scenario_id, tuple(self.unit_ids), self.field)
        return None

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetUnitField) or later.merge_key() != self.merge_key():
            return False
        self.value = later.value
        return True
