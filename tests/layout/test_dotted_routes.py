"""Dotted-line routes on laid-out charts (pure geometry): they pass between cards, start and end on
their own cards, bundle into one trunk per card and kind, and the route index follows edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.layout.dotted_routes import RouteIndex, route
from orgdesigner.layout.incremental import IncrementalLayout
from orgdesigner.layout.tree import LEFT_RIGHT, TOP_DOWN, LayoutParams

Rect = tuple[float, float, float, float]


@st.composite
def charts(draw):
    """A forest of 2-40 units (each unit's parent an earlier unit, or none), an orientation, and
    dotted lines between random pairs of units with a lane for each end."""
    n = draw(st.integers(2, 40))
    parents: dict[str, str | None] = {"u0": None}
    for i in range(1, n):
        parents[f"u{i}"] = draw(st.one_of(st.none(), st.sampled_from([f"u{j}" for j in range(i)])))
    ids = list(parents)
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)).filter(lambda p: p[0] != p[1]),
                          min_size=1, max_size=12))
    lanes = draw(st.lists(st.integers(0, 996), min_size=2 * len(pairs), max_size=2 * len(pairs)))
    orientation = draw(st.sampled_from([TOP_DOWN, LEFT_RIGHT]))
    return parents, pairs, lanes, orientation


def _cards(positions: dict[str, tuple[float, float]], w: float, h: float) -> dict[str, Rect]:
    return {uid: (x, y, x + w, y + h) for uid, (x, y) in positions.items()}


def _crossed(points: list[tuple[float, float]], rects: dict[str, Rect], ends: tuple[str, str]) -> list[str]:
    """Cards (other than the line's own two) whose inside a segment of the route passes through."""
    hit = []
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        lx, hx, ly, hy = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        for uid, (left, top, right, bottom) in rects.items():
            if uid not in ends and lx < right - 1.5 and hx > left + 1.5 and ly < bottom - 1.5 and hy > top + 1.5:
                hit.append(uid)
    return hit


def _on_edge(point: tuple[float, float], rect: Rect) -> bool:
    x, y = point
    left, top, right, bottom = rect
    inside = left - 0.01 <= x <= right + 0.01 and top - 0.01 <= y <= bottom + 0.01
    return inside and min(x - left, right - x, y - top, bottom - y) < 0.01


@settings(max_examples=150, deadline=None)
@given(charts())
def test_routes_are_orthogonal_join_their_own_cards_and_cross_no_other(chart):
    parents, pairs, lanes, orientation = chart
    layout = IncrementalLayout(LayoutParams(orientation=orientation))
    layout.update(list(parents), parents)
    laid = layout.layout
    index = RouteIndex(laid.positions, laid.card_w, laid.card_h, transpose=orientation == LEFT_RIGHT)
    rects = _cards(laid.positions, laid.card_w, laid.card_h)
    for i, (a, b) in enumerate(pairs):
        points = route(index, laid.positions[a], laid.positions[b], lanes[2 * i], lanes[2 * i + 1])
        assert all(p[0] == q[0] or p[1] == q[1] for p, q in zip(points, points[1:], strict=False))
        assert _on_edge(points[0], rects[a]) and _on_edge(points[-1], rects[b]), points
        assert _crossed(points, rects, (a, b)) == [], (a, b, points)


def test_lines_of_one_lane_into_one_card_share_a_trunk_and_keep_their_own_branches():
    """Twelve leaves stacked under one parent, each with a line to a card far to the left: the
    lines arrive as one trunk (the same last runs) and each leaves its card on a run of its own."""
    parents: dict[str, str | None] = {"top": None, "staff": "top", "mid": "top", "area": "top"}
    parents.update({f"hc{i}": "area" for i in range(12)})
    layout = IncrementalLayout(LayoutParams())
    layout.update(list(parents), parents)
    laid = layout.layout
    index = RouteIndex(laid.positions, laid.card_w, laid.card_h)
    routes = {f"hc{i}": route(index, laid.positions[f"hc{i}"], laid.positions["staff"], 11 * i, 7) for i in range(12)}
    ends = {tuple(points[-1]) for points in routes.values()}
    assert len(ends) == 1  # one end on the chefläkare's card: the bundle arrives there
    # they meet on the trunk before they arrive: one run into the card, one depth for the trunk
    assert len({(points[-2], points[-3][1]) for points in routes.values()}) == 1
    assert len({len(points) for points in routes.values()}) > 1 or len({points[-3] for points in routes.values()}) > 1
    for uid, points in routes.items():
        own = points[:2]  # the branch leaving the card: no other line runs on it
        others = [p for other, q in routes.items() if other != uid for p in _segments(q)]
        assert not any(_overlap(own, seg) for seg in others), uid
    # the trunk keeps off the tree's own connectors (it does not run along a bus)
    buses = [seg for segs in laid.connectors.values() for seg in segs]
    for points in routes.values():
        for (x1, y1), (x2, y2) in _segments(points):
            assert not any(_overlap([(x1, y1), (x2, y2)], [(bx1, by1), (bx2, by2)], slack=1.5)
                           for bx1, by1, bx2, by2 in buses)


def test_lanes_that_differ_by_one_give_two_lines_between_the_same_cards_their_own_ports_and_runs():
    """Two kinds of line from one card to another (lanes k and k + 1 at each end) share no run."""
    parents: dict[str, str | None] = {"top": None, "a": "top", "b": "top", "c": "a", "d": "b"}
    for orientation in (TOP_DOWN, LEFT_RIGHT):
        layout = IncrementalLayout(LayoutParams(orientation=orientation))
        layout.update(list(parents), parents)
        laid = layout.layout
        index = RouteIndex(laid.positions, laid.card_w, laid.card_h, transpose=orientation == LEFT_RIGHT)
        for lane in (30, 31):
            one = route(index, laid.positions["c"], laid.positions["d"], lane, lane + 300)
            two = route(index, laid.positions["c"], laid.positions["d"], lane + 1, lane + 301)
            assert one[0] != two[0] and one[-1] != two[-1]
            assert not any(_overlap(s, t) for s in _segments(one) for t in _segments(two)), (one, two)


def _segments(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    return [[p, q] for p, q in zip(points, points[1:], strict=False) if p != q]


def _overlap(s: list[tuple[float, float]], t: list[tuple[float, float]], slack: float = 0.01) -> bool:
    """Two axis-parallel segments run on one line (within `slack`) over more than a point."""
    (sx1, sy1), (sx2, sy2) = s
    (tx1, ty1), (tx2, ty2) = t
    if sy1 == sy2 and ty1 == ty2 and abs(sy1 - ty1) <= slack:  # both horizontal
        return min(max(sx1, sx2), max(tx1, tx2)) - max(min(sx1, sx2), min(tx1, tx2)) > 1.0
    if sx1 == sx2 and tx1 == tx2 and abs(sx1 - tx1) <= slack:  # both vertical
        return min(max(sy1, sy2), max(ty1, ty2)) - max(min(sy1, sy2), min(ty1, ty2)) > 1.0
    return False


@settings(max_examples=60, deadline=None)
@given(charts(), st.lists(st.tuples(st.integers(1, 39), st.integers(0, 39)), min_size=1, max_size=6),
       st.sets(st.integers(0, 39), max_size=4))
def test_the_index_follows_edits_as_one_made_afresh_would(chart, moves, folded):
    parents, _pairs, _lanes, orientation = chart
    layout = IncrementalLayout(LayoutParams(orientation=orientation))
    layout.update(list(parents), parents)
    laid = layout.layout
    index = RouteIndex(laid.positions, laid.card_w, laid.card_h, transpose=orientation == LEFT_RIGHT)
    parents = dict(parents)
    for unit, to in moves:
        uid, new_parent = f"u{unit}", f"u{to}"
        if uid not in parents or new_parent not in parents or uid == new_parent:
            continue
        parents[uid] = new_parent  # a cycle is laid out too (its units become extra roots)
        collapsed = {f"u{i}" for i in folded if f"u{i}" in parents}
        change = layout.update(list(parents), parents, collapsed)
        if change.full:
            index = RouteIndex(layout.layout.positions, laid.card_w, laid.card_h, transpose=orientation == LEFT_RIGHT)
        else:
            index.update(change.positions, change.removed)
        fresh = RouteIndex(layout.layout.positions, laid.card_w, laid.card_h, transpose=orientation == LEFT_RIGHT)
        assert (index.tops, index.lefts) == (fresh.tops, fresh.lefts)


def test_free_space_questions_see_a_moved_card_at_its_new_place():
    index = RouteIndex({"a": (0.0, 0.0), "b": (300.0, 0.0)}, 100.0, 50.0)
    assert index.vertical_free(200.0, -20.0, 80.0)
    index.update({"b": (150.0, 0.0)})
    assert not index.vertical_free(200.0, -20.0, 80.0)
    assert index.corridor(120.0, -20.0, 80.0) == (103.0, 147.0)
    index.update({}, ["b"])
    assert index.vertical_free(200.0, -20.0, 80.0) and index.tops == [0.0] and index.lefts == [[0.0]]


def test_a_route_a_card_now_stands_on_is_found():
    index = RouteIndex({"a": (0.0, 0.0), "b": (400.0, 0.0)}, 100.0, 50.0)
    over = [(50.0, 0.0), (50.0, -20.0), (450.0, -20.0), (450.0, 0.0)]  # above both cards
    between = [(100.0, 25.0), (200.0, 25.0), (200.0, 120.0)]  # out of a's side, down the gap
    assert not index.crosses(over) and not index.crosses(between)
    index.update({"c": (150.0, 0.0)})  # a card placed across the run between them
    assert index.crosses(between) and not index.crosses(over)
    index.update({"c": (150.0, -45.0)})  # moved up: now across the run above
    assert index.crosses(over)
    flipped = RouteIndex({"a": (0.0, 0.0), "c": (-45.0, 150.0)}, 100.0, 50.0, transpose=True)
    assert flipped.crosses([(y, x) for x, y in over])
