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


def test_a_long_bullet_list_is_laid_out_as_short_lists_with_every_item():
    """Qt lays out one <ul> in quadratic time (24,000 findings took seconds): the paper's HTML
    breaks a long list into back-to-back lists of LIST_CHUNK items, each item still a bullet."""
    from PySide6.QtGui import QTextDocument

    from orgdesigner.io.paper.proposal_content import BulletList
    from orgdesigner.ui.render.proposal_pdf import LIST_CHUNK, _block_html

    items = [f"Fynd {i}" for i in range(5 * LIST_CHUNK + 7)]
    doc = QTextDocument()
    doc.setHtml(_block_html(BulletList(items)))
    texts, sizes = [], []
    block = doc.begin()
    while block.isValid():
        if block.text():
            assert block.textList() is not None, block.text()
            texts.append(block.text())
            sizes.append(block.textList().count())
        block = block.next()
    assert texts == items
    assert max(sizes) <= LIST_CHUNK


def _broken_words(html: str, width_mm: float) -> list[str]:
    """Words Qt breaks mid-word when laying out `html` on a PDF page `width_mm` wide."""
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QPdfWriter

    from orgdesigner.ui.render.proposal_pdf import RESOLUTION, _document

    buffer = QBuffer(QByteArray())
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    doc = _document(writer, html, width_mm / 25.4 * RESOLUTION, 10_000)
    doc.pageCount()  # lays it out
    broken = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if end < len(text) and not text[end - 1].isspace() and not text[end].isspace() and text[end - 1] not in "-–,/":
                broken.append(text[max(0, end - 12):end] + "|" + text[end:end + 12])
        block = block.next()
    return broken


def test_no_table_of_the_example_paper_breaks_a_word():
    """The matrix bilaga goes on landscape pages and every column is at least as wide as its
    longest word: 'beställnin|g' and 'Vårdvalsnämnd|en' were printed before."""
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.render.proposal_pdf import MARGIN_MM, paper_html
    from tests.conftest import EXAMPLE

    project = load_project(EXAMPLE)
    for lang in ("sv", "en"):
        content = build_proposal(project, project.scenarios["koncern-2018"], compare_with=project.scenarios["nulage-2017"], lang=lang)
        before, _, _, after = paper_html(content)
        assert [turned for _, turned in after] == [True, False, False, False, False, False]  # the matrix is turned
        for html, turned in [(before, False), *after]:
            assert _broken_words(html, (297 if turned else 210) - 2 * MARGIN_MM) == []
