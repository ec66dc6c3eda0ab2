"""Derived indexes of one scenario that every rule shares, and the context a run passes around.

`ScenarioIndex` keeps reporting lines and the responsibility matrix in the shapes the rules ask
about (children per unit, roles per (function, responsibility) cell, cells per unit). A full run
builds it once; `LiveAnalysis` keeps it up to date per edit.

Every rule is called with the run's `Context`, passed explicitly: a rule called on its own gets
the context its caller built (`Context.of`), never one rebuilt behind its back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, TypeGuard

from orgdesigner.analysis.layers import unit_depths
from orgdesigner.analysis.top import TopManagement, top_management
from orgdesigner.model.entities import Project, Scenario, Unit
from orgdesigner.model.enums import Responsibility, Role, UnitCategory

Cell = tuple[str, Responsibility]  # (function id, responsibility)


CHAIN_MEMO = 64  # longest chain of command kept in Context.chain's memo


@dataclass
class ScenarioIndex:
    parent: dict[str, str | None] = field(default_factory=dict)  # our copy: old value on moves
    children: dict[str | None, set[str]] = field(default_factory=dict)  # may key a missing unit
    cells: dict[Cell, dict[str, Role]] = field(default_factory=dict)  # cell -> unit -> role
    accountable: dict[Cell, set[str]] = field(default_factory=dict)  # cell -> accountable units
    function_load: dict[str, int] = field(default_factory=dict)  # assignments per function
    unit_load: dict[str, int] = field(default_factory=dict)  # assignments per unit
    _unit_cells: dict[str, dict[Cell, Role]] | None = None  # built on first need (live edits)

    @classmethod
    def build(cls, scenario: Scenario) -> ScenarioIndex:
        index = cls()
        parent = index.parent = {unit.id: unit.parent_id for unit in scenario.units.values()}
        children: defaultdict[str | None, set[str]] = defaultdict(set)
        for uid, pid in parent.items():
            children[pid].add(uid)
        index.children = dict(children)
        # The one Python loop over every assignment: keep its body minimal (it is bound by
        # memory: each key is touched once, here), and derive the rest from the ~3 x functions
        # cells. A file lists a cell's holders together, so the cell's dict is looked up only
        # when the cell changes (in any other order this costs one tuple comparison more).
        cells: dict[Cell, dict[str, Role]] = {}
        owners_of: dict[Cell, set[str]] = {}
        acc = Role.ACCOUNTABLE
        last: Cell | None = None
        holders: dict[str, Role] = {}
        owners: set[str] | None = None
        for key, role in scenario.assignments.items():
            cell = key[1:]  # the (function, responsibility) cell
            if cell != last:
                found = cells.get(cell)
                if found is None:
                    found = cells[cell] = {}
                holders = found
                last = cell
                owners = None
            holders[key[0]] = role
            if role is acc:
                if owners is None:
                    owners = owners_of.get(cell)
                    if owners is None:
                        owners = owners_of[cell] = set()
                owners.add(key[0])
        index.cells = cells
        # in the order of the cells, as a pass over them would add them
        index.accountable = {cell: owners_of[cell] for cell in cells if cell in owners_of}
        function_load = index.function_load
        for cell, held in cells.items():
            fid = cell[0]
            function_load[fid] = function_load.get(fid, 0) + len(held)
        # Counter counts in C: far faster than a Python loop over 100k keys; the cells' dicts of
        # unit ids are compact, the assignment keys scattered in memory
        index.unit_load = dict(Counter(chain.from_iterable(cells.values())))
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
    @property
    def unit_cells(self) -> dict[str, dict[Cell, Role]]:
        """unit -> cell -> role; built on first use, then kept up to date by `set_role`."""
        if self._unit_cells is None:
            unit_cells: defaultdict[str, dict[Cell, Role]] = defaultdict(dict)
            for cell, holders in self.cells.items():
                for uid, role in holders.items():
                    unit_cells[uid][cell] = role
            self._unit_cells = dict(unit_cells)
        return self._unit_cells

    def set_role(self, unit_id: str, function_id: str, resp: Responsibility, role: Role | None) -> None:
        cell = (function_id, resp)
        holders = self.cells.get(cell)
        old = holders.get(unit_id) if holders is not None else None
        unit_cells = self.unit_cells
        if old is Role.ACCOUNTABLE and role is not Role.ACCOUNTABLE:
            owners = self.accountable[cell]
            owners.discard(unit_id)
            if not owners:
                del self.accountable[cell]
        elif role is Role.ACCOUNTABLE and old is not Role.ACCOUNTABLE:
            self.accountable.setdefault(cell, set()).add(unit_id)
        if role is None:
            if old is None:
                return
            assert holders is not None  # old is a role, so the cell had holders
            del holders[unit_id]
            if not holders:
                del self.cells[cell]
            held = unit_cells[unit_id]
            del held[cell]
            if not held:
                del unit_cells[unit_id]
            _count(self.function_load, function_id, -1)
            _count(self.unit_load, unit_id, -1)
            return
        if holders is None:
            holders = self.cells[cell] = {}
        holders[unit_id] = role
        unit_cells.setdefault(unit_id, {})[cell] = role
        if old is None:
            _count(self.function_load, function_id, 1)
            _count(self.unit_load, unit_id, 1)

    def holders(self, function_id: str, resp: Responsibility) -> dict[str, Role]:
        return self.cells.get((function_id, resp), _EMPTY)

    def with_role(self, function_id: str, resp: Responsibility, *roles: Role) -> list[str]:
        """Unit ids holding one of `roles` for the cell, sorted by id (stable finding keys)."""
        holders = self.cells.get((function_id, resp))
        if not holders:
            return []
        if roles == (Role.ACCOUNTABLE,):
            return sorted(self.accountable.get((function_id, resp), ()))
        if len(roles) == 1:
            only = roles[0]
            return sorted([u for u, r in holders.items() if r is only])
        return sorted([u for u, r in holders.items() if r in roles])

    def functions_of(self, unit_ids: list[str] | set[str]) -> set[str]:
        unit_cells = self.unit_cells
        out: set[str] = set()
        for uid in unit_ids:
            for fid, _resp in unit_cells.get(uid, ()):
                out.add(fid)
        return out


_EMPTY: dict[str, Role] = {}


def _count(counter: dict[str, int], key: str, delta: int) -> None:
    value = counter.get(key, 0) + delta
    if value:
        counter[key] = value
    else:
        counter.pop(key, None)


@dataclass
class Context:
    """What a rule sees: the project, the scenario and its shared index."""

    project: Project
    scenario: Scenario
    index: ScenarioIndex
    #: layer of every unit not in or under a cycle (see layers.unit_depths); kept by
    #: LiveAnalysis across edits, computed on first use otherwise
    depth: dict[str, int] | None = None
    depth_count: Counter[int] | None = None
    _chains: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    #: category -> unit -> the first unit of that category on the unit's chain (see `nearest`)
    _nearest: dict[UnitCategory, dict[str, str | None]] = field(default_factory=dict, repr=False, compare=False)
    _names: dict[str, str] | None = field(default=None, repr=False, compare=False)
    _by_category: dict[UnitCategory, set[str]] | None = field(default=None, repr=False, compare=False)
    _top: tuple[str | None, TopManagement] | None = field(default=None, repr=False, compare=False)
    _dotted: set[str] | None = field(default=None, repr=False, compare=False)
    #: layer -> [its units, the smallest of their ids or None until asked]; built on first use
    _at_depth: dict[int, list[Any]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, project: Project, scenario: Scenario) -> Context:
        """A fresh context of `scenario`, its index built."""
        return cls(project, scenario, ScenarioIndex.build(scenario))

    def depths(self) -> dict[str, int]:
        if self.depth is None:
            self.depth = unit_depths(self.scenario.units, self.index.children)
            self.depth_count = Counter(self.depth.values())
            self._at_depth = None
        return self.depth

    def forget_depths(self) -> None:
        """Recompute every layer on next use (an edit under a reporting cycle)."""
        self.depth = self.depth_count = self._at_depth = None

    def depth_changed(self, unit_id: str, old: int | None, new: int | None) -> None:
        """Keep the units-per-layer sets in step after LiveAnalysis set (or dropped) a layer in
        `depth` and `depth_count`."""
        at = self._at_depth
        if at is None:
            return
        if old is not None:
            at[old][0].discard(unit_id)
            if at[old][1] == unit_id:
                at[old][1] = None
        if new is not None:
            entry = at.get(new)
            if entry is None:
                at[new] = [{unit_id}, unit_id]
            else:
                entry[0].add(unit_id)
                if entry[1] is not None and unit_id < entry[1]:
                    entry[1] = unit_id

    def deepest(self) -> str | None:
        """The smallest id among the units of the deepest layer (R09 names its chain); kept per
        layer across edits, so a move need not scan every unit."""
        layers = self.layers()
        if not layers:
            return None
        at = self._at_depth
        if at is None:
            at = self._at_depth = {}
            for uid, d in self.depths().items():
                entry = at.get(d)
                if entry is None:
                    at[d] = [{uid}, None]
                else:
                    entry[0].add(uid)
        entry = at[layers]
        if entry[1] is None:
            entry[1] = min(entry[0])
        deepest: str = entry[1]
        return deepest

    def layers(self) -> int:
        self.depths()
        assert self.depth_count is not None
        return max(self.depth_count, default=0)

    def unit(self, unit_id: str) -> Unit:
        return self.scenario.units[unit_id]

    @property
    def unit_names(self) -> dict[str, str]:
        """unit id -> name, built on first use; LiveAnalysis patches it through `units_changed`."""
        names = self._names
        if names is None:
            names = self._names = {uid: unit.name for uid, unit in self.scenario.units.items()}
        return names

    def in_category(self, category: UnitCategory) -> set[str]:
        """Ids of the units of `category` (for C-level set tests); patched by `units_changed`."""
        by_category = self._by_category
        if by_category is None:
            by_category = self._by_category = {c: set() for c in UnitCategory}
            for uid, unit in self.scenario.units.items():
                by_category[unit.category].add(uid)
        return by_category[category]

    def unit_name(self, unit_id: str) -> str:
        return self.unit_names.get(unit_id, unit_id)

    def names(self, unit_ids: Sequence[str]) -> list[str]:
        """The names of `unit_ids` in order (a missing unit by its id); C-level, for hot loops."""
        return list(map(self.unit_names.get, unit_ids, unit_ids))

    def function_name(self, function_id: str) -> str:
        function = self.project.functions.get(function_id)
        return function.name if function is not None else function_id

    def chain(self, unit_id: str) -> tuple[str, ...]:
        """`unit_id` and its ancestors upward, stopping at a root, a missing parent or a cycle.

        Memoised (rules ask for the same chains again and again); `structure_changed` forgets.
        """
        chains = self._chains
        found = chains.get(unit_id)
        if found is not None:
            return found
        units = self.scenario.units
        path = [unit_id]
        seen = {unit_id}
        tail: tuple[str, ...] = ()
        parent = units[unit_id].parent_id
        while parent is not None and parent in units:
            if parent in seen:  # a cycle: answer, but remember nothing
                return tuple(path)
            known = chains.get(parent)
            if known is not None:
                tail = known
                break
            path.append(parent)
            seen.add(parent)
            parent = units[parent].parent_id
        # Every unit on the path now has a known, cycle-free chain. Only chains up to CHAIN_MEMO
        # long are kept: real charts are a dozen layers deep, and keeping every chain of a
        # pathological 20,000-layer file would take memory growing with the depth squared.
        found = (*path, *tail)
        for i in range(len(path) - 1, -1, -1):
            if len(found) - i > CHAIN_MEMO:
                break
            chains[path[i]] = found[i:]
        return found

    def first_of(self, unit_id: str, members: Container[str], memo: dict[str, str | None]) -> str | None:
        """The first unit of `chain(unit_id)` that is in `members`, or None.

        One walk up that stops at a unit `memo` already answers for, and records the answer for
        every unit it passed (each of them has the same first member further up). Callers asking
        about many units with the same members share one memo, so together they walk each unit
        once: linear in a 20,000-layer chain of command, where a whole chain per unit is quadratic.
        """
        # the walk's first step, before it allocates: most calls end here (a memoised unit, or a
        # member itself)
        if unit_id in memo:
            return memo[unit_id]
        if unit_id in members:
            return unit_id
        units = self.scenario.units
        path: list[str] = []
        on_path: set[str] = set()
        found: str | None = None
        x = unit_id
        while True:
            if x in memo:
                found = memo[x]
                break
            if x in members:
                found = x
                break
            if x in on_path:  # round a reporting cycle without meeting a member: none above any
                break
            path.append(x)
            on_path.add(x)
            parent = units[x].parent_id
            if parent is None or parent not in units:
                break
            x = parent
        for uid in path:
            memo[uid] = found
        return found

    def first_above(self, unit_id: str, members: Container[str], memo: dict[str, str | None]) -> str | None:
        """The first unit of `chain(unit_id)` after `unit_id` itself that is in `members`."""
        units = self.scenario.units
        parent = units[unit_id].parent_id
        if parent is None or parent not in units:
            return None
        found = self.first_of(parent, members, memo)
        # on a reporting cycle the walk from the parent comes round to the unit, where its own
        # chain ends
        return None if found == unit_id else found

    def nearest(self, unit_id: str, category: UnitCategory) -> str | None:
        """The first unit of `category` on `chain(unit_id)` (the unit itself or above it);
        memoised per category until a move, or any unit edit, forgets it."""
        memo = self._nearest.get(category)
        if memo is None:
            memo = self._nearest[category] = {}
        return self.first_of(unit_id, self.in_category(category), memo)

    def with_nearest(self, unit_ids: Iterable[str], category: UnitCategory) -> list[str]:
        """The units of `unit_ids`, in order, that have a unit of `category` on their chain
        (`nearest` is not None): one call for a cell's holders, the memo read inline."""
        memo = self._nearest.get(category)
        if memo is None:
            memo = self._nearest[category] = {}
        members = self.in_category(category)
        out: list[str] = []
        for uid in unit_ids:
            if uid in memo:
                if memo[uid] is not None:
                    out.append(uid)
            elif uid in members or self.first_of(uid, members, memo) is not None:
                out.append(uid)
        return out

    def above(self, unit_id: str, category: UnitCategory) -> str | None:
        """The first unit of `category` above `unit_id` on its chain of command."""
        memo = self._nearest.get(category)
        if memo is None:
            memo = self._nearest[category] = {}
        return self.first_above(unit_id, self.in_category(category), memo)

    def is_vardval(self, function_id: str | None) -> TypeGuard[str]:
        """A function of the catalogue that is under vårdval (the purchaser-side rules' subject)."""
        function = self.project.functions.get(function_id) if function_id else None
        return function is not None and function.vardval

    def followed_up(self, function_id: str | None) -> str | None:
        """The vårdval function whose providers `function_id` follows up, if the catalogue marks
        it so (a mark naming a function that is not, or no longer, under vårdval counts as none)."""
        function = self.project.functions.get(function_id) if function_id else None
        target = function.follows_up if function is not None else None
        return target if self.is_vardval(target) else None

    def top_management(self) -> TopManagement:
        """Where top management ends (see analysis.top); memoised per setting until the
        structure or a unit changes."""
        setting = self.project.settings.top_management
        top = self._top
        if top is None or top[0] != setting:
            top = self._top = (setting, top_management(self.scenario, setting, self.index.children))
        return top[1]

    def structure_changed(self) -> None:
        """Forget memoised chains after units are added or removed."""
        self._chains.clear()
        self._nearest.clear()
        self._top = None

    def subtree_moved(self, subtree: Iterable[str]) -> None:
        """Forget the chains of a moved unit and the units under it (`subtree`, from the kept
        children): only their chains pass through it, so every other memoised chain holds."""
        chains = self._chains
        nearest = self._nearest.values()
        for uid in subtree:
            chains.pop(uid, None)
            for memo in nearest:
                memo.pop(uid, None)
        self._top = None

    def dotted_sources(self) -> set[str]:
        """Ids of the units that draw dotted lines (R05 through dotted lines); patched by
        `units_changed`, so an edit need not look at every unit for the few that have them."""
        sources = self._dotted
        if sources is None:
            sources = self._dotted = {uid for uid, unit in self.scenario.units.items() if unit.dotted_lines}
        return sources

    def units_changed(self, unit_ids: Iterable[str]) -> None:
        """Bring the name lookup up to date after units are added, removed or edited."""
        names, by_category, dotted = self._names, self._by_category, self._dotted
        self._top = None
        self._nearest.clear()  # a category change moves the units under it in or out of one
        units = self.scenario.units
        for uid in unit_ids:
            unit = units.get(uid)
            if dotted is not None:
                if unit is not None and unit.dotted_lines:
                    dotted.add(uid)
                else:
                    dotted.discard(uid)
            if names is not None:
                if unit is None:
                    names.pop(uid, None)
                else:
                    names[uid] = unit.name
            if by_category is not None:
                for members in by_category.values():
                    members.discard(uid)
                if unit is not None:
                    by_category[unit.category].add(uid)

