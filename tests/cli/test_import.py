"""`orgdesigner import`: a project from CSV/XLSX, the XLSX round trip, and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.tables import matrix_table, units_table
from orgdesigner.io.project.project_file import load_project
from tests.conftest import small_project

COLUMNS = ["--id-column", "Id", "--parent-column", "Överordnad (id)", "--name-column", "Namn",  # as exported
           "--category-column", "Kategori", "--form-column", "Form", "--budget-column", "Budget (kr)"]


def run_cli(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args, "--lang", lang], capture_output=True, text=True,
                          timeout=120)


def test_exported_xlsx_imports_back_as_a_project(tmp_path: Path):
    project = small_project()
    scenario = project.scenarios["now"]
    scenario.units["hc1"].budget_sek = 12_500_000.0
    book = tmp_path / "org.xlsx"
    write_xlsx([units_table(scenario), matrix_table(project, scenario)], book)
    out = tmp_path / "new.orgd"
    result = run_cli("import", str(book), "--assignments", str(book), *COLUMNS, "-o", str(out))
    assert result.returncode == 0, result.stderr
    imported = load_project(out)
    got = next(iter(imported.scenarios.values()))
    assert got.units == scenario.units
    assert got.assignments == scenario.assignments
    assert {f: imported.functions[f].name for f in imported.functions} == {"vv": "Vårdval primärvård", "lab": "Labbanalyser"}


def test_swedish_excel_csv_in_windows_1252(tmp_path: Path):
    units = tmp_path / "hr.csv"
    units.write_bytes("Kod;Överordnad;Benämning;Budget\r\n1;;Regionstyrelsen;1 000 000,50\r\n2;1;Hälsovalskansliet;\r\n".encode("cp1252"))
    roles = tmp_path / "roller.csv"
    roles.write_text("enhet;funktion;ansvar;roll\n2;Vårdval;beställning;A\n", encoding="utf-8-sig")
    out = tmp_path / "p.orgd"
    result = run_cli("import", str(units), "--assignments", str(roles), "--id-column", "Kod", "--parent-column", "Överordnad",
                     "--name-column", "Benämning", "--budget-column", "Budget", "-o", str(out))
    assert result.returncode == 0, result.stderr
    project = load_project(out)
    scenario = next(iter(project.scenarios.values()))
    assert scenario.units["2"].name == "Hälsovalskansliet" and scenario.units["1"].budget_sek == 1_000_000.5
    assert len(scenario.assignments) == 1 and project.functions["Vårdval"].name == "Vårdval"


def _bad_units(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text("id,parent,name\n1,,Region\n2,9,Orphan\n3,1,\n4,5,A\n5,4,B\n1,,Again\n6,1,Good\n", encoding="utf-8")
    return path


def test_bad_rows_stop_the_import_and_are_listed(tmp_path: Path):
    out = tmp_path / "p.orgd"
    result = run_cli("import", str(_bad_units(tmp_path)), "--id-column", "id", "--parent-column", "parent",
                     "--name-column", "name", "-o", str(out))
    assert result.returncode == 2 and not out.exists()
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "Traceback" not in line
    for part in ["5 bad unit rows", "row 3: parent '9' is not in the file", "row 4: empty name",
                 "row 5: reporting cycle", "row 6: reporting cycle", "row 7: duplicate id '1' (first on row 2)",
                 "--good-rows-only"]:
        assert part in line


def test_good_rows_only_imports_the_rest(tmp_path: Path):
    out = tmp_path / "p.orgd"
    result = run_cli("import", str(_bad_units(tmp_path)), "--id-column", "id", "--parent-column", "parent",
                     "--name-column", "name", "--good-rows-only", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert set(next(iter(load_project(out).scenarios.values())).units) == {"1", "6"}
    assert result.stderr.count("skipped") == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--id-column", "nope", "--parent-column", "parent", "--name-column", "name"], "no column 'nope' for the unit id; the columns are: id, parent, name"),
        (["--id-column", "id", "--parent-column", "parent", "--name-column", "name", "--sheet", "x"], "a sheet name was given, but this is a CSV file"),
        (["--id-column", "id", "--parent-column", "parent", "--name-column", "name", "--assignments", "{tmp}/roles.csv"], "unknown role 'boss'"),
    ],
)
def test_bad_input_messages(args: list[str], message: str, tmp_path: Path):
    units = tmp_path / "u.csv"
    units.write_text("id,parent,name\n1,,Region\n", encoding="utf-8")
    (tmp_path / "roles.csv").write_text("unit,function,responsibility,role\n1,f,delivery,boss\n", encoding="utf-8")
    result = run_cli("import", str(units), *[a.replace("{tmp}", str(tmp_path)) for a in args], "-o", str(tmp_path / "p.orgd"))
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_existing_project_is_not_overwritten(tmp_path: Path):
    units = tmp_path / "u.csv"
    units.write_text("id,parent,name\n1,,Region\n", encoding="utf-8")
    out = tmp_path / "p.orgd"
    out.write_text("keep")
    result = run_cli("import", str(units), "--id-column", "id", "--parent-column", "parent", "--name-column", "name", "-o", str(out))
    assert result.returncode == 2 and "already exists" in result.stderr and out.read_text() == "keep"


def test_an_output_that_cannot_be_written_is_named_with_the_reason(tmp_path: Path):
    units = tmp_path / "u.csv"
    units.write_text("id,parent,name\n1,,Region\n", encoding="utf-8")
    out = tmp_path / "p.orgd"
    out.mkdir()  # a folder where the project file should go
    result = run_cli("import", str(units), "--id-column", "id", "--parent-column", "parent", "--name-column", "name",
                     "-o", str(out), "--force")
    assert result.returncode == 2
    assert f"{out}: cannot write" in result.stderr and out.is_dir()


def test_a_drawio_org_chart_and_a_uk_organogram_import_with_the_parent_options(tmp_path: Path):
    from tests.io.exchange.test_import_units import DRAWIO, ORGANOGRAM

    drawio = tmp_path / "drawio.csv"
    drawio.write_text(DRAWIO, encoding="utf-8")
    base = ["import", str(drawio), "--id-column", "id", "--parent-column", "manager", "--name-column", "name"]
    refused = run_cli(*base, "-o", str(tmp_path / "d.orgd"))
    assert refused.returncode == 2 and "Column 'manager' holds names: add --parent-by name" in refused.stderr
    assert not (tmp_path / "d.orgd").exists()
    done = run_cli(*base, "--parent-by", "name", "-o", str(tmp_path / "d.orgd"))
    assert done.returncode == 0, done.stderr
    units = next(iter(load_project(tmp_path / "d.orgd").scenarios.values())).units
    assert units["atu"].parent_id == "tva" and units["emi"].parent_id is None

    organogram = tmp_path / "organogram.csv"
    organogram.write_text(ORGANOGRAM, encoding="utf-8")
    base = ["import", str(organogram), "--id-column", "Post Unique Reference", "--parent-column",
            "Reports to Senior Post", "--name-column", "Job Title"]
    refused = run_cli(*base, "-o", str(tmp_path / "o.orgd"))
    assert refused.returncode == 2
    assert "row 2: parent 'XX' is not in the file" in refused.stderr
    assert "row 3: parent '1' is not imported: its parent's row 2 is bad" in refused.stderr
    assert "If 'XX' means no parent, add --no-parent XX" in refused.stderr
    done = run_cli(*base, "--no-parent", "XX", "-o", str(tmp_path / "o.orgd"))
    assert done.returncode == 0, done.stderr
    scenario = next(iter(load_project(tmp_path / "o.orgd").scenarios.values()))
    assert scenario.roots() == ["1"] and scenario.units["1"].name == "Permanent Secretary"


def test_the_import_speaks_swedish_by_default_and_english_on_request(tmp_path: Path):
    """As the window and the other subcommands: bad rows, skipped rows and the summary in Swedish
    unless --lang en."""
    units = tmp_path / "enheter.csv"
    units.write_text("id,parent,name\n1,,Region\n2,9,Föräldralös\n3,1,Hälsocentral\n", encoding="utf-8")
    base = ["import", str(units), "--id-column", "id", "--parent-column", "parent", "--name-column", "name"]
    out = tmp_path / "p.orgd"
    refused = subprocess.run([sys.executable, "-m", "orgdesigner", *base, "-o", str(out)], capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode == 2 and not out.exists()
    assert "1 felaktig rad: rad 3:" in refused.stderr and "Inget skrevs" in refused.stderr
    assert "de 2 felfria raderna" in refused.stderr and "bad" not in refused.stderr
    done = subprocess.run([sys.executable, "-m", "orgdesigner", *base, "--good-rows-only", "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "hoppade över" in done.stderr and "rad 3" in done.stderr
    assert done.stdout.strip() == f"{out}: 2 enheter, 0 funktioner, 0 roller (1 felaktig rad överhoppad)"
    again = run_cli(*base, "-o", str(out), lang="en")
    assert again.returncode == 2 and f"{out}: already exists; use --force to replace it" in again.stderr
    swedish = run_cli(*base, "-o", str(out), lang="sv")
    assert swedish.returncode == 2 and f"{out}: finns redan; använd --force för att ersätta den" in swedish.stderr
