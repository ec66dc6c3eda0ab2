"""ArchiMate in the window: File → Export writes a schema-valid model; File → Import ArchiMate
model… shows what a model gives and what it skips, then opens it as a new, untitled project."""

from __future__ import annotations

from orgdesigner.io.exchange.archimate.writer import model_bytes
from orgdesigner.ui.exchange.archimate_import import ArchimateImportDialog
from orgdesigner.ui.exchange.export_dialog import ExportDialog
from tests.conftest import small_project
from tests.io.exchange.archimate_schema import assert_valid


def test_export_dialog_writes_an_archimate_model_of_every_scenario(qtbot, window, tmp_path):
    dialog = ExportDialog(window.controller, window, "en")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".xml"))
    assert dialog.path.text().endswith(".archimate.xml")
    assert dialog.form.isRowVisible(dialog.all_scenarios) and not dialog.form.isRowVisible(dialog.compare)
    dialog.all_scenarios.setChecked(True)
    dialog.path.setText(str(tmp_path / "region"))
    with qtbot.waitSignal(dialog.exportFinished, timeout=60_000) as blocker:
        dialog.start_export()
    written = blocker.args[0]
    assert written == [tmp_path / "region.archimate.xml"]
    assert_valid(written[0].read_bytes())
    assert written[0].read_bytes() == model_bytes(window.controller.project, None)
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))  # switching back drops .archimate
    assert dialog.path.text() == str(tmp_path / "region.pdf")


def test_import_dialog_lists_skipped_types_and_opens_the_model_untitled(qtbot, window, tmp_path):
    source = small_project()
    model = tmp_path / "arkitekterna.archimate.xml"
    data = model_bytes(source, ["now"]).replace(
        b"</elements>", b'<element identifier="p1" xsi:type="BusinessProcess"><name>Listning</name></element></elements>')
    model.write_bytes(data)
    dialog = ArchimateImportDialog(window.files, window, "en")
    qtbot.addWidget(dialog)
    assert dialog.load(model)
    assert "5 units, 3 roles" in dialog.summary.text()
    items = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert items == ["1 × element of type BusinessProcess", "1 × view (the chart lays itself out)"]
    assert dialog.open_button.isEnabled() and dialog.apply()
    assert window.controller.path is None
    scenario = window.controller.project.scenarios["now"]
    assert list(scenario.units) == list(source.scenarios["now"].units)
    assert scenario.assignments == source.scenarios["now"].assignments


def test_import_dialog_names_file_and_line_of_a_bad_file(qtbot, window, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<m>&x;</m>\n')
    dialog = ArchimateImportDialog(window.files, window, "en")
    qtbot.addWidget(dialog)
    assert not dialog.load(bad)
    assert dialog.error.text().startswith(f"{bad}: line 2: has a document type declaration")
    assert not dialog.open_button.isEnabled()
    assert window.controller.path is not None  # the open project stays


def test_the_file_menu_offers_the_archimate_import(window):
    texts = [a.text() for a in window.menus.file.actions()]
    assert texts.index(window.import_action.text()) < texts.index(window.import_archimate_action.text()) < texts.index(window.export_action.text())


def test_import_dialog_lets_the_planner_map_actors_without_a_category(qtbot, window, tmp_path):
    from pathlib import Path

    from orgdesigner.model.enums import UnitCategory

    dialog = ArchimateImportDialog(window.files, window, "en")
    qtbot.addWidget(dialog)
    assert dialog.load(Path(__file__).parents[1] / "io" / "exchange" / "archimate_xsd" / "archisurance.xml")
    assert not dialog.categories.isHidden() and dialog.categories.rowCount() == 17
    assert set(dialog.chosen_categories().values()) == {UnitCategory.UNKNOWN}  # nothing assumed
    dialog.choose_category("Client", UnitCategory.PRIVATE_PROVIDER)
    dialog.choose_category("Board", UnitCategory.GOVERNANCE)
    assert dialog.apply()
    units = {u.name: u.category for u in next(iter(window.controller.project.scenarios.values())).units.values()}
    assert units["Client"] is UnitCategory.PRIVATE_PROVIDER and units["Board"] is UnitCategory.GOVERNANCE
    assert units["Finance"] is UnitCategory.UNKNOWN


def test_import_dialog_names_an_archimate_2_1_file_in_swedish(qtbot, window, tmp_path):
    old = tmp_path / "old.xml"
    old.write_text('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate" identifier="m">'
                   "<name>Gammal</name></model>\n", encoding="utf-8")
    dialog = ArchimateImportDialog(window.files, window, "sv")
    qtbot.addWidget(dialog)
    assert not dialog.load(old)
    assert dialog.error.text() == f"{old}: rad 2: exchange-filer i ArchiMate 2.1 stöds inte; exportera som 3.x"
    assert dialog.categories.isHidden()
