"""Tidy tree layout for the organisation chart: pure Python, no Qt.

Top-down or left-to-right. Each subtree gets a band as wide as its children need and the parent
is centred over them; in top-down charts a parent whose children are all leaves stacks them in
columns under it (org-chart style), so wide levels stay compact. Staff units (a manager's stab)
sit on a staff row either side of the manager's spine, above its other units. Units cut off from every root by
a reporting cycle are laid out as extra roots, so nothing disappears from the chart.

Everything is computed in (breadth, depth) coordinates and mapped to (x, y) at the end; the
computation itself lives in `incremental.py`, which also updates a layout after an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

TOP_DOWN = "tb"
LEFT_RIGHT = "lr"

Segment = tuple[float, float, float, float]  # x1, y1, x2, y2


@dataclass(frozen=True, slots=True)
class LayoutParams:
    card_w: float = 176.0
    card_h: float = 62.0
    orientation: str = TOP_DOWN
    breadth_gap: float = 22.0  # between sibling subtrees
    depth_gap: float = 46.0  # between levels
    stack_gap: float = 10.0  # between stacked leaves
    stack_min: int = 4  # a parent with this many leaf children stacks them
    stack_rows: int = 8  # leaves per stacked column
    stack_indent: float = 18.0  # room for the spine left of a stacked column
    root_gap: float = 60.0  # between separate trees


@dataclass(slots=True)
class ChartLayout:
    positions: dict[str, tuple[float, float]]  # top-left corner of every visible card
    connectors: dict[str, list[Segment]]  # parent id -> the orthogonal segments to its children
    hidden_counts: dict[str, int]  # collapsed unit id -> units hidden below it
    width: float
    height: float
    card_w: float
    card_h: float
    extra_roots: list[str] = field(default_factory=list)  # units reached only by breaking a cycle


def tree_children(order: Iterable[str], parent_of: Mapping[str, str | None]) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """Roots, a child map that is guaranteed to be a forest, and the roots added to break cycles."""
    order = list(order)
    children: dict[str, list[str]] = {}
    roots = []
    for uid in order:
        parent = parent_of.get(uid)
        if parent is None or parent not in parent_of:
            roots.append(uid)
        else:
            children.setdefault(parent, []).append(uid)
    if _reaches_all(roots, children, order):
        return roots, children, []  # already a forest: nothing to claim
    return _claimed(order, roots, children)


def _reaches_all(roots: list[str], children: dict[str, list[str]], order: list[str]) -> bool:
    """Whether walking down from the roots meets every unit of `order` once: no unit twice in
    it, none in a cycle or below a parent outside it. The child map is then a forest as it is,
    and claiming it unit by unit (a third of a 50,000-unit chart's layout) can be skipped."""
    if len(set(order)) != len(order):
        return False  # (checked first: a unit listed twice is walked twice, its subtree too)
    reached = len(roots)
    stack = list(roots)
    pop, get, extend = stack.pop, children.get, stack.extend
    while stack:
        kids = get(pop())
        if kids is not None:
            reached += len(kids)
            extend(kids)
    return reached == len(order)


def _claimed(order: list[str], roots: list[str], children: dict[str, list[str]]) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """The forest claimed from the roots down, each unit under the first parent to reach it;
    units left (in cycles, below a parent outside `order`) start trees of their own."""
    seen: set[str] = set()
    forest: dict[str, list[str]] = {}

    def claim(root: str) -> None:
        seen.add(root)
        stack = [root]
        while stack:
            uid = stack.pop()
            kids = [k for k in children.get(uid, ()) if k not in seen]
            seen.update(kids)
            if kids:
                forest[uid] = kids
                stack.extend(kids)

    for root in roots:
        claim(root)
    extra = []
    for uid in order:  # whatever is left hangs in a cycle: start a tree at its first unit
        if uid not in seen:
            extra.append(uid)
            claim(uid)
    return roots + extra, forest, extra
