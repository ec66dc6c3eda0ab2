"""Tidy tree layout for the organisation chart: pure Python, no Qt.

Top-down or left-to-right. Each subtree gets a band as wide as its children need and the parent
is centred over them; in top-down charts a parent whose children are all leaves stacks them in
columns under it (org-chart style), so wide levels stay compact. Units cut off from every root by
a reporting cycle are laid out as extra roots, so nothing disappears from the chart.

Everything is computed in (breadth, depth) coordinates and mapped to (x, y) at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from math import ceil

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


def layout_tree(
    order: Iterable[str],
    parent_of: Mapping[str, str | None],
    collapsed: set[str] | frozenset[str] = frozenset(),
    params: LayoutParams | None = None,
) -> ChartLayout:
    """Lay out the units (`order` = chart order, `parent_of` = reporting lines)."""
    p = params or LayoutParams()
    top_down = p.orientation == TOP_DOWN
    bsize, dsize = (p.card_w, p.card_h) if top_down else (p.card_h, p.card_w)
    bgap = p.breadth_gap if top_down else p.stack_gap * 1.4
    dgap = p.depth_gap if top_down else p.depth_gap * 1.3
    roots, forest, extra = tree_children(order, parent_of)

    # visible children, and how many units each collapsed unit hides
    kids_of: dict[str, list[str]] = {}
    hidden: dict[str, int] = {}
    preorder: list[str] = []
    stack = list(reversed(roots))
    while stack:
        uid = stack.pop()
        preorder.append(uid)
        kids = forest.get(uid, [])
        if uid in collapsed and kids:
            hidden[uid] = _count_below(uid, forest)
            continue
        if kids:
            kids_of[uid] = kids
            stack.extend(reversed(kids))

    # measure bottom-up: the breadth each subtree needs
    width: dict[str, float] = {}
    stacked: dict[str, int] = {}  # parent -> number of stacked columns
    for uid in reversed(preorder):
        kids = kids_of.get(uid)
        if not kids:
            width[uid] = bsize
        elif top_down and len(kids) >= p.stack_min and all(k not in kids_of for k in kids):
            cols = ceil(len(kids) / p.stack_rows)
            stacked[uid] = cols
            width[uid] = max(bsize, p.stack_indent + cols * bsize + (cols - 1) * bgap)
        else:
            width[uid] = max(bsize, sum(width[k] for k in kids) + bgap * (len(kids) - 1))

    # place top-down: (breadth, depth) of each card's corner, and the connector segments
    pos: dict[str, tuple[float, float]] = {}
    segs: dict[str, list[Segment]] = {}
    cursor = 0.0
    place = []
    for root in roots:
        place.append((root, cursor, 0.0))
        cursor += width[root] + p.root_gap
    while place:
        uid, b0, d = place.pop()
        b = b0 + (width[uid] - bsize) / 2
        pos[uid] = (b, d)
        kids = kids_of.get(uid)
        if not kids:
            continue
        pb, pd = b + bsize / 2, d + dsize  # connector starts mid-bottom (mid-right in LR)
        child_d = d + dsize + dgap
        if uid in stacked:
            cols = stacked[uid]
            rows = ceil(len(kids) / cols)
            block = p.stack_indent + cols * bsize + (cols - 1) * bgap
            start = b0 + (width[uid] - block) / 2 + p.stack_indent
            mid = pd + dgap * 0.35
            child_d = mid + dgap * 0.3
            spines = [start + c * (bsize + bgap) - p.stack_indent / 2 for c in range(cols)]
            out = [(pb, pd, pb, mid), (min(pb, *spines), mid, max(pb, *spines), mid)]
            for i, kid in enumerate(kids):
                c, r = divmod(i, rows)
                kb, kd = start + c * (bsize + bgap), child_d + r * (dsize + p.stack_gap)
                pos[kid] = (kb, kd)
                out.append((spines[c], kd + dsize / 2, kb, kd + dsize / 2))
            for c, sx in enumerate(spines):
                last = min(len(kids), (c + 1) * rows) - 1
                out.append((sx, mid, sx, child_d + (last - c * rows) * (dsize + p.stack_gap) + dsize / 2))
            segs[uid] = out
            continue
        total = sum(width[k] for k in kids) + bgap * (len(kids) - 1)
        start = b0 + (width[uid] - total) / 2
        mid = pd + dgap / 2
        centres = []
        for kid in kids:
            place.append((kid, start, child_d))
            centres.append(start + width[kid] / 2)
            start += width[kid] + bgap
        out = [(pb, pd, pb, mid)]
        lo, hi = min(pb, *centres), max(pb, *centres)
        if hi > lo:
            out.append((lo, mid, hi, mid))
        out.extend((c, mid, c, child_d) for c in centres)
        segs[uid] = out

    breadth = max(cursor - p.root_gap, 0.0)
    depth = max((d for _b, d in pos.values()), default=-dsize) + dsize
    if top_down:
        return ChartLayout(pos, segs, hidden, breadth, depth, p.card_w, p.card_h, extra)
    flipped = {uid: (d, b) for uid, (b, d) in pos.items()}
    flipped_segs = {uid: [(d1, b1, d2, b2) for b1, d1, b2, d2 in out] for uid, out in segs.items()}
    return ChartLayout(flipped, flipped_segs, hidden, depth, breadth, p.card_w, p.card_h, extra)


def _count_below(uid: str, forest: Mapping[str, list[str]]) -> int:
    count, stack = 0, list(forest.get(uid, ()))
    while stack:
        count += 1
        stack.extend(forest.get(stack.pop(), ()))
    return count
