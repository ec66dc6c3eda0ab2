"""Slides for a nämnd meeting (File → Export…, PowerPoint PPTX): a title slide, the key figures
against the current state, and one slide per chart page of the PDF paper, laid out as that page:
the section's heading with the page's number, the page's title, its legend (drawn as on the page:
an outlined square per status, a dotted line per kind), the chart, then the notes on dotted lines
to other pages and the caption. The chart is a 300 dpi PNG, which every PowerPoint and
LibreOffice shows, with the same chart as SVG beside it, which PowerPoint 2016 and later draw
instead (`ooxml_svg`: python-pptx embeds no SVG itself; EMF cannot be painted here); the caller
paints both (`orgdesigner.ui.render.exporter.slide_chart_pictures`), and the picture carries the
page's description as its alternative text. Qt-free."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from orgdesigner.io.exchange.tables import metric_label
from orgdesigner.io.paper.proposal_docx import ChartPicture
from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.io.words.numbers import amount, number, percent, points, signed

#: the figures a nämnd reads first, in this order (others stay in the paper and the tables)
KEY_FIGURES = ("clarity_index", "findings.error", "findings.warning", "units", "layers", "span_max", "trade.net_cost_sek")
_WIDE = (13.333, 7.5)  # inches: PowerPoint's 16:9 slide


def figure(key: str, value: float | int | None, lang: str) -> str:
    if value is None:
        return "–"
    if key == "clarity_index":
        return percent(value, lang)
    if key.endswith("_sek"):
        return amount(value, lang)
    return number(value, lang)


def change(key: str, base: float | int | None, value: float | int | None, lang: str) -> str:
    if base is None or value is None:
        return ""
    if key == "clarity_index":
        return points(value - base, lang)
    if key.endswith("_sek"):
        delta = round(value - base)
        return "±0" if not delta else signed(delta, lang, 0) + ("\u00a0kr" if lang != "en" else "")
    return signed(value - base, lang)


def key_figures(content: Any) -> list[tuple[str, str, str, str]]:
    """(figure, current state, proposal, change) rows, written as the reader writes them."""
    comparison = content.comparison
    if comparison is None:
        return []
    lang = content.lang
    found = {k: (b, v) for k, b, v in comparison.metrics}
    rows = []
    for key in KEY_FIGURES:
        if key in found:
            base, value = found[key]
            label = metric_label(key, lang)
            rows.append((label[:1].upper() + label[1:], figure(key, base, lang), figure(key, value, lang), change(key, base, value, lang)))
    return rows


def pptx_bytes(content: Any, pictures: list[ChartPicture]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    lang = content.lang
    deck = Presentation()
    width, height = Inches(_WIDE[0]), Inches(_WIDE[1])
    deck.slide_width, deck.slide_height = width, height
    title_layout, title_only = deck.slide_layouts[0], deck.slide_layouts[5]

    first = deck.slides.add_slide(title_layout)
    first.shapes.title.text = content.title
    first.placeholders[1].text = content.subtitle + (f"\n{content.reference}" if content.reference else "")

    rows = key_figures(content)
    if rows:
        slide = deck.slides.add_slide(title_only)
        slide.shapes.title.text = "Nyckeltal" if lang != "en" else "Key figures"
        heads = ("", content.comparison.base.name, content.comparison.scenario.name,
                 "Förändring" if lang != "en" else "Change")
        shape = slide.shapes.add_table(len(rows) + 1, 4, Inches(0.8), Inches(1.6), Inches(11.7), Inches(0.5 * (len(rows) + 1)))
        table = shape.table
        for c, text in enumerate(heads):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        for r in range(len(rows) + 1):
            for c in range(4):
                for paragraph in table.cell(r, c).text_frame.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(20)

    heading, caption = _chart_words(content)
    for page, picture in enumerate(pictures, start=1):
        of = f" ({page}/{len(pictures)})" if len(pictures) > 1 else ""
        _chart_slide(deck.slides.add_slide(title_only), picture, f"{heading}{of}", caption, lang)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


#: the chart slide's bands, in inches from the top (as the PDF's chart page: heading, title,
#: legend, chart, notes, caption)
SIDE = 0.5
HEADING_TOP, TITLE_TOP, TITLE_H, LEGEND_TOP, LEGEND_H = 0.3, 0.65, 0.8, 1.5, 0.35
CHART_TOP = 1.95
NOTES_LINE = 0.2  # a line of the notes (11 pt)
CAPTION_H = 0.35
MAX_ZOOM = 2.0  # a small page's chart grows on the slide, but not into a poster
NOTES_W = 4.0  # the notes' column beside a tall chart


def _chart_words(content: Any) -> tuple[str, str]:
    """The chart section's name (without the paper's "Bilaga 1.") and the chart's caption."""
    from orgdesigner.io.paper.proposal_content import SECTIONS, ChartBlock

    sv, en = SECTIONS["chart"]
    caption = next((b.caption for section in content.sections for b in section.blocks if isinstance(b, ChartBlock)), "")
    return (en if content.lang == "en" else sv), caption


