"""Commands on the units of one scenario: add, remove (with subtree), move, set a field."""

from __future__ import annotations

from typing import Any

from orgdesigner.model.commands._coerce import UNIT_FIELDS, check_decisions_known, coerce, validate
from orgdesigner.model.commands._lines import check_targets, drop_lines_to, line_event
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.document import Document
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import AssignmentKey, Scenario, Unit
from orgdesigner.model.enums import Role
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.model.trade import Flow, FlowKey, Service


def scenario_of(doc: Document, scenario_id: str) -> Scenario:
    try:
        return doc.project.scenarios[scenario_id]
    except KeyError:
        raise CommandError(f"unknown scenario '{scenario_id}'") from None


def unit_of(scenario: Scenario, unit_id: str) -> Unit:
    try:
        return scenario.units[unit_id]
    except KeyError:
        raise CommandError(f"unknown unit '{unit_id}' in scenario '{scenario.id}'") from None


def reorder_units(scenario: Scenario, order: list[str], extra: dict[str, Unit] | None = None) -> None:
    """Rebuild the unit dict in `order`, taking units from the scenario or from `extra`."""
    pool = scenario.units if extra is None else {**scenario.units, **extra}
    scenario.units = {uid: pool[uid] for uid in order}
    scenario.structure_changed()


