"""layout.fold.folds_to_fit's C-level passes over the whole chart (depth by levels, subtree sizes
bottom-up) fold exactly as the plain walk they replaced: the same folds for the same chart, area,
kept units, planner's folds and staff units."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.layout.fold import MAX_TRIALS, Folds, folds_to_fit
from orgdesigner.layout.incremental import layout_tree
from orgdesigner.layout.tree import LayoutParams, tree_children


def plain_folds_to_fit(order: Iterable[str], parent_of: Mapping[str, str | None], width: float, height: float,
                 params: LayoutParams | None = None, keep: Iterable[str] = (),
                 folded: Iterable[str] = (), staff: Iterable[str] = ()) -> Folds:
    """layout.fold.folds_to_fit as it was before its whole-chart passes were made C-level."""
    staff = frozenset(staff)
    params = params or LayoutParams()
    order = list(order)
    roots, forest, _extra = tree_children(order, parent_of)
    up = {kid: parent for parent, kids in forest.items() for kid in kids}
    depth = dict.fromkeys(roots, 0)
    stack = list(roots)
    while stack:
        uid = stack.pop()
        for kid in forest.get(uid, ()):
            depth[kid] = depth[uid] + 1
            stack.append(kid)
    opened: set[str] = set()  # ancestors of the kept units: always unfolded
    for uid in keep:
        node = up.get(uid)
        while node is not None and node not in opened:
            opened.add(node)
            node = up.get(node)
    stay = frozenset(folded) - opened
    index = {uid: i for i, uid in enumerate(order)}
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
    deepest = max(depth.values(), default=0)
    for level in range(deepest + 1):
        trial = {u for u, d in depth.items() if d <= level and expandable(u)} | best
        if trial == best:
            continue
        if not fits(trial):
            break
        best = trial
    # then single branches, the shallowest and smallest first, while the chart still fits
    size: dict[str, int] = {}
    for uid in sorted(depth, key=depth.__getitem__, reverse=True):
        size[uid] = 1 + sum(size[k] for k in forest.get(uid, ()))
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


@st.composite
def charts(draw):
    """A forest with cycles and missing parents now and then (tree_children breaks them)."""
    n = draw(st.integers(1, 60))
    parents: dict[str, str | None] = {}
    for i in range(n):
        kind = draw(st.sampled_from(["above", "above", "above", "above", "root", "any", "missing"]))
        if kind == "above" and i:
            parents[f"u{i}"] = f"u{draw(st.integers(0, i - 1))}"
        elif kind == "any":
            parents[f"u{i}"] = f"u{draw(st.integers(0, n - 1))}"
        else:
            parents[f"u{i}"] = None if kind != "missing" else "ghost"
    return parents


@settings(max_examples=300, deadline=None)
@given(charts(), st.floats(150, 3000), st.floats(100, 2500), st.sampled_from(["tb", "lr"]), st.data())
def test_the_c_level_passes_fold_as_the_plain_walk(parents, width, height, orientation, data):
    units = list(parents)
    keep = data.draw(st.lists(st.sampled_from(units), max_size=2))
    folded = data.draw(st.lists(st.sampled_from(units), max_size=3))
    staff = data.draw(st.lists(st.sampled_from(units), max_size=4))
    params = LayoutParams(orientation=orientation)
    args = (units, parents, width, height, params)
    assert folds_to_fit(*args, keep=keep, folded=folded, staff=staff) == plain_folds_to_fit(*args, keep=keep, folded=folded, staff=staff)
