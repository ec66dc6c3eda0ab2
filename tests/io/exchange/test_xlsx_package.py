"""The streamed XLSX writer: any text comes back as written (escaped where a spreadsheet would
run it), numbers stay numbers, and the package opens in openpyxl and, where installed,
LibreOffice Calc."""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from orgdesigner.io.exchange._cells import escape_text
from orgdesigner.io.exchange.export_xlsx import write_xlsx, xlsx_bytes
from orgdesigner.io.exchange.tables import Table
from orgdesigner.io.exchange.xlsx_package import column_letters

_XML_ILLEGAL = {chr(c) for c in range(32) if c not in (9, 10, 13)}


def _read(data: bytes):
    return load_workbook(io.BytesIO(data))


def expected_text(text: str) -> str | None:
    kept = "".join(ch for ch in text if ch not in _XML_ILLEGAL)
    return escape_text(kept) or None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_any_text_comes_back_as_written(texts):
    table = Table("units", [f"c{i}" for i in range(len(texts))], [texts])
    sheet = _read(xlsx_bytes([table])).worksheets[0]
    got = [cell.value for cell in sheet[2]] if sheet.max_row >= 2 else []
    got += [None] * (len(texts) - len(got))
    assert got == [expected_text(t) for t in texts]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_numbers_yes_no_and_odd_values():
    table = Table("weird", ["a", "budget_sek", "c", "d"], [
        [1, 2_500_000, True, 0.1],
        [-3.5, float("nan"), False, 10**15],
        [None, float("inf"), "", " edges\r\n"],
    ])
    sheet = _read(xlsx_bytes([table])).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0] == [1, 2_500_000, True, 0.1]
    assert rows[1][0] == -3.5 and rows[1][2] is False and rows[1][3] == 10**15
    assert rows[1][1] == "#NUM!" and sheet["B3"].data_type == "e"  # no formula, no crash
    assert rows[2][3] == " edges\r\n"  # whitespace and the carriage return kept
    assert sheet["B2"].number_format == '#,##0 "kr"'
    assert not any(isinstance(v, float) and math.isnan(v) for row in rows for v in row)


def test_header_is_bold_and_frozen_and_sheet_names_are_safe_and_unique():
    a = Table("matrix", ["unit", "x"], [["u1", "A"]], headers=["Enhet", "<X & Y>"])
    b = Table("matrix", ["unit"], [["u2"]])
    book = _read(xlsx_bytes([a, b]))
    assert len(set(n.casefold() for n in book.sheetnames)) == 2
    first = book.worksheets[0]
    assert first.freeze_panes == "B2" and first["A1"].font.b and first["B1"].value == "<X & Y>"


def test_column_letters():
    letters = column_letters(16_384)
    assert letters[:3] == ["A", "B", "C"] and letters[25:28] == ["Z", "AA", "AB"]
    assert letters[701:703] == ["ZZ", "AAA"] and letters[-1] == "XFD"


@pytest.mark.skipif(not shutil.which("soffice") or not Path("/usr/lib/libreoffice/program/libscfiltlo.so").exists(),
                    reason="LibreOffice Calc is not installed")
def test_libreoffice_calc_opens_the_workbook(tmp_path: Path):
    table = Table("units", ["id", "name", "budget_sek"], [["u1", "Östersund & Krokom", 1_000_000], ["u2", "=SUM(A1)", None]])
    path = tmp_path / "t.xlsx"
    write_xlsx([table], path)
    profile = (tmp_path / "lo").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    text = (tmp_path / "t.csv").read_text(encoding="utf-8")  # 76: LibreOffice's UTF-8
    assert "Östersund & Krokom" in text and "'=SUM(A1)" in text
    assert re.search(r"1\D?000\D?000 kr", text)  # the amount format, in Calc's locale