class AddUnit(Command):
    def __init__(self, scenario_id: str, unit: Unit, index: int | None = None) -> None:
        self.scenario_id = scenario_id
        self.unit = unit
        self.index = index
        self.text = f"Add {unit.name}"

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        if self.unit.id in scenario.units:
            raise CommandError(f"unit id '{self.unit.id}' already exists")
        validate(UNIT_FIELDS, "unit", self.unit, self.unit.id)
        if self.unit.parent_id is not None:
            unit_of(scenario, self.unit.parent_id)
        check_decisions_known(doc.project, self.unit.decisions, f"unit '{self.unit.id}'")
        check_targets(scenario, self.unit.id, self.unit.dotted_lines)
        scenario.units[self.unit.id] = self.unit
        if self.index is not None and self.index < len(scenario.units) - 1:
            order = list(scenario.units)
            order.insert(self.index, order.pop())
            reorder_units(scenario, order)
        scenario.structure_changed()
        doc.emit(ModelEvent(Change.UNITS_ADDED, self.scenario_id, (self.unit.id,)))

    def revert(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        del scenario.units[self.unit.id]
        scenario.structure_changed()
        doc.emit(ModelEvent(Change.UNITS_REMOVED, self.scenario_id, (self.unit.id,)))


class RemoveUnits(Command):
    """Remove units with their whole subtrees and every assignment they hold."""

    def __init__(self, scenario_id: str, unit_ids: list[str]) -> None:
        self.scenario_id = scenario_id
        self.unit_ids = list(unit_ids)
        self.text = "Delete unit" if len(unit_ids) == 1 else f"Delete {len(unit_ids)} units"
        self._order: list[str] = []
        self._removed: dict[str, Unit] = {}
        self._assignments: dict[AssignmentKey, Role] = {}
        self._trade: tuple[dict[str, Service], dict[FlowKey, Flow]] | None = None  # services and flows before, if touched
        self._lines: dict[str, tuple[DottedLine, ...]] = {}  # survivors' dotted lines into the removed

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        doomed: set[str] = set()
        for uid in self.unit_ids:
            unit_of(scenario, uid)
            doomed.update(scenario.subtree(uid))
        self._order = list(scenario.units)
        self._removed = {uid: scenario.units[uid] for uid in self._order if uid in doomed}
        self._assignments = {k: r for k, r in scenario.assignments.items() if k.unit_id in doomed}
        for key in self._assignments:
            del scenario.assignments[key]
        reorder_units(scenario, [uid for uid in self._order if uid not in doomed])
        self._trade = _drop_trade_of(scenario, doomed)
        self._lines = drop_lines_to(scenario, doomed)
        doc.emit(ModelEvent(Change.UNITS_REMOVED, self.scenario_id, tuple(self._removed)))
        if self._lines:
            doc.emit(line_event(self.scenario_id, tuple(self._lines)))
        if self._assignments:
            doc.emit(_assignment_event(self.scenario_id, self._assignments))
        if self._trade is not None:
            doc.emit(ModelEvent(Change.TRADE_CHANGED, self.scenario_id))

    def revert(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        reorder_units(scenario, self._order, self._removed)
        scenario.assignments.update(self._assignments)
        if self._trade is not None:
            scenario.trade.services, scenario.trade.flows = self._trade
        for uid, lines in self._lines.items():
            scenario.units[uid].dotted_lines = lines
        doc.emit(ModelEvent(Change.UNITS_ADDED, self.scenario_id, tuple(self._removed)))
        if self._lines:
            doc.emit(line_event(self.scenario_id, tuple(self._lines)))
        if self._assignments:
            doc.emit(_assignment_event(self.scenario_id, self._assignments))
        if self._trade is not None:
            doc.emit(ModelEvent(Change.TRADE_CHANGED, self.scenario_id))


def _drop_trade_of(scenario: Scenario, doomed: set[str]) -> tuple[dict[str, Service], dict[FlowKey, Flow]] | None:
    """Remove services supplied by and flows bought by removed units, with the flows of those
    services; return the services and flows as they were, or None when nothing was touched."""
    trade = scenario.trade
    services = {sid: s for sid, s in trade.services.items() if s.supplier_id not in doomed}
    flows = {
        key: flow
        for key, flow in trade.flows.items()
        if flow.buyer_id not in doomed and flow.service_id in services
    }
    if len(services) == len(trade.services) and len(flows) == len(trade.flows):
        return None
    before = (trade.services, trade.flows)
    trade.services, trade.flows = services, flows
    return before


def _assignment_event(scenario_id: str, keys: dict[AssignmentKey, Any]) -> ModelEvent:
    units = tuple(dict.fromkeys(k.unit_id for k in keys))
    functions = tuple(dict.fromkeys(k.function_id for k in keys))
    return ModelEvent(Change.ASSIGNMENTS_CHANGED, scenario_id, units, function_ids=functions)


class MoveUnit(Command):
    """Give a unit a new parent (None: make it a root); it becomes the parent's last child."""

    def __init__(self, scenario_id: str, unit_id: str, new_parent_id: str | None) -> None:
        self.scenario_id = scenario_id
        self.unit_id = unit_id
        self.new_parent_id = new_parent_id
        self.text = "Move unit"
        self._old_parent: str | None = None
        self._old_order: list[str] = []

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        unit = unit_of(scenario, self.unit_id)
        if self.new_parent_id is not None:
            parent = unit_of(scenario, self.new_parent_id)
            if scenario.would_cycle(self.unit_id, self.new_parent_id):
                raise CommandError(
                    f"cannot move {unit.name} under {parent.name}: "
                    "it would report to itself (a reporting cycle)"
                )
        self._old_parent = unit.parent_id
        self._old_order = list(scenario.units)
        unit.parent_id = self.new_parent_id
        del scenario.units[self.unit_id]
        scenario.units[self.unit_id] = unit
        scenario.structure_changed()
        doc.emit(ModelEvent(Change.UNITS_MOVED, self.scenario_id, (self.unit_id,)))

    def revert(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        scenario.units[self.unit_id].parent_id = self._old_parent
        reorder_units(scenario, self._old_order)
        doc.emit(ModelEvent(Change.UNITS_MOVED, self.scenario_id, (self.unit_id,)))


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
        self.text = f"Change {field.replace('_', ' ')}"
        self._old: dict[str, Any] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        units = [unit_of(scenario, uid) for uid in self.unit_ids]
        if self.field == "decisions":
            check_decisions_known(doc.project, self.value, "unit.decisions")
        self._old = {u.id: getattr(u, self.field) for u in units}
        for unit in units:
            setattr(unit, self.field, self.value)
        doc.emit(ModelEvent(Change.UNITS_CHANGED, self.scenario_id, tuple(self.unit_ids), self.field))

    def revert(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        for uid, old in self._old.items():
            setattr(scenario.units[uid], self.field, old)
        doc.emit(ModelEvent(Change.UNITS_CHANGED, self.scenario_id, tuple(self.unit_ids), self.field))

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
