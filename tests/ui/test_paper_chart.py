"""The chart pages as a reader sees them: every name whole, every changed card with an outline of
its own, dotted-line ends that show, and each page as vector graphics (SVG) for the papers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPolygonItem, QGraphicsRectItem

from orgdesigner.analysis.compare import diff_scenarios
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.entities import Unit
from orgdesigner.ui.render.chart_pages import drawn_kinds, page_svg, plan_pages
from orgdesigner.ui.render.paper_marks import ARROW_Z, FRAME_OUT, MARK_Z
from orgdesigner.ui.render.proposal_pdf import CHART_AREA_IN
from tests.conftest import EXAMPLE

LONG = "Privat hälsocentral A (Östersund, anonymiserad) med filial i Hammarstrand och Bispgården"


def _pages(scenario_id="koncern-2018", edit=None):
    project = load_project(EXAMPLE)
    scenario = project.scenarios[scenario_id]
    if edit is not None:
        edit(scenario)
    status = dict(diff_scenarios(project.scenarios["nulage-2017"], scenario).unit_status())
    return scenario, status, plan_pages(scenario, None, *CHART_AREA_IN, status=status)


def _cards(page):
    for scene in (page.scene, page.side):
        if scene is not None:
            yield from scene.cards.items()


def _name(unit_name_text: str) -> str:
    return " ".join(unit_name_text.split())


def _give_long_name(scenario):
    unit = next(u for u in scenario.units.values() if u.name.startswith("Privat hälsocentral A"))
    unit.name = LONG
    centre = next(u for u in scenario.units.values() if u.name == "Brunflo hälsocentral")
    centre.name = "Röntgenavdelningsföreståndarmottagningsenheten"  # one word wider than a card


@pytest.mark.parametrize("scenario_id", ["nulage-2017", "koncern-2018", "intraprenad-are-krokom"])
def test_no_name_is_cut_short_on_paper(qtbot, scenario_id):
    scenario, _, pages = _pages(scenario_id, _give_long_name)
    seen = set()
    for page in pages:
        for uid, card in _cards(page):
            text = card.name_text()
            assert "…" not in text, text
            # wrapped between words, or between letters for one word wider than the card
            assert _name(text) == scenario.units[uid].name or text.replace("\n", "") == scenario.units[uid].name
            box = card._name.mapRectToParent(card._name.boundingRect())  # the name stays inside its card
            assert card.rect().contains(box), (scenario.units[uid].name, box, card.rect())
            seen.add(uid)
    assert any(scenario.units[u].name == LONG for u in seen)


def test_screen_cards_still_elide_after_two_lines(qtbot):
    """The window's cards keep their size: only the paper grows them."""
    from orgdesigner.ui.chart.card import CardItem

    card = CardItem(Unit("x", LONG), 176.0, 62.0)
    text = card.name_text()
    assert text.count("\n") == 1 and text.endswith("…")


def _frames(page):
    scenes = [page.scene] + ([page.side] if page.side is not None else [])
    return [item for scene in scenes for item in scene.items()
            if isinstance(item, QGraphicsRectItem) and item.zValue() == MARK_Z]


def test_outlines_of_stacked_new_and_moved_cards_stay_apart(qtbot):
    _, status, pages = _pages()
    page = next(p for p in pages if "Närområde Östersund" in p.title)
    frames = _frames(page)
    assert len(frames) == len([u for u in page.units() if status.get(u) in {"added", "moved"}]) >= 19
    # nothing see-through over a card: Ghostscript and some printers draw PDF transparency pale
    assert all(f.brush().style() == Qt.BrushStyle.NoBrush for f in frames)
    svg = page_svg(page)[0].decode()
    assert set(re.findall(r'(?:fill|stroke)-opacity="([0-9.]+)"', svg)) == {"1"}
    outer = [f.sceneBoundingRect() for f in frames]  # the pen's outer edge included
    for i, a in enumerate(outer):
        for b in outer[i + 1:]:
            assert not a.intersects(b), (a, b)
    # each frame surrounds its own card, no further out than FRAME_OUT (+ antialiasing)
    for frame in frames:
        card = next(c for _, c in _cards(page) if frame.rect().contains(c.sceneBoundingRect()))
        assert frame.sceneBoundingRect().width() <= card.rect().width() + 2 * FRAME_OUT + 1.01


