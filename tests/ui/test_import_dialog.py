"""The import dialog: guessed mapping, preview, bad rows listed, good rows or all as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.tables import matrix_table, units_table
from orgdesigner.model import Document
from orgdesigner.ui.exchange.import_dialog import ImportDialog
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


@pytest.fixture
def dialog(qtbot, controller):
    dialog = ImportDialog(controller)
    qtbot.addWidget(dialog)
    return dialog


GOOD = "Enhets-ID;Överordnad;Namn;Kategori\n1;;Region;styrning\n2;1;Hälsovalskansliet;beställarenhet\n3;1;Egenregin;egenregi\n"
BAD = GOOD + "4;9;Föräldralös;\n3;1;Dubblett;\n5;1;;\n"


def _file(tmp_path: Path, text: str, name: str = "hr.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_mapping_is_guessed_and_rows_previewed(dialog, tmp_path: Path):
    assert dialog.load(_file(tmp_path, GOOD))
    assert [dialog.mapping[k].currentData() for k in ("id", "parent", "name", "category")] == ["Enhets-ID", "Överordnad", "Namn", "Kategori"]
    assert dialog.preview.rowCount() == 3 and dialog.preview.item(1, 2).text() == "Hälsovalskansliet"
    assert dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()


def test_a_clean_file_imports_as_one_undo_step(dialog, controller, tmp_path: Path):
    dialog.load(_file(tmp_path, GOOD))
    before = set(controller.project.scenarios)
    assert dialog.apply(good_rows_only=False)
    new = set(controller.project.scenarios) - before
    assert len(new) == 1
    scenario = controller.project.scenarios[new.pop()]
    assert [u.name for u in scenario.units.values()] == ["Region", "Hälsovalskansliet", "Egenregin"]
    assert controller.scenario_id == scenario.id
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert set(controller.project.scenarios) == before


def test_bad_rows_are_listed_and_only_good_rows_import(dialog, controller, tmp_path: Path):
    dialog.load(_file(tmp_path, BAD))
    items = [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())]
    assert len(items) == 3
    assert "rad 5" in items[0] and "'9'" in items[0]
    assert "rad 6" in items[1] and "rad 7" in items[2]
    assert not dialog.import_all.isEnabled() and dialog.import_good.isEnabled()
    assert not dialog.apply(good_rows_only=False)
    assert dialog.apply(good_rows_only=True)
    scenario = controller.scenario
    assert set(scenario.units) == {"1", "2", "3"}


def test_remapping_a_column_rechecks(dialog, tmp_path: Path):
    dialog.load(_file(tmp_path, GOOD))
    dialog.set_column("name", None)
    assert not dialog.import_all.isEnabled() and "name" in dialog.summary.text()
    dialog.set_column("name", "Kategori")
    assert dialog.import_all.isEnabled()


def test_an_unreadable_file_says_why(dialog, tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x00\x01binary")
    assert not dialog.load(path)
    assert "not a text file" in dialog.summary.text()
    assert not dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()


def test_an_exported_workbook_with_its_matrix_comes_back(dialog, controller, tmp_path: Path):
    project = controller.project
    scenario = project.scenarios["now"]
    path = tmp_path / "roundtrip.xlsx"
    write_xlsx([units_table(scenario), matrix_table(project, scenario)], path)
    dialog.load(path)
    assert dialog.sheet.currentText() == "Enheter" and dialog.mapping["parent"].currentData() == "Överordnad (id)"
    dialog.load_roles(path)
    assert not dialog.has_bad_rows()
    assert dialog.apply(good_rows_only=False)
    imported = controller.scenario
    assert imported.id != "now"
    assert imported.units == scenario.units and imported.assignments == scenario.assignments


def test_a_drawio_org_chart_is_read_by_manager_name(dialog, controller, tmp_path: Path):
    from tests.io.exchange.test_import_units import DRAWIO

    assert dialog.load(_file(tmp_path, DRAWIO, "drawio.csv"))
    assert [dialog.mapping[k].currentData() for k in ("id", "parent", "name")] == ["id", "manager", "name"]
    assert dialog.parent_by.currentData() is True  # guessed: the column holds names
    assert dialog.units is not None and dialog.units.ok and dialog.import_all.isEnabled()
    dialog.parent_by.setCurrentIndex(dialog.parent_by.findData(False))  # the planner says: ids
    assert not dialog.units.ok and "Evan Miller" in dialog.bad_rows.item(0).text()
    dialog.parent_by.setCurrentIndex(dialog.parent_by.findData(True))
    assert dialog.apply(good_rows_only=False)
    scenario = controller.project.scenarios[controller.scenario_id]
    assert scenario.units["atu"].parent_id == "tva"


def test_a_uk_organogram_offers_xx_as_no_parent(dialog, controller, tmp_path: Path):
    from tests.io.exchange.test_import_units import ORGANOGRAM

    assert dialog.load(_file(tmp_path, ORGANOGRAM, "organogram.csv"))
    assert dialog.mapping["parent"].currentData() == "Reports to Senior Post"
    dialog.set_column("id", "Post Unique Reference")
    dialog.set_column("name", "Job Title")
    assert dialog.no_parent.text() == "XX" and dialog.parent_by.currentData() is False
    assert dialog.units is not None and dialog.units.ok
    dialog.no_parent.setText("")
    dialog.no_parent.editingFinished.emit()
    texts = [dialog.bad_rows.item(i).text() for i in range(dialog.bad_rows.count())]
    assert "organogram.csv rad 2: överordnad enhet 'XX' saknas i filen" in texts  # the dialog speaks Swedish
    assert "organogram.csv rad 3: överordnad enhet '1' importeras inte: dess rad 2 är felaktig" in texts
    dialog.no_parent.setText("N/A, xx")
    dialog.no_parent.editingFinished.emit()
    assert dialog.units.ok
    assert dialog.apply(good_rows_only=False)
    assert controller.project.scenarios[controller.scenario_id].roots() == ["1"]


def test_d3_org_charts_parent_id_column_is_guessed(dialog, tmp_path: Path):
    assert dialog.load(_file(tmp_path, "id,parentId,name\n1,,Top\n2,1,Below\n", "d3.csv"))
    assert dialog.mapping["parent"].currentData() == "parentId"
    assert dialog.units is not None and dialog.units.ok


def test_an_unreadable_file_after_a_bad_one_leaves_nothing_of_the_first(dialog, tmp_path: Path):
    assert dialog.load(_file(tmp_path, BAD))
    assert dialog.bad_rows.count() > 0 and dialog.preview.rowCount() > 0
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    assert not dialog.load(broken)
    assert "broken.xlsx" in dialog.summary.text() and dialog.path.text() == str(broken)
    assert dialog.bad_rows.count() == 0 and dialog.preview.rowCount() == 0  # no hr.csv rows under it
    assert not dialog.import_all.isEnabled() and not dialog.import_good.isEnabled()
    dialog.set_column("name", None)  # a remap after the failure has no file to recheck
    assert dialog.bad_rows.count() == 0


def test_swedish_dialog_says_why_a_file_cannot_be_read_in_swedish(qtbot, swedish, controller, tmp_path: Path):
    dialog = ImportDialog(controller)
    qtbot.addWidget(dialog)
    renamed = tmp_path / "enheter.xlsx"
    renamed.write_text("Enhets-ID;Namn\n1;Region\n", encoding="utf-8")
    assert not dialog.load(renamed)
    assert dialog.summary.text() == f"{renamed}: inte en XLSX-arbetsbok (är det en gammal .xls-fil eller en omdöpt CSV-fil?)"
    damaged = tmp_path / "trasig.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")
    assert not dialog.load(damaged)
    assert dialog.summary.text() == f"{damaged}: arbetsboken kan inte läsas: filen är skadad"
