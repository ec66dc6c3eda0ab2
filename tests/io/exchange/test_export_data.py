"""XLSX, CSV and GraphML exports re-read with pandas/networkx equal the model; formulas are
neutralised; an exported workbook imports back to the same units and assignments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.exchange._cells import escape_text, unescape_text
from orgdesigner.io.exchange.export_csv import write_csv
from orgdesigner.io.exchange.export_graphml import write_graphml
from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.import_assignments import import_assignments
from orgdesigner.io.exchange.import_units import (
    UnitColumns,
    guess_unit_columns,
    import_units,
    read_table,
)
from orgdesigner.io.exchange.tables import matrix_table, units_table
from orgdesigner.io.project.project_file import load_project
from orgdesigner.io.words._words import word
from orgdesigner.model import DottedLine, Unit
from tests.conftest import EXAMPLE, small_project

OLD_COLUMNS = UnitColumns(  # the identifiers exports wrote before the plain headers
    "id", "parent_id", "name", "category", "form", "budget_sek", "staff_fte", "listed_patients",
    "authorities", "decisions", "notes", "dotted_parents",
)


def _all_columns(path: Path) -> UnitColumns:
    """The mapping the import dialog guesses from the exported header: every column found."""
    guessed = guess_unit_columns(read_table(path, None, prefer="units").header)
    assert all(guessed.values()), guessed
    return UnitColumns(**guessed)  # type: ignore[arg-type]  # the guess is typed str | None; asserted all found just above


def _frame_by_id(frame: pd.DataFrame, table) -> pd.DataFrame:
    """A re-read table addressed by the column identifiers (its header row is plain words)."""
    assert [unescape_text(c) for c in frame.columns] == table.header_row()  # escaped like any cell
    return frame.set_axis(table.columns, axis=1)


def _bare_lines(units):
    """The units as the units table carries them: dotted lines by target and kind (their notes
    and decision references travel in the project file and GraphML)."""
    return {uid: replace(u, dotted_lines=tuple(DottedLine(x.target_id, x.kind) for x in u.dotted_lines))
            for uid, u in units.items()}


def _projects():
    projects = [small_project(), synthetic_project(units=120, functions=15, assignments=600)]
    if EXAMPLE.exists():
        projects.append(load_project(EXAMPLE))
    return projects


def _hostile(project):
    """Names a spreadsheet would run as formulas, and other awkward text."""
    scenario = next(iter(project.scenarios.values()))
    ids = list(scenario.units)
    scenario.units[ids[1]].name = '=HYPERLINK("http://evil","x")'
    scenario.units[ids[2]].name = "+46 63 14 20 00"
    scenario.units[ids[-1]].notes = "@SUM(A1)\tand a tab"
    return project


def _expect_units(scenario, lang="sv") -> dict[str, list]:
    """Column -> values, straight from the model."""
    units = list(scenario.units.values())
    return {
        "id": [u.id for u in units],
        "parent_id": [u.parent_id for u in units],
        "name": [u.name for u in units],
        "category": [word(u.category, lang) for u in units],
        "form": [word(u.form, lang) for u in units],
        "budget_sek": [u.budget_sek for u in units],
    }


def _values(series: pd.Series) -> list:
    return [None if pd.isna(v) else v for v in series]


def _unescape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.map(lambda v: unescape_text(v) if isinstance(v, str) else v)


@pytest.mark.parametrize("project", _projects(), ids=lambda p: p.name[:20])
def test_xlsx_reread_with_pandas_equals_the_model(project, tmp_path: Path):
    project = _hostile(project)
    scenario = next(iter(project.scenarios.values()))
    path = tmp_path / "out.xlsx"
    write_xlsx([units_table(scenario), matrix_table(project, scenario)], path)
    table, matrix_ids = units_table(scenario), matrix_table(project, scenario)
    units = _unescape_frame(_frame_by_id(pd.read_excel(path, sheet_name="Enheter", dtype=str), table))
    units["budget_sek"] = [None if pd.isna(v) else float(v) for v in units["budget_sek"]]
    expected = _expect_units(scenario)
    for column, values in expected.items():
        got = _values(units[column])
        if column == "budget_sek":
            got = [None if v is None else float(v) for v in got]
        assert got == values, column
    matrix = _frame_by_id(pd.read_excel(path, sheet_name="Ansvarsmatris", dtype=str), matrix_ids)
    roles = {}
    for _, row in matrix.iterrows():
        for uid in matrix.columns[3:]:
            if isinstance(row[uid], str):
                roles[(uid, row["function_id"], row["responsibility"])] = row[uid]
    assert roles == {(k.unit_id, k.function_id, word(k.responsibility, "sv")): word(r, "sv")
                     for k, r in scenario.assignments.items()}


def test_xlsx_never_holds_a_formula(tmp_path: Path):
    project = _hostile(small_project())
    scenario = project.scenarios["now"]
    path = tmp_path / "out.xlsx"
    write_xlsx([units_table(scenario)], path)
    sheet = load_workbook(path)["Enheter"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    names = [c.value for c in sheet["C"]]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in names and "'+46 63 14 20 00" in names


@given(st.text(max_size=20))
def test_the_escape_is_reversible_and_disarms(text: str):
    escaped = escape_text(text)
    assert unescape_text(escaped) == text
    assert not escaped or escaped[0] not in "=+-@\t\r"
    trimmed = escaped.lstrip()  # as LibreOffice's "trim spaces" import option reads it
    assert not trimmed or trimmed[0] not in "=+-@\t\r"


@pytest.mark.parametrize("text", [" =1+1", "  +46 63", "\u00a0@SUM(A1)", " -x"])
def test_a_formula_after_leading_spaces_is_escaped_in_csv_and_xlsx(tmp_path: Path, text: str):
    from orgdesigner.io.exchange._tabular import read_table

    project = small_project()
    project.scenarios["now"].units["hc1"].name = text
    table = units_table(project.scenarios["now"])
    xlsx = tmp_path / "out.xlsx"
    write_xlsx([table], xlsx)
    names = [c.value for c in load_workbook(xlsx)["Enheter"]["C"]]
    assert "'" + text in names
    csv = write_csv([table], tmp_path / "out.csv", sep=";")[0]
    assert ";'" + text + ";" in csv.read_text(encoding="utf-8-sig")
    assert text in [row[2] for row in read_table(xlsx).rows]  # and it imports back unchanged
    assert text in [row[2] for row in read_table(csv).rows]


@pytest.mark.parametrize("sep", [",", ";"])
def test_csv_reread_with_pandas_equals_the_model(sep: str, tmp_path: Path):
    project = _hostile(synthetic_project(units=60, functions=8, assignments=200))
    scenario = project.scenarios["s0"]
    project.scenarios["s0"].units["u3"].budget_sek = 1234.5
    written = write_csv([units_table(scenario), matrix_table(project, scenario)], tmp_path / "plan.csv", sep=sep)
    assert [p.name for p in written] == ["plan-units.csv", "plan-matrix.csv"]
    assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")
    decimal = "," if sep == ";" else "."
    units = pd.read_csv(written[0], sep=sep, decimal=decimal, encoding="utf-8-sig",
                        dtype={"Id": str, "Överordnad (id)": str, "Namn": str})
    units = _unescape_frame(_frame_by_id(units, units_table(scenario)))
    expected = _expect_units(scenario)
    for column, values in expected.items():
        got = _values(units[column])
        if column == "budget_sek":
            got = [None if v is None else float(v) for v in got]
        assert got == values, column
    assert units.loc[units["id"] == "u3", "budget_sek"].item() == 1234.5
    matrix = pd.read_csv(written[1], sep=sep, encoding="utf-8-sig", dtype=str)
    cells = matrix.iloc[:, 3:].notna().to_numpy().sum()
    assert cells == len(scenario.assignments)


def test_one_table_goes_to_exactly_the_path(tmp_path: Path):
    scenario = small_project().scenarios["now"]
    written = write_csv([units_table(scenario)], tmp_path / "units.csv")
    assert written == [tmp_path / "units.csv"]


@pytest.mark.parametrize("project", _projects(), ids=lambda p: p.name[:20])
def test_graphml_has_the_same_nodes_and_edges(project, tmp_path: Path):
    scenario = next(iter(project.scenarios.values()))
    path = tmp_path / "org.graphml"
    write_graphml(project, scenario, path)
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == set(scenario.units)
    expected_edges = {(u.parent_id, u.id) for u in scenario.units.values() if u.parent_id}
    assert {(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == "reports_to"} == expected_edges
    dotted = {(u.id, x.target_id) for u in scenario.units.values() for x in u.dotted_lines}
    assert {(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == "dotted"} == dotted
    for uid, unit in scenario.units.items():
        attrs = graph.nodes[uid]
        assert attrs["name"] == unit.name and attrs["category"] == unit.category.value
        assert all(isinstance(v, str | int | float) for v in attrs.values())
        held = sum(1 for k in scenario.assignments if k.unit_id == uid)
        assert sum(attrs[r] for r in ("accountable", "performs", "consulted", "informed")) == held


def test_graphml_of_a_subtree(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    path = tmp_path / "pv.graphml"
    write_graphml(project, scenario, path, scenario.subtree("pv"))
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == {"pv", "hc1", "hc2"} and set(graph.edges) == {("pv", "hc1"), ("pv", "hc2")}


@pytest.mark.parametrize("project", _projects(), ids=lambda p: p.name[:20])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_xlsx_export_then_import_gives_back_units_and_assignments(project, lang: str, tmp_path: Path):
    project = _hostile(project)
    scenario = next(iter(project.scenarios.values()))
    path = tmp_path / "round.xlsx"
    write_xlsx([units_table(scenario, lang), matrix_table(project, scenario, lang)], path)
    units = import_units(path, _all_columns(path))
    assert units.ok, units.bad_rows[:3]
    assert units.units == _bare_lines(scenario.units)
    assert list(units.units) == list(scenario.units)
    assignments = import_assignments(path, units.units, project.functions)
    assert assignments.ok and assignments.layout == "wide"
    assert not assignments.new_functions
    assert {k: r for k, r in assignments.roles.items() if r is not None} == scenario.assignments


def test_csv_export_then_import_gives_back_units(tmp_path: Path):
    project = _hostile(small_project())
    scenario = project.scenarios["now"]
    scenario.units["hc1"].budget_sek = 2500000.75
    written = write_csv([units_table(scenario), matrix_table(project, scenario)], tmp_path / "p.csv", sep=";")
    units = import_units(written[0], _all_columns(written[0]))
    assert units.ok and units.units == _bare_lines(scenario.units)
    roles = import_assignments(written[1], units.units, project.functions).roles
    assert {k: r for k, r in roles.items() if r is not None} == scenario.assignments


def test_a_unit_with_an_odd_id_survives(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["-1"] = Unit("-1", "'quoted", parent_id="rs")
    path = tmp_path / "odd.xlsx"
    write_xlsx([units_table(scenario), matrix_table(project, scenario)], path)
    units = import_units(path, _all_columns(path))
    assert units.units["-1"].name == "'quoted"


def test_a_huge_matrix_is_written_in_long_form_and_still_imports(monkeypatch, tmp_path: Path):
    import orgdesigner.io.exchange.tables as tables

    monkeypatch.setattr(tables, "MATRIX_WIDE_CELLS_MAX", 50)
    project = synthetic_project(units=40, functions=10, assignments=150)
    scenario = project.scenarios["s0"]
    matrix = tables.matrix_table(project, scenario)
    assert matrix.columns == tables.MATRIX_LONG_COLUMNS and len(matrix.rows) == len(scenario.assignments)
    path = tmp_path / "big.xlsx"
    write_xlsx([units_table(scenario), matrix], path)
    units = import_units(path, _all_columns(path))
    roles = import_assignments(path, units.units, project.functions)
    assert roles.layout == "long" and roles.ok
    assert roles.roles == scenario.assignments


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_tables_speak_plain_headers_in_the_papers_language(lang: str, tmp_path: Path):
    project = load_project(EXAMPLE)
    scenario = project.scenarios["koncern-2018"]
    path = tmp_path / "t.xlsx"
    write_xlsx([units_table(scenario, lang), matrix_table(project, scenario, lang)], path)
    workbook = load_workbook(path, read_only=True)
    assert workbook.sheetnames == (["Units", "Responsibility matrix"] if lang == "en" else ["Enheter", "Ansvarsmatris"])
    units_head = [c for c in next(workbook.worksheets[0].iter_rows(max_row=1, values_only=True))]
    assert units_head[:3] == (["Id", "Parent (id)", "Name"] if lang == "en" else ["Id", "Överordnad (id)", "Namn"])
    assert ("Budget (SEK)" if lang == "en" else "Budget (kr)") in units_head
    matrix_head = [c for c in next(workbook.worksheets[1].iter_rows(max_row=1, values_only=True))]
    assert "Brunflo hälsocentral" in matrix_head and "hc-brunflo" not in matrix_head  # units by name
    assert not [h for h in units_head + matrix_head if "_" in str(h)]


def test_a_matrix_column_of_a_unit_with_a_shared_name_carries_its_id(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["hc2"].name = scenario.units["hc1"].name
    matrix = matrix_table(project, scenario)
    assert f"{scenario.units['hc1'].name} (hc1)" in matrix.header_row()
    written = write_csv([units_table(scenario), matrix], tmp_path / "p.csv")
    units = import_units(written[0], _all_columns(written[0]))
    roles = import_assignments(written[1], units.units, project.functions)
    assert roles.ok and {k: r for k, r in roles.roles.items() if r is not None} == scenario.assignments


def test_files_with_the_old_identifier_headers_still_import(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    units, matrix = units_table(scenario), matrix_table(project, scenario)
    units.headers, matrix.headers = [], []  # as exports before the plain headers wrote them
    written = write_csv([units, matrix], tmp_path / "old.csv")
    assert written[0].read_text(encoding="utf-8-sig").startswith("id,parent_id,name")
    back = import_units(written[0], OLD_COLUMNS)
    assert back.ok and back.units == _bare_lines(scenario.units)
    assert guess_unit_columns(read_table(written[0]).header)["parent"] == "parent_id"
    roles = import_assignments(written[1], back.units, project.functions)
    assert roles.ok and {k: r for k, r in roles.roles.items() if r is not None} == scenario.assignments
