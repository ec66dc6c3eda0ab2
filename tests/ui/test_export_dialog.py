"""The export dialog: formats, a worker-thread export with progress, errors shown in place."""

from __future__ import annotations

from pathlib import Path

import docx
import networkx as nx
import pandas as pd
import pytest
from pypdf import PdfReader

from orgdesigner.model import Document
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.ui.exchange.export_dialog import ExportDialog
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.fixture
def controller(qtbot):
    project = small_project()
    project.reference = "RS/1/2026"
    project.scenarios["k"] = copied_scenario(project.scenarios["now"], "k", "Koncern")
    project.scenarios["k"].proposal = "Regionstyrelsen inför koncernstrukturen."
    return DocumentController(Document(project))


@pytest.fixture
def dialog(qtbot, controller):
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    return dialog


def _export(qtbot, dialog: ExportDialog, path: Path) -> list[Path]:
    dialog.format.setCurrentIndex(dialog.format.findData(path.suffix))
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.exportFinished, timeout=60_000) as blocker:
        dialog.start_export()
    return blocker.args[0]


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".pptx", ".xlsx", ".csv", ".png", ".svg", ".graphml"])
def test_every_format_is_written(qtbot, dialog, tmp_path: Path, suffix: str):
    written = _export(qtbot, dialog, tmp_path / f"out{suffix}")
    assert written and all(p.exists() and p.stat().st_size > 0 for p in written)
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_the_paper_uses_the_dialog_fields(qtbot, dialog, controller, tmp_path: Path):
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("k"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reference.setText("RS/77/2026")
    dialog.decision.setPlainText("The board adopts the koncern structure.")
    path = _export(qtbot, dialog, tmp_path / "paper.pdf")[0]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "RS/77/2026" in text and "The board adopts the koncern structure." in text
    assert "Attachment 4. Comparison with the current state" in text and "Koncern" in text


def test_a_selected_subtree(qtbot, controller, tmp_path: Path):
    controller.select_units(["pv"], centre=False)
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.subtree.isEnabled() and "Primärvården" in dialog.subtree.text()
    dialog.subtree.setChecked(True)
    graph = nx.read_graphml(_export(qtbot, dialog, tmp_path / "pv.graphml")[0])
    assert set(graph.nodes) == {"pv", "hc1", "hc2"}


def test_csv_uses_the_chosen_separator(qtbot, dialog, tmp_path: Path):
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    dialog.separator.setCurrentIndex(dialog.separator.findData(";"))
    written = _export(qtbot, dialog, tmp_path / "t.csv")
    units = pd.read_csv(next(p for p in written if p.name == "t-units.csv"), sep=";", encoding="utf-8-sig", dtype=str)
    assert units["Id"].tolist() == ["rs", "best", "pv", "hc1", "hc2"]


def test_a_missing_folder_is_reported_in_the_dialog(qtbot, dialog, tmp_path: Path):
    dialog.path.setText(str(tmp_path / "nowhere" / "x.pdf"))
    dialog.start_export()
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    assert dialog.export_button.isEnabled()


def test_a_write_failure_keeps_the_dialog_open(qtbot, dialog, tmp_path: Path):
    target = tmp_path / "dir.xlsx"
    target.mkdir()  # a folder where the file should go: the write fails
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exportFailed, timeout=60_000):
        dialog.start_export()
    assert "dir.xlsx" in dialog.error.text() and dialog.export_button.isEnabled()
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_changing_format_changes_suffix_and_fields(qtbot, dialog):
    dialog.path.setText("/tmp/plan.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert dialog.path.text() == "/tmp/plan.png"
    assert dialog.form.isRowVisible(dialog.dpi) and not dialog.form.isRowVisible(dialog.decision)


def test_docx_from_the_dialog_has_headings(qtbot, dialog, tmp_path: Path):
    path = _export(qtbot, dialog, tmp_path / "p.docx")[0]
    from orgdesigner.io.paper.proposal import headings

    # the dialog offers the proposal (issue 32): every section, its förslag included
    assert [p.text for p in docx.Document(path).paragraphs if p.style.name == "Heading 1"] == headings("sv")


def test_file_menu_has_import_and_export_above_quit(qtbot, tmp_path: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from orgdesigner.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    actions = [a for a in window.menus.file.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    quit_index = next(i for i, a in enumerate(actions) if a.menuRole() == QAction.MenuRole.QuitRole)
    assert texts.index(window.import_action.text()) < texts.index(window.export_action.text()) < quit_index
    assert window.export_action.shortcut().toString() == "Ctrl+E"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_progress_bar_follows_the_pages_being_drawn(qtbot, dialog, tmp_path: Path, suffix: str):
    """Painting runs on the GUI thread: the progress dialog counts the chart pages (then the
    PDF's typesetting) or chart pictures (DOCX) up to all of them, stays up until the file is
    written, then goes away."""
    seen: list[tuple[int, int, int, bool]] = []

    def drawn(step: int, steps: int) -> None:
        assert dialog.progress is not None
        seen.append((step, steps, dialog.progress.value(), dialog.progress.maximum() == steps))

    dialog.drawProgress.connect(drawn)
    written = _export(qtbot, dialog, tmp_path / f"paper{suffix}")
    assert seen, "no progress while drawing"
    steps = seen[0][1]
    assert [s[0] for s in seen] == list(range(1, steps + 1))
    assert all(value == step and matches for step, _, value, matches in seen)
    if suffix == ".pdf":  # each chart page drawn, then the typesetting
        pages = PdfReader(written[0]).pages
        charts = [p for p in pages if p.mediabox.width > p.mediabox.height and "Organisationsskiss" in p.extract_text()]
        assert charts and steps == len(charts) + 1
    assert dialog.progress is None


def test_defaults_never_compare_the_current_state_with_itself(qtbot, controller):
    """Issue 32: opened on the current state, the dialog offers the proposal with its stored förslag."""
    project = controller.project
    project.scenarios["k"].proposal = "Regionstyrelsen inför koncernstrukturen."
    project.scenarios["x"] = copied_scenario(project.scenarios["now"], "x", "Utan förslag")
    assert controller.scenario_id == "now"  # the current state, the first scenario
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.scenario.currentData() == "k"  # the scenario with a stored förslag
    assert dialog.compare.currentData() == "now"
    assert dialog.decision.toPlainText() == "Regionstyrelsen inför koncernstrukturen."
    assert dialog.compare.findData("k") < 0  # a scenario is never offered to compare with itself
    # choosing another scenario keeps the comparison with the current state, and its own förslag
    dialog.compare.setCurrentIndex(dialog.compare.findData("x"))
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("x"))
    assert dialog.compare.currentData() == "now" and dialog.decision.toPlainText() == ""
    # a choice the planner made stays while it is valid
    dialog.compare.setCurrentIndex(dialog.compare.findData("k"))
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("now"))
    assert dialog.compare.currentData() == "k"
    assert dialog.job().compare_id == "k"


def test_opened_on_a_proposal_the_dialog_exports_it_against_the_current_state(qtbot, controller):
    controller.set_current_scenario("k")
    controller.project.scenarios["k"].proposal = "Förslag."
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.scenario.currentData() == "k" and dialog.compare.currentData() == "now"
    assert dialog.decision.toPlainText() == "Förslag."


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_proposal_without_forslag_is_not_exported_and_the_dialog_asks_for_one(qtbot, dialog, tmp_path: Path, suffix: str):
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("k"))
    dialog.decision.setPlainText("  \n")
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.path.setText(str(tmp_path / f"paper{suffix}"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=5_000) as blocker:
        dialog.start_export()
    assert "Koncern" in blocker.args[0] and "förslag till beslut" in blocker.args[0]
    assert not (tmp_path / f"paper{suffix}").exists() and dialog.error.isVisibleTo(dialog)
    assert dialog.export_button.isEnabled()
    dialog.decision.setPlainText("Regionstyrelsen antar koncernstrukturen.")
    assert _export(qtbot, dialog, tmp_path / f"paper{suffix}")[0].exists()


def test_the_current_state_is_described_without_forslag(qtbot, dialog, tmp_path: Path):
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("now"))
    assert not dialog.compare.isEnabled()  # a nulägesbeskrivning compares with nothing
    dialog.decision.setPlainText("")
    assert _export(qtbot, dialog, tmp_path / "today.docx")[0].exists()