def test_marked_cards_say_their_status_in_words(qtbot):
    """Colour is not the only carrier: a black-and-white print still tells new from moved."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    _, status, pages = _pages()
    page = next(p for p in pages if "Närområde Östersund" in p.title)
    words = [i.text() for i in page.scene.items() if isinstance(i, QGraphicsSimpleTextItem) and i.zValue() == MARK_Z]
    assert words.count("ny") == 3 and words.count("flyttad") == 16


def _dotted_inside(scenario):
    """A dotted line with both ends on the närområden's page: from a hälsocentral to another
    närområde's head (framed: new), and one to a hälsocentral (framed: moved)."""
    by_name = {u.name: u for u in scenario.units.values()}
    by_name["Brunflo hälsocentral"].dotted_lines += (DottedLine(by_name["Närområde Härjedalen och söder"].id,
                                                                DottedKind.FUNCTIONAL),)
    by_name["Sveg hälsocentral"].dotted_lines += (DottedLine(by_name["Krokom hälsocentral"].id, DottedKind.AGREEMENT),)


def test_every_dotted_line_ends_in_an_arrowhead_above_cards_and_frames(qtbot):
    from orgdesigner.ui.chart.dotted import DottedLayer

    scenario, _, pages = _pages(edit=_dotted_inside)
    page = next(p for p in pages if "Närområde Östersund" in p.title)
    drawn = DottedLayer.of(page.scene).items
    assert len(drawn) == 2
    heads = [i for i in page.scene.items() if isinstance(i, QGraphicsPolygonItem) and i.zValue() == ARROW_Z]
    assert len(heads) == len(drawn)
    assert ARROW_Z > MARK_Z
    frames = [f.sceneBoundingRect() for f in _frames(page)]
    cards = [c.sceneBoundingRect() for _, c in _cards(page)]
    for head in heads:  # drawn above the frames (z), and on no card's text
        tip, *base = list(head.polygon())
        for rect in cards:
            assert not any(rect.adjusted(0.5, 0.5, -0.5, -0.5).contains(point) for point in [tip, *base])
        for rect in frames:  # nor does its tip reach under a frame's band
            assert not rect.adjusted(0.5, 0.5, -0.5, -0.5).contains(tip)
        # the tip touches a frame or a card: the head points at the unit the line goes to
        assert any(abs(rect.top() - tip.y()) < 0.6 or abs(rect.bottom() - tip.y()) < 0.6 for rect in cards + frames)


def test_stubs_to_other_pages_end_in_a_solid_dot_clear_of_the_frames(qtbot):
    _, _, pages = _pages()
    page = next(p for p in pages if "Närområde Östersund" in p.title)
    dots = [i for i in page.scene.items() if isinstance(i, QGraphicsEllipseItem)]
    assert len(dots) == 16  # each hälsocentral's line to the chefläkare on another page
    frames = [f.sceneBoundingRect() for f in _frames(page)]
    source = page.source()
    for dot in dots:
        box = dot.sceneBoundingRect()
        assert dot.zValue() > MARK_Z and dot.brush().color().alpha() == 255
        assert not any(f.intersects(box) for f in frames)
        assert source.contains(box)  # inside the printed picture, not cut at its edge


@pytest.fixture
def koncern_content(qtbot, tmp_path):
    from orgdesigner.io.export_job import ExportJob, prepare

    project = load_project(EXAMPLE)
    return prepare(project, ExportJob(Path(tmp_path / "paper.pdf"), "koncern-2018", "nulage-2017")).content


SVG = "{http://www.w3.org/2000/svg}"


