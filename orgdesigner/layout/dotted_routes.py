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

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping

Point = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, width, height
MARGIN = 3.0  # a route keeps this far from any card it passes
SEGMENTS = 7  # a route has at most this many segments (the highway shape)
REACH = 4  # a route stays within this many card breadths beside its two cards
_LANES = (0.3, 0.7, 0.22, 0.78, 0.38, 0.62)  # fractions of a gap; the middle is the tree's bus


class RouteIndex:
    """The cards of one layout by row (cards sharing a top edge), for free-space questions."""

    def __init__(self, positions: Mapping[str, Point], card_w: float, card_h: float, transpose: bool = False) -> None:
        self.transpose = transpose
        self.w, self.h = (card_h, card_w) if transpose else (card_w, card_h)
        rows: defaultdict[float, list[float]] = defaultdict(list)
        if transpose:
            for x, y in positions.values():
                rows[x].append(y)
        else:
            for x, y in positions.values():
                rows[y].append(x)
        self.tops = sorted(rows)
        self.lefts = [sorted(rows[t]) for t in self.tops]
        self.left_edge = min((xs[0] for xs in self.lefts), default=0.0)
        self.right_edge = max((xs[-1] for xs in self.lefts), default=0.0) + self.w

    # -- free-space questions (in breadth x, depth y) --
    def _rows_across(self, y1: float, y2: float) -> range:
        """Rows whose band [top - MARGIN, top + h + MARGIN] meets the depth range [y1, y2]."""
        lo, hi = min(y1, y2), max(y1, y2)
        return range(bisect_left(self.tops, lo - self.h - MARGIN), bisect_right(self.tops, hi + MARGIN))

    def _blocker(self, row: int, x: float) -> float | None:
        """The left edge of the card in `row` that covers breadth `x` (with margin), if any."""
        xs = self.lefts[row]
        i = bisect_right(xs, x + MARGIN) - 1
        return xs[i] if i >= 0 and x < xs[i] + self.w + MARGIN else None

    def vertical_free(self, x: float, y1: float, y2: float) -> bool:
        tops, h = self.tops, self.h
        lo, hi = min(y1, y2), max(y1, y2)
        for r in self._rows_across(y1, y2):
            if tops[r] - MARGIN < hi and tops[r] + h + MARGIN > lo and self._blocker(r, x) is not None:
                return False
        return True

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
        tops, h = self.tops, self.h
        lo, hi = min(y1, y2), max(y1, y2)
        for r in self._rows_across(y1, y2):
            if tops[r] - MARGIN < hi and tops[r] + h + MARGIN > lo:
                left = self._blocker(r, x)
                if left is not None:
                    return left
        return None

    def horizontal_extent(self, y: float, x: float) -> tuple[float, float]:
        """How far a horizontal at depth `y` through `x` runs free to either side (empty when
        `x` itself is covered: then lo > hi)."""
        lo, hi = float("-inf"), float("inf")
        for r in self._rows_across(y, y):
            top = self.tops[r]
            if not top - MARGIN < y < top + self.h + MARGIN:
                continue
            xs = self.lefts[r]
            i = bisect_right(xs, x + MARGIN) - 1
            if i >= 0 and x < xs[i] + self.w + MARGIN:
                return 1.0, 0.0
            if i >= 0:
                lo = max(lo, xs[i] + self.w + MARGIN)
            if i + 1 < len(xs):
                hi = min(hi, xs[i + 1] - MARGIN)
        return lo, hi

    def free_depth(self, x: float, y: float, down: bool) -> float:
        """How far from depth `y` (a card edge) the column at `x` stays free, up or down."""
        tops, h = self.tops, self.h
        if down:
            for r in range(bisect_left(tops, y - 0.5), len(tops)):
                if self._blocker(r, x) is not None:
                    return tops[r] - y
        else:
            for r in range(bisect_right(tops, y - h + 0.5) - 1, -1, -1):
                if self._blocker(r, x) is not None:
                    return y - (tops[r] + h)
        return float("inf")

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


