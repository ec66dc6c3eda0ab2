"""Opening a project checks that each assigned unit exists while it builds the assignments (the
lookup it does anyway), not in a second pass: the problems it reports, and their order, are still
exactly those `parse_file_model` (what diff and merge read) reports for the same file.

Units without dotted lines or decisions are looked at only when some parent is missing (a set
operation in C tells): the problems are those of looking at every unit.

Files are generated with references of every kind broken at random: parents, dotted lines,
decisions, functions followed up, assignments to units and functions that do not exist.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project import fast_file
from orgdesigner.io.project.codec import project_from_model
from orgdesigner.io.project.project_file import parse_file_model, parse_project
from orgdesigner.io.project.references import unit_problems

_known = ["a", "b", "c"]
_any_id = st.sampled_from([*_known, "ghost"])


@st.composite
def _files(draw: st.DrawFn) -> bytes:
    decisions = draw(st.lists(st.sampled_from(["d1", "d2"]), max_size=2))
    functions = draw(st.lists(st.sampled_from(["f1", "f2"]), min_size=1, max_size=2))
    scenarios = []
    for si in range(draw(st.integers(1, 2))):
        units = draw(st.lists(st.sampled_from(_known), min_size=1, max_size=3))
        scenarios.append({
            "id": f"s{si}", "name": f"S{si}",
            "units": [{"id": u, "name": u, "parent": draw(st.none() | _any_id),
                       "dotted": [{"to": t} for t in draw(st.lists(_any_id, max_size=2))],
                       "decisions": draw(st.lists(st.sampled_from(["d1", "d2", "d9"]), max_size=2))}
                      for u in units],
            "assignments": {f: {"delivery": {u: "performs" for u in draw(st.lists(_any_id, max_size=3))}}
                            for f in draw(st.lists(st.sampled_from(["f1", "f2", "f9"]), max_size=2))},
        })
    document: dict[str, Any] = {
        "format": "orgdesigner-project", "format_version": 6, "project": {"name": "x"},
        "functions": [{"id": f, "name": f, "follows_up": draw(st.none() | st.sampled_from(["f1", "f9"]))} for f in functions],
        "decisions": [{"id": d, "title": d} for d in decisions],
        "scenarios": scenarios,
    }
    return orjson.dumps(document)


def _problems(read: Any, data: bytes) -> list[tuple[str, str]] | None:
    try:
        read(data)
    except ProjectFileError as exc:
        return [(p.where, p.message) for p in exc.problems]
    return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_files())
def test_opening_reports_the_reference_problems_the_file_model_does(data: bytes) -> None:
    opened = _problems(parse_project, data)
    assert opened == _problems(parse_file_model, data)
    if opened is None:  # and the project is the one built from the checked model
        assert parse_project(data) == project_from_model(parse_file_model(data))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_files())
def test_the_units_passed_over_have_no_broken_reference(data: bytes) -> None:
    """Units without dotted lines or decisions are looked at only when some parent is missing."""
    model = fast_file.decode(data)
    assert model is not None
    decisions = {d.id for d in model.decisions}
    for scenario in model.scenarios:
        units = {u.id for u in scenario.units}
        fast = unit_problems(scenario.units, units, decisions, "$")
        assert fast == unit_problems(scenario.units, units, decisions, "$", every=True)
