"""Derived indexes of one scenario that every rule shares, and the context a run passes around.

`ScenarioIndex` keeps reporting lines and the responsibility matrix in the shapes the rules ask
about (children per unit, roles per (function, responsibility) cell, cells per unit). A full run
builds it once; `LiveAnalysis` keeps it up to date per edit.

Rules keep the `check(project, scenario)` signature of the registry; they reach the shared index
through `context_for`, which returns the context of the run in progress (or builds one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from orgdesigner.model.entities import Project, Scenario, Unit
from orgdesigner.model.enums import Responsibility, Role

Cell = tuple[str, Responsibility]  # (function id, responsibility)


@dataclass
class ScenarioIndex:
    parent: dict[str, str | None] = field(default_factory=dict)  # our copy: old value on moves
    children: dict[str | None, set[str]] = field(default_factory=dict)  # may key a missing unit
    cells: dict[str, dict[Responsibility, dict[str, Role]]] = field(default_factory=dict)
    unit_cells: dict[str, dict[Cell, Role]] = field(default_factory=dict)

    @classmethod
    def build(cls, scenario: Scenario) -> ScenarioIndex:
        index = cls()
        for unit in scenario.units.values():
            index.attach(unit.id, unit.parent_id)
        cells = index.cells
        unit_cells = index.unit_cells
        for (uid, fid, resp), role in scenario.assignments.items():
            by_resp = cells.get(fid)
            if by_resp is None:
                by_resp = cells[fid] = {}
            holders = by_resp.get(resp)
            if holders is None:
                holders = by_resp[resp] = {}
            holders[uid] = role
            held = unit_cells.get(uid)
            if held is None:
                held = unit_cells[uid] = {}
            held[(fid, resp)] = role
        return index

    # -- reporting lines --
    def attach(self, unit_id: str, parent_id: str | None) -> None:
        self.parent[unit_id] = parent_id
        self.children.setdefault(parent_id, set()).add(unit_id)

    def detach(self, unit_id: str) -> str | None:
        parent_id = self.parent.pop(unit_id, None)
        siblings = self.children.get(parent_id)
        if siblings is not None:
            siblings.discard(unit_id)
            if not siblings:
                del self.children[parent_id]
        return parent_id

    def subtree(self, unit_id: str) -> list[str]:
        out = [unit_id]
        seen = {unit_id}
        i = 0
        while i < len(out):
            for child in self.children.get(out[i], ()):
                if child not in seen:
                    seen.add(child)
                    out.append(child)
            i += 1
        return out

    # -- the responsibility matrix --
    def set_role(self, unit_id: str, function_id: str, resp: Responsibility, role: Role | None) -> None:
        if role is None:
            holders = self.cells.get(function_id, {}).get(resp)
            if holders is not None:
                holders.pop(unit_id, None)
                if not holders:
                    del self.cells[function_id][resp]
                    if not self.cells[function_id]:
                        del self.cells[function_id]
            held = self.unit_cells.get(unit_id)
            if held is not None:
                held.pop((function_id, resp), None)
                if not held:
                    del self.unit_cells[unit_id]
            return
        self.cells.setdefault(function_id, {}).setdefault(resp, {})[unit_id] = role
        self.unit_cells.setdefault(unit_id, {})[(function_id, resp)] = role

    def holders(self, function_id: str, resp: Responsibility) -> dict[str, Role]:
        return self.cells.get(function_id, {}).get(resp, {})

    def with_role(self, function_id: str, resp: Responsibility, *roles: Role) -> list[str]:
        """Unit ids holding one of `roles` for the cell, sorted by id (stable finding keys)."""
        return sorted(u for u, r in self.holders(function_id, resp).items() if r in roles)

    def functions_of(self, unit_ids: list[str] | set[str]) -> set[str]:
        out: set[str] = set()
        for uid in unit_ids:
            for fid, _resp in self.unit_cells.get(uid, ()):
                out.add(fid)
        return out


@dataclass
class Context:
    """What a rule sees: the project, the scenario and its shared index."""

    project: Project
    scenario: Scenario
    index: ScenarioIndex

    def unit(self, unit_id: str) -> Unit:
        return self.scenario.units[unit_id]

    def unit_name(self, unit_id: str) -> str:
        unit = self.scenario.units.get(unit_id)
        return unit.name if unit is not None else unit_id

    def function_name(self, function_id: str) -> str:
        function = self.project.functions.get(function_id)
        return function.name if function is not None else function_id

    def chain(self, unit_id: str) -> list[str]:
        """`unit_id` and its ancestors upward, stopping at a root, a missing parent or a cycle."""
        units = self.scenario.units
        out = [unit_id]
        seen = {unit_id}
        parent = units[unit_id].parent_id
        while parent is not None and parent in units and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = units[parent].parent_id
        return out


_ACTIVE: ContextVar[Context | None] = ContextVar("orgdesigner_analysis_context", default=None)


@contextmanager
def active(context: Context) -> Iterator[Context]:
    """Make `context` the one `context_for` returns while a run is in progress."""
    token = _ACTIVE.set(context)
    try:
        yield context
    finally:
        _ACTIVE.reset(token)


def context_for(project: Project, scenario: Scenario) -> Context:
    current = _ACTIVE.get()
    if current is not None and current.scenario is scenario and current.project is project:
        return current
    return Context(project, scenario, ScenarioIndex.build(scenario))
