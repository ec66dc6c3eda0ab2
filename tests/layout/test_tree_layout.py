"""The tidy tree layout: every unit placed, no overlaps, cycles and collapsing handled."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_project
from orgdesigner.layout.incremental import layout_tree
from orgdesigner.layout.tree import LEFT_RIGHT, LayoutParams


def overlaps(layout) -> list[tuple[str, str]]:
    w, h = layout.card_w, layout.card_h
    cells: dict[tuple[int, int], list[str]] = {}
    bad = []
    for uid, (x, y) in layout.positions.items():
        key = (int(x // w), int(y // h))
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in cells.get((key[0] + dx, key[1] + dy), []):
                    ox, oy = layout.positions[other]
                    if abs(ox - x) < w - 1e-6 and abs(oy - y) < h - 1e-6:
                        bad.append((uid, other))
        cells.setdefault(key, []).append(uid)
    return bad


@st.composite
def forests(draw):
    n = draw(st.integers(1, 60))
    parents = {}
    for i in range(n):
        parent = draw(st.one_of(st.none(), st.integers(0, n - 1)))
        parents[f"u{i}"] = None if parent is None else f"u{parent}"  # may form cycles
    return parents


@settings(max_examples=150, deadline=None)
@given(forests(), st.sampled_from(["tb", "lr"]))
def test_every_unit_is_placed_without_overlap(parents, orientation):
    layout = layout_tree(list(parents), parents, params=LayoutParams(orientation=orientation))
    assert set(layout.positions) == set(parents)
    assert overlaps(layout) == []
    for x, y in layout.positions.values():
        assert 0 <= x <= layout.width and 0 <= y <= layout.height


def test_parent_is_above_its_children_and_leaves_stack():
    parents = {"r": None, **{f"c{i}": "r" for i in range(6)}}
    layout = layout_tree(list(parents), parents)
    rx, ry = layout.positions["r"]
    xs = {layout.positions[f"c{i}"][0] for i in range(6)}
    assert all(layout.positions[f"c{i}"][1] > ry for i in range(6))
    assert len(xs) == 1  # six leaves form one stacked column, not a wide row
    assert layout.width < 2 * layout.card_w


def test_left_to_right_puts_children_to_the_right():
    parents = {"r": None, "a": "r", "b": "r"}
    layout = layout_tree(list(parents), parents, params=LayoutParams(orientation=LEFT_RIGHT))
    assert layout.positions["a"][0] > layout.positions["r"][0]
    assert layout.positions["a"][1] != layout.positions["b"][1]


def test_cycle_units_become_extra_roots():
    parents = {"r": None, "a": "b", "b": "a"}
    layout = layout_tree(list(parents), parents)
    assert layout.extra_roots == ["a"]
    assert set(layout.positions) == {"r", "a", "b"}


def test_collapsed_subtree_is_hidden_and_counted():
    project = synthetic_project(units=300, functions=1, assignments=0)
    s = project.scenarios["s0"]
    parents = {u.id: u.parent_id for u in s.units.values()}
    full = layout_tree(list(parents), parents)
    folded = layout_tree(list(parents), parents, collapsed={"u1"})
    below = len(s.subtree("u1")) - 1
    assert folded.hidden_counts == {"u1": below}
    assert len(folded.positions) == len(full.positions) - below
    assert overlaps(full) == []
