"""Unit hierarchy import: encodings, separators, decimal comma, XLSX sheets, and every kind of
bad row listed with its row number."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from orgdesigner.io.exchange.import_units import (
    ImportFileError,
    UnitColumns,
    guess_parent_reading,
    guess_unit_columns,
    import_units,
    number,
    read_table,
)
from orgdesigner.model import UnitCategory, UnitForm

SWEDISH = UnitColumns("Enhets-ID", "Överordnad", "Namn", category="Kategori", budget_sek="Budget")
ROWS = [
    ["Enhets-ID", "Överordnad", "Namn", "Kategori", "Budget"],
    ["1", "", "Regionstyrelsen", "styrning", "1 000,5"],
    ["2", "1", "Primärvården", "egenregi", ""],
    ["3", "2", "Brunflo hälsocentral", "egenregi", "12,5"],
    ["4", "2", "Frösö hälsocentral", "", "7"],
]


def write_csv(path: Path, rows: list[list[str]], sep: str, encoding: str) -> Path:
    path.write_bytes("\r\n".join(sep.join(r) for r in rows).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_reads_every_encoding_and_separator(encoding: str, sep: str, tmp_path: Path):
    rows = [[c.replace("1 000,5", "1000.5").replace("12,5", "12.5") if sep == "," else c for c in r] for r in ROWS]
    path = write_csv(tmp_path / "units.csv", rows, sep, encoding)
    result = import_units(path, SWEDISH)
    assert result.ok, result.bad_rows
    assert result.source.separator == sep
    assert [u.name for u in result.units.values()] == ["Regionstyrelsen", "Primärvården", "Brunflo hälsocentral", "Frösö hälsocentral"]
    assert result.units["1"].category is UnitCategory.GOVERNANCE and result.units["1"].budget_sek == 1000.5
    assert result.units["3"].budget_sek == 12.5 and result.units["3"].parent_id == "2"
    assert result.units["1"].parent_id is None


def test_guesses_swedish_headers():
    guess = guess_unit_columns(["Enhets-ID", "Överordnad", "Namn", "Driftform", "Årsarbetare"])
    assert guess["id"] == "Enhets-ID" and guess["parent"] == "Överordnad" and guess["name"] == "Namn"
    assert guess["form"] == "Driftform" and guess["staff_fte"] == "Årsarbetare" and guess["category"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,5", 1234.5), ("1234.5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("\u00a012 000", 12000.0), ("", None)],
)
def test_numbers_as_swedish_and_english_excel_write_them(text: str, value):
    assert number(text) == value


def test_every_bad_row_is_listed_with_its_row_number(tmp_path: Path):
    rows = [
        ["id", "parent", "name", "form"],
        ["rs", "", "Regionstyrelsen", ""],  # row 2
        ["pv", "rs", "Primärvården", "linjeenhet"],  # row 3
        ["pv", "rs", "Dubblett", ""],  # row 4: duplicate id
        ["x", "nowhere", "Föräldralös", ""],  # row 5: missing parent
        ["a", "b", "A", ""],  # row 6: cycle
        ["b", "a", "B", ""],  # row 7: cycle
        ["c", "b", "Under B", ""],  # row 8: below a bad row
        ["d", "pv", "", ""],  # row 9: empty name
        ["", "pv", "Utan id", ""],  # row 10: empty id
        ["e", "pv", "E", "konstig"],  # row 11: unknown form
        ["f", "pv", "F", "intraprenad"],  # row 12: good
    ]
    path = write_csv(tmp_path / "bad.csv", rows, ";", "utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name", form="form"))
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert sorted(problems) == [4, 5, 6, 7, 8, 9, 10, 11]
    assert "duplicate id 'pv' (first on row 3)" in problems[4]
    assert "parent 'nowhere' is not in the file" in problems[5]
    assert "reporting cycle" in problems[6] and "reporting cycle" in problems[7]
    assert "row 7" in problems[8] or "row 6" in problems[8]
    assert "empty name" in problems[9] and "empty id" in problems[10]
    assert "unknown form 'konstig'" in problems[11]
    assert all(b.message_sv and b.message_sv != b.message_en for b in result.bad_rows)
    assert list(result.units) == ["rs", "pv", "f"]
    assert result.units["f"].form is UnitForm.INTRAPRENAD
    scenario = result.to_scenario("imp", "Import")
    assert set(scenario.units) == {"rs", "pv", "f"} and scenario.roots() == ["rs"]


def test_a_deep_chain_below_a_bad_row_is_all_bad(tmp_path: Path):
    rows = [["id", "parent", "name"], ["0", "missing", "root"]] + [[str(i), str(i - 1), f"U{i}"] for i in range(1, 3000)]
    path = write_csv(tmp_path / "deep.csv", rows, ",", "utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name"))
    assert not result.units and len(result.bad_rows) == 3000


def test_a_missing_column_names_the_file_and_the_columns(tmp_path: Path):
    path = write_csv(tmp_path / "u.csv", ROWS, ";", "utf-8")
    with pytest.raises(ImportFileError) as err:
        import_units(path, UnitColumns("Enhets-ID", "Parent", "Namn"))
    assert "u.csv" in str(err.value) and "no column 'Parent'" in str(err.value) and "Överordnad" in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"id;parent;name\r\n", "no data rows"), (b"\x00\x01\x02binary", "not a text file")],
)
def test_unreadable_files_say_why(content: bytes, message: str, tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_units(path, UnitColumns("id", "parent", "name"))


def test_a_missing_file(tmp_path: Path):
    with pytest.raises(ImportFileError, match="nope.csv"):
        read_table(tmp_path / "nope.csv")


def test_xlsx_with_a_named_sheet_and_numbers(tmp_path: Path):
    workbook = Workbook()
    workbook.active.title = "Info"
    workbook.active.append(["nothing here"])
    sheet = workbook.create_sheet("Enheter")
    sheet.append(["Kod", "Chef", "Benämning", "Listade"])
    sheet.append([100, None, "Region", None])
    sheet.append([101, 100, "Hälsocentral", 5400])
    path = tmp_path / "hr.xlsx"
    workbook.save(path)
    columns = UnitColumns("Kod", "Chef", "Benämning", listed_patients="Listade")
    result = import_units(path, columns, sheet="enheter")
    assert result.ok and result.units["101"].parent_id == "100" and result.units["101"].listed_patients == 5400
    with pytest.raises(ImportFileError, match="no sheet 'Personal'; the sheets are: Info, Enheter"):
        import_units(path, columns, sheet="Personal")


def test_a_renamed_csv_is_not_taken_for_xlsx(tmp_path: Path):
    path = tmp_path / "units.xlsx"
    path.write_text("id,parent,name\n1,,A\n")
    with pytest.raises(ImportFileError, match="not an XLSX workbook"):
        read_table(path)


@settings(max_examples=40, deadline=None)
@given(parents=st.lists(st.integers(min_value=-1, max_value=30), min_size=1, max_size=30), sep=st.sampled_from([",", ";"]))
def test_random_hierarchies_split_into_a_clean_tree_and_bad_rows(parents: list[int], sep: str, tmp_path_factory):
    """Any parent table: every row is either imported or listed, and the good rows form a tree."""
    rows = [["id", "parent", "name"]]
    for i, p in enumerate(parents):
        rows.append([f"u{i}", "" if p < 0 else f"u{p}", f"Enhet {i}"])
    path = write_csv(tmp_path_factory.mktemp("h") / "h.csv", rows, sep, "utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name"))
    assert len(result.units) + len(result.bad_rows) == len(parents)
    for unit in result.units.values():
        assert unit.parent_id is None or unit.parent_id in result.units
    scenario = result.to_scenario()
    for uid in scenario.units:
        chain = scenario.ancestors(uid)
        assert chain == [] or scenario.units[chain[-1]].parent_id is None


def test_a_row_with_more_fields_than_the_header_is_a_bad_row(tmp_path: Path):
    # An unquoted =HYPERLINK("…";"…") in a semicolon file splits the name into two fields.
    text = (
        "id;parent;name\n"
        "rs;;Regionstyrelsen\n"
        'pv;rs;=HYPERLINK("http://x";"y")\n'  # row 3: four fields
        "hc;pv;Hälsocentral;\n"  # row 4: a trailing separator only: fine
        "kort;rs\n"  # row 5: two fields
    )
    path = tmp_path / "ragged.csv"
    path.write_text(text, encoding="utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name"))
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert "the row has 4 fields but the header 3" in problems[3]
    assert "the row has 2 fields but the header 3" in problems[5]
    assert 4 in problems  # its parent (row 3) is bad, so it is bad too, for that reason
    assert "fields" not in problems[4]
    assert list(result.units) == ["rs"]


def test_authorities_are_words_in_the_export_and_read_back(tmp_path: Path):
    from orgdesigner.io.exchange.tables import units_table
    from orgdesigner.model import Authority, Scenario, Unit

    scenario = Scenario("s", "S")
    scenario.units["a"] = Unit("a", "A", authorities=frozenset({Authority.DEVELOPMENT, Authority.BUDGET}))
    table = units_table(scenario, "sv")
    cell = table.rows[0][table.columns.index("authorities")]
    assert cell == "budget, utvecklingsmandat"  # Swedish words, not development_mandate
    path = tmp_path / "units.csv"
    path.write_text(f"id;parent;name;authorities\na;;A;{cell}\nb;a;B;development mandate, staffing\n", encoding="utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name", authorities="authorities"))
    assert result.units["a"].authorities == {Authority.DEVELOPMENT, Authority.BUDGET}
    assert result.units["b"].authorities == {Authority.DEVELOPMENT, Authority.STAFFING}


# Files other tools write, in their own shape (written for the test, not copied).
DRAWIO = (  # draw.io's org-chart CSV: the manager named by name
    "name,position,id,location,manager,email\n"
    "Evan Miller,CEO,emi,Office 1,,evan@example.com\n"
    "Edward Morrison,Brand Manager,emo,Office 2,Evan Miller,edward@example.com\n"
    "Tessa Valet,HR Director,tva,Office 4,Evan Miller,tessa@example.com\n"
    "Alvin Turner,Accountant,atu,Office 5,Tessa Valet,alvin@example.com\n"
)
ORGANOGRAM = (  # a UK government organogram (senior posts): the top post reports to XX
    "Post Unique Reference,Name,Grade (or equivalent),Job Title,Job/Team Function,Parent Department,"
    "Organisation,Unit,Contact Phone,Contact E-mail,Reports to Senior Post,Salary Cost of Reports (£),FTE\n"
    "1,Jane Smith,SCS4,Permanent Secretary,Leads the department,Dept for Tests,Dept for Tests,Private Office,"
    "0300 000 0000,ps@example.gov.uk,XX,0,1\n"
    "2,John Doe,SCS3,Director General Operations,Operations,Dept for Tests,Dept for Tests,Operations,"
    "N/D,N/D,1,120000,1\n"
    "3,N/D,SCS2,Director of Finance,Finance,Dept for Tests,Dept for Tests,Finance,N/D,N/D,1,80000,1\n"
    "4,Ann Lee,SCS1,Deputy Director Estates,Estates,Dept for Tests,Dept for Tests,Operations,N/D,N/D,2,0,0.8\n"
)


def test_a_drawio_org_chart_names_the_parent_by_name(tmp_path: Path):
    path = tmp_path / "drawio.csv"
    path.write_text(DRAWIO, encoding="utf-8")
    guess = guess_unit_columns(read_table(path).header)
    assert (guess["id"], guess["parent"], guess["name"]) == ("id", "manager", "name")
    by_id = import_units(path, UnitColumns("id", "manager", "name"))
    assert "parent 'Evan Miller' is not in the file" in by_id.bad_rows[0].message_en
    assert guess_parent_reading(read_table(path), "id", "manager", "name") == (True, ())
    result = import_units(path, UnitColumns("id", "manager", "name", parent_by_name=True))
    assert result.ok
    assert {uid: u.parent_id for uid, u in result.units.items()} == {"emi": None, "emo": "emi", "tva": "emi", "atu": "tva"}


def test_a_parent_name_that_several_units_have_or_none_has_is_a_bad_row(tmp_path: Path):
    path = write_csv(tmp_path / "names.csv", [
        ["id", "manager", "name"], ["a", "", "Anna"], ["b", "Anna", "Bo"], ["c", "Anna", "Bo"],
        ["d", "Bo", "Dan"], ["e", "Eva", "Erik"], ["f", "Dan", "Fia"],
    ], ",", "utf-8")
    result = import_units(path, UnitColumns("id", "manager", "name", parent_by_name=True))
    problems = {b.row: b.message_en for b in result.bad_rows}
    assert problems[5] == "parent 'Bo': several units have that name (rows 3, 4)"
    assert problems[6] == "parent 'Eva': no unit in the file has that name"
    assert problems[7] == "parent 'Dan' is not imported: its parent's row 5 is bad"
    assert list(result.units) == ["a", "b", "c"]


def test_a_uk_organogram_marks_the_top_posts_parent_xx(tmp_path: Path):
    path = tmp_path / "organogram.csv"
    path.write_text(ORGANOGRAM, encoding="utf-8")
    columns = UnitColumns("Post Unique Reference", "Reports to Senior Post", "Job Title", staff_fte="FTE")
    assert guess_unit_columns(read_table(path).header)["parent"] == "Reports to Senior Post"
    assert guess_parent_reading(read_table(path), "Post Unique Reference", "Reports to Senior Post", "Job Title") == (False, ("XX",))
    plain = import_units(path, columns)
    assert [b.describe("en") for b in plain.bad_rows][:2] == [
        "row 2: parent 'XX' is not in the file",
        "row 3: parent '1' is not imported: its parent's row 2 is bad",
    ]
    # row 5's parent (2) is good itself; the bad row is its grandparent's
    assert plain.bad_rows[3].describe("en") == "row 5: parent '2' is not imported: row 2, higher up its line, is bad"
    for none in (("XX",), ("xx", "N/A")):
        result = import_units(path, UnitColumns(**{**_fields(columns), "no_parent": none}))
        assert result.ok, result.bad_rows
        assert result.to_scenario().roots() == ["1"]
        assert result.units["4"].parent_id == "2" and result.units["4"].staff_fte == 0.8


def _fields(columns: UnitColumns) -> dict:
    return {name: getattr(columns, name) for name in columns.__slots__}


@pytest.mark.parametrize("none", ["0", "N/A", ""])
def test_other_values_for_no_parent(none: str, tmp_path: Path):
    path = write_csv(tmp_path / "zero.csv", [["id", "parent", "name"], ["1", none, "Top"], ["2", "1", "Below"]], ",", "utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name", no_parent=("0", "N/A")))
    assert result.ok and result.units["1"].parent_id is None and result.units["2"].parent_id == "1"


@pytest.mark.parametrize("header", ["parent", "parentId", "parent_id", "Parent ID", "manager", "manager_id",
                                    "reports_to", "Reports To", "överordnad", "Chef"])
def test_common_parent_column_names_are_guessed(header: str):
    assert guess_unit_columns(["id", header, "name"])["parent"] == header
