"""Which branches to fold so the chart fits a given area: less detail rather than smaller text.

Pure geometry, no Qt. The chart view asks for the area its viewport covers at the smallest zoom
that keeps names legible; the answer folds the deepest levels first, then unfolds branches again,
shallow and small ones first, as long as the chart still fits. A folded unit's card is as large
as a leaf's, so each trial lays out only the cards that would be shown (a few hundred at most on
any screen), never the whole organisation: a 50,000-unit chart is folded in milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain

from orgdesigner.layout.incremental import layout_tree
from orgdesigner.layout.tree import LayoutParams, tree_children

MAX_TRIALS = 400  # branches tried one by one after the level search (each a layout of the shown cards)


@dataclass(frozen=True, slots=True)
class Folds:
    collapsed: frozenset[str]  # the units to show folded (each one card with its count)
    fits: bool  # False: even the least detail (every root folded) is larger than the area


def folds_to_fit(order: Iterable[str], parent_of: Mapping[str, str | None], width: float, height: float,
                 params: LayoutParams | None = None, keep: Iterable[str] = (),
                 folded: Iterable[str] = (), staff: Iterable[str] = ()) -> Folds:
    """The folds that show the most of the chart within `width` × `height` (scene units).

    `keep` units stay shown (their ancestors unfolded); `folded` units stay folded (the planner's
    own folds); `staff` as for the layout (units on their manager's staff row).
    """
    staff = frozenset(staff)
    params = params or LayoutParams()
    order = list(order)
    roots, forest, _extra = tree_children(order, parent_of)
    # the passes over the whole chart (50,000 units, about 10 levels) go a level or a parent at
    # a time with C-level calls: they were most of the search
    up: dict[str, str] = {}
    for parent, kids in forest.items():
        up.update(dict.fromkeys(kids, parent))
    levels: list[list[str]] = []  # the units at each depth
    level = roots
    while level:
        levels.append(level)
        level = list(chain.from_iterable(filter(None, map(forest.get, level))))
    depth: dict[str, int] = {}
    for d, units in enumerate(levels):
        depth.update(dict.fromkeys(units, d))
    opened: set[str] = set()  # ancestors of the kept units: always unfolded
    for uid in keep:
        node = up.get(uid)
        while node is not None and node not in opened:
            opened.add(node)
            node = up.get(node)
    stay = frozenset(folded) - opened
    index = dict(zip(order, range(len(order)), strict=True))
    area = width * height
    card = params.card_w * params.card_h

    def shown(expanded: set[str]) -> list[str]:
        out, todo = [], list(roots)
        while todo:
            uid = todo.pop()
            out.append(uid)
            if uid in expanded:
                todo.extend(forest.get(uid, ()))
        return out

    def fits(expanded: set[str]) -> bool:
        units = shown(expanded)
        if len(units) * card > area:  # cards cannot overlap: more than the area holds
            return False
        units.sort(key=index.__getitem__)
        parents = {uid: up.get(uid) for uid in units}
        layout = layout_tree(units, parents, params=params, staff=staff)
        return layout.width <= width and layout.height <= height

    def expandable(uid: str) -> bool:
        return uid in forest and uid not in stay

    # the deepest level that fits whole: everything above it unfolded
    best: set[str] = {u for u in opened if u in forest}
    if not fits(best):
        return Folds(frozenset(u for u in shown(best) if u in forest and u not in best), False)
    reach: set[str] = set()  # the expandable units down to the level tried
    for units in levels:
        reach.update(forest.keys() & units)
        trial = (reach - stay) | best
        if trial == best:
            continue
        if not fits(trial):
            break
        best = trial
    # then single branches, the shallowest and smallest first, while the chart still fits
    size = dict.fromkeys(depth, 1)
    for units in reversed(levels):
        for uid in filter(forest.__contains__, units):
            size[uid] = 1 + sum(map(size.__getitem__, forest[uid]))
    candidates = sorted((u for u in shown(best) if expandable(u) and u not in best),
                        key=lambda u: (depth[u], size[u], index[u]))
    trials = 0
    while candidates and trials < MAX_TRIALS:
        uid = candidates.pop(0)
        trials += 1
        if fits(best | {uid}):
            best.add(uid)
            candidates.extend(k for k in forest.get(uid, ()) if expandable(k))
            candidates.sort(key=lambda u: (depth[u], size[u], index[u]))
    return Folds(frozenset(u for u in shown(best) if u in forest and u not in best), True)
