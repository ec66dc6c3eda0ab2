"""Three-way merge of projects: what merges silently, and each kind of conflict kept in the file."""

from __future__ import annotations

import json

from orgdesigner.io.merging.merge import merge_projects
from orgdesigner.io.merging.merge_report import render_conflicts
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document, Project, Responsibility, Role, Unit
from orgdesigner.model.commands import AddUnit, MoveUnit, RemoveUnits, SetRoles, SetUnitField
from tests.conftest import EXAMPLE

S = "nulage-2017"


def example() -> Project:
    return parse_project(EXAMPLE.read_bytes())


def sides(ours_edits, theirs_edits) -> tuple[Project, Project, Project]:
    base, ours, theirs = example(), Document(example()), Document(example())
    for command in ours_edits:
        command.apply(ours)
    for command in theirs_edits:
        command.apply(theirs)
    return base, ours.project, theirs.project


def test_changes_to_different_fields_and_entities_merge_silently():
    base, ours, theirs = sides(
        [SetUnitField(S, ["best"], "name", "Beställarenheten"), MoveUnit(S, "digi", "best")],
        [SetUnitField(S, ["best"], "notes", "Ny chef 2018"), AddUnit(S, Unit("ny", "Ny enhet", parent_id="hsd"))],
    )
    result = merge_projects(base, ours, theirs)
    assert result.clean
    units = result.project.scenarios[S].units
    assert (units["best"].name, units["best"].notes) == ("Beställarenheten", "Ny chef 2018")
    assert units["digi"].parent_id == "best" and units["ny"].parent_id == "hsd"


def test_the_same_field_changed_two_ways_is_a_conflict_holding_ours_and_both_values():
    base, ours, theirs = sides([SetUnitField(S, ["best"], "name", "Vår")], [SetUnitField(S, ["best"], "name", "Deras")])
    result = merge_projects(base, ours, theirs, "anna", "bertil")
    [c] = result.new_conflicts
    assert (c.kind, c.entity, c.field, c.ours, c.theirs, c.ours_label, c.theirs_label) == (
        "field", ("unit", S, "best"), "name", "Vår", "Deras", "anna", "bertil")
    assert result.project.scenarios[S].units["best"].name == "Vår"
    again = parse_project(project_bytes(result.project))
    assert again.conflicts == [c]
    assert "Vår" in render_conflicts(again, again.conflicts) and "Deras" in render_conflicts(again, again.conflicts)


def test_two_moves_that_close_a_loop_are_a_conflict_and_the_file_has_no_loop():
    base = example()
    units = base.scenarios[S].units
    x, y = "best", "digi"
    assert units[x].parent_id == units[y].parent_id  # siblings: either may go under the other
    base, ours, theirs = sides([MoveUnit(S, x, y)], [MoveUnit(S, y, x)])
    result = merge_projects(base, ours, theirs)
    [c] = result.new_conflicts
    assert (c.kind, c.entity, c.field, c.ours, c.theirs) == ("cycle", ("unit", S, y), "parent", units[y].parent_id, x)
    merged = result.project.scenarios[S]
    assert merged.units[x].parent_id == y
    assert y not in merged.ancestors(y)


def test_a_role_for_a_unit_the_other_side_deleted_restores_the_unit_as_a_conflict():
    base = example()
    leaf = next(u for u in base.scenarios[S].units if not base.scenarios[S].children(u))
    fid = next(f for f in base.functions if (leaf, f, Responsibility.ORDERING) not in base.scenarios[S].assignments)
    base, ours, theirs = sides(
        [RemoveUnits(S, [leaf])],
        [SetRoles(S, [((leaf, fid, Responsibility.ORDERING), Role.INFORMED)])],
    )
    result = merge_projects(base, ours, theirs)
    kinds = {(c.kind, c.entity) for c in result.new_conflicts}
    assert ("reference", ("unit", S, leaf)) in kinds
    merged = result.project.scenarios[S]
    assert leaf in merged.units
    assert merged.assignments[(leaf, fid, Responsibility.ORDERING)] is Role.INFORMED


def test_a_unit_deleted_on_one_side_and_renamed_on_the_other_is_kept_with_a_conflict():
    base = example()
    leaf = next(u for u in base.scenarios[S].units if not base.scenarios[S].children(u))
    base, ours, theirs = sides([SetUnitField(S, [leaf], "name", "Kvar")], [RemoveUnits(S, [leaf])])
    result = merge_projects(base, ours, theirs)
    assert [(c.kind, c.entity) for c in result.new_conflicts] == [("deleted", ("unit", S, leaf))]
    assert result.project.scenarios[S].units[leaf].name == "Kvar"


def test_merging_identical_edits_changes_nothing():
    base, ours, theirs = sides([SetUnitField(S, ["best"], "name", "Samma")], [SetUnitField(S, ["best"], "name", "Samma")])
    result = merge_projects(base, ours, theirs)
    assert result.clean and project_bytes(result.project) == project_bytes(ours)


def test_conflict_records_are_format_2_and_a_version_1_file_has_none():
    data = json.loads(EXAMPLE.read_bytes())
    assert "conflicts" not in data  # a file without conflicts never mentions them
    data["format_version"] = 1
    assert parse_project(json.dumps(data).encode()).conflicts == []


def test_flattening_a_project_directly_equals_flattening_its_file():
    from benchmarks.synthetic import synthetic_project
    from orgdesigner.io.merging.flat import flatten, flatten_project, unflatten
    from orgdesigner.io.project.codec import project_to_json

    for project in (example(), synthetic_project(units=60, functions=6, assignments=150, scenarios=2, seed=3)):
        doc = json.loads(project_bytes(project))
        assert flatten_project(project) == flatten(doc) == flatten(project_to_json(project))
        back = unflatten(flatten(doc), {"format": doc["format"], "format_version": doc["format_version"]})
        assert project_bytes(parse_project(json.dumps(back).encode())) == project_bytes(project)


def test_flattening_the_file_model_equals_flattening_the_project():
    from benchmarks.synthetic import synthetic_project
    from orgdesigner.io.merging.flat import flatten_model, flatten_project
    from orgdesigner.io.project.project_file import parse_file_model

    for project in (example(), synthetic_project(units=60, functions=6, assignments=150, scenarios=2, seed=3)):
        assert flatten_model(parse_file_model(project_bytes(project))) == flatten_project(project)


def test_merge_files_equals_merge_projects(tmp_path):
    from orgdesigner.io.merging.merge import merge_files
    from orgdesigner.io.project.project_file import save_project

    projects = sides([SetUnitField(S, ["best"], "name", "Vår"), MoveUnit(S, "digi", "best")],
                     [SetUnitField(S, ["best"], "name", "Deras"), MoveUnit(S, "best", "digi")])
    paths = []
    for name, project in zip(("base", "ours", "theirs"), projects, strict=True):
        paths.append(tmp_path / f"{name}.orgd")
        save_project(project, paths[-1])
    a, b = merge_files(*paths), merge_projects(*projects)
    assert project_bytes(a.project) == project_bytes(b.project) and a.new_conflicts == b.new_conflicts
