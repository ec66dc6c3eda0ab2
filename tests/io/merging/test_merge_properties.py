"""Properties of the three-way merge over random edit sequences from one base (the command
strategy of the undo tests, tests/strategies.py):

- two sequences touching disjoint entities merge cleanly to exactly what applying both gives;
- for any two sequences nothing is lost: every value a side changed is in the result or in a
  conflict record, and the result loads with its references whole and no new reporting loop.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import command_for

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.merging.flat import Flat, Key, flatten, references
from orgdesigner.io.merging.merge import merge_projects
from orgdesigner.io.project.codec import project_to_json
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document, Project
from orgdesigner.model.commands import CommandError

BASE = synthetic_project(units=12, functions=4, assignments=20, scenarios=2, seed=7)
BASE_BYTES = project_bytes(BASE)


def fresh() -> Project:
    return parse_project(BASE_BYTES)


def edit(data: st.DataObject, doc: Document, first: int, most: int) -> list[Any]:
    applied = []
    for n in range(first, first + data.draw(st.integers(1, most))):
        command = data.draw(command_for(doc, n))
        try:
            command.apply(doc)
        except CommandError:
            continue
        applied.append(command)
    return applied


def flat(project: Project) -> Flat:
    return flatten(project_to_json(project))


def changed(base: Flat, side: Flat) -> set[Key]:
    return {k for k in base.keys() | side.keys() if base.get(k) != side.get(k)}


def footprint(base: Flat, side: Flat) -> set[Key]:
    """Changed entries and every entity they point at, before and after (the scenario aside:
    editing a unit and renaming its scenario do not interfere)."""
    keys = changed(base, side)
    out = set(keys)
    for k in keys:
        for version in (base.get(k), side.get(k)):
            if version is not None:
                out.update(r for r in references(k, version) if r[0] != "scenario")
    return out


def deleted_scenarios(base: Flat, side: Flat) -> set[str]:
    return {k[1] for k in base if k[0] == "scenario" and k not in side}


def scenarios_touched(base: Flat, side: Flat) -> set[str]:
    """Scenarios in which a side changed something (units, roles and acknowledged findings carry
    their scenario id: a finding acknowledged in a scenario the other side deleted is a reference
    conflict, rightly)."""
    return {k[1] for k in changed(base, side) if k[0] in ("unit", "role", "ack")}


def loops(f: Flat) -> set[Key]:
    out = set()
    for key, unit in f.items():
        if key[0] != "unit":
            continue
        seen, parent = {key[2]}, unit.get("parent")
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = (f.get(("unit", key[1], parent)) or {}).get("parent")
        if parent == key[2]:
            out.add(key)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_disjoint_edits_merge_to_both_applied(data):
    ours, theirs = Document(fresh()), Document(fresh())
    edit(data, ours, 0, 4)
    edit(data, theirs, 100, 4)
    b, o, t = flat(BASE), flat(ours.project), flat(theirs.project)
    assume(not footprint(b, o) & footprint(b, t))
    # deleting a scenario interferes with any change inside it (the merge rightly restores it)
    assume(not deleted_scenarios(b, o) & scenarios_touched(b, t))
    assume(not deleted_scenarios(b, t) & scenarios_touched(b, o))
    result = merge_projects(BASE, ours.project, theirs.project)
    assert result.clean, result.new_conflicts
    # Both sides' net changes on the base. (Replaying their commands on ours would not do: a
    # command that sets a field back to its base value changes nothing in their file, so it must
    # not undo what ours changed.)
    expected = dict(b)
    for side in (o, t):
        for key in changed(b, side):
            if key in side:
                expected[key] = side[key]
            else:
                expected.pop(key, None)
    assert flat(result.project) == expected


def covered(conflicts, key: Key, field: str | None) -> bool:
    for c in conflicts:
        if c.entity == key and (field is None or c.field in (None, field)):
            return True
        if c.entity[0] == "scenario" and c.kind == "reference" and len(key) > 2 and key[1] == c.entity[1]:
            return True  # a restored scenario comes back whole
    return False


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_nothing_is_lost_and_the_result_loads(data):
    ours, theirs = Document(fresh()), Document(fresh())
    edit(data, ours, 0, 6)
    # half the time theirs starts with the same first edits' ids, so both sides touch the same entities
    edit(data, theirs, data.draw(st.sampled_from([0, 100])), 6)
    b, o, t = flat(BASE), flat(ours.project), flat(theirs.project)
    result = merge_projects(BASE, ours.project, theirs.project)
    m = flat(result.project)
    for side in (o, t):
        for key in changed(b, side):
            want, got = side.get(key), m.get(key)
            if want == got:
                continue
            if isinstance(want, dict) and isinstance(got, dict) and key in b:
                for field in want.keys() | b[key].keys():
                    if want.get(field) != b[key].get(field) and got.get(field) != want.get(field):
                        assert covered(result.new_conflicts, key, field), (key, field, want.get(field), got.get(field))
            else:
                assert covered(result.new_conflicts, key, None), (key, want, got)
    # what a merge writes loads again, reference checks included, with the conflicts it recorded
    again = parse_project(project_bytes(result.project))
    assert again.conflicts == result.project.conflicts
    assert loops(m) <= loops(o) | loops(t)
