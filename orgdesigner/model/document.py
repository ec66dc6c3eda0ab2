"""A project being edited, and the one place it changes.

Every change to an open project goes through one of the Document's mutation primitives below: set
a field, add or remove an entity, move a unit. Each primitive changes the project, keeps the
derived indexes current and tells the observers what it changed, with exactly one ModelEvent. A
command only checks that its change is allowed and calls primitives; its revert calls the same
primitives with the values they returned. The primitives check nothing: commands validate first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.entities import (
    Acknowledgement,
    AssignmentKey,
    Decision,
    Function,
    Project,
    Scenario,
    Unit,
)
from orgdesigner.model.enums import Role
from orgdesigner.model.events import Change, EventHub, ModelEvent

V = TypeVar("V")

#: the Document's mutation primitives: each changes the project and tells exactly one event
PRIMITIVES = (
    "replace_project", "add_units", "remove_units", "move_unit", "set_units", "set_roles", "set_trade",
    "add_scenario", "remove_scenario", "move_scenario", "set_scenario", "add_function", "remove_function",
    "set_function", "add_decision", "remove_decision", "set_decision", "set_project", "set_acknowledgement",
    "remove_conflict", "add_conflict",
)
AckKey = tuple[str, str]  # (scenario id, finding key)
#: a function's roles in every scenario that has any: scenario id -> cell -> role
Cells = dict[str, dict[AssignmentKey, Role]]


def insert_at(items: dict[str, V], key: str, value: V, index: int | None) -> dict[str, V]:
    """`items` with `key` put at `index` (the end for None): a new dict, as the order is the data."""
    pairs = list(items.items())
    pairs.insert(len(pairs) if index is None else index, (key, value))
    return dict(pairs)


def _swap(entity: object, field: str, value: Any) -> Any:
    """Set `entity.field` to `value`; returns the value it had (what the command's revert sets back)."""
    old = getattr(entity, field)
    setattr(entity, field, value)
    return old


class Document:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.events = EventHub()
        self._held: list[ModelEvent] | None = None  # inside `batch`: the events not yet told

    # -- telling observers --
    def _emit(self, event: ModelEvent) -> None:
        if self._held is not None:
            self._held.append(event)
        else:
            self.events.emit(event)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Hold the primitives' events until the block ends, then tell them in order: observers
        of a change made of several primitives (a unit removed with its roles and lines) see the
        project only as the whole change leaves it. A batch inside a batch joins the outer one."""
        if self._held is not None:
            yield
            return
        held: list[ModelEvent] = []
        self._held = held
        try:
            yield
        finally:
            self._held = None
            for event in held:
                self.events.emit(event)

    def replace_project(self, project: Project) -> None:
        """Everything may have changed (a file opened, a merge conflict settled by rebuilding)."""
        self.project = project
        self._emit(ModelEvent(Change.RESET))

    # -- units of a scenario --
    def add_units(self, sid: str, units: Mapping[str, Unit], order: Sequence[str] | None = None) -> None:
        """Put `units` into the scenario, at the end or so that its units stand in `order`."""
        scenario = self.project.scenarios[sid]
        scenario.units.update(units)
        if order is not None and list(scenario.units) != list(order):
            scenario.units = {uid: scenario.units[uid] for uid in order}
        scenario.structure_changed()
        self._emit(ModelEvent(Change.UNITS_ADDED, sid, tuple(units)))

    def remove_units(self, sid: str, ids: Collection[str]) -> tuple[list[str], dict[str, Unit]]:
        """Take units out (their subtrees and what refers to them are the caller's); returns the
        order before and the units removed, for `add_units`."""
        scenario = self.project.scenarios[sid]
        order = list(scenario.units)
        doomed = set(ids)
        removed = {uid: scenario.units[uid] for uid in order if uid in doomed}
        for uid in removed:
            del scenario.units[uid]
        scenario.structure_changed()
        self._emit(ModelEvent(Change.UNITS_REMOVED, sid, tuple(removed)))
        return order, removed

    def move_unit(self, sid: str, uid: str, parent_id: str | None,
                  order: Sequence[str] | None = None) -> tuple[str | None, list[str]]:
        """Give a unit a new parent; it becomes the last unit (its parent's last child), or the
        units stand in `order`. Returns the old parent and order."""
        scenario = self.project.scenarios[sid]
        unit = scenario.units[uid]
        old = (unit.parent_id, list(scenario.units))
        unit.parent_id = parent_id
        if order is None:
            del scenario.units[uid]
            scenario.units[uid] = unit
        else:
            scenario.units = {key: scenario.units[key] for key in order}
        scenario.structure_changed()
        self._emit(ModelEvent(Change.UNITS_MOVED, sid, (uid,)))
        return old

    def set_units(self, sid: str, field: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Set `field` of each unit in `values` to its value; returns the old values."""
        units = self.project.scenarios[sid].units
        old = {uid: getattr(units[uid], field) for uid in values}
        for uid, value in values.items():
            setattr(units[uid], field, value)
        self._emit(ModelEvent(Change.UNITS_CHANGED, sid, tuple(values), field))
        return old

    # -- the responsibility matrix --
    def set_roles(self, sid: str, roles: Mapping[AssignmentKey, Role | None]) -> dict[AssignmentKey, Role | None]:
        """Give each cell its role (None clears it); returns the roles before."""
        assignments = self.project.scenarios[sid].assignments
        old = {key: assignments.get(key) for key in roles}
        for key, role in roles.items():
            if role is None:
                assignments.pop(key, None)
            else:
                assignments[key] = role
        units = tuple(dict.fromkeys(k.unit_id for k in roles))
        functions = tuple(dict.fromkeys(k.function_id for k in roles))
        self._emit(ModelEvent(Change.ASSIGNMENTS_CHANGED, sid, units, function_ids=functions))
        return old

    # -- internal trade --
    def set_trade(self, sid: str, ids: Sequence[str] = (), field: str | None = None, **parts: Any) -> dict[str, Any]:
        """Replace parts of a scenario's trade (services, flows, assumptions: frozen values, so
        whole dicts); `ids` are the services touched, `field` what of them. Returns the parts
        before."""
        trade = self.project.scenarios[sid].trade
        old = {name: getattr(trade, name) for name in parts}
        for name, value in parts.items():
            setattr(trade, name, value)
        self._emit(ModelEvent(Change.TRADE_CHANGED, sid, tuple(dict.fromkeys(ids)), field))
        return old

    # -- scenarios --
    def add_scenario(self, scenario: Scenario, index: int | None = None,
                     acknowledgements: Mapping[AckKey, Acknowledgement] | None = None) -> None:
        """Put a scenario at `index` (the end by default), with its acknowledged findings."""
        self.project.scenarios = insert_at(self.project.scenarios, scenario.id, scenario, index)
        self.project.acknowledgements.update(acknowledgements or {})
        self._emit(ModelEvent(Change.SCENARIOS_CHANGED, scenario.id, (scenario.id,)))

    def remove_scenario(self, sid: str) -> tuple[int, Scenario, dict[AckKey, Acknowledgement]]:
        """Take a scenario out with its acknowledged findings; returns its place, itself and them."""
        project = self.project
        index = list(project.scenarios).index(sid)
        scenario = project.scenarios.pop(sid)
        acks = {key: ack for key, ack in project.acknowledgements.items() if key[0] == sid}
        for key in acks:
            del project.acknowledgements[key]
        self._emit(ModelEvent(Change.SCENARIOS_CHANGED, sid, (sid,)))
        return index, scenario, acks

    def move_scenario(self, sid: str, index: int) -> int:
        """Put a scenario at `index`; returns its index before."""
        scenarios = self.project.scenarios
        old = list(scenarios).index(sid)
        rest = {key: s for key, s in scenarios.items() if key != sid}
        self.project.scenarios = insert_at(rest, sid, scenarios[sid], index)
        self._emit(ModelEvent(Change.SCENARIOS_CHANGED, sid, (sid,)))
        return old

    def set_scenario(self, sid: str, field: str, value: Any) -> Any:
        """Set one property of a scenario (name, date, economic rules …); returns the old value."""
        scenario = self.project.scenarios[sid]
        old = _swap(scenario, field, value)
        self._emit(ModelEvent(Change.SCENARIO_CHANGED, sid, (sid,), field))
        return old

    # -- the function catalogue --
    def add_function(self, function: Function, index: int | None = None, cells: Cells | None = None,
                     followers: Collection[str] = ()) -> None:
        """Put a function at `index`, with its roles in the scenarios and the follow-up marks of
        `followers` naming it (what `remove_function` returned)."""
        project = self.project
        project.functions = insert_at(project.functions, function.id, function, index)
        for sid, held in (cells or {}).items():
            project.scenarios[sid].assignments.update(held)
        for fid in followers:
            project.functions[fid].follows_up = function.id
        self._emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (function.id, *followers)))

    def remove_function(self, fid: str) -> tuple[int, Function, Cells, list[str]]:
        """Take a function out with its column of roles in every scenario and the follow-up marks
        that name it (one event without a field: observers resync the functions' cells). Returns
        its place, itself, its roles and the functions that followed it up."""
        project = self.project
        index = list(project.functions).index(fid)
        function = project.functions.pop(fid)
        cells: Cells = {}
        for sid, scenario in project.scenarios.items():
            held = {key: role for key, role in scenario.assignments.items() if key.function_id == fid}
            for key in held:
                del scenario.assignments[key]
            cells[sid] = held
        followers = [f.id for f in project.functions.values() if f.follows_up == fid]
        for follower in followers:
            project.functions[follower].follows_up = None
        self._emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (fid, *followers)))
        return index, function, cells, followers

    def set_function(self, fid: str, field: str, value: Any) -> Any:
        function = self.project.functions[fid]
        old = _swap(function, field, value)
        self._emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (fid,), field))
        return old

    # -- the decision register --
    def add_decision(self, decision: Decision, index: int | None = None) -> None:
        self.project.decisions = insert_at(self.project.decisions, decision.id, decision, index)
        self._emit(ModelEvent(Change.DECISIONS_CHANGED, None, (decision.id,)))

    def remove_decision(self, did: str) -> tuple[int, Decision]:
        decisions = self.project.decisions
        index = list(decisions).index(did)
        decision = decisions.pop(did)
        self._emit(ModelEvent(Change.DECISIONS_CHANGED, None, (did,)))
        return index, decision

    def set_decision(self, did: str, field: str, value: Any) -> Any:
        decision = self.project.decisions[did]
        old = _swap(decision, field, value)
        self._emit(ModelEvent(Change.DECISIONS_CHANGED, None, (did,), field))
        return old

    # -- the project's own properties --
    def set_project(self, field: str, value: Any) -> Any:
        """Set a project property (name, case, analysis settings, volume history …); returns the
        old value."""
        old = _swap(self.project, field, value)
        self._emit(ModelEvent(Change.PROJECT_CHANGED, field=field))
        return old

    def set_acknowledgement(self, key: AckKey, ack: Acknowledgement | None) -> Acknowledgement | None:
        """Acknowledge a finding (None withdraws it); returns the acknowledgement before."""
        acks = self.project.acknowledgements
        old = acks.get(key)
        if ack is None:
            acks.pop(key, None)
        else:
            acks[key] = ack
        self._emit(ModelEvent(Change.PROJECT_CHANGED, key[0], field="acknowledgements"))
        return old

    def remove_conflict(self, index: int) -> MergeConflict:
        conflict = self.project.conflicts.pop(index)
        self._emit(ModelEvent(Change.PROJECT_CHANGED, field="conflicts"))
        return conflict

    def add_conflict(self, index: int, conflict: MergeConflict) -> None:
        self.project.conflicts.insert(index, conflict)
        self._emit(ModelEvent(Change.PROJECT_CHANGED, field="conflicts"))
