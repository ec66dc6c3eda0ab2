"""Importing a volume history: Swedish Excel conventions, column mapping, bad rows by number."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.io.exchange._tabular import read_table
from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.import_history import (
    HistoryColumns,
    guess_history_columns,
    history_command,
    import_history,
    parse_period,
)
from orgdesigner.io.exchange.tables import Table
from orgdesigner.model import Document
from orgdesigner.model.history import CommandStack
from orgdesigner.model.trade_history import BuyerKind, TradeHistory, VolumeRecord

HEADER = "År;Köpare;Analys;Antal;Pris;Listade;Regi\n"


def _write(tmp_path: Path, body: str, encoding: str = "cp1252") -> Path:
    path = tmp_path / "volymer.csv"
    path.write_bytes((HEADER + body).encode(encoding))
    return path


def _read(path: Path):
    guess = guess_history_columns(read_table(path).header)
    return import_history(path, HistoryColumns(**guess))  # type: ignore[arg-type]  # the guess is typed str | None; the example's header has every column


def test_a_swedish_excel_file_reads_with_decimal_commas_and_summed_rows(tmp_path):
    path = _write(tmp_path, "2015;Brunflo hälsocentral;CRP;1 234,5;42,50;5 000;egenregi\n"
                            "2015;Brunflo hälsocentral;CRP;100;40;5000;Egen regi\n"
                            "2015;Hoting;CRP;300;;2000;privat\n")
    result = _read(path)
    assert result.ok and result.good_rows == 3
    first, second = result.history.records
    assert first == VolumeRecord("2015", "Brunflo hälsocentral", "CRP", 1334.5, pytest.approx((1234.5 * 42.5 + 100 * 40) / 1334.5))
    assert second.price_sek is None
    assert result.history.listed == {("Brunflo hälsocentral", "2015"): 5000, ("Hoting", "2015"): 2000}
    assert result.history.buyer_kinds == {"Brunflo hälsocentral": BuyerKind.OWN, "Hoting": BuyerKind.PRIVATE}


def test_every_bad_row_is_named_and_none_is_dropped_silently(tmp_path):
    path = _write(tmp_path, "2015;A;CRP;10;;;\n"          # 2 good
                            "2015;A;Hb;tio;;;\n"          # 3 volume
                            "20155;A;Hb;1;;;\n"           # 4 period
                            "2015-03;A;Hb;1;;;\n"         # 5 months among years
                            "2015;;Hb;1;;;\n"             # 6 no buyer
                            "2015;A;Hb;-1;;;\n"           # 7 negative
                            "2015;A;Hb;1;gratis;;\n"      # 8 price
                            "2015;A;Hb;1;;5000;\n"        # 9 good
                            "2015;A;CRP;1;;5100;\n"       # 10 listed differs from row 9
                            "2015;A;Hb;1;;;kommunal\n"    # 11 kind
                            "2015;A;Hb;1;;;privat\n"      # 12 good
                            "2015;A;Hb;1;;;egenregi\n")   # 13 kind differs from row 12
    result = _read(path)
    assert [b.row for b in result.bad_rows] == [3, 4, 5, 6, 7, 8, 10, 11, 13]
    assert result.good_rows + len(result.bad_rows) == result.total_rows == 12
    words = {b.row: b.message("sv") for b in result.bad_rows}
    assert "'tio' är inte ett tal" in words[3]
    assert "rad 2" in words[5] and "rad 9" in words[10] and "rad 12" in words[13]
    assert "Antal" in result.bad_rows[0].describe("en")


def test_months_are_read_in_every_spelling_the_systems_write():
    assert [parse_period(t) for t in ("2015", "2015-03", "2015-3", "201503", "2015-03-01", "2015-03-01T00:00:00")] == [
        "2015", "2015-03", "2015-03", "2015-03", "2015-03", "2015-03"]
    assert [parse_period(t) for t in ("15", "2015-13", "mars", "1850", "2015/03")] == [None] * 5


def test_an_xlsx_sheet_imports_like_its_csv(tmp_path):
    table = Table("volymer", ["Period", "Beställare", "Tjänst", "Volym"],
                  [["2016-01", "HC Åre", "Lungröntgen", 12], ["2016-02", "HC Åre", "Lungröntgen", 13.5]])
    book = tmp_path / "v.xlsx"
    write_xlsx([table], book)
    result = import_history(book, HistoryColumns("Period", "Beställare", "Tjänst", "Volym"))
    assert result.ok
    assert [(r.period, r.volume) for r in result.history.records] == [("2016-01", 12.0), ("2016-02", 13.5)]


def test_an_import_is_one_undo_step_and_adding_keeps_other_rows(project, tmp_path):
    doc = Document(project)
    stack = CommandStack(doc)
    first = TradeHistory(records=(VolumeRecord("2014", "A", "CRP", 5.0), VolumeRecord("2015", "A", "CRP", 6.0)))
    stack.push(history_command(project.trade_history, first, replace=True, name="a.csv"))
    again = TradeHistory(records=(VolumeRecord("2015", "A", "CRP", 7.0),))
    stack.push(history_command(project.trade_history, again, replace=False, name="b.csv"))
    assert [r.volume for r in project.trade_history.records] == [5.0, 7.0]
    stack.undo()
    assert [r.volume for r in project.trade_history.records] == [5.0, 6.0]
    stack.push(history_command(project.trade_history, again, replace=True, name="b.csv"))
    assert [r.volume for r in project.trade_history.records] == [7.0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(2010, 2017), st.sampled_from(["A", "B", "Ö"]), st.sampled_from(["CRP", "Hb"]),
                          st.one_of(st.integers(0, 10**6), st.text("abx -", max_size=4))), min_size=1, max_size=30))
def test_good_and_bad_rows_account_for_every_row(tmp_path_factory, rows):
    body = "".join(f"{y};{b};{s};{v};;;\n" for y, b, s, v in rows)
    path = tmp_path_factory.mktemp("h") / "v.csv"
    path.write_text(HEADER + body, "utf-8")
    result = _read(path)
    assert len(result.bad_rows) == sum(1 for *_, v in rows if not isinstance(v, int))
    assert result.good_rows + len(result.bad_rows) == result.total_rows
    expected = sum(float(v) for *_, v in rows if isinstance(v, int))
    assert sum(r.volume for r in result.history.records) == pytest.approx(expected)
