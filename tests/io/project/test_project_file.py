"""The project file: round trip, determinism, atomic saves, and malformed input refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project import atomic
from orgdesigner.io.project.file_models import FORMAT_VERSION
from orgdesigner.io.project.project_file import (
    load_project,
    parse_project,
    project_bytes,
    save_project,
)


def test_round_trip_is_byte_identical(project, tmp_path: Path):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    first = path.read_bytes()
    save_project(load_project(path), path)
    assert path.read_bytes() == first
    assert (tmp_path / "p.orgd.bak").read_bytes() == first


def test_round_trip_of_a_synthetic_region_keeps_everything():
    project = synthetic_project(units=300, functions=40, assignments=2_000, scenarios=2)
    again = parse_project(project_bytes(project))
    assert again.scenarios["s1"].assignments == project.scenarios["s1"].assignments
    assert list(again.scenarios["s0"].units) == list(project.scenarios["s0"].units)
    assert again.scenarios["s0"].units["u5"] == project.scenarios["s0"].units["u5"]


def test_failed_save_leaves_the_old_file_intact(project, tmp_path: Path, monkeypatch):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    original = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    project.name = "Changed"
    with pytest.raises(OSError, match="No space"):
        save_project(project, path)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_without_permission_raises_and_keeps_the_old_file(project, tmp_path: Path, monkeypatch):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    original = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic, "_create_temporary", refuse)
    with pytest.raises(PermissionError):
        save_project(project, path)
    assert path.read_bytes() == original


def _valid(project) -> dict:
    return json.loads(project_bytes(project))


def _encoded(doc: dict) -> bytes:
    return json.dumps(doc).encode()


MALFORMED = {
    "not JSON": (b"this is not json", "not valid JSON"),
    "truncated": (None, "not valid JSON"),
    "not an object": (b"[1, 2]", "expected a JSON object"),
    "other format": (b'{"format": "x"}', "not an orgdesigner project"),
    "newer version": (None, "newer orgdesigner"),
    "wrong type": (None, "$.scenarios[0].units[0].name"),
    "unknown enum": (None, "$.scenarios[0].units[1].category"),
    "unknown field": (None, "$.project.colour"),
    "duplicate unit id": (None, "duplicate unit id 'best'"),
    "missing parent": (None, "parent 'ghost'"),
    "unknown function in assignments": (None, "unknown function 'nope'"),
    "unknown unit in assignments": (None, "unknown unit 'ghost'"),
    "unknown decision": (None, "unknown decision 'LS/9/9'"),
    "non-UTF-8": ("ÅÄÖ".encode("latin-1") + b"{}", "not UTF-8"),
    "deep nesting": (b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    "huge string": (None, "$.project.description"),
    "negative budget": (None, "$.scenarios[0].units[2].budget_sek"),
}


def _bytes_for(case: str, project) -> bytes:
    raw, _ = MALFORMED[case]
    if raw is not None:
        return raw
    doc = _valid(project)
    units = doc["scenarios"][0]["units"]
    if case == "truncated":
        return project_bytes(project)[:200]
    if case == "newer version":
        doc["format_version"] = FORMAT_VERSION + 1
    elif case == "wrong type":
        units[0]["name"] = 42
    elif case == "unknown enum":
        units[1]["category"] = "martian"
    elif case == "unknown field":
        doc["project"]["colour"] = "red"
    elif case == "duplicate unit id":
        units.append(dict(units[1]))
    elif case == "missing parent":
        units[3]["parent"] = "ghost"
    elif case == "unknown function in assignments":
        doc["scenarios"][0]["assignments"]["nope"] = {"delivery": {"hc1": "performs"}}
    elif case == "unknown unit in assignments":
        doc["scenarios"][0]["assignments"]["vv"]["delivery"]["ghost"] = "performs"
    elif case == "unknown decision":
        units[2]["decisions"] = ["LS/9/9"]
    elif case == "huge string":
        doc["project"]["description"] = "x" * 200_001
    elif case == "negative budget":
        units[2]["budget_sek"] = -1
    return _encoded(doc)


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_file_is_refused_with_a_clear_message(case, project, tmp_path: Path):
    path = tmp_path / "bad.orgd"
    data = _bytes_for(case, project)
    path.write_bytes(data)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = info.value.summary()
    assert message.startswith(str(path))
    assert MALFORMED[case][1] in message
    assert "\n" not in message
    assert path.read_bytes() == data  # reading never writes


def test_missing_file_names_the_file(tmp_path: Path):
    with pytest.raises(ProjectFileError, match="No such file"):
        load_project(tmp_path / "missing.orgd")


def test_older_versions_pass_through_migrations(project, monkeypatch):
    from orgdesigner.io.project import file_models, migrations

    doc = _valid(project)
    doc["format_version"] = FORMAT_VERSION - 1
    doc["project"]["title"] = doc["project"].pop("name")  # pretend the old format said "title"

    def rename_title(d):
        d["project"]["name"] = d["project"].pop("title")
        return d

    monkeypatch.setitem(migrations.MIGRATIONS, FORMAT_VERSION - 1, rename_title)
    assert file_models.FORMAT_VERSION == FORMAT_VERSION
    assert parse_project(_encoded(doc)).name == project.name


def test_a_version_3_file_opens_as_it_was_and_the_category_unknown_round_trips(project, tmp_path: Path):
    """Version 4 only allows the unit category `unknown`: a version-3 file migrates unchanged, and a
    unit of the new category saves and loads (a save never writes what a load refuses)."""
    from orgdesigner.model.enums import UnitCategory

    doc = _valid(project)
    doc["format_version"] = 3
    assert project_bytes(parse_project(_encoded(doc))) == project_bytes(project)
    scenario = next(iter(project.scenarios.values()))
    unit = next(iter(scenario.units.values()))
    unit.category = UnitCategory.UNKNOWN
    save_project(project, tmp_path / "p.orgd")
    again = load_project(tmp_path / "p.orgd")
    assert next(iter(again.scenarios.values())).units[unit.id].category is UnitCategory.UNKNOWN
    assert json.loads((tmp_path / "p.orgd").read_bytes())["format_version"] == FORMAT_VERSION >= 4


def test_published_schema_matches_the_validator():
    from orgdesigner.resources import resource_path
    from tests.io.project.tools_schema import current_schema_text

    assert resource_path("schema", "orgd.schema.json").read_text(encoding="utf-8") == current_schema_text()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(project, tmp_path: Path, monkeypatch):
    from orgdesigner.io.project import project_file

    path = tmp_path / "big.orgd"
    save_project(project, path)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(ProjectFileError, match="too large"):
        load_project(path)


def test_a_killed_save_leaves_a_temporary_file_that_the_next_save_removes(project, tmp_path: Path):
    import os
    import subprocess
    import sys

    path = tmp_path / "p.orgd"
    save_project(project, path)
    # A save killed with SIGKILL between writing and renaming: the child blocks in os.replace.
    child = subprocess.Popen([sys.executable, "-c", (
        "import os, sys, time\n"
        "from orgdesigner.io.project import atomic\n"
        "atomic.os.replace = lambda *a: (print('written', flush=True), time.sleep(60))\n"
        f"atomic.write_atomic(__import__('pathlib').Path({str(path)!r}), b'half')\n"
    )], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "written"
    child.kill()
    child.wait()
    stale = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(stale) == 1 and stale[0].name.startswith(".p.orgd.")
    os.utime(stale[0], (0, 0))  # from an earlier session
    other = tmp_path / ".other.orgd.abc.tmp"  # another project's: not ours to remove
    other.write_bytes(b"x")
    os.utime(other, (0, 0))
    save_project(project, path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == [other.name]
    assert load_project(path).name == project.name
