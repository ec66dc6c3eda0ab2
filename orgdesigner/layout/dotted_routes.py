"""Orthogonal routes for dotted (secondary) reporting lines around the laid-out cards.

A route leaves its card on the side facing the other card, turns in the free gap just beyond it,
runs through a vertical channel that no card occupies between the two gaps and enters the other
card from its own gap; when the two gaps are not connected that way it climbs to a "highway"
(a horizontal band no card crosses over the whole run) and comes down again. Every segment is
checked against the cards' rectangles, so a route passes between cards, never under their text;
only where no such route exists (rare: a run walled in on both sides) does it fall back to the
shortest orthogonal shape. Everything is computed in (breadth, depth) terms, so left-to-right
charts are the same computation transposed. Pure Python, no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, width, height
MARGIN = 3.0  # a route keeps this far from any card it passes
SEGMENTS = 7  # a route has at most this many segments (the highway shape)
REACH = 4  # a route stays within this many card breadths beside its two cards
PORT = 8.0  # lanes at one card leave it this far apart
INSIDE = 1.0  # a run this far inside a card's edge passes through the card
_LANES = (0.3, 0.7, 0.22, 0.78, 0.38, 0.62)  # fractions of a gap; the middle is the tree's bus
# a trunk into a card runs this far from it: inside the band the tree's buses leave free (a bus
# runs mid-gap, or a third of a gap below a parent whose leaves are stacked), which is free across
# the whole level, so trunks from far away reach it
_NEAR = (4.5, 6.8, 9.1, 11.4)
# where in a vertical corridor a route runs: its left part, since a stacked column's spine runs
# down the right part (a little left of the column's cards)
_SPREAD = (0.3, 0.15, 0.45, 0.22, 0.38, 0.08)


class RouteIndex:
    """The cards of one layout by row (cards sharing a top edge), for free-space questions. It
    follows a layout's edits (`update`) instead of being made again for each: after one move
    only the cards that moved change rows."""

    def __init__(self, positions: Mapping[str, Point], card_w: float, card_h: float, transpose: bool = False) -> None:
        self.transpose = transpose
        self.w, self.h = (card_h, card_w) if transpose else (card_w, card_h)
        # each row's cards and their breadths, to find a card again when it moves
        self._rows: defaultdict[float, dict[str, float]] = defaultdict(dict)
        self._depth: dict[str, float] = {}
        for uid, (x, y) in positions.items():
            b, d = (y, x) if transpose else (x, y)
            self._rows[d][uid] = b
            self._depth[uid] = d
        self.tops = sorted(self._rows)
        self.lefts = [sorted(self._rows[t].values()) for t in self.tops]

    def update(self, moved: Mapping[str, Point], removed: Iterable[str] = ()) -> None:
        """Follow an edit of the layout: cards placed anew or moved (chart x, y), cards gone.
        Only the rows they leave or join change; a row many cards left or joined is sorted
        again, one that few did is edited in place."""
        gone: defaultdict[float, list[float]] = defaultdict(list)  # row -> breadths that left it
        came: defaultdict[float, list[float]] = defaultdict(list)
        rows, depth = self._rows, self._depth
        for uid in removed:
            d = depth.pop(uid, None)
            if d is not None:
                gone[d].append(rows[d].pop(uid))
        transpose, at = self.transpose, depth.get
        for uid, (b, d) in moved.items():  # a move of a subtree places hundreds: kept lean
            if transpose:
                b, d = d, b
            old = at(uid)
            if old == d:  # along its row (a subtree moved aside): the card's entry changes in place
                row = rows[d]
                was = row[uid]
                if was != b:
                    row[uid] = b
                    gone[d].append(was)
                    came[d].append(b)
                continue
            if old is not None:
                gone[old].append(rows[old].pop(uid))
            rows[d][uid] = b
            depth[uid] = d
            came[d].append(b)
        for d in gone.keys() | came.keys():
            self._refile(d, gone.get(d, []), came.get(d, []))

    def _refile(self, d: float, gone: list[float], came: list[float]) -> None:
        tops, lefts = self.tops, self.lefts
        r = bisect_left(tops, d)
        if r == len(tops) or tops[r] != d:  # a new row
            tops.insert(r, d)
            lefts.insert(r, sorted(came))
            return
        if not self._rows[d]:  # its last card left
            del tops[r], lefts[r], self._rows[d]
            return
        xs = lefts[r]
        if len(gone) + len(came) > 8:
            lefts[r] = sorted(self._rows[d].values())
            return
        for b in gone:
            del xs[bisect_left(xs, b)]
        for b in came:
            insort(xs, b)

    # -- free-space questions (in breadth x, depth y) --
    def vertical_free(self, x: float, y1: float, y2: float) -> bool:
        return self._first_blocker(x, y1, y2) is None

    def channel(self, want: float, y1: float, y2: float, lo: float, hi: float) -> float | None:
        """A breadth nearest `want` within [lo, hi] where a vertical from y1 to y2 meets no card."""
        tried: set[float] = set()
        todo = [min(max(want, lo), hi)]
        for _ in range(24):
            if not todo:
                return None
            todo.sort(key=lambda c: abs(c - want))
            x = todo.pop(0)
            if x in tried or not lo <= x <= hi:
                continue
            tried.add(x)
            hit = self._first_blocker(x, y1, y2)
            if hit is None:
                return x
            todo += [hit - MARGIN - 2.0, hit + self.w + MARGIN + 2.0]
        return None

    def _first_blocker(self, x: float, y1: float, y2: float) -> float | None:
        """The left edge of the first card (by row) a vertical at `x` from y1 to y2 would meet.
        (The hottest question a route asks: written out, without helper calls.)"""
        tops, lefts, w, h = self.tops, self.lefts, self.w, self.h
        lo, hi = (y1, y2) if y1 <= y2 else (y2, y1)
        reach = x + MARGIN
        for r in range(bisect_left(tops, lo - h - MARGIN), bisect_right(tops, hi + MARGIN)):
            top = tops[r]
            if top - MARGIN < hi and top + h + MARGIN > lo:
                xs = lefts[r]
                i = bisect_right(xs, reach) - 1
                if i >= 0 and x < xs[i] + w + MARGIN:
                    return xs[i]
        return None

    # (the questions below are asked a few times per route, for every route a move makes:
    # written out like _first_blocker, without helper calls)
    def horizontal_extent(self, y: float, x: float) -> tuple[float, float]:
        """How far a horizontal at depth `y` through `x` runs free to either side (empty when
        `x` itself is covered: then lo > hi)."""
        tops, lefts, w, h = self.tops, self.lefts, self.w, self.h
        lo, hi = float("-inf"), float("inf")
        reach = x + MARGIN
        for r in range(bisect_left(tops, y - h - MARGIN), bisect_right(tops, y + MARGIN)):
            top = tops[r]
            if not top - MARGIN < y < top + h + MARGIN:
                continue
            xs = lefts[r]
            i = bisect_right(xs, reach) - 1
            if i >= 0:
                edge = xs[i] + w + MARGIN
                if x < edge:
                    return 1.0, 0.0
                if edge > lo:
                    lo = edge
            if i + 1 < len(xs) and xs[i + 1] - MARGIN < hi:
                hi = xs[i + 1] - MARGIN
        return lo, hi

    def free_depth(self, x: float, y: float, down: bool) -> float:
        """How far from depth `y` (a card edge) the column at `x` stays free, up or down."""
        tops, lefts, w, h = self.tops, self.lefts, self.w, self.h
        reach = x + MARGIN
        rows = range(bisect_left(tops, y - 0.5), len(tops)) if down else range(bisect_right(tops, y - h + 0.5) - 1, -1, -1)
        for r in rows:
            xs = lefts[r]
            i = bisect_right(xs, reach) - 1
            if i >= 0 and x < xs[i] + w + MARGIN:  # a card in this row covers x
                return tops[r] - y if down else y - (tops[r] + h)
        return float("inf")

    def corridor(self, x: float, y1: float, y2: float) -> tuple[float, float]:
        """The free breadth range around `x` (itself free) a vertical from y1 to y2 may use."""
        tops, lefts, w, h = self.tops, self.lefts, self.w, self.h
        lo, hi = (y1, y2) if y1 <= y2 else (y2, y1)
        left, right = float("-inf"), float("inf")
        reach = x + MARGIN
        for r in range(bisect_left(tops, lo - h - MARGIN), bisect_right(tops, hi + MARGIN)):
            top = tops[r]
            if top - MARGIN < hi and top + h + MARGIN > lo:
                xs = lefts[r]
                i = bisect_right(xs, reach) - 1
                if i >= 0 and xs[i] + w + MARGIN > left:
                    left = xs[i] + w + MARGIN
                if i + 1 < len(xs) and xs[i + 1] - MARGIN < right:
                    right = xs[i + 1] - MARGIN
        return left, right

    def crosses(self, points: Sequence[Point]) -> bool:
        """Whether a route (chart coordinates) passes through the inside of a card: one placed
        after the route was made may stand on it."""
        pts = [(y, x) for x, y in points] if self.transpose else points
        tops, w, h = self.tops, self.w, self.h
        for (x1, y1), (x2, y2) in zip(pts, pts[1:], strict=False):
            lx, hx, ly, hy = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
            for r in range(bisect_right(tops, ly - h + INSIDE), bisect_left(tops, hy - INSIDE)):
                xs = self.lefts[r]
                i = bisect_left(xs, hx - INSIDE) - 1  # the last card starting before the run ends
                if i >= 0 and xs[i] + w - INSIDE > lx:
                    return True
        return False

    def highways(self, x1: float, x2: float) -> list[tuple[float, float]]:
        """Depth bands (from, to) that no card crosses anywhere in the breadth range [x1, x2]."""
        lo, hi = min(x1, x2) - MARGIN, max(x1, x2) + MARGIN
        blocked: list[tuple[float, float]] = []
        for top, xs in zip(self.tops, self.lefts, strict=True):
            i = bisect_left(xs, lo - self.w)
            if i < len(xs) and xs[i] <= hi:
                blocked.append((top - MARGIN, top + self.h + MARGIN))
        bands, cursor = [], float("-inf")
        for a, b in blocked:  # tops are sorted, so the bands are too
            if a > cursor:
                bands.append((cursor, a))
            cursor = max(cursor, b)
        bands.append((cursor, float("inf")))
        return bands


def route(index: RouteIndex, a: Point, b: Point, source_lane: int = 0, target_lane: int = 0) -> list[Point]:
    """A route from the card at `a` to the card at `b` (top-left corners), as a polyline of at
    most SEGMENTS + 1 points in chart coordinates; its last point is on `b`'s edge.

    Lanes bundle: lines given one `target_lane` (those into one card, of one kind) share the
    runs near that card and join like the branches of a tree, and lines with another lane keep
    their own runs beside them; `source_lane` does the same for the runs leaving the card at `a`."""
    if index.transpose:
        a, b = (a[1], a[0]), (b[1], b[0])
    points = _route(index, a, b, source_lane, target_lane)
    return [(y, x) for x, y in points] if index.transpose else points


def _lane(free: float, lane: int, gap: float) -> float:
    """Where in a free gap of depth `free` a route turns: off the middle, where the tree's bus runs."""
    room = min(free, gap)
    usable = room - 2 * MARGIN - 1.0  # clear of the cards on both sides of the gap
    return room / 2 if usable <= 0 else MARGIN + 0.5 + usable * _LANES[lane % len(_LANES)]


