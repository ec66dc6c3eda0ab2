"""Importing flows: encodings, separators, XLSX, and bad rows named by row and column."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trade_case import trade_project

from orgdesigner.io.exchange.trade_import import TradeImportError, parse_number, read_flows
from orgdesigner.model import Document
from orgdesigner.model.commands import SetFlows
from orgdesigner.model.trade import Flow


@pytest.fixture
def scenario():
    return trade_project().scenarios["now"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")],
)
@pytest.mark.parametrize("sep", [",", ";"])
def test_encodings_and_separators(tmp_path, scenario, encoding, bom, sep):
    decimal = "1234,5" if sep == ";" else "1234.5"
    text = f"Köpare{sep}Tjänst{sep}Antal\nFrösö hälsocentral{sep}blod{sep}{decimal}\nhc1{sep}Blodstatus{sep}10\n"
    path = tmp_path / "flows.csv"
    path.write_bytes(bom + text.encode(encoding))
    flows = read_flows(path, scenario)
    assert flows == [Flow("hc2", "blod", 1234.5), Flow("hc1", "blod", 10.0)]


def test_xlsx_and_rows_for_the_same_flow_are_added(tmp_path, scenario):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["buyer", "service", "volume"])
    ws.append(["hc1", "blod", 100])
    ws.append([None, None, None])
    ws.append(["hc1", "blod", 50.5])
    ws.append(["priv", "blod", "1 000"])
    path = tmp_path / "flows.xlsx"
    wb.save(path)
    assert read_flows(path, scenario) == [Flow("hc1", "blod", 150.5), Flow("priv", "blod", 1000.0)]


def test_bad_rows_are_named_by_row_and_column(tmp_path, scenario):
    path = tmp_path / "bad.csv"
    path.write_text(
        "buyer;service;volume\n"
        "hc1;blod;12\n"
        "hc1;blod;-5\n"  # row 3: negative
        "hc1;ct;4\n"  # row 4: unknown service
        "ghost;blod;4\n"  # row 5: unknown buyer
        "hc2;blod;tolv\n",  # row 6: text in a number column
        encoding="utf-8",
    )
    with pytest.raises(TradeImportError) as info:
        read_flows(path, scenario)
    problems = [str(p) for p in info.value.problems]
    assert problems == [
        "row 3, column 'volume': negative volume -5",
        "row 4, column 'service': unknown service 'ct'",
        "row 5, column 'buyer': unknown buyer unit 'ghost'",
        "row 6, column 'volume': 'tolv' is not a number",
    ]
    assert str(path) in info.value.summary()


def test_missing_column_and_empty_file(tmp_path, scenario):
    path = tmp_path / "cols.csv"
    path.write_text("buyer,tjänst,amount\nhc1,blod,3\n", encoding="utf-8")
    with pytest.raises(TradeImportError, match="no column for volume"):
        read_flows(path, scenario)
    path.write_text("", encoding="utf-8")
    with pytest.raises(TradeImportError, match="empty"):
        read_flows(path, scenario)
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(TradeImportError, match="not a text file"):
        read_flows(path, scenario)


def test_failed_import_leaves_the_project_unchanged(tmp_path, scenario):
    doc = Document(trade_project())
    before = dict(doc.project.scenarios["now"].trade.flows)
    path = tmp_path / "half.csv"
    path.write_text("buyer,service,volume\nhc1,blod,99\nhc2,blod,x\n", encoding="utf-8")
    with pytest.raises(TradeImportError):
        SetFlows("now", read_flows(path, doc.project.scenarios["now"])).apply(doc)
    assert doc.project.scenarios["now"].trade.flows == before


@pytest.mark.parametrize(("text", "value"), [("1 234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("7", 7.0)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "x.csv"
    path.write_bytes(data)
    try:
        flows = read_flows(path, trade_project().scenarios["now"])
    except TradeImportError:
        return
    assert all(f.volume >= 0 for f in flows)


def test_a_row_with_an_extra_field_is_refused_by_row(tmp_path, scenario):
    text = 'Köpare;Tjänst;Antal\nhc1;blod;10\nhc1;=HYPERLINK("x";"y");5\n'
    path = tmp_path / "flows.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TradeImportError) as caught:
        read_flows(path, scenario)
    assert [p.where for p in caught.value.problems] == ["row 3"]
    assert "4 fields but the header 3" in caught.value.problems[0].message
