"""Printing the chart: poster tiling arithmetic, and real PDFs from QPrinter for A4 and A3."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtPrintSupport import QPrinter

from orgdesigner.io.project.project_file import load_project
from orgdesigner.ui.printing.chart_print import (
    FOOTER_MM,
    MARGIN_MM,
    PrintOptions,
    plan,
    print_chart,
    set_up_printer,
)
from orgdesigner.ui.printing.tiles import PX_MM, poster_tiles, tile_count
from tests.conftest import EXAMPLE

A4 = (210.0 - 2 * MARGIN_MM, 297.0 - 2 * MARGIN_MM)
A3 = (297.0 - 2 * MARGIN_MM, 420.0 - 2 * MARGIN_MM)


@given(st.floats(10, 3000), st.floats(10, 3000), st.sampled_from([A4, A3]), st.floats(0, 30), st.booleans())
def test_tiles_cover_the_poster_and_neighbours_overlap_exactly(width, height, paper, overlap, landscape):
    page_w, page_h = (paper[1], paper[0]) if landscape else paper
    tiles = poster_tiles(width, height, page_w, page_h, overlap)
    columns, rows = max(t.column for t in tiles) + 1, max(t.row for t in tiles) + 1
    assert len(tiles) == columns * rows
    last = tiles[-1]
    assert last.x + page_w >= width - 1e-6 and last.y + page_h >= height - 1e-6  # nothing cut off
    if columns > 1:
        assert tiles[0].x + page_w - tiles[1].x == pytest.approx(overlap)  # shared strip
        assert tiles[columns - 2].x + page_w < width  # one column fewer would not do
    if rows > 1:
        assert tiles[0].y + page_h - tiles[columns].y == pytest.approx(overlap)


def test_page_coordinates_read_like_a_map():
    tiles = poster_tiles(500, 400, 190, 277, 10)
    assert [t.label for t in tiles] == ["A1", "B1", "C1", "A2", "B2", "C2"]
    assert tile_count(190, 190, 10) == 1 and tile_count(191, 190, 10) == 2


def _pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def _print_pdf(tmp_path, scenario, options, name):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / name
    printer.setOutputFileName(str(path))
    chosen = set_up_printer(printer, scenario, options)
    painted = print_chart(printer, scenario, options)
    return chosen, painted, path


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_poster_pdf_has_the_computed_pages_with_the_overlap(qapp, tmp_path, paper):
    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    options = PrintOptions(poster=True, paper=paper, overlap_mm=10.0)
    chosen, painted, path = _print_pdf(tmp_path, scenario, options, f"poster-{paper}.pdf")
    # the expected count, computed here from the chart's size on paper and the printable page
    from orgdesigner.ui.render.chart_image import _source, chart_scene

    source = _source(chart_scene(scenario))
    width, height = source.width() * PX_MM, source.height() * PX_MM
    page_w, page_h = A4 if paper == "A4" else A3
    if chosen.landscape:
        page_w, page_h = page_h, page_w
    page_h -= FOOTER_MM  # each sheet's foot holds its legend and label, never the chart
    expected = tile_count(width, page_w, 10.0) * tile_count(height, page_h, 10.0)
    other_w, other_h = page_h + FOOTER_MM, page_w - FOOTER_MM  # the other orientation
    portrait = tile_count(width, other_w, 10.0) * tile_count(height, other_h, 10.0)
    assert expected <= portrait  # the orientation needing fewer sheets was chosen
    assert painted == len(chosen.tiles) == expected == _pdf_pages(path)
    assert expected > 1  # the example is a real poster on both papers
    steps = {t.x for t in chosen.tiles}
    if len(steps) > 1:
        xs = sorted(steps)
        assert xs[1] - xs[0] == pytest.approx(page_w - 10.0)  # each sheet overlaps the last by 10 mm


def test_fit_prints_one_page_and_a_subtree_prints_less(qapp, tmp_path):
    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    _chosen, painted, path = _print_pdf(tmp_path, scenario, PrintOptions(), "fit.pdf")
    assert painted == 1 == _pdf_pages(path)
    area = next(u.id for u in scenario.units.values() if u.name.startswith("Område Primärvård"))
    whole = len(plan(scenario, PrintOptions(poster=True)).tiles)
    part = plan(scenario, PrintOptions(poster=True, subtree=area))
    assert len(part.tiles) < whole
    _chosen, painted, path = _print_pdf(tmp_path, scenario, PrintOptions(poster=True, subtree=area), "part.pdf")
    assert painted == len(part.tiles) == _pdf_pages(path)


def test_print_dialog_counts_pages_and_offers_the_selected_subtree(qtbot):
    from orgdesigner.io.project.project_file import load_project as load
    from orgdesigner.ui.printing.dialog import PrintChartDialog
    from orgdesigner.ui.undo import Document, DocumentController

    controller = DocumentController(Document(load(EXAMPLE)))
    area = next(u.id for u in controller.scenario.units.values() if u.name.startswith("Område Primärvård"))
    controller.select_units([area], centre=False)
    dialog = PrintChartDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.pages.text().startswith("1 ")
    dialog.poster_button.setChecked(True)
    posters = dialog.pages.text()
    assert dialog.subtree.isEnabled() and "Område Primärvård" in dialog.subtree.text()
    dialog.subtree.setChecked(True)
    assert dialog.options().subtree == area and dialog.pages.text() != posters


def _pdf_text(path) -> list[str]:
    """Each page's text, as pdftotext reads it."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_every_poster_sheet_names_its_place_and_explains_the_colours(qapp, tmp_path, paper):
    from orgdesigner.ui.chart import style

    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    chosen, painted, path = _print_pdf(tmp_path, scenario, PrintOptions(poster=True, paper=paper), f"p-{paper}.pdf")
    pages = _pdf_text(path)
    assert len(pages) == painted
    categories = {u.category for u in scenario.units.values()}
    for tile, text in zip(chosen.tiles, pages, strict=True):
        assert tile.label in text.split()  # the map coordinate, A1, B1 …
        assert f"page {tile.row * (max(t.column for t in chosen.tiles) + 1) + tile.column + 1} of {painted}" in text
        for category in categories:  # colour is never the only carrier of meaning, on paper either
            assert style.category_label(category) in text
        assert "professional/medical" in text  # the chefläkare's dotted lines are drawn, so explained


def test_fit_page_has_the_title_and_legend_and_says_how_small_the_names_get(qapp, tmp_path):
    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    chosen, _painted, path = _print_pdf(tmp_path, scenario, PrintOptions(paper="A4"), "fit.pdf")
    (text,) = _pdf_text(path)
    assert scenario.name in text and "Governance" in text
    # the example is wide: on one A4 sheet the names shrink far below the poster's 9 pt (the
    # private hälsocentraler stack in a column beside the region, so not quite as far as in a row)
    assert 2.0 < chosen.name_pt < 6.0
    assert plan(scenario, PrintOptions(poster=True)).name_pt == 9.0
