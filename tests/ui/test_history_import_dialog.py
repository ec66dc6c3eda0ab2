"""File → Import volume history…: guessed mapping, bad rows by number, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesigner.model import Document
from orgdesigner.model.trade_history import BuyerKind
from orgdesigner.ui.exchange.history_import import HistoryImportDialog
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project

GOOD = "År;Köpare;Analys;Antal;Listade;Regi\n2015;Brunflo hälsocentral;CRP;1 200,5;5000;egenregi\n2016;Brunflo hälsocentral;CRP;1100;5100;egenregi\n"
BAD = GOOD + "2017;Brunflo hälsocentral;CRP;många;5200;egenregi\n2017;;CRP;3;;\n"


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


@pytest.fixture
def dialog(qtbot, controller):
    dialog = HistoryImportDialog(controller, lang="en")
    qtbot.addWidget(dialog)
    return dialog


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "volymer.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


def test_a_clean_file_is_guessed_and_imports_as_one_undo_step(dialog, controller, tmp_path):
    assert dialog.load(_file(tmp_path, GOOD))
    assert [dialog.mapping[k].currentData() for k in ("period", "buyer", "service", "volume", "price_sek", "buyer_kind")] == [
        "År", "Köpare", "Analys", "Antal", None, "Regi"]
    assert dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()
    assert dialog.apply(good_rows_only=False)
    history = controller.project.trade_history
    assert [(r.period, r.volume) for r in history.records] == [("2015", 1200.5), ("2016", 1100.0)]
    assert history.buyer_kinds == {"Brunflo hälsocentral": BuyerKind.OWN}
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert not controller.project.trade_history.records


def test_bad_rows_are_listed_by_number_and_only_good_rows_import(dialog, controller, tmp_path):
    dialog.load(_file(tmp_path, BAD))
    rows = [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())]
    assert [r.split(":")[0] for r in rows] == ["volymer.csv row 4", "volymer.csv row 5"]
    assert "'många' is not a number" in rows[0]
    assert not dialog.import_all.isEnabled() and dialog.import_good.isEnabled()
    assert not dialog.apply(good_rows_only=False)
    assert dialog.apply(good_rows_only=True)
    assert len(controller.project.trade_history.records) == 2


def test_without_the_required_columns_nothing_can_be_imported(dialog, tmp_path):
    dialog.load(_file(tmp_path, GOOD))
    dialog.set_column("volume", None)
    assert dialog.checked is None and not dialog.import_all.isEnabled()
    assert "volume" in dialog.summary.text()


def test_an_unreadable_file_is_named(dialog, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("not a workbook")
    assert not dialog.load(path)
    assert "x.xlsx" in dialog.summary.text()
