"""tree_children's short way (a child map that is already a forest is returned as it is) gives
what claiming it unit by unit gives, for any parent map: cycles, dangling parents, units listed
twice, parents outside the order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.layout.tree import _claimed, tree_children

ids = st.sampled_from([f"u{i}" for i in range(12)])


def claimed_the_long_way(order, parent_of):
    order = list(order)
    children: dict[str, list[str]] = {}
    roots = []
    for uid in order:
        parent = parent_of.get(uid)
        if parent is None or parent not in parent_of:
            roots.append(uid)
        else:
            children.setdefault(parent, []).append(uid)
    return _claimed(order, roots, children)


@settings(max_examples=500, deadline=None)
@given(st.lists(ids, max_size=14), st.dictionaries(ids, st.none() | ids | st.just("gone")))
def test_the_short_way_gives_the_claimed_forest(order, parent_of):
    for uid in order:
        parent_of.setdefault(uid, None)
    roots, forest, extra = tree_children(order, parent_of)
    assert (roots, forest, extra) == claimed_the_long_way(order, parent_of)


def test_a_tidy_tree_takes_the_short_way_and_a_cycle_the_long_one():
    order = ["a", "b", "c", "d"]
    tidy = {"a": None, "b": "a", "c": "a", "d": "c"}
    assert tree_children(order, tidy) == (["a"], {"a": ["b", "c"], "c": ["d"]}, [])
    looped = {"a": None, "b": "a", "c": "d", "d": "c"}
    assert tree_children(order, looped) == (["a", "c"], {"a": ["b"], "c": ["d"]}, ["c"])