def test_the_word_template_field_shows_for_docx_and_a_bad_template_is_refused_in_place(qtbot, dialog, tmp_path: Path):
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert dialog.form.isRowVisible(dialog.template_row)
    bad = tmp_path / "mall.docx"
    bad.write_text("ingen mall", encoding="utf-8")
    dialog.template.setText(str(bad))
    dialog.path.setText(str(tmp_path / "paper.docx"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=5_000) as blocker:
        dialog.start_export()
    assert str(bad) in blocker.args[0] and not (tmp_path / "paper.docx").exists()
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert not dialog.form.isRowVisible(dialog.template_row) and dialog.job().template is None


def test_slides_for_the_board_one_per_chart_page_with_the_key_figures(qtbot, tmp_path: Path):
    """Issue 32: the chart pages and the key figures as a PPTX, one slide a page."""
    from pptx import Presentation

    from orgdesigner.io.export_job import ExportJob, prepare
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.resources import example_path
    from orgdesigner.ui.render.chart_pages import plan_pages
    from orgdesigner.ui.render.exporter import finish
    from orgdesigner.ui.render.proposal_pdf import CHART_AREA_IN

    project = load_project(example_path())
    base, proposal = list(project.scenarios)[:2]
    path = tmp_path / "namnd.pptx"
    prepared = prepare(project, ExportJob(path, proposal, compare_id=base, lang="sv"))
    assert finish(project, prepared) == [path]
    deck = Presentation(str(path))
    slides = list(deck.slides)
    pages = plan_pages(project.scenarios[proposal], None, *CHART_AREA_IN, lang="sv")
    assert len(slides) == 2 + len(pages)  # title, key figures, one slide per chart page of the PDF
    assert slides[0].shapes.title.text == prepared.content.title
    table = next(s for s in slides[1].shapes if s.has_table).table
    cells = [[table.cell(r, c).text for c in range(4)] for r in range(len(table.rows))]
    assert cells[0][1:3] == [project.scenarios[base].name, project.scenarios[proposal].name]
    clarity = next(row for row in cells if row[0].lower().startswith("tydlighetsindex"))
    assert clarity[1].endswith("\u00a0%") and "procentenheter" in clarity[3]
    for slide, page in zip(slides[2:], pages, strict=True):
        assert slide.shapes.title.text == page.title
        pictures = [s for s in slide.shapes if s.shape_type == 13]  # a picture
        assert len(pictures) == 1
        picture = pictures[0]
        # inside the slide, below the title
        assert picture.left >= 0 and picture.left + picture.width <= deck.slide_width
        assert picture.top >= slide.shapes.title.top + slide.shapes.title.height * 0.5
        assert picture.top + picture.height <= deck.slide_height


@pytest.mark.parametrize(("name", "stem"), [("Koncern – mitt förslag", "Koncern-mitt-förslag"),
                                             ("Nuläge 2017 (kopia)", "Nuläge-2017-kopia"),
                                             ("Åre/Krokom: intraprenad", "Åre-Krokom-intraprenad"),
                                             ("–", "export")])
def test_the_suggested_file_is_named_after_the_scenario_with_single_dashes(qtbot, controller, name: str, stem: str):
    """A planner's scenario name with a dash, brackets or a slash suggests a file name a planner
    would write (one dash between words), not "Koncern---mitt-förslag"."""
    controller.project.scenarios["k"].name = name
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("k"))
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    dialog.path.clear()
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert Path(dialog.path.text()).name == f"{stem}.pdf"
