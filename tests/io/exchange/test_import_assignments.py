"""Assignment import: long form in Swedish and English, letters, the wide matrix edited in
Excel, and bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.import_assignments import import_assignments
from orgdesigner.io.exchange.import_units import ImportFileError
from orgdesigner.io.exchange.tables import matrix_table, units_table
from orgdesigner.model import AssignmentKey, Responsibility, Role
from tests.conftest import small_project


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def scenario():
    return small_project().scenarios["now"]


def test_long_form_swedish_words_and_names(scenario, tmp_path: Path):
    path = write(tmp_path / "a.csv", (
        "Enhet;Funktion;Ansvar;Roll\n"
        "best;vv;Beställning;Ansvarig\n"
        "Frösö hälsocentral;vv;utförande;utför\n"  # a unit by its name
        "pv;Labbanalyser;utveckling;rådfrågas\n"  # a function by its name
    ))
    project = small_project()
    result = import_assignments(path, scenario.units, project.functions)
    assert result.ok and result.layout == "long"
    assert result.roles == {
        AssignmentKey("best", "vv", Responsibility.ORDERING): Role.ACCOUNTABLE,
        AssignmentKey("hc2", "vv", Responsibility.DELIVERY): Role.PERFORMS,
        AssignmentKey("pv", "lab", Responsibility.DEVELOPMENT): Role.CONSULTED,
    }


@pytest.mark.parametrize(
    ("letters", "expected"),
    [("A,U,R", Role.CONSULTED), ("A,C,R", Role.PERFORMS)],  # U says Swedish, C says English RACI
)
def test_a_lone_r_is_decided_by_the_other_letters(letters: str, expected: Role, scenario, tmp_path: Path):
    a, other, r = letters.split(",")
    path = write(tmp_path / "a.csv", (
        "unit,function,responsibility,role\n"
        f"best,vv,ordering,{a}\nhc1,vv,delivery,{other}\nhc2,vv,delivery,{r}\n"
    ))
    result = import_assignments(path, scenario.units, small_project().functions)
    assert result.roles[AssignmentKey("hc2", "vv", Responsibility.DELIVERY)] is expected


def test_new_functions_are_made_up_from_the_file(scenario, tmp_path: Path):
    path = write(tmp_path / "a.csv", "unit,function,function_name,responsibility,role\npv,pna,Patientnära analyser,delivery,A\n")
    result = import_assignments(path, scenario.units, small_project().functions)
    assert result.new_functions["pna"].name == "Patientnära analyser"
    assert result.roles == {AssignmentKey("pv", "pna", Responsibility.DELIVERY): Role.ACCOUNTABLE}


def test_bad_rows_in_long_form(scenario, tmp_path: Path):
    path = write(tmp_path / "a.csv", (
        "unit,function,responsibility,role\n"
        "ghost,vv,ordering,A\n"  # row 2
        "best,vv,planning,A\n"  # row 3
        "best,vv,ordering,boss\n"  # row 4
        "best,vv,ordering,A\n"  # row 5: good
        "best,vv,ordering,I\n"  # row 6: contradicts row 5
        "best,,ordering,A\n"  # row 7
    ))
    result = import_assignments(path, scenario.units, small_project().functions)
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert problems == {
        2: "unknown unit 'ghost'",
        3: "unknown responsibility 'planning' (one of: development, ordering, delivery)",
        4: "unknown role 'boss' (one of: accountable, performs, consulted, informed)",
        6: "contradicts row 5",
        7: "empty function",
    }
    assert len(result.roles) == 1


def test_a_matrix_edited_in_excel_comes_back(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    path = tmp_path / "m.xlsx"
    write_xlsx([units_table(scenario), matrix_table(project, scenario)], path)
    workbook = load_workbook(path)
    sheet = workbook["Ansvarsmatris"]
    header = [c.value for c in sheet[1]]  # units by name, as a planner reads them
    column = {uid: header.index(scenario.units[uid].name) for uid in ("hc1", "hc2", "pv")}
    rows = {(r[0].value, r[2].value): r for r in sheet.iter_rows(min_row=2)}
    rows[("vv", "utförande")][column["hc1"]].value = None  # clear a role
    rows[("vv", "utförande")][column["hc2"]].value = "U"  # a letter typed by hand
    rows[("lab", "utveckling")][column["pv"]].value = "Ansvarig"
    workbook.save(path)
    result = import_assignments(path, scenario.units, project.functions)
    assert result.ok and result.layout == "wide"
    scenario_roles = dict(scenario.assignments)
    result.apply_to(scenario)
    expected = dict(scenario_roles)
    del expected[AssignmentKey("hc1", "vv", Responsibility.DELIVERY)]
    expected[AssignmentKey("hc2", "vv", Responsibility.DELIVERY)] = Role.PERFORMS
    expected[AssignmentKey("pv", "lab", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
    assert scenario.assignments == expected


def test_wide_form_bad_cells_and_columns(scenario, tmp_path: Path):
    path = write(tmp_path / "m.csv", (
        "function_id,function,responsibility,best,pv,ghost\n"
        "vv,Vårdval,beställning,ansvarig,,\n"
        "vv,Vårdval,utförande,,chef,\n"
        "vv,Vårdval,beställning,,,\n"
    ))
    result = import_assignments(path, scenario.units, small_project().functions)
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert problems[1] == "column 'ghost': unknown unit"
    assert problems[3].startswith("column 'pv': unknown role 'chef'")
    assert problems[4] == "same function and responsibility as row 2"


def test_an_unrecognised_layout_names_the_columns(scenario, tmp_path: Path):
    path = write(tmp_path / "x.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(ImportFileError, match="not an assignment table.*the columns are: a, b, c"):
        import_assignments(path, scenario.units, small_project().functions)