def route(index: RouteIndex, a: Point, b: Point, salt: int = 0) -> list[Point]:
    """A route from the card at `a` to the card at `b` (top-left corners), as a polyline of at
    most SEGMENTS + 1 points in chart coordinates; its last point is on `b`'s edge."""
    if index.transpose:
        a, b = (a[1], a[0]), (b[1], b[0])
    points = _route(index, a, b, salt)
    return [(y, x) for x, y in points] if index.transpose else points


def _lane(free: float, salt: int, gap: float) -> float:
    """Where in a free gap of depth `free` a route turns: off the middle, where the tree's bus runs."""
    room = min(free, gap)
    usable = room - 2 * MARGIN - 1.0  # clear of the cards on both sides of the gap
    return room / 2 if usable <= 0 else MARGIN + 0.5 + usable * _LANES[salt % len(_LANES)]


def _route(ix: RouteIndex, a: Point, b: Point, salt: int) -> list[Point]:
    w, h = ix.w, ix.h
    gap = 46.0
    (ax, ay), (bx, by) = a, b
    if by >= ay + h:  # b lies below: out of a's bottom, into b's top
        a_down, b_from_above = True, True
    elif by + h <= ay:  # b lies above: out of a's top, into b's bottom
        a_down, b_from_above = False, False
    else:  # one row: over the top of both
        a_down, b_from_above = False, True
    sx = ax + w * (0.75 if bx >= ax else 0.25)  # a quarter off the centre, where connectors attach
    ex = bx + w * (0.25 if bx >= ax else 0.75)
    sy = ay + h if a_down else ay
    ey = by if b_from_above else by + h
    y1 = sy + _lane(ix.free_depth(sx, sy, a_down), salt, gap) * (1 if a_down else -1)
    y2 = ey + _lane(ix.free_depth(ex, ey, not b_from_above), salt // 7, gap) * (-1 if b_from_above else 1)
    start, end = (sx, sy), (ex, ey)
    e1, e2 = ix.horizontal_extent(y1, sx), ix.horizontal_extent(y2, ex)
    lo, hi = max(e1[0], e2[0]), min(e1[1], e2[1])
    lo, hi = max(lo, min(sx, ex) - REACH * w), min(hi, max(sx, ex) + REACH * w)
    if lo <= hi:
        xv = ix.channel(ex, y1, y2, lo, hi)
        if xv is not None:
            return [start, (sx, y1), (xv, y1), (xv, y2), (ex, y2), end]
    # over a highway: up (or down) near a, across, and back near b
    for band_lo, band_hi in sorted(ix.highways(min(sx, ex) - w, max(sx, ex) + w),
                                   key=lambda band: _detour(band, y1, y2)):
        if band_hi - band_lo < 2 * MARGIN:
            continue
        yh = _inside(band_lo, band_hi, (y1 + y2) / 2, salt)
        near_lo, near_hi = min(sx, ex) - w, max(sx, ex) + w  # the highway is free over this much
        x1 = ix.channel(sx, y1, yh, max(e1[0], near_lo), min(e1[1], near_hi))
        x2 = ix.channel(ex, y2, yh, max(e2[0], near_lo), min(e2[1], near_hi))
        if x1 is not None and x2 is not None:
            return [start, (sx, y1), (x1, y1), (x1, yh), (x2, yh), (x2, y2), (ex, y2), end]
    return [start, (sx, y1), (ex, y1), end] if abs(y1 - y2) < 1 else [start, (sx, y1), (ex, y1), (ex, y2), end]


def _detour(band: tuple[float, float], y1: float, y2: float) -> float:
    lo, hi = band
    mid = (y1 + y2) / 2
    return 0.0 if lo <= mid <= hi else min(abs(lo - mid), abs(hi - mid))


def _inside(lo: float, hi: float, want: float, salt: int) -> float:
    """A depth inside the band [lo, hi] near `want`, spread by `salt` so lines do not overlap."""
    if lo == float("-inf"):
        lo = hi - 60.0
    if hi == float("inf"):
        hi = lo + 60.0
    room = hi - lo - 2 * MARGIN
    base = min(max(want, lo + MARGIN), hi - MARGIN)
    spread = (salt % 9 - 4) / 9 * room * 0.8
    return min(max(base + spread, lo + MARGIN), hi - MARGIN)
