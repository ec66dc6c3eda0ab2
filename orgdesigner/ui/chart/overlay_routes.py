"""Routes for the responsibility overlay's order→delivery lines, along the chart's own connectors.

A line from the ordering unit to a delivering unit follows the reporting tree: up from the
orderer to the lowest common manager, then down to the deliverer, over the connector segments
the layout already placed in the gaps between cards. The union of the routes to all deliverers
is a bundle: one trunk to the deliverers' common manager, then short branches. Plain Python on
segment tuples, no Qt.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping

Segment = tuple[float, float, float, float]
Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, right, bottom
_EPS = 0.5


def ancestors(unit: str, parent_of: Mapping[str, str | None]) -> list[str]:
    """`unit`, its manager, the manager's manager … up to its root."""
    chain, seen = [unit], {unit}
    while (parent := parent_of.get(chain[-1])) is not None and parent in parent_of and parent not in seen:
        chain.append(parent)
        seen.add(parent)
    return chain


def tree_path(a: str, b: str, parent_of: Mapping[str, str | None]) -> list[tuple[str, str]] | None:
    """The (parent, child) edges between a and b through their lowest common manager, or None
    when they are in different trees."""
    up_a, up_b = ancestors(a, parent_of), ancestors(b, parent_of)
    common = next((u for u in up_a if u in set(up_b)), None)
    if common is None:
        return None
    edges: list[tuple[str, str]] = []  # every unit below `common` on a chain has a parent
    edges += [(str(parent_of[u]), u) for u in up_a[:up_a.index(common)]]
    edges += [(str(parent_of[u]), u) for u in reversed(up_b[:up_b.index(common)])]
    return edges


def common_manager(units: list[str], parent_of: Mapping[str, str | None]) -> str | None:
    """The lowest unit all of `units` report to (directly or not), or None across trees."""
    chains = [ancestors(u, parent_of) for u in units]
    if not chains:
        return None
    shared = set(chains[0]).intersection(*map(set, chains[1:]))
    return next((u for u in chains[0] if u in shared), None)


def _near(p: Point, rect: Rect) -> float:
    """Distance from p to the rectangle's boundary box (0 on or inside it)."""
    dx = max(rect[0] - p[0], 0.0, p[0] - rect[2])
    dy = max(rect[1] - p[1], 0.0, p[1] - rect[3])
    return (dx * dx + dy * dy) ** 0.5


def _on(p: Point, s: Segment) -> bool:
    """p lies on the axis-parallel segment s (within _EPS)."""
    x1, y1, x2, y2 = s
    return (min(x1, x2) - _EPS <= p[0] <= max(x1, x2) + _EPS) and (min(y1, y2) - _EPS <= p[1] <= max(y1, y2) + _EPS)


def edge_route(segments: list[Segment], parent: Rect, child: Rect) -> list[Segment]:
    """The pieces of one parent's connector segments that lead from the parent's card to the
    child's card (shortest way through the T-junctions)."""
    points = sorted({(s[0], s[1]) for s in segments} | {(s[2], s[3]) for s in segments})
    if not points:
        return []
    graph: dict[Point, list[tuple[Point, float]]] = {p: [] for p in points}
    for s in segments:
        on = sorted((p for p in points if _on(p, s)), key=lambda p: (p[0], p[1]))
        for a, b in zip(on, on[1:], strict=False):
            length = abs(a[0] - b[0]) + abs(a[1] - b[1])
            graph[a].append((b, length))
            graph[b].append((a, length))
    start = min(points, key=lambda p: _near(p, parent))
    goal = min(points, key=lambda p: _near(p, child))
    if _near(start, parent) > 3 or _near(goal, child) > 3:
        return []
    dist, prev, queue = {start: 0.0}, {}, [(0.0, start)]
    while queue:
        d, p = heapq.heappop(queue)
        if p == goal:
            break
        if d > dist.get(p, float("inf")):
            continue
        for q, w in graph[p]:
            if d + w < dist.get(q, float("inf")):
                dist[q], prev[q] = d + w, p
                heapq.heappush(queue, (d + w, q))
    if goal not in dist:
        return []
    route, p = [], goal
    while p != start:
        q = prev[p]
        route.append((q[0], q[1], p[0], p[1]))
        p = q
    return route[::-1]


def bundle(orderer: str, deliverers: list[str], parent_of: Mapping[str, str | None],
           connectors: Mapping[str, list[Segment]], rects: Mapping[str, Rect]) -> tuple[set[Segment], list[str]]:
    """The segments of every orderer→deliverer route along the tree, deduplicated (shared trunk
    drawn once), and the deliverers no tree route reaches (another tree, or hidden)."""
    drawn: set[Segment] = set()
    unreached = []
    for d in deliverers:
        path = tree_path(orderer, d, parent_of)
        pieces: list[Segment] = []
        ok = path is not None and d in rects
        for parent, child in path or []:
            if parent not in rects or child not in rects:
                ok = False
                break
            part = edge_route(connectors.get(parent, []), rects[parent], rects[child])
            if not part:
                ok = False
                break
            pieces += part
        if ok:
            drawn.update(_norm(s) for s in pieces)
        else:
            unreached.append(d)
    return drawn, unreached


def _norm(s: Segment) -> Segment:
    a, b = (s[0], s[1]), (s[2], s[3])
    (x1, y1), (x2, y2) = min(a, b), max(a, b)
    return (x1, y1, x2, y2)


def crosses_interior(s: Segment, rect: Rect, margin: float = 1.0) -> bool:
    """Whether the axis-parallel segment runs through the inside of `rect` (not just touching it)."""
    left, top, right, bottom = rect[0] + margin, rect[1] + margin, rect[2] - margin, rect[3] - margin
    x1, y1, x2, y2 = _norm(s)
    if x1 == x2:
        return left < x1 < right and y1 < bottom and y2 > top
    return top < y1 < bottom and x1 < right and x2 > left
