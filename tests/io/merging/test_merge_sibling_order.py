"""Sibling order after a merge: both sides reorder or add children under the same parent (the
window's own commands: a move under the same parent makes a unit the last child, a new unit
may be inserted at a place). Every child is kept, each side's own order survives where the
other side did not reorder, ours' additions come before theirs' at the same place, and the
order is decided parent by parent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.io.merging.merge import merge_projects
from orgdesigner.io.merging.merge_order import merge_siblings
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document, Project, Scenario, Unit
from orgdesigner.model.commands import AddUnit, MoveUnit
from orgdesigner.model.enums import StructureType

PARENTS = ("p", "q")


def base_project() -> Project:
    project = Project("Syskon")
    scenario = Scenario("s", "Nu", structure=StructureType.LINE)
    scenario.units["top"] = Unit("top", "Topp")
    for parent in PARENTS:
        scenario.units[parent] = Unit(parent, parent.upper(), parent_id="top")
        for i in range(4):
            uid = f"{parent}{i}"
            scenario.units[uid] = Unit(uid, uid, parent_id=parent)
    project.scenarios["s"] = scenario
    return parse_project(project_bytes(project))


BASE_BYTES = project_bytes(base_project())

# an edit: ("last", parent, i): child i of the parent (as it stands) becomes the last child;
# ("add", parent, place): a new child inserted before the parent's child at `place` (or last)
edits = st.lists(
    st.one_of(
        st.tuples(st.just("last"), st.sampled_from(PARENTS), st.integers(0, 9)),
        st.tuples(st.just("add"), st.sampled_from(PARENTS), st.integers(0, 9)),
    ),
    max_size=5,
)


def children(project: Project, parent: str) -> list[str]:
    return [u.id for u in project.scenarios["s"].units.values() if u.parent_id == parent]


def side(steps: list[tuple[str, str, int]], tag: str) -> Project:
    doc = Document(parse_project(BASE_BYTES))
    for n, (what, parent, i) in enumerate(steps):
        kids = children(doc.project, parent)
        if what == "last":
            MoveUnit("s", kids[i % len(kids)], parent).apply(doc)
        else:
            order = list(doc.project.scenarios["s"].units)
            index = order.index(kids[i]) if i < len(kids) else None
            AddUnit("s", Unit(f"{tag}{n}", f"{tag}{n}", parent_id=parent), index).apply(doc)
    return doc.project


def is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(x in it for x in small)


def reordered(side_kids: list[str], base_kids: list[str]) -> bool:
    return [k for k in side_kids if k in base_kids] != [k for k in base_kids if k in side_kids]


@settings(max_examples=150, deadline=None)
@given(edits, edits)
def test_both_sides_children_are_kept_in_a_sensible_order(ours_steps, theirs_steps):
    base = parse_project(BASE_BYTES)
    ours, theirs = side(ours_steps, "o"), side(theirs_steps, "t")
    result = merge_projects(base, ours, theirs)
    assert result.clean
    again = merge_projects(base, ours, theirs)
    assert project_bytes(again.project) == project_bytes(result.project)  # deterministic
    for parent in PARENTS:
        b, o, t = children(base, parent), children(ours, parent), children(theirs, parent)
        merged = children(result.project, parent)
        assert sorted(merged) == sorted(set(o) | set(t))  # both sides' insertions kept
        if o == b:
            assert merged == t  # only theirs touched this parent: exactly their order
        if t == b:
            assert merged == o
        if not reordered(t, b):
            assert is_subsequence(o, merged)  # ours' order survives
        if not reordered(o, b):
            assert is_subsequence(t, merged)  # theirs too, where ours kept the order
        if not reordered(t, b) or reordered(o, b):
            assert [k for k in merged if k in b] == [k for k in o if k in b]  # ours' order of the old ones
        else:
            assert [k for k in merged if k in b] == [k for k in t if k in b]  # only theirs reordered


def test_additions_after_the_same_sibling_put_ours_first():
    assert merge_siblings(["a", "x", "b"], ["a", "y", "b"], ["a", "b"]) == ["a", "x", "y", "b"]
    assert merge_siblings(["x", "a", "b"], ["y", "a", "b"], ["a", "b"]) == ["x", "y", "a", "b"]
    # theirs alone reordered: their order, ours' addition after the sibling it follows in ours
    assert merge_siblings(["a", "x", "b"], ["b", "a"], ["a", "b"]) == ["b", "a", "x"]


def test_reorders_under_different_parents_are_both_kept():
    base = parse_project(BASE_BYTES)
    ours, theirs = side([("last", "p", 0)], "o"), side([("last", "q", 1)], "t")
    merged = merge_projects(base, ours, theirs).project
    assert children(merged, "p") == ["p1", "p2", "p3", "p0"]
    assert children(merged, "q") == ["q0", "q2", "q3", "q1"]
