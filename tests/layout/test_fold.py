"""Which branches a fitted chart folds (layout.fold): the chart fits, the kept units show, the
planner's folds stay, and the deepest levels go first."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_project
from orgdesigner.layout.fold import folds_to_fit
from orgdesigner.layout.incremental import layout_tree
from orgdesigner.layout.tree import LayoutParams


@st.composite
def trees(draw):
    n = draw(st.integers(1, 80))
    parents: dict[str, str | None] = {"u0": None}
    for i in range(1, n):
        parent = draw(st.one_of(st.none(), st.integers(0, i - 1)))  # a forest; cycles are layout's
        parents[f"u{i}"] = None if parent is None else f"u{parent}"
    return parents


def shown(parents: dict[str, str | None], collapsed: frozenset[str]) -> set[str]:
    return set(layout_tree(list(parents), parents, collapsed).positions)


@settings(max_examples=150, deadline=None)
@given(trees(), st.floats(200, 4000), st.floats(100, 3000), st.sampled_from(["tb", "lr"]))
def test_the_folded_chart_fits_the_area_and_shows_more_where_it_can(parents, width, height, orientation):
    params = LayoutParams(orientation=orientation)
    found = folds_to_fit(list(parents), parents, width, height, params)
    layout = layout_tree(list(parents), parents, found.collapsed, params)
    if found.fits:
        assert layout.width <= width and layout.height <= height
    children = {p for p in parents.values() if p is not None}
    assert found.collapsed <= children  # only units with something below fold
    assert found.collapsed <= set(layout.positions)  # a fold is a card, not hidden inside another
    if found.fits and found.collapsed:  # unfolding any folded card alone no longer fits
        for uid in found.collapsed:
            bigger = layout_tree(list(parents), parents, found.collapsed - {uid}, params)
            assert bigger.width > width or bigger.height > height


def test_the_deepest_level_folds_first_and_a_chart_that_fits_keeps_everything():
    parents = {"r": None, "a": "r", "b": "r", **{f"a{i}": "a" for i in range(12)}, **{f"b{i}": "b" for i in range(12)},
               **{f"a0x{i}": "a0" for i in range(3)}}
    whole = layout_tree(list(parents), parents)
    assert folds_to_fit(list(parents), parents, whole.width, whole.height).collapsed == frozenset()
    found = folds_to_fit(list(parents), parents, whole.width - 1, whole.height)
    assert found.fits and found.collapsed == {"a0"}  # only the deepest branch folds
    top = folds_to_fit(list(parents), parents, 3 * 176, 3 * 62 + 2 * 46)
    assert top.fits and top.collapsed == {"a", "b"}  # a level up: names stay, detail goes


def test_kept_units_stay_shown_and_the_planners_folds_stay_folded():
    parents = {"r": None, **{f"m{i}": "r" for i in range(4)}, **{f"m{i}c{j}": f"m{i}" for i in range(4) for j in range(10)}}
    found = folds_to_fit(list(parents), parents, 900, 500, keep=["m2c7"])
    assert "m2c7" in shown(parents, found.collapsed)
    found = folds_to_fit(list(parents), parents, 10_000, 10_000, folded=["m1"])
    assert found.collapsed == {"m1"}


def test_too_small_an_area_gives_the_least_detail_and_says_so():
    parents = {f"r{i}": None for i in range(30)} | {"c": "r0"}
    found = folds_to_fit(list(parents), parents, 300, 100)
    assert not found.fits and found.collapsed == {"r0"}


def test_fifty_thousand_units_fold_to_a_screenful():
    scenario = next(iter(synthetic_project(units=50_000, functions=1, assignments=0).scenarios.values()))
    parents = {uid: unit.parent_id for uid, unit in scenario.units.items()}
    found = folds_to_fit(list(parents), parents, 2000, 1000)
    cards = shown(parents, found.collapsed)
    assert found.fits and 10 < len(cards) < 200