def _near_lane(free: float, lane: int) -> float:
    """Where a trunk runs beside the card it enters (a gap of depth `free` in front of it)."""
    offset = _NEAR[lane % len(_NEAR)]
    return offset if offset <= free - MARGIN - 0.5 else free / 2


def _port(lane: int, w: float) -> float:
    """How far from a card's quarter point a line of this lane leaves or enters it: lanes that
    differ by one (or two) use different ports, so their ends are told apart."""
    return (lane % 3 - 1) * min(PORT, w / 10)


def _spread(ix: RouteIndex, x: float, y1: float, y2: float, lo: float, hi: float, lane: int, towards: float,
            gap: float) -> float:
    """A vertical's breadth in the free corridor at `x` (within [lo, hi]; in open space at most a
    gap from `x` on the side of `towards`, so it makes no detour), on the lane's fraction of it:
    lines of one lane share it, others run beside."""
    # the corridor as it runs one row further from the trunk: branches from the first row of a
    # column then take the same place in it as those from the rows below
    further = y1 + (ix.h + gap) * (1 if y1 > y2 else -1)
    left, right = ix.corridor(x, further, y2)
    if not left <= x <= right:  # a card stands at x one row further: the free place nearest it
        wide = ix.channel(x, further, y2, lo, hi)
        if wide is not None:
            x = wide
            left, right = ix.corridor(x, further, y2)
        else:  # no corridor runs that far: the run's own
            left, right = ix.corridor(x, y1, y2)
    if right - left <= 2 * gap:  # a corridor between cards: all of it, so one lane is one run
        left, right = max(left, lo), min(right, hi)
    elif towards < x:
        left, right = max(left, lo, x - gap), min(right, hi, x)
    else:
        left, right = max(left, lo, x), min(right, hi, x + gap)
    usable = right - left - 1.0
    return x if usable <= 0 else left + 0.5 + usable * _SPREAD[lane % len(_SPREAD)]


