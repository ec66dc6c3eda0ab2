"""Damaged and hostile workbooks end in a message naming the file (exit 2 in the CLI), never a
traceback, a hang or gigabytes of memory (issue 31, item 4)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from orgdesigner.cli import main
from orgdesigner.io.exchange import _xlsx_guard
from orgdesigner.io.exchange._tabular import ImportFileError, read_table
from orgdesigner.io.exchange._xlsx_guard import EMPTY_ROWS_DROPPED, WorkbookError, checked_workbook

_SHEET = "xl/worksheets/sheet1.xml"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _workbook(rows: list[list[str]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_sheet(data: bytes, sheet_xml: bytes) -> bytes:
    """`data` with its first sheet replaced, deflated at the highest level (a bomb's ratio)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            target.writestr(item.filename, sheet_xml if item.filename == _SHEET else source.read(item.filename))
    return out.getvalue()


def _empty_rows(count: int) -> bytes:
    head = (f'<worksheet xmlns="{_MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>parent</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>name</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>rs</t></is></c>'
            '<c r="C2" t="inlineStr"><is><t>Regionstyrelsen</t></is></c></row>').encode()
    return head + b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r for r in range(3, count + 3)) + b"</sheetData></worksheet>"


def _flip_headers(data: bytes, name: str, *, flag: int | None = None, method: int | None = None) -> bytes:
    """Set the general-purpose flag or the compression method of `name` in its local header and
    the central directory, as an encrypting or exotic zip tool writes them."""
    out = bytearray(data)
    raw = name.encode()
    for signature, flag_at, method_at, name_at in ((b"PK\x03\x04", 6, 8, 30), (b"PK\x01\x02", 8, 10, 46)):
        at = out.find(signature)
        while at >= 0:
            if out[at + name_at: at + name_at + len(raw)] == raw:
                if flag is not None:
                    struct.pack_into("<H", out, at + flag_at, struct.unpack_from("<H", out, at + flag_at)[0] | flag)
                if method is not None:
                    struct.pack_into("<H", out, at + method_at, method)
            at = out.find(signature, at + 4)
    return bytes(out)


ROWS = 20_000  # the row limit in these tests (a million in use: the same code, a smaller file)


@pytest.fixture(autouse=True)
def _small_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_xlsx_guard, "MAX_ROWS", ROWS)


UNITS = [["id", "parent", "name"], ["rs", "", "Regionstyrelsen"], ["pv", "rs", "Primärvård"]]


def _corrupt_deflate(data: bytes) -> bytes:
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(_SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for i in range(start + 2, start + min(info.compress_size, 40)):
        out[i] ^= 0xFF
    return bytes(out)


BAD: dict[str, tuple[object, str]] = {
    "zip bomb of empty rows": (lambda: _with_sheet(_workbook(UNITS), _empty_rows(ROWS + 10)), "more than 20 000 rows"),
    "corrupt deflate stream": (lambda: _corrupt_deflate(_workbook(UNITS * 50)), "is damaged"),
    "encrypted part": (lambda: _flip_headers(_workbook(UNITS), _SHEET, flag=0x1), "encrypted"),
    "unknown compression": (lambda: _flip_headers(_workbook(UNITS), _SHEET, method=14), "zip method 14"),
    "no sheet": (lambda: _no_sheets(_workbook(UNITS)), "the workbook has no sheets"),
}


def _no_sheets(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                start, end = content.index(b"<sheets>"), content.index(b"</sheets>") + len(b"</sheets>")
                content = content[:start] + b"<sheets/>" + content[end:]
            target.writestr(item.filename, content)
    return out.getvalue()


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_workbook_is_refused_with_the_file_and_the_reason(tmp_path: Path, case: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    make, reason = BAD[case]
    path = tmp_path / "enheter.xlsx"
    path.write_bytes(make())  # type: ignore[operator]  # the case table's values are typed object; make is a bytes factory
    with pytest.raises(ImportFileError, match=reason) as caught:
        read_table(path)
    assert str(caught.value).startswith(str(path))
    out = tmp_path / "out.orgd"
    code = main(["import", str(path), "--id-column", "id", "--parent-column", "parent", "--name-column", "name", "-o", str(out), "--lang", "en"])
    assert code == 2 and reason in capsys.readouterr().err and not out.exists()
    good = tmp_path / "units.csv"
    good.write_text("id;parent;name\nrs;;Regionstyrelsen\n", encoding="utf-8")
    code = main(["import", str(good), "--id-column", "id", "--parent-column", "parent", "--name-column", "name",
                 "--assignments", str(path), "-o", str(out), "--lang", "en"])
    assert code == 2 and reason in capsys.readouterr().err and not out.exists()


def test_the_bomb_is_refused_before_openpyxl_sees_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = _with_sheet(_workbook(UNITS), _empty_rows(ROWS + 10))
    assert len(bomb) < 100_000  # small on disk, hundreds of times that unpacked
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: pytest.fail("openpyxl read the bomb"))
    with pytest.raises(WorkbookError, match="more than 20 000 rows"):
        checked_workbook(bomb)


def test_a_workbook_that_unpacks_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_xlsx_guard, "MAX_INFLATED", 100_000)
    with pytest.raises(WorkbookError, match="unpacks to"):
        checked_workbook(_with_sheet(_workbook(UNITS), _empty_rows(5_000)))


def test_a_sheet_of_many_formatted_empty_rows_is_read_without_them(tmp_path: Path) -> None:
    data = _with_sheet(_workbook(UNITS), _empty_rows(EMPTY_ROWS_DROPPED + 5))
    slim = checked_workbook(data)
    assert b"customFormat" not in zipfile.ZipFile(io.BytesIO(slim)).read(_SHEET)
    path = tmp_path / "units.xlsx"
    path.write_bytes(data)
    table = read_table(path)
    assert table.header == ["id", "parent", "name"] and table.rows == [["rs", "", "Regionstyrelsen"]]


def test_an_ordinary_workbook_passes_untouched() -> None:
    data = _workbook(UNITS)
    assert checked_workbook(data) is data