def _chart_slide(slide: Any, picture: ChartPicture, heading: str, caption: str, lang: str) -> None:
    from pptx.util import Inches, Pt

    width, height = _WIDE
    _text(slide, heading, SIDE, HEADING_TOP, width - 2 * SIDE, 0.35, 16, bold=True, colour="#1f3a5f")
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Inches(SIDE), Inches(TITLE_TOP), Inches(width - 2 * SIDE), Inches(TITLE_H)
    title.text = picture.title
    frame = title.text_frame
    frame.word_wrap = True
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)  # flush with the heading above, as on the page
    paragraph = frame.paragraphs[0]
    paragraph.alignment = 1  # left, as on the page
    paragraph.runs[0].font.size = Pt(22 if len(picture.title) < 70 else 18)
    paragraph.runs[0].font.bold = True
    _legend(slide, picture.legend)
    more = (" Units whose lower levels are not shown here have a page of their own." if lang == "en"
            else " Enheter vars underställda enheter inte visas här har en egen sida.") if picture.more_pages else ""
    notes_h = NOTES_LINE * sum(1 + len(note) // 150 for note in picture.notes)
    room_w = width - 2 * SIDE
    natural_w = picture.width_in or room_w
    natural_h = picture.height_in or height - CHART_TOP - CAPTION_H
    # notes under the chart, as on the page; a tall, narrow chart (a column of hälsocentraler)
    # grows larger with the notes in a column beside it, where the slide would stay empty
    below = min(MAX_ZOOM, room_w / natural_w, (height - CHART_TOP - CAPTION_H - notes_h - 0.25) / natural_h)
    beside = min(MAX_ZOOM, (room_w - NOTES_W - 0.3) / natural_w, (height - CHART_TOP - CAPTION_H - 0.15) / natural_h)
    side_notes = bool(picture.notes) and beside > below * 1.15
    zoom = beside if side_notes else below
    image = slide.shapes.add_picture(io.BytesIO(picture.png), Inches(SIDE), Inches(CHART_TOP),
                                     Inches(natural_w * zoom), Inches(natural_h * zoom))
    if picture.alt:
        image._element.nvPicPr.cNvPr.set("descr", picture.alt)  # the picture's alternative text
    if picture.svg:  # PowerPoint 2016 and later draw the chart as vector graphics
        from pptx.opc.package import Part

        from orgdesigner.io.paper.ooxml_svg import attach_svg

        attach_svg(image._element.blipFill.blip, slide.part, Part, picture.svg, "/ppt/media/chart%d.svg")
    if side_notes:
        left = SIDE + natural_w * zoom + 0.3
        _text(slide, "\n".join(picture.notes), left, CHART_TOP, width - SIDE - left, natural_h * zoom, 11)
    elif picture.notes:
        _text(slide, "\n".join(picture.notes), SIDE, height - CAPTION_H - notes_h - 0.1, room_w, notes_h, 11)
    _text(slide, caption + more, SIDE, height - CAPTION_H, width - 2 * SIDE, CAPTION_H - 0.05, 12, italic=True)


def _text(slide: Any, text: str, left: float, top: float, width: float, height: float, size: float,
          bold: bool = False, italic: bool = False, colour: str | None = None) -> Any:
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)
    for index, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
        if colour:
            run.font.color.rgb = _rgb(colour)
    return box


def _legend(slide: Any, legend: list[tuple[str, str, bool]]) -> None:
    """The page's legend in one row, each mark drawn as on the chart: a status's outlined square,
    a dotted line in its kind's colour."""
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Inches, Pt

    size = 14
    x, mid, box = SIDE, LEGEND_TOP + LEGEND_H / 2, 0.2
    for colour, words, dotted in legend:
        if dotted:
            line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(x), Inches(mid), Inches(x + 0.5), Inches(mid))
            line.line.color.rgb = _rgb(colour)
            line.line.width = Pt(2.5)
            line.line.dash_style = MSO_LINE_DASH_STYLE.ROUND_DOT
            x += 0.6
        else:
            square = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(mid - box / 2), Inches(box), Inches(box))
            square.fill.solid()
            square.fill.fore_color.rgb = _rgb(_tint(colour))
            square.line.color.rgb = _rgb(colour)
            square.line.width = Pt(2)
            x += box + 0.1
        width = 0.1 + len(words) * size * 0.55 / 72  # wide enough for the words in any sans font
        text = _text(slide, words, x, LEGEND_TOP + 0.02, width, LEGEND_H, size)
        text.text_frame.word_wrap = False
        x += width + 0.3


def _tint(colour: str) -> str:
    """The colour mixed 80 % toward white, as the page's tinted square."""
    digits = colour.lstrip("#")[:6]
    return "#" + "".join(f"{round(int(digits[i:i + 2], 16) * 0.2 + 255 * 0.8):02x}" for i in (0, 2, 4))


def _rgb(colour: str) -> Any:
    from pptx.dml import color

    rgb: Any = color.RGBColor  # untyped constructor
    hex_digits = colour.lstrip("#")[:6]
    return rgb(int(hex_digits[0:2], 16), int(hex_digits[2:4], 16), int(hex_digits[4:6], 16))


def write_pptx(content: Any, path: Path | str, pictures: list[ChartPicture]) -> None:
    """The slides, written whole or not at all."""
    write_atomic(Path(path), pptx_bytes(content, pictures))
