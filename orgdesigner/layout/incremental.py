"""Incremental tidy tree layout: after an edit, only the subtrees that changed are laid out again.

Every unit's subtree has a *local* layout that depends on nothing but that subtree: its breadth,
its depth extent, where its card sits, where each visible child's subtree starts and the connector
segments, all relative to the subtree's own origin. A unit's absolute origin is its parent's origin
plus that offset. An edit (move, add, remove, collapse) changes the local layouts of the units it
touches and of their ancestors only; those are recomputed bottom-up, then origins are recomposed
top-down, and a clean subtree is walked only when its origin moved. The result is identical to a
layout from scratch, because a full layout is the same computation on every unit (a property test
checks it after random edit sequences). Cycles, dangling parents met by additions and big edits
fall back to a full layout. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import filterfalse
from math import ceil

from orgdesigner.layout.tree import (
    TOP_DOWN,
    ChartLayout,
    LayoutParams,
    Segment,
    tree_children,
)

ROOT = "\x00roots"  # the parent of the roots in the child map (never a unit id)
Point = tuple[float, float]


@dataclass(slots=True)
class LayoutChange:
    """What one update changed. `full`: everything may have changed (a layout from scratch)."""

    full: bool = False
    positions: dict[str, Point] = field(default_factory=dict)  # new or moved cards (x, y)
    removed: list[str] = field(default_factory=list)  # cards no longer shown
    connectors: dict[str, list[Segment]] = field(default_factory=dict)  # new or changed
    connectors_removed: list[str] = field(default_factory=list)
    connectors_shifted: set[str] = field(default_factory=set)  # of those: same shape, moved
    hidden_changed: set[str] = field(default_factory=set)  # units whose hidden count changed
    size_changed: bool = False

    @property
    def empty(self) -> bool:
        return not (self.full or self.positions or self.removed or self.connectors or self.connectors_removed
                    or self.hidden_changed or self.size_changed)


class IncrementalLayout:
    """Keeps the layout of one chart and updates it from the next (order, parents, collapsed)."""

    def __init__(self, params: LayoutParams | None = None) -> None:
        p = self.params = params or LayoutParams()
        self.top_down = p.orientation == TOP_DOWN
        self.bsize, self.dsize = (p.card_w, p.card_h) if self.top_down else (p.card_h, p.card_w)
        self.bgap = p.breadth_gap if self.top_down else p.stack_gap * 1.4
        self.dgap = p.depth_gap if self.top_down else p.depth_gap * 1.3
        self.layout = ChartLayout({}, {}, {}, 0.0, 0.0, p.card_w, p.card_h, [])
        self._order: list[str] = []
        self._parent: dict[str, str | None] = {}
        self._collapsed: frozenset[str] = frozenset()
        self._staff: frozenset[str] = frozenset()  # staff units (stab): beside their manager, not in its grid
        self._kids: dict[str, list[str]] = {ROOT: []}  # forest children (all, collapsed or not)
        self._up: dict[str, str] = {}  # forest parent (ROOT for a root)
        self._dangling: dict[str, set[str]] = {}  # missing parent id -> units naming it
        # local layouts (every unit, shown or not), relative to the subtree's origin (breadth, depth)
        self._width: dict[str, float] = {}
        self._extent: dict[str, float] = {}
        self._size: dict[str, int] = {}  # units in the subtree, itself included
        self._card: dict[str, float] = {}  # breadth offset of the unit's own card
        self._offset: dict[str, Point] = {}  # shown child -> its origin relative to the parent's
        self._segments: dict[str, list[Segment]] = {}  # parent -> connector segments, relative
        self._origin: dict[str, Point] = {}  # shown units: absolute origin (breadth, depth)

    # -- public --
    def update(self, order: Iterable[str], parent_of: Mapping[str, str | None],
               collapsed: Iterable[str] = frozenset(), touched: Iterable[str] | None = None,
               staff: Iterable[str] = frozenset()) -> LayoutChange:
        """Bring the layout to this state; `self.layout` is the result, the return value the change.

        `touched` may name the units added, removed or given a new parent since the last update
        (the model events say so); it is checked, and without it the change is found by comparing.
        `staff` names the staff units (a manager's stab: support units); a unit becoming or ceasing
        to be staff is rare (a category edit) and lays the chart out from scratch.
        """
        order = list(order)
        # the caller's reporting lines are only read here: the layout keeps its own copy, or
        # patches the one it has by the units named (a move at 10,000 units then copies nothing)
        parents = parent_of if type(parent_of) is dict else dict(parent_of)
        folded = frozenset(filter(parents.__contains__, collapsed))
        staffed = frozenset(filter(parents.__contains__, staff))
        if (not self._order and not self._parent) or staffed != self._staff:
            self._staff = staffed
            return self._rebuild(order, dict(parents), folded)
        if order == self._order and parents == self._parent and folded == self._collapsed:
            return LayoutChange()
        change = self._update(order, parents, folded, None if touched is None else set(touched))
        return change if change is not None else self._rebuild(order, dict(parents), folded)

    def rebuild(self, order: Iterable[str], parent_of: Mapping[str, str | None],
                collapsed: Iterable[str] = frozenset(), staff: Iterable[str] = frozenset()) -> ChartLayout:
        """A layout from scratch."""
        parents = dict(parent_of)
        self._staff = frozenset(u for u in staff if u in parents)
        self._rebuild(list(order), parents, frozenset(u for u in collapsed if u in parents))
        return self.layout

    # -- from scratch --
    def _rebuild(self, order: list[str], parents: dict[str, str | None], folded: frozenset[str]) -> LayoutChange:
        roots, forest, extra = tree_children(order, parents)
        self._order, self._parent, self._collapsed = order, parents, folded
        kids_of = self._kids = {ROOT: roots, **forest}
        up: dict[str, str] = {}
        for parent, kids in kids_of.items():
            up.update(dict.fromkeys(kids, parent))
        self._up = up
        self._dangling = {}
        missing = set(parents.values()) - parents.keys() - {None}
        if missing:
            for uid, named in parents.items():
                if named is not None and named in missing:
                    self._dangling.setdefault(named, set()).add(uid)
        for store in (self._width, self._extent, self._size, self._card, self._offset, self._segments, self._origin):
            store.clear()
        # every unit as a leaf first (C-speed), then the parents bottom-up
        self._width.update(dict.fromkeys(parents, self.bsize))
        self._extent.update(dict.fromkeys(parents, self.dsize))
        self._size.update(dict.fromkeys(parents, 1))
        self._card.update(dict.fromkeys(parents, 0.0))
        inner: list[str] = []
        stack = [ROOT]
        while stack:
            uid = stack.pop()
            inner.append(uid)
            stack.extend(filter(kids_of.__contains__, kids_of[uid]))
        for uid in reversed(inner):
            self._local(uid)
        self.layout = ChartLayout({}, {}, {}, 0.0, 0.0, self.params.card_w, self.params.card_h, extra)
        self._origin[ROOT] = (0.0, 0.0)
        self._place_subtree(ROOT, LayoutChange(), set())
        self._set_size()
        return LayoutChange(full=True, size_changed=True)

    # -- one unit's local layout --
    def _shown_kids(self, uid: str) -> list[str]:
        return [] if uid in self._collapsed else self._kids.get(uid, [])

    def _local(self, uid: str) -> None:
        """Width, extent, card offset, child offsets and segments of `uid`, from its children's."""
        p, bsize, dsize, bgap, dgap = self.params, self.bsize, self.dsize, self.bgap, self.dgap
        width, extent, offset, kids_of, folded = self._width, self._extent, self._offset, self._kids, self._collapsed
        self._size[uid] = 1 + sum(map(self._size.__getitem__, kids_of.get(uid, ())))
        if uid == ROOT:  # the roots side by side
            cursor, deepest = 0.0, 0.0
            roots = self._kids[ROOT]
            # top-down, roots standing alone (a private provider; a folded tree) stack in
            # columns after the others, as leaves under a parent do: a row of them made the
            # chart wide, so a fitted chart had to fold everything else to make room
            alone = [r for r in roots if r in folded or r not in kids_of] if self.top_down else []
            if len(alone) < 2:
                alone = []
            for root in roots if not alone else [r for r in roots if r not in set(alone)]:
                offset[root] = (cursor, 0.0)
                cursor += width[root] + p.root_gap
                deepest = max(deepest, extent[root])
            if alone:
                cols = ceil(len(alone) / p.stack_rows)
                rows = ceil(len(alone) / cols)
                for i, root in enumerate(alone):
                    c, r = divmod(i, rows)
                    offset[root] = (cursor + c * (bsize + bgap), r * (dsize + p.stack_gap))
                cursor += cols * bsize + (cols - 1) * bgap + p.root_gap
                deepest = max(deepest, rows * dsize + (rows - 1) * p.stack_gap)
            width[ROOT], extent[ROOT] = max(cursor - p.root_gap, 0.0), deepest
            self._size[ROOT] -= 1
            return
        kids = [] if uid in folded else kids_of.get(uid, [])
        if not kids:
            width[uid], extent[uid], self._card[uid] = bsize, dsize, 0.0
            self._segments.pop(uid, None)
            return
        staff = self._staff_of(kids) if self._staff else []
        line = [k for k in kids if k not in staff] if staff else kids
        # the staff row: staff cards in pairs either side of the manager's spine, between the
        # manager and the line below (org-chart convention: a stab is beside, not among, the units)
        pd = dsize
        head = dsize  # where the line's part of the subtree starts
        staff_w = 0.0
        staff_at: list[tuple[float, float, bool]] = []  # (breadth from the spine, depth, left)
        if staff:
            rows = ceil(len(staff) / 2)
            staff_w = 2 * (bsize + bgap)
            for i in range(len(staff)):
                r, right = divmod(i, 2)
                staff_at.append((bgap if right else -bgap - bsize, dsize + dgap * 0.5 + r * (dsize + p.stack_gap), not right))
            head = dsize + dgap * 0.5 + rows * (dsize + p.stack_gap) - p.stack_gap
        if self.top_down and len(line) >= p.stack_min and all(k in folded or k not in kids_of for k in line):
            cols = ceil(len(line) / p.stack_rows)
            block = p.stack_indent + cols * bsize + (cols - 1) * bgap
            w = width[uid] = max(bsize, block, staff_w)
            b = self._card[uid] = (w - bsize) / 2
            pb = b + bsize / 2
            rows = ceil(len(line) / cols)
            start = (w - block) / 2 + p.stack_indent
            mid = head + dgap * 0.35
            child_d = mid + dgap * 0.3
            spines = [start + c * (bsize + bgap) - p.stack_indent / 2 for c in range(cols)]
            out = [(pb, pd, pb, mid), (min(pb, *spines), mid, max(pb, *spines), mid)]
            for i, kid in enumerate(line):
                c, r = divmod(i, rows)
                kb, kd = start + c * (bsize + bgap), child_d + r * (dsize + p.stack_gap)
                offset[kid] = (kb, kd)
                out.append((spines[c], kd + dsize / 2, kb, kd + dsize / 2))
            # stacked children are cards without shown children (extent = dsize); the first
            # column is the longest, so its last row reaches deepest
            deepest = max(dsize, child_d + (rows - 1) * (dsize + p.stack_gap) + dsize)
            for c, sx in enumerate(spines):
                last = min(len(line), (c + 1) * rows) - 1
                out.append((sx, mid, sx, child_d + (last - c * rows) * (dsize + p.stack_gap) + dsize / 2))
        else:
            total = sum(map(width.__getitem__, line)) + bgap * (len(line) - 1)
            w = width[uid] = max(bsize, total, staff_w)
            b = self._card[uid] = (w - bsize) / 2
            pb = b + bsize / 2
            child_d = head + dgap
            start = (w - total) / 2
            mid = head + dgap / 2
            centres = []
            for kid in line:
                offset[kid] = (start, child_d)
                centres.append(start + width[kid] / 2)
                start += width[kid] + bgap
            deepest = max(dsize, child_d + max(map(extent.__getitem__, line)))  # rounding is monotonic
            out = [(pb, pd, pb, mid)]
            lo, hi = min(pb, *centres), max(pb, *centres)
            if hi > lo:
                out.append((lo, mid, hi, mid))
            out.extend((c, mid, c, child_d) for c in centres)
        for kid, (kb, kd, left) in zip(staff, staff_at, strict=True):
            offset[kid] = (pb + kb, kd)
            out.append((pb, kd + dsize / 2, pb - bgap if left else pb + bgap, kd + dsize / 2))
        extent[uid] = deepest
        self._segments[uid] = out

    def _staff_of(self, kids: list[str]) -> list[str]:
        """The children laid out on the staff row: staff units without shown children of their own,
        beside line units (a unit whose children are all staff lays them out as its line)."""
        kids_of, folded, staff = self._kids, self._collapsed, self._staff
        out = [k for k in kids if k in staff and (k in folded or k not in kids_of)]
        return out if len(out) < len(kids) else []

    # -- absolute positions --
    def _xy(self, b: float, d: float) -> Point:
        return (b, d) if self.top_down else (d, b)

    def _emit(self, uid: str, change: LayoutChange) -> None:
        """Write the shown unit's card, connectors and hidden count from its origin."""
        layout = self.layout
        ob, od = self._origin[uid]
        if uid != ROOT:
            xy = self._xy(ob + self._card[uid], od)
            if layout.positions.get(uid) != xy:
                layout.positions[uid] = xy
                change.positions[uid] = xy
            hidden = self._size[uid] - 1 if uid in self._collapsed and self._kids.get(uid) else 0
            if hidden:
                if layout.hidden_counts.get(uid) != hidden:
                    layout.hidden_counts[uid] = hidden
                    change.hidden_changed.add(uid)
            elif layout.hidden_counts.pop(uid, None) is not None:
                change.hidden_changed.add(uid)
        rel = self._segments.get(uid) if self._shown_kids(uid) else None
        if rel is None:
            if layout.connectors.pop(uid, None) is not None:
                change.connectors_removed.append(uid)
            return
        if self.top_down:
            segs = [(ob + b1, od + d1, ob + b2, od + d2) for b1, d1, b2, d2 in rel]
        else:
            segs = [(od + d1, ob + b1, od + d2, ob + b2) for b1, d1, b2, d2 in rel]
        if layout.connectors.get(uid) != segs:
            layout.connectors[uid] = segs
            change.connectors[uid] = segs

    def _place_subtree(self, top: str, change: LayoutChange, placed: set[str]) -> None:
        """Recompose origins below `top` (whose origin is set) and write everything shown there."""
        origin, offset, kids_of, folded = self._origin, self._offset, self._kids, self._collapsed
        if folded:  # the general path: hidden counts to keep
            stack = [top]
            while stack:
                uid = stack.pop()
                placed.add(uid)
                self._emit(uid, change)
                ob, od = origin[uid]
                for kid in self._shown_kids(uid):
                    kb, kd = offset[kid]
                    origin[kid] = (ob + kb, od + kd)
                    stack.append(kid)
            return
        # nothing collapsed: the same writes as _emit, inlined (a moved subtree can be thousands)
        positions, moved = self.layout.positions, change.positions
        lines, new_lines, segments, card = self.layout.connectors, change.connectors, self._segments, self._card
        shifted = change.connectors_shifted
        top_down = self.top_down
        stack = [top]
        while stack:
            uid = stack.pop()
            placed.add(uid)
            ob, od = origin[uid]
            kids = kids_of.get(uid)
            if uid == ROOT:  # no card, no connectors: only the roots' origins
                for kid in kids or ():
                    kb, kd = offset[kid]
                    origin[kid] = (ob + kb, od + kd)
                    stack.append(kid)
                continue
            xy = (ob + card[uid], od) if top_down else (od, ob + card[uid])
            if positions.get(uid) != xy:
                positions[uid] = xy
                moved[uid] = xy
            if not kids:
                continue
            rel = segments[uid]
            if top_down:
                segs = [(ob + b1, od + d1, ob + b2, od + d2) for b1, d1, b2, d2 in rel]
            else:
                segs = [(od + d1, ob + b1, od + d2, ob + b2) for b1, d1, b2, d2 in rel]
            if lines.get(uid) != segs:
                lines[uid] = segs
                new_lines[uid] = segs
                shifted.add(uid)  # a clean subtree: its connectors keep their shape
            for kid in kids:
                kb, kd = offset[kid]
                kob, kod = origin[kid] = (ob + kb, od + kd)
                if kid in kids_of:
                    stack.append(kid)
                    continue
                placed.add(kid)  # a leaf (most units): written here, not pushed and popped
                xy = (kob + card[kid], kod) if top_down else (kod, kob + card[kid])
                if positions.get(kid) != xy:
                    positions[kid] = xy
                    moved[kid] = xy

    def connector_frame(self, uid: str) -> tuple[Point, list[Segment]]:
        """A shown parent's connectors as (origin, segments relative to it), in (x, y): drawn at
        the origin, they follow a moved subtree by one position change instead of a new path."""
        ob, od = self._origin[uid]
        rel = self._segments[uid]
        if self.top_down:
            return (ob, od), rel
        return (od, ob), [(d1, b1, d2, b2) for b1, d1, b2, d2 in rel]

    def _set_size(self) -> bool:
        breadth, depth = self._width[ROOT], self._extent[ROOT]
        w, h = (breadth, depth) if self.top_down else (depth, breadth)
        if (w, h) == (self.layout.width, self.layout.height):
            return False
        self.layout.width, self.layout.height = w, h
        return True

    # -- the incremental path; None means "lay out from scratch instead" --
    def _diff(self, parents: dict[str, str | None], touched: set[str] | None) -> tuple[set[str], set[str], bool]:
        """(units moved or added, units removed, whether `touched` names every unit whose line
        changed) since the last update."""
        old_parent = self._parent
        if touched is not None and len(touched) < 256:
            # the hint must explain the whole difference: the kept lines patched by it (in
            # place, then put back: no copy of every line) must equal the new ones
            before = {uid: old_parent[uid] for uid in touched if uid in old_parent}
            _patch(old_parent, parents, touched)
            explained = old_parent == parents
            for uid in touched:
                old_parent.pop(uid, None)
            old_parent.update(before)
            if explained:
                return ({u for u in touched if u in parents and (u not in old_parent or old_parent[u] != parents[u])},
                        {u for u in touched if u in old_parent and u not in parents}, True)
        candidates = {uid for uid, _p in parents.items() - old_parent.items()}
        grown = sum(1 for u in candidates if u not in old_parent)
        removed = set() if len(old_parent) + grown == len(parents) else old_parent.keys() - parents.keys()
        return candidates, removed, False

    def _update(self, order: list[str], parents: dict[str, str | None], folded: frozenset[str],
                touched: set[str] | None) -> LayoutChange | None:
        if self.layout.extra_roots:
            return None
        old_parent, up = self._parent, self._up
        candidates, removed, explained = self._diff(parents, touched)  # moved or added; removed
        for gone in removed:  # their children become roots (or went with them)
            candidates.update(k for k in self._kids.get(gone, ()) if k in parents)
        added = candidates - old_parent.keys()
        for new in added:  # units that named this id before it existed hang under it now
            candidates.update(u for u in self._dangling.get(new, ()) if u in parents)

        def forest_parent(uid: str) -> str:
            parent = parents[uid]
            return parent if parent is not None and parent in parents else ROOT

        changed = {uid for uid in candidates if up.get(uid) != forest_parent(uid)}
        toggled = folded ^ self._collapsed
        if len(changed) + len(removed) > max(64, len(parents) // 4):
            return None
        if order != self._order and _without(order, changed | removed) != _without(self._order, changed | removed):
            return None  # siblings reordered: not an edit this path knows
        for uid in changed:  # a cycle makes extra roots: the full layout handles those
            seen, parent = 0, parents[uid]
            while parent is not None and parent in parents:
                if parent == uid or seen > len(parents):
                    return None
                seen += 1
                parent = parents[parent]

        # cards that may disappear: the shown subtrees of everything touched
        gone_cards: set[str] = set()
        for uid in changed | removed | toggled:
            if uid in self._origin:
                stack = [uid]
                while stack:
                    shown = stack.pop()
                    gone_cards.add(shown)
                    stack.extend(self._shown_kids(shown))

        # the forest after the edit
        dirty: set[str] = set(added) | (toggled & parents.keys())
        arrivals: dict[str, list[str]] = {}
        for uid in removed:
            parent = up.pop(uid, None)
            if parent is not None and parent not in removed:
                self._kids[parent].remove(uid)
                dirty.add(parent)
            self._kids.pop(uid, None)
            for store in (self._width, self._extent, self._size, self._card, self._offset, self._segments):
                store.pop(uid, None)
            for kid_set in self._dangling.values():
                kid_set.discard(uid)
        for uid in changed:
            parent = up.get(uid)
            if parent is not None and parent not in removed:
                self._kids[parent].remove(uid)
                dirty.add(parent)
            new_parent = forest_parent(uid)
            up[uid] = new_parent
            arrivals.setdefault(new_parent, []).append(uid)
            dirty.add(new_parent)
        for parent, kids in arrivals.items():
            self._kids[parent] = _merged(order, self._kids.get(parent, []), kids)
        for parent in list(dirty):
            if parent != ROOT and not self._kids.get(parent, True):
                del self._kids[parent]
        for uid in candidates:  # keep the dangling index for later removals
            old = old_parent.get(uid)
            if old is not None and old in self._dangling:
                self._dangling[old].discard(uid)
            parent = parents[uid]
            if parent is not None and parent not in parents:
                self._dangling.setdefault(parent, set()).add(uid)
        if explained:
            assert touched is not None
            _patch(old_parent, parents, touched)  # now equal to `parents`, which stays the caller's
        else:
            self._parent = dict(parents)
        self._order, self._collapsed = order, folded

        # local layouts of the touched units and their ancestors, children first
        depth: dict[str, int] = {}
        for uid in dirty:
            chain = []
            node: str | None = uid
            while node is not None and node not in depth:
                chain.append(node)
                node = None if node == ROOT else up.get(node)
            base = -1 if node is None else depth[node]
            for i, item in enumerate(reversed(chain)):
                depth[item] = base + 1 + i
        for uid in sorted(depth, key=depth.__getitem__, reverse=True):
            self._local(uid)

        # origins, top-down: touched units are written, clean subtrees only walked when they moved
        change = LayoutChange()
        placed: set[str] = set()
        origin = self._origin
        for uid in sorted(depth, key=depth.__getitem__):
            if uid not in origin or (uid != ROOT and uid not in placed):
                continue  # not shown (or shown only through a parent that did not place it)
            placed.add(uid)
            self._emit(uid, change)
            ob, od = origin[uid]
            for kid in self._shown_kids(uid):
                kb, kd = self._offset[kid]
                kid_origin = (ob + kb, od + kd)
                if kid in depth:
                    origin[kid] = kid_origin
                    placed.add(kid)
                elif kid_origin != origin.get(kid) or kid in gone_cards:
                    origin[kid] = kid_origin
                    self._place_subtree(kid, change, placed)
                else:
                    placed.add(kid)  # shown and still in place
        layout = self.layout
        for uid in gone_cards - placed:
            origin.pop(uid, None)
            if layout.positions.pop(uid, None) is not None:
                change.removed.append(uid)
            if layout.connectors.pop(uid, None) is not None:
                change.connectors_removed.append(uid)
            if layout.hidden_counts.pop(uid, None) is not None:
                change.hidden_changed.add(uid)
        for uid in removed:
            origin.pop(uid, None)
        change.size_changed = self._set_size()
        return change


def _patch(lines: dict[str, str | None], new: dict[str, str | None], units: Iterable[str]) -> None:
    """Give `units` in `lines` their reporting line from `new` (a unit not in `new` is taken out)."""
    for uid in units:
        if uid in new:
            lines[uid] = new[uid]
        else:
            lines.pop(uid, None)


def _without(order: list[str], skip: set[str]) -> list[str]:
    """`order` without the units in `skip` (for a few: C-speed removals, not a Python loop)."""
    if len(skip) > 32:
        return list(filterfalse(skip.__contains__, order))
    out = list(order)
    for uid in skip:
        if uid in out:
            out.remove(uid)
    return out


def _merged(order: list[str], kept: list[str], arrived: list[str]) -> list[str]:
    """A parent's children in chart order: `kept` already is, `arrived` joins it. The usual edit
    appends (a move or an addition puts the unit last), which needs no index of the whole chart."""
    if kept and len(arrived) == 1 and arrived[0] == order[-1]:
        return kept + arrived  # a move: the unit now stands last, after every child kept
    if kept:
        tail = order[order.index(kept[-1]) + 1:]  # what comes after the last child that stays
        where: dict[str, int] = {}
        for uid in arrived:
            if uid not in tail:
                break
            where[uid] = tail.index(uid)
        else:
            return kept + sorted(arrived, key=where.__getitem__)
    elif len(arrived) <= 16:
        return sorted(arrived, key=order.index)
    index = dict(zip(order, range(len(order)), strict=True))
    return sorted(kept + arrived, key=index.__getitem__)


def layout_tree(
    order: Iterable[str],
    parent_of: Mapping[str, str | None],
    collapsed: set[str] | frozenset[str] = frozenset(),
    params: LayoutParams | None = None,
    staff: Iterable[str] = frozenset(),
) -> ChartLayout:
    """Lay out the units (`order` = chart order, `parent_of` = reporting lines) from scratch.

    The chart keeps an `IncrementalLayout` instead and updates it per edit; this is the same
    computation on every unit.
    """
    return IncrementalLayout(params).rebuild(order, parent_of, collapsed, staff)
