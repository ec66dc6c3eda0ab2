"""Slides for a nämnd meeting (File → Export…, PowerPoint PPTX): a title slide, the key figures
against the current state, and one slide per chart page of the paper, laid out as the paper's
chart pages (the page's title, the chart picture, its legend). Qt-free: the chart pictures are
painted by the caller (`orgdesigner.ui.render.exporter.docx_chart_pictures`)."""

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

    for picture in pictures:
        slide = deck.slides.add_slide(title_only)
        slide.shapes.title.text = picture.title
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        # the chart page's picture, as large as the slide allows below the title and above the legend
        top, bottom_room = Inches(1.3), Inches(0.7)
        room_w, room_h = width - Inches(0.6), height - top - bottom_room
        image = slide.shapes.add_picture(io.BytesIO(picture.png), Inches(0.3), top)
        scale = min(room_w / image.width, room_h / image.height)
        image.width, image.height = int(image.width * scale), int(image.height * scale)
        image.left = int((width - image.width) / 2)
        if picture.legend:
            box = slide.shapes.add_textbox(Inches(0.3), height - bottom_room, width - Inches(0.6), bottom_room)
            paragraph = box.text_frame.paragraphs[0]
            for colour, words, dotted in picture.legend:
                mark = paragraph.add_run()
                mark.text = ("┈┈ " if dotted else "■ ")
                mark.font.size = Pt(14)
                mark.font.color.rgb = _rgb(colour)
                text = paragraph.add_run()
                text.text = words + "   "
                text.font.size = Pt(14)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _rgb(colour: str) -> Any:
    from pptx.dml import color

    rgb: Any = color.RGBColor  # untyped constructor
    hex_digits = colour.lstrip("#")[:6]
    return rgb(int(hex_digits[0:2], 16), int(hex_digits[2:4], 16), int(hex_digits[4:6], 16))


def write_pptx(content: Any, path: Path | str, pictures: list[ChartPicture]) -> None:
    """The slides, written whole or not at all."""
    write_atomic(Path(path), pptx_bytes(content, pictures))