def _svg_text(svg: bytes | str) -> str:
    return " ".join(t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text"))


def _check_svg(svg: bytes | str, width_in: float, height_in: float, names: list[str]) -> None:
    """An SVG chart page at print size, every name on it as text, in the font it was measured with."""
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert float(root.get("width").removesuffix("mm")) == pytest.approx(width_in * 25.4, abs=0.3)
    assert float(root.get("height").removesuffix("mm")) == pytest.approx(height_in * 25.4, abs=0.3)
    texts = _svg_text(svg)
    words = set(texts.split())
    for name in names:  # every card's name is in the SVG as text (searchable, not pixels)
        assert set(name.split()) <= words, name
    assert "Result unit" not in texts and "…" not in texts  # the paper's language, names whole
    # Qt writes the family it was asked for ("Sans Serif", fontconfig's alias), which Typst, Word
    # and browsers do not know: they would set the names in a serif of other widths
    families = {e.get("font-family") for e in root.iter() if e.get("font-family")}
    assert families and all(f.endswith(", sans-serif") and not f.startswith("Sans Serif") for f in families)


def test_the_pdfs_chart_pages_are_svg_at_print_size(koncern_content):
    from orgdesigner.ui.render.proposal_pdf import chart_figures

    figures = chart_figures(koncern_content)
    scenario = koncern_content.scenario
    pages = plan_pages(scenario, None, *CHART_AREA_IN)
    assert [f.title for f in figures] == [p.title for p in pages]
    for figure, page in zip(figures, pages, strict=True):
        assert figure.width_in <= CHART_AREA_IN[0] + 1e-6 and figure.height_in <= CHART_AREA_IN[1] + 1e-6
        _check_svg(figure.svg, figure.width_in, figure.height_in, [scenario.units[u].name for u in page.units()])
    assert any("Resultatenhet" in _svg_text(f.svg) for f in figures)


def test_the_docx_charts_carry_their_svg_for_word(koncern_content, tmp_path):
    """Word 2016 and later draw the SVG (vector); LibreOffice shows the PNG beside it."""
    from docx import Document

    from orgdesigner.io.paper.ooxml_svg import svg_of
    from orgdesigner.io.paper.proposal_docx import write_docx
    from orgdesigner.ui.render.chart_pages import DOCX_AREA_IN
    from orgdesigner.ui.render.exporter import docx_chart_pictures

    pictures = docx_chart_pictures(koncern_content, None)
    path = tmp_path / "paper.docx"
    write_docx(koncern_content, path, pictures)
    document = Document(str(path))
    shapes = [s for s in document.inline_shapes]
    blips = [s._inline.graphic.graphicData.pic.blipFill.blip for s in shapes]
    svgs = [svg for svg in (svg_of(b, document.part) for b in blips) if svg is not None]
    pages = plan_pages(koncern_content.scenario, None, *DOCX_AREA_IN)
    assert len(svgs) == len(pages) == len(pictures)
    scenario = koncern_content.scenario
    for svg, picture, page in zip(svgs, pictures, pages, strict=True):
        assert svg == picture.svg and picture.png.startswith(b"\x89PNG")
        _check_svg(svg, picture.width_in, picture.height_in, [scenario.units[u].name for u in page.units()])
    descriptions = [s._inline.docPr.get("descr") for s in shapes]
    assert any(d.startswith("Organisationsskiss: Närområde Östersund") and "Under Närområde Östersund: Brunflo hälsocentral" in d
               for d in descriptions)


def test_the_docx_running_head_keeps_title_and_number_apart(koncern_content, tmp_path):
    """Word's Header style brings its own tab stops (centre 8 cm, right 16.5 cm): LibreOffice ran the
    title into the diarienummer ("…1 mars 2018RS/1039/2017"). The head clears them and sets one."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT

    from orgdesigner.io.paper.proposal_docx import write_docx

    path = tmp_path / "paper.docx"
    write_docx(koncern_content, path, [])
    document = Document(str(path))
    head = document.sections[0].header.paragraphs[0]
    assert head.text == f"{koncern_content.title}\tRS/1039/2017  2017-12-06"
    own = list(head.paragraph_format.tab_stops)
    inherited = {stop.position for stop in head.style.paragraph_format.tab_stops}
    assert inherited  # the style does set some
    assert {stop.position for stop in own if stop.alignment == WD_TAB_ALIGNMENT.CLEAR} == inherited
    right = [stop for stop in own if stop.alignment == WD_TAB_ALIGNMENT.RIGHT]
    section = document.sections[0]
    assert len(right) == 1 and abs(right[0].position - (section.page_width - section.left_margin - section.right_margin)) < 20


def test_slides_lay_out_each_chart_page_as_the_paper_does(qtbot, tmp_path):
    """Issue 32 item 10: one slide per chart page of the PDF, in the page's order of parts:
    heading with the page's number, title, legend drawn as on the page, chart, notes, caption."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE
    from pptx.util import Emu

    from orgdesigner.io.export_job import ExportJob, prepare
    from orgdesigner.io.paper.ooxml_svg import svg_of
    from orgdesigner.ui.render.exporter import finish

    project = load_project(EXAMPLE)
    path = tmp_path / "namnd.pptx"
    prepared = prepare(project, ExportJob(path, "koncern-2018", "nulage-2017"))
    finish(project, prepared)
    deck = Presentation(str(path))
    scenario, status, pages = _pages()
    slides = list(deck.slides)[2:]
    assert [s.shapes.title.text for s in slides] == [p.title for p in pages]
    for number, (slide, page) in enumerate(zip(slides, pages, strict=True), start=1):
        texts = [s for s in slide.shapes if s.has_text_frame and s != slide.shapes.title and s.text_frame.text]
        heading, *rest = sorted(texts, key=lambda s: s.top)
        assert heading.text_frame.text == f"Organisationsskiss ({number}/{len(pages)})"
        picture = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
        caption = rest[-1]
        assert caption.text_frame.text.startswith("Organisationen i förslaget.")
        assert caption.text_frame.paragraphs[0].runs[0].font.italic
        assert heading.top < slide.shapes.title.top < picture.top < picture.top + picture.height <= caption.top
        assert picture.left + picture.width <= deck.slide_width and caption.top + caption.height <= deck.slide_height
        # the legend: a square per status and a dotted line per kind shown on the page, above the chart
        squares = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
        lines = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.LINE]
        assert len(squares) == len({status[u] for u in page.units() if u in status and status[u] != "removed"})
        assert len(lines) == len(drawn_kinds(page))
        marks = squares + lines
        assert all(slide.shapes.title.top < m.top < picture.top for m in marks)
        # the picture is sharp on a projector (≥ 150 dpi at its size) and says what it shows
        pixels = picture.image.size[0]
        assert pixels / Emu(picture.width).inches >= 150
        alt = picture._element.nvPicPr.cNvPr.get("descr")
        assert alt.startswith(f"Organisationsskiss: {page.title}") and all(scenario.units[u].name in alt for u in page.units())
        # PowerPoint 2016 and later draw the chart's SVG (vector) instead of the PNG
        svg = svg_of(picture._element.blipFill.blip, slide.part)
        assert svg is not None
        _check_svg(svg, *_printed(svg), [scenario.units[u].name for u in page.units()])
    near = next(s for s in slides if "Närområde Östersund" in s.shapes.title.text)
    notes = next(s for s in near.shapes if s.has_text_frame and "till Chefläkare" in s.text_frame.text)
    picture = next(s for s in near.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    # the tall column of hälsocentraler keeps its notes beside it, where the slide has room
    assert notes.left >= picture.left + picture.width and notes.left + notes.width <= deck.slide_width
    assert picture.height > Emu(int(4.5 * 914400))  # taller than with the notes below it
    for slide in slides:  # no notes over a chart
        pic = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
        for box in (s for s in slide.shapes if s.has_text_frame and "Streckad" in s.text_frame.text):
            assert box.left >= pic.left + pic.width or box.top >= pic.top + pic.height


def _printed(svg: bytes) -> tuple[float, float]:
    root = ET.fromstring(svg)
    return float(root.get("width").removesuffix("mm")) / 25.4, float(root.get("height").removesuffix("mm")) / 25.4


@pytest.mark.parametrize("scenario_id", ["nulage-2017", "koncern-2018"])
def test_stubs_keep_clear_of_connectors_and_other_cards(qtbot, scenario_id):
    """A staff unit left of its manager's line (the chefläkare) gets its stub on the left: on the
    right it ran into the line and its dot sat on the connector, as if the line ended there."""
    from PySide6.QtCore import QRectF

    scenario, _, pages = _pages(scenario_id)
    seen = 0
    for page in pages:
        for scene in [page.scene] + ([page.side] if page.side is not None else []):
            layout = scene.layout
            segments = [QRectF(min(x1, x2) - 0.5, min(y1, y2) - 0.5, abs(x2 - x1) + 1, abs(y2 - y1) + 1)
                        for segs in layout.connectors.values() for x1, y1, x2, y2 in segs]
            cards = {u: QRectF(x, y, layout.card_w, layout.card_h) for u, (x, y) in layout.positions.items()}
            for dot in [i for i in scene.items() if isinstance(i, QGraphicsEllipseItem)]:
                box = dot.sceneBoundingRect()
                assert not any(s.intersects(box) for s in segments), (page.title, box)
                assert not any(c.intersects(box) for c in cards.values())
                assert page.source().contains(box) or scene is page.side
                seen += 1
    assert seen >= 16
    chef = next(u for u in scenario.units if scenario.units[u].name == "Chefläkare")
    page = next(p for p in pages if chef in p.scene.cards)
    dots = [i.sceneBoundingRect() for i in page.scene.items() if isinstance(i, QGraphicsEllipseItem)]
    assert dots and all(d.right() < page.scene.layout.positions[chef][0] for d in dots)  # on its left


def test_every_form_on_a_card_is_written_as_a_label(qtbot):
    """'◆ Intraprenad' as '◆ Resultatenhet' and '◆ Koncernledning' beside it, not '◆ intraprenad'."""
    from orgdesigner.model.enums import UnitForm
    from orgdesigner.ui.chart import style
    from orgdesigner.ui.render.language import paper_language

    for lang in ("sv", "en"):
        with paper_language(lang):
            labels = [style.form_label(form) for form in UnitForm]
        assert all(label[:1].isupper() for label in labels), (lang, labels)
