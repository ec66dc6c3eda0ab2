"""Nothing the application accepts can make a file it cannot read back: every edit, import and
template meets the loader's own limits (issue: a long name typed in Properties saved a file that
could not be reopened; 2**70 patients could not be saved at all; 1e400 loaded and saved as null)."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.exchange.import_units import UnitColumns, import_units
from orgdesigner.io.project.project_file import (
    load_project,
    parse_project,
    project_bytes,
    save_project,
)
from orgdesigner.model import Document, Unit, limits
from orgdesigner.model.commands import AddFunction, AddUnit, CommandError, SetUnitField
from orgdesigner.model.entities import Function
from tests.conftest import small_project


def test_a_name_longer_than_the_file_allows_is_refused_when_typed() -> None:
    doc = Document(small_project())
    with pytest.raises(CommandError, match="at most 500 characters"):
        SetUnitField("now", ["hc1"], "name", "x" * 501).apply(doc)
    SetUnitField("now", ["hc1"], "name", "x" * 500).apply(doc)  # the limit itself is fine
    assert parse_project(project_bytes(doc.project)).scenarios["now"].units["hc1"].name == "x" * 500


def test_added_units_and_functions_meet_the_same_limits() -> None:
    doc = Document(small_project())
    with pytest.raises(CommandError, match="at most 500 characters"):
        AddUnit("now", Unit("long", "y" * 600, parent_id="rs")).apply(doc)
    with pytest.raises(CommandError, match="at most 200 characters"):
        AddUnit("now", Unit("i" * 201, "Ok", parent_id="rs")).apply(doc)
    with pytest.raises(CommandError, match="at most 100000 characters"):
        AddFunction(Function("f", "F", description="z" * 100_001)).apply(doc)
    assert "long" not in doc.project.scenarios["now"].units


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("listed_patients", 2**70, "must be between 0 and 1000000000"),
    ("listed_patients", "12.5", "must be a whole number"),
    ("budget_sek", float("inf"), "must be a finite number"),
    ("budget_sek", "1e400", "must be a finite number"),
    ("budget_sek", -1, "must not be negative"),
    ("budget_sek", 2e15, "must be between 0 and"),
    ("staff_fte", float("nan"), "must be a finite number"),
])
def test_numbers_the_file_cannot_hold_are_refused(field: str, value: object, reason: str) -> None:
    doc = Document(small_project())
    with pytest.raises(CommandError, match=reason):
        SetUnitField("now", ["hc1"], field, value).apply(doc)


def test_a_value_that_slipped_past_the_commands_stops_the_save_with_a_message(tmp_path: Path) -> None:
    project = small_project()
    project.scenarios["now"].units["hc1"].listed_patients = 2**70  # written directly, no command
    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="cannot store"):
        save_project(project, path)
    assert path.read_bytes() == before  # the file on disk is untouched


@pytest.mark.parametrize("literal", ["1e400", "-1e400"])
def test_an_infinite_number_in_a_file_is_refused_not_read_as_null(tmp_path: Path, literal: str) -> None:
    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    text = path.read_text(encoding="utf-8").replace('"name": "Frösö hälsocentral",', f'"name": "Frösö hälsocentral", "budget_sek": {literal},')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert "infinity" in str(caught.value) and "line " in str(caught.value)


def test_an_import_row_beyond_the_limits_is_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text("id;parent;name;patients\nrs;;Regionstyrelsen;\n"
                    f"long;rs;{'n' * 501};\nmany;rs;Många;{10**12}\n", encoding="utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name", listed_patients="patients"))
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert "longer than 500 characters" in problems[3]
    assert "whole number from 0 to 1 000 000 000" in problems[4]
    assert list(result.units) == ["rs"]


names = st.text(min_size=0, max_size=700)
numbers = st.one_of(st.none(), st.integers(min_value=-5, max_value=2**80),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, budget=numbers, patients=numbers)
def test_whatever_an_edit_accepts_saves_and_reads_back(name: str, budget: object, patients: object) -> None:
    doc = Document(small_project())
    for field, value in (("name", name), ("budget_sek", budget), ("listed_patients", patients)):
        with contextlib.suppress(CommandError):
            SetUnitField("now", ["hc2"], field, value).apply(doc)
    unit = parse_project(project_bytes(doc.project)).scenarios["now"].units["hc2"]
    saved = doc.project.scenarios["now"].units["hc2"]
    assert unit == saved
    assert len(unit.name) <= limits.NAME_MAX
    assert unit.budget_sek is None or math.isfinite(unit.budget_sek)


def test_every_limit_reason_has_a_translatable_wording() -> None:
    from orgdesigner.ui.command_text import _reasons

    assert set(limits.REASONS) <= set(_reasons())