def _route(ix: RouteIndex, a: Point, b: Point, source_lane: int, target_lane: int) -> list[Point]:
    w, h = ix.w, ix.h
    gap = 46.0
    (ax, ay), (bx, by) = a, b
    if by >= ay + h:  # b lies below: out of a's bottom, into b's top
        a_down, b_from_above = True, True
    elif by + h <= ay:  # b lies above: out of a's top, into b's bottom
        a_down, b_from_above = False, False
    else:  # one row: over the top of both
        a_down, b_from_above = False, True
    # a quarter off the centre (where the tree's connectors are not), moved by the lane's port
    sx = ax + w * (0.75 if bx >= ax else 0.25) + _port(source_lane, w)
    ex = bx + w * (0.25 if bx >= ax else 0.75) + _port(target_lane, w)
    sy = ay + h if a_down else ay
    ey = by if b_from_above else by + h
    y2 = ey + _near_lane(ix.free_depth(ex, ey, not b_from_above), target_lane) * (-1 if b_from_above else 1)
    start, end = (sx, sy), (ex, ey)
    e2 = ix.horizontal_extent(y2, ex)
    off = sy + (MARGIN + 0.1) * (1 if a_down else -1)  # just off the source card
    if (y2 > off) == a_down and e2[0] <= sx <= e2[1] and ix.vertical_free(sx, off, y2):
        return [start, (sx, y2), (ex, y2), end]  # straight onto the target's lane
    y1 = sy + _lane(ix.free_depth(sx, sy, a_down), source_lane, gap) * (1 if a_down else -1)
    e1 = ix.horizontal_extent(y1, sx)
    lo, hi = max(e1[0], e2[0]), min(e1[1], e2[1])
    lo, hi = max(lo, min(sx, ex) - REACH * w), min(hi, max(sx, ex) + REACH * w)
    if lo <= hi:
        # the vertical near the source, so the long run is the target's lane: lines into one
        # card meet early and arrive as one trunk
        xv = ix.channel(sx, y1, y2, lo, hi)
        if xv is not None:
            xv = _spread(ix, xv, y1, y2, lo, hi, target_lane, ex, gap)
            return [start, (sx, y1), (xv, y1), (xv, y2), (ex, y2), end]
    # over a highway: up (or down) near a, across, and back near b
    for band_lo, band_hi in sorted(ix.highways(min(sx, ex) - w, max(sx, ex) + w),
                                   key=lambda band: _detour(band, y1, y2)):
        if band_hi - band_lo < 2 * MARGIN:
            continue
        yh = _inside(band_lo, band_hi, (y1 + y2) / 2, target_lane)
        near_lo, near_hi = min(sx, ex) - w, max(sx, ex) + w  # the highway is free over this much
        r1 = max(e1[0], near_lo), min(e1[1], near_hi)
        r2 = max(e2[0], near_lo), min(e2[1], near_hi)
        x1 = ix.channel(sx, y1, yh, *r1)
        x2 = ix.channel(ex, y2, yh, *r2)
        if x1 is not None and x2 is not None:
            x1 = _spread(ix, x1, y1, yh, *r1, target_lane, ex, gap)
            x2 = _spread(ix, x2, y2, yh, *r2, target_lane, sx, gap)
            return [start, (sx, y1), (x1, y1), (x1, yh), (x2, yh), (x2, y2), (ex, y2), end]
    return [start, (sx, y1), (ex, y1), end] if abs(y1 - y2) < 1 else [start, (sx, y1), (ex, y1), (ex, y2), end]


def _detour(band: tuple[float, float], y1: float, y2: float) -> float:
    lo, hi = band
    mid = (y1 + y2) / 2
    return 0.0 if lo <= mid <= hi else min(abs(lo - mid), abs(hi - mid))


def _inside(lo: float, hi: float, want: float, lane: int) -> float:
    """A depth inside the band [lo, hi] near `want`, spread by `lane` so lines do not overlap."""
    if lo == float("-inf"):
        lo = hi - 60.0
    if hi == float("inf"):
        hi = lo + 60.0
    room = hi - lo - 2 * MARGIN
    base = min(max(want, lo + MARGIN), hi - MARGIN)
    spread = (lane % 9 - 4) / 9 * room * 0.8
    return min(max(base + spread, lo + MARGIN), hi - MARGIN)
