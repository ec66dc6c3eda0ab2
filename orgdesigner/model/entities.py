"""The domain objects of a project: plain, typed, mutable only through commands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from orgdesigner.model.case import CaseInfo
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.economy import EconomicRules
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.paper import PaperInfo
from orgdesigner.model.trade import InternalTrade
from orgdesigner.model.trade_history import TradeHistory


@dataclass(slots=True)
class Unit:
    id: str
    name: str
    category: UnitCategory = UnitCategory.OWN_PROVIDER
    form: UnitForm = UnitForm.LINE
    parent_id: str | None = None
    authorities: frozenset[Authority] = frozenset()
    decisions: tuple[str, ...] = ()  # decision ids this unit rests on
    budget_sek: float | None = None
    staff_fte: float | None = None
    listed_patients: int | None = None
    notes: str = ""
    dotted_lines: tuple[DottedLine, ...] = ()  # secondary lines from this unit, one per target


@dataclass(slots=True)
class Function:
    id: str
    name: str
    category: FunctionCategory = FunctionCategory.CARE
    vardval: bool = False  # bought under the vårdval scheme (LOV)
    description: str = ""
    #: the vårdval function whose providers this function follows up (uppföljning enligt
    #: förfrågningsunderlaget): purchaser work whatever the function is called (format 6)
    follows_up: str | None = None


@dataclass(slots=True)
class Decision:
    id: str  # diarienummer such as "RS/123/2024"
    title: str
    valid_from: date | None = None
    valid_until: date | None = None  # first day it no longer applies
    description: str = ""

    def in_force(self, on: date | None) -> bool:
        if on is None:
            return True
        if self.valid_from is not None and on < self.valid_from:
            return False
        return not (self.valid_until is not None and on >= self.valid_until)


class AssignmentKey(NamedTuple):
    unit_id: str
    function_id: str
    responsibility: Responsibility


@dataclass(slots=True)
class Scenario:
    id: str
    name: str
    description: str = ""
    effective_date: date | None = None
    structure: StructureType = StructureType.CUSTOM
    units: dict[str, Unit] = field(default_factory=dict)  # order = sibling order on the chart
    assignments: dict[AssignmentKey, Role] = field(default_factory=dict)
    economy: EconomicRules = field(default_factory=EconomicRules)
    trade: InternalTrade = field(default_factory=InternalTrade)
    proposal: str = ""  # förslag till beslut: one point a line, indented or "-" lines are sub-points
    paper: PaperInfo = field(default_factory=PaperInfo)  # the scenario's own paper (title, date, …)
    _children: dict[str | None, list[str]] | None = field(default=None, repr=False, compare=False)

    # -- structure index, derived and rebuilt lazily after structural edits --
    def structure_changed(self) -> None:
        self._children = None

    def children_map(self) -> dict[str | None, list[str]]:
        if self._children is None:
            children: dict[str | None, list[str]] = {}
            for unit in self.units.values():
                children.setdefault(unit.parent_id, []).append(unit.id)
            self._children = children
        return self._children

    def children(self, unit_id: str | None) -> list[str]:
        """Direct children in chart order; `None` gives the roots (and orphans' parents' absence)."""
        return self.children_map().get(unit_id, [])

    def roots(self) -> list[str]:
        return [u.id for u in self.units.values() if u.parent_id is None or u.parent_id not in self.units]

    def ancestors(self, unit_id: str) -> list[str]:
        """Parents upward from `unit_id`, stopping at a root, a missing parent or a cycle."""
        seen = {unit_id}
        out: list[str] = []
        parent = self.units[unit_id].parent_id
        while parent is not None and parent in self.units and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.units[parent].parent_id
        return out

    def subtree(self, unit_id: str) -> list[str]:
        """`unit_id` and all its descendants, parents before children."""
        out = [unit_id]
        seen = {unit_id}
        i = 0
        while i < len(out):
            for child in self.children(out[i]):
                if child not in seen:  # guards against a cycle in a file being repaired
                    seen.add(child)
                    out.append(child)
            i += 1
        return out

    def would_cycle(self, unit_id: str, new_parent_id: str | None) -> bool:
        """True when making `new_parent_id` the parent of `unit_id` closes a reporting loop."""
        return new_parent_id is not None and (
            new_parent_id == unit_id or unit_id in self.ancestors(new_parent_id)
        )


@dataclass(slots=True)
class AnalysisSettings:
    span_of_control_max: int = 12
    layers_max: int = 6
    disabled_rules: frozenset[str] = frozenset()
    severity_overrides: dict[str, str] = field(default_factory=dict)  # rule id -> severity
    # the unit at and above which ordering and own delivery may meet (R05); None: derived
    top_management: str | None = None


@dataclass(slots=True)
class Acknowledgement:
    scenario_id: str
    finding_key: str  # stable key of a finding, see orgdesigner.analysis
    comment: str


@dataclass(slots=True)
class Project:
    name: str
    organisation: str = ""
    reference: str = ""  # diarienummer of the investigation
    description: str = ""
    created: date | None = None
    modified: date | None = None
    functions: dict[str, Function] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    acknowledgements: dict[tuple[str, str], Acknowledgement] = field(default_factory=dict)
    case: CaseInfo = field(default_factory=CaseInfo)  # the decision paper's header, texts, signatories
    conflicts: list[MergeConflict] = field(default_factory=list)  # left by `orgdesigner merge` (format 2)
    trade_history: TradeHistory = field(default_factory=TradeHistory)  # what the internal trade did (format 3)

    def scenario(self, key: str) -> Scenario:
        """A scenario by id, or by name (case-insensitive) when no id matches."""
        if key in self.scenarios:
            return self.scenarios[key]
        for s in self.scenarios.values():
            if s.name.casefold() == key.casefold():
                return s
        raise KeyError(key)
