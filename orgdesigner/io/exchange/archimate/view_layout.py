"""Node bounds and connection bend points of one scenario's diagram, from the chart's tidy layout.

The view opens laid out as the chart on screen: the same `layout_tree`, card size and gaps.
Coordinates are whole, non-negative pixels (the schema's nonNegativeInteger), shifted by a margin.
Bend points are absolute, as the exchange format stores them, and trace the chart's orthogonal
connectors: down from the parent, across, down to the child (or along the spine of a stacked
column of leaves to the child's left side).
"""

from __future__ import annotations

from dataclasses import dataclass

from orgdesigner.layout.incremental import layout_tree
from orgdesigner.layout.tree import LayoutParams
from orgdesigner.model.entities import Scenario

MARGIN = 24
Point = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ViewGeometry:
    bounds: dict[str, tuple[int, int, int, int]]  # unit id -> x, y, w, h
    bends: dict[str, list[Point]]  # child unit id -> bend points of its line to the parent


def scenario_geometry(scenario: Scenario, params: LayoutParams | None = None) -> ViewGeometry:
    p = params or LayoutParams()
    parent_of = {uid: u.parent_id for uid, u in scenario.units.items()}
    layout = layout_tree(scenario.units, parent_of, params=p)
    w, h = round(p.card_w), round(p.card_h)
    bounds = {uid: (round(x) + MARGIN, round(y) + MARGIN, w, h) for uid, (x, y) in layout.positions.items()}
    bends: dict[str, list[Point]] = {}
    parents = _parents(scenario)
    for parent, kids in _shown_children(scenario, layout.positions).items():
        px, py, _, _ = bounds[parent]
        pcx, bottom = px + w // 2, py + h
        stacked = len(kids) >= p.stack_min and parents.isdisjoint(kids)
        for kid in kids:
            kx, ky, _, _ = bounds[kid]
            if stacked:
                mid, spine = bottom + round(p.depth_gap * 0.35), kx - round(p.stack_indent / 2)
                bends[kid] = [(pcx, mid), (spine, mid), (spine, ky + h // 2)]
            else:
                mid = bottom + round(p.depth_gap / 2)
                bends[kid] = [(pcx, mid), (kx + w // 2, mid)]
    return ViewGeometry(bounds, bends)


def _parents(scenario: Scenario) -> set[str]:
    return {u.parent_id for u in scenario.units.values() if u.parent_id is not None}


def _shown_children(scenario: Scenario, positions: dict[str, tuple[float, float]]) -> dict[str, list[str]]:
    """Each unit's children drawn under it (a reporting cycle's broken line has no connector)."""
    out: dict[str, list[str]] = {}
    for uid, unit in scenario.units.items():
        parent = unit.parent_id
        if parent is not None and parent in positions and uid in positions and parent != uid:
            out.setdefault(parent, []).append(uid)
    return out
