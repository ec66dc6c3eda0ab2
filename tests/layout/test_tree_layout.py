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
@given(forests(), st.sampled_from(["tb", "lr"]), st.sets(st.integers(0, 59)))
def test_every_unit_is_placed_without_overlap(parents, orientation, staff):
    staff_ids = {f"u{i}" for i in staff}  # any units may be staff (support), leaves or not
    layout = layout_tree(list(parents), parents, params=LayoutParams(orientation=orientation), staff=staff_ids)
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


def test_staff_units_sit_on_a_staff_row_beside_the_manager_not_in_the_grid_of_its_units():
    """Three shared staff units under a group management with 17 hälsocentraler: the staff are
    laid out as a stab (either side of the manager's spine, between it and its units), the
    hälsocentraler in the stacked grid below; lines join the staff cards from the side."""
    parents: dict[str, str | None] = {"kl": None, **{f"hc{i}": "kl" for i in range(17)}, "utv": "kl", "kval": "kl", "hr": "kl"}
    staff = {"utv", "kval", "hr"}
    layout = layout_tree(list(parents), parents, staff=staff)
    w, h = layout.card_w, layout.card_h
    kx, ky = layout.positions["kl"]
    spine = kx + w / 2
    lowest_staff = max(layout.positions[s][1] for s in staff)
    for uid in staff:
        x, y = layout.positions[uid]
        assert y > ky + h  # below the manager …
        assert x + w < spine or x > spine  # … beside its spine, not under it
        # the line to a staff card reaches its side at half its height
        assert any(y1 == y2 == y + h / 2 and min(x1, x2) <= spine <= max(x1, x2)
                   for x1, y1, x2, y2 in layout.connectors["kl"])
    assert {layout.positions[s][0] < spine for s in staff} == {True, False}  # both sides
    assert all(layout.positions[f"hc{i}"][1] > lowest_staff + h for i in range(17))  # the units below the stab
    assert len({layout.positions[f"hc{i}"][0] for i in range(17)}) == 3  # still a grid of stacked columns
    assert overlaps(layout) == []
    plain = layout_tree(list(parents), parents)
    assert len({plain.positions[u][0] for u in parents if u != "kl"}) == 3  # without: staff in the grid


def test_a_manager_whose_children_are_all_staff_lays_them_out_as_its_line():
    parents = {"r": None, "a": "r", "b": "r"}
    assert layout_tree(list(parents), parents, staff={"a", "b"}) == layout_tree(list(parents), parents)
