"""Which units (columns) and functions (rows) the matrix shows, and in what order.

Plain Python so the filter logic is tested without a view. Units come in chart order (depth
first from the roots) so a subtree stays together; functions are grouped by category.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import FunctionCategory, Responsibility, UnitCategory

RowKey = tuple[str, Responsibility]  # (function id, responsibility)
RESPONSIBILITIES: tuple[Responsibility, ...] = tuple(Responsibility)
_CATEGORY_ORDER = {c: i for i, c in enumerate(FunctionCategory)}


@dataclass(frozen=True, slots=True)
class MatrixFilter:
    unit_categories: frozenset[UnitCategory] | None = None  # None: every category
    subtree: str | None = None  # only this unit and its descendants
    holding_only: bool = False  # only units that hold a role for a shown function
    function_categories: frozenset[FunctionCategory] | None = None
    text: str = ""  # function name contains (case-insensitive)

    @property
    def depends_on_assignments(self) -> bool:
        return self.holding_only


def chart_order(scenario: Scenario) -> list[str]:
    """Unit ids depth first from the roots in sibling order; units in a cycle come last."""
    out: list[str] = []
    seen: set[str] = set()
    stack = list(reversed(scenario.roots()))
    while stack:
        uid = stack.pop()
        if uid in seen:
            continue
        seen.add(uid)
        out.append(uid)
        stack.extend(reversed(scenario.children(uid)))
    out += [uid for uid in scenario.units if uid not in seen]
    return out


def visible_functions(project: Project, flt: MatrixFilter) -> list[str]:
    text = flt.text.strip().casefold()
    cats = flt.function_categories
    fids = [
        f.id
        for f in project.functions.values()
        if (cats is None or f.category in cats) and (not text or text in f.name.casefold())
    ]
    # stable sort keeps catalogue order inside a category
    fids.sort(key=lambda fid: _CATEGORY_ORDER.get(project.functions[fid].category, 99))
    return fids


def function_rows(function_ids: list[str]) -> list[RowKey]:
    return [(fid, resp) for fid in function_ids for resp in RESPONSIBILITIES]


def visible_units(scenario: Scenario, flt: MatrixFilter, function_ids: list[str] | None = None) -> list[str]:
    order = chart_order(scenario)
    if flt.subtree is not None and flt.subtree in scenario.units:
        inside = set(scenario.subtree(flt.subtree))
        order = [uid for uid in order if uid in inside]
    if flt.unit_categories is not None:
        cats = flt.unit_categories
        order = [uid for uid in order if scenario.units[uid].category in cats]
    if flt.holding_only:
        shown = None if function_ids is None else set(function_ids)
        holders = {k.unit_id for k in scenario.assignments if shown is None or k.function_id in shown}
        order = [uid for uid in order if uid in holders]
    return order
