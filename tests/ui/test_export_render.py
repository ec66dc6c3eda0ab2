"""Chart images (PNG at a chosen resolution, SVG) and the PDF decision paper, offscreen."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.paper.proposal import build_proposal, headings
from orgdesigner.ui.render.chart_image import MAX_PNG_PIXELS, MAX_PNG_SIDE, png_bytes, svg_bytes
from orgdesigner.ui.render.proposal_pdf import pdf_bytes
from tests.conftest import small_project


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def test_png_size_follows_the_resolution():
    scenario = small_project().scenarios["now"]
    low, high = _image(png_bytes(scenario, dpi=96)), _image(png_bytes(scenario, dpi=192))
    assert abs(high.width() - 2 * low.width()) <= 2 and abs(high.height() - 2 * low.height()) <= 2
    assert round(high.dotsPerMeterX() * 0.0254) == 192
    assert low.pixelColor(1, 1).name() == "#ffffff"  # a white background, not transparent


def test_a_subtree_image_is_smaller_and_holds_only_its_units():
    scenario = small_project().scenarios["now"]
    whole, part = _image(png_bytes(scenario, dpi=96)), _image(png_bytes(scenario, "pv", dpi=96))
    assert part.width() < whole.width()
    svg = svg_bytes(scenario, "pv").decode("utf-8")
    assert "Frösö hälsocentral" in svg and "Regionstyrelsen" not in svg


def test_svg_is_vector_and_well_formed():
    scenario = small_project().scenarios["now"]
    root = ET.fromstring(svg_bytes(scenario))
    assert root.tag.endswith("svg") and root.get("viewBox")
    assert all(not el.tag.endswith("image") for el in root.iter())


def test_a_huge_png_is_scaled_down_not_crashed():
    scenario = synthetic_project(units=600, functions=5, assignments=10).scenarios["s0"]
    image = _image(png_bytes(scenario, dpi=1200))
    assert image.width() * image.height() <= MAX_PNG_PIXELS * 1.01
    assert max(image.width(), image.height()) <= MAX_PNG_SIDE


def test_pdf_is_a4_with_every_section_and_page_numbers():
    project = small_project()
    content = build_proposal(project, project.scenarios["now"], lang="en", decision_text="Adopt the structure.")
    reader = PdfReader(__import__("io").BytesIO(pdf_bytes(content)))
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages)))
    for heading in headings("en", current_state=True, decision=True):
        assert heading in text
    assert f"Page 1 of {len(reader.pages)}" in text and "Adopt the structure." in text
    assert "Frösö hälsocentral" in text  # the chart's text is vector text, not pixels
    portrait = [float(v) for v in reader.pages[0].mediabox[2:]]
    assert abs(portrait[0] - 595.3) < 1.5 and abs(portrait[1] - 841.9) < 1.5


def test_no_text_of_the_example_papers_runs_into_other_text(tmp_path):
    """Every table column is at least as wide as its longest word, so no word is broken or runs
    into the next cell ('beställnin|g' and 'Vårdvalsnämnd|en' were printed before), the matrix is
    on landscape pages, and the chart pages' headings, legends and notes collide with nothing."""
    from orgdesigner.io.paper.proposal import role_headings
    from orgdesigner.io.project.project_file import load_project
    from tests.conftest import EXAMPLE
    from tests.pdf_words import collisions

    project = load_project(EXAMPLE)
    for lang in ("sv", "en"):
        content = build_proposal(project, project.scenarios["koncern-2018"], compare_with=project.scenarios["nulage-2017"], lang=lang)
        path = tmp_path / f"paper-{lang}.pdf"
        path.write_bytes(pdf_bytes(content))
        assert collisions(path) == []
        reader = PdfReader(path)
        roles = role_headings(lang)  # the matrix's header row, repeated on each of its pages
        matrix = [p for p in reader.pages if all(r in p.extract_text() for r in roles)]
        assert matrix and all(p.mediabox.width > p.mediabox.height for p in matrix)
