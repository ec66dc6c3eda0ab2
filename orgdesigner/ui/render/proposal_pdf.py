"""The decision paper as PDF: A4, numbered headings, page numbers, the chart as vector graphics.

The text is laid out by QTextDocument from the content model's blocks (HTML), paginated on the
PDF writer itself so fonts measure the same as they print. The organisation chart gets a page of
its own (landscape when the chart is wide) and is painted straight from the chart scene, so it
stays vector: it can be zoomed without blur and its text can be searched.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from orgdesigner.io.atomic import write_atomic

if TYPE_CHECKING:  # Qt is imported when a paper is painted
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainter, QPdfWriter, QTextDocument

from orgdesigner.io.proposal_content import (
    Block,
    BulletList,
    ChartBlock,
    NumberedList,
    Paragraph,
    ProposalContent,
    SubHeading,
    TableBlock,
)

MARGIN_MM = 20.0
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
BODY_PT = 10.0
CSS = """
body { font-family: 'DejaVu Sans', 'Arial', 'Segoe UI', 'Helvetica', sans-serif; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; color: #1f3a5f; }
h2 { font-size: 11.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; color: #1f3a5f; }
p { margin-top: 0pt; margin-bottom: 6pt; }
.title { font-size: 24pt; font-weight: bold; color: #1f3a5f; margin-bottom: 4pt; }
.subtitle { font-size: 13pt; margin-bottom: 14pt; }
th { background-color: #dde5ef; font-weight: bold; text-align: left; }
td, th { font-size: 8.5pt; }
.caption { font-style: italic; color: #444444; }
"""


# Qt's rich text honours margins given on the element, not always those from the style sheet.
P_STYLE = "margin-top:0px; margin-bottom:10px; font-size:10pt"
H1_STYLE = "margin-top:36px; margin-bottom:10px"
H2_STYLE = "margin-top:18px; margin-bottom:6px"


#: the body font and what stands in for it where it is not installed (Windows has no DejaVu)
FONT_FAMILIES = ["DejaVu Sans", "Arial", "Segoe UI", "Helvetica"]


def _font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _block_html(block: Block) -> str:
    if isinstance(block, Paragraph):
        inner = f"<i>{_esc(block.text)}</i>" if block.italic else _esc(block.text)
        return f'<p style="{P_STYLE}">{inner}</p>'
    if isinstance(block, SubHeading):
        return f'<h2 style="{H2_STYLE}">{_esc(block.text)}</h2>'
    if isinstance(block, BulletList):
        return _bullets(block.items)
    if isinstance(block, NumberedList):
        rows = []
        for number, (text, subs) in enumerate(block.points, start=1):
            rows.append(f'<tr><td width="6%" style="font-size:10pt">{number}.</td><td colspan="2" style="font-size:10pt">{_esc(text)}</td></tr>')
            rows += [f'<tr><td></td><td width="5%" style="font-size:10pt">{chr(97 + i % 26)}.</td><td style="font-size:10pt">{_esc(sub)}</td></tr>' for i, sub in enumerate(subs)]
        return f'<table cellspacing="0" cellpadding="2" width="100%">{"".join(rows)}</table><p></p>'
    if isinstance(block, TableBlock):
        widths = block.widths or [1.0] * len(block.columns)
        total = sum(widths)
        head = "".join(f'<th width="{100 * w / total:.0f}%">{_esc(c)}</th>' for c, w in zip(block.columns, widths, strict=True))
        body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in block.rows)
        return (f'<table border="1" cellspacing="0" cellpadding="4" width="98%" style="border-color:#9aa8b8">'
                f"<thead><tr>{head}</tr></thead>{body}</table><p></p>")
    return ""


#: items per <ul>: Qt lays out one long list in quadratic time (24,000 findings of a 10,000-unit
#: region took 4 s in setHtml alone); back-to-back short lists print the same and stay linear
LIST_CHUNK = 100


def _bullets(items: list[str]) -> str:
    chunks = [items[i:i + LIST_CHUNK] for i in range(0, len(items), LIST_CHUNK)]
    out = []
    for number, chunk in enumerate(chunks):
        # only the first and last chunk keep the list's outer spacing, so the joins do not show
        top = "" if number == 0 else "margin-top:0px;"
        bottom = "" if number == len(chunks) - 1 else "margin-bottom:0px;"
        style = f' style="{top}{bottom}"' if top or bottom else ""
        out.append(f"<ul{style}>" + "".join(f"<li>{_esc(item)}</li>" for item in chunk) + "</ul>")
    return "".join(out)


def paper_html(content: ProposalContent) -> tuple[str, str, ChartBlock | None, str]:
    """HTML before the chart, the chart section's heading, the chart block, HTML after it.

    The header block (date, avdelning, handläggare, telephone, e-mail, diarienummer) comes first,
    then the title, as in the seeds' tjänsteskrivelse."""
    before = ['<table cellspacing="0" cellpadding="1">']
    before += [f'<tr><td><span style="font-size:8.5pt; color:#444444">{_esc(k)}</span>&nbsp;&nbsp;</td>'
               f'<td><span style="font-size:9pt">{_esc(v)}</span></td></tr>' for k, v in content.meta]
    before.append("</table>")
    before += [f'<p class="title" style="margin-top:18px">{_esc(content.title)}</p>',
               f'<p class="subtitle">{_esc(content.subtitle)}</p>']
    after: list[str] = []
    chart: ChartBlock | None = None
    chart_heading = ""
    target = before
    for section in content.sections:
        charts = [b for b in section.blocks if isinstance(b, ChartBlock)]
        if charts:
            chart, chart_heading, target = charts[0], section.heading, after
            continue
        target.append(f'<h1 style="{H1_STYLE}">{_esc(section.heading)}</h1>')
        target += [_block_html(b) for b in section.blocks]
    return "".join(before), chart_heading, chart, "".join(after)


#: called with (page being drawn, pages in all) so a dialog can show how far the paper is
Progress = Callable[[int, int], None]


class _Pages:
    """Draws pages on one QPdfWriter with a running header and 'Sida N av M' footer."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, content: ProposalContent, total: int,
                 progress: Progress | None = None) -> None:
        self.writer, self.painter, self.content, self.total = writer, painter, content, total
        self.progress = progress
        self.number = 0

    def start(self, first: bool = False) -> None:
        if not first:
            self.writer.newPage()
        self.number += 1
        if self.progress is not None:
            self.progress(self.number, self.total)
        self._furniture()

    def body_rect(self) -> QRectF:
        from PySide6.QtCore import QRectF

        page = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        return QRectF(0, 0, page.width(), page.height())

    def _furniture(self) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        painter, rect = self.painter, self.body_rect()
        painter.save()
        painter.setFont(_font(7.5))
        painter.setPen(QColor("#555555"))
        dpi = self.writer.resolution()
        band = 0.16 * dpi  # a line of small print
        gap = 0.12 * dpi
        en = self.content.lang == "en"
        left = f"{self.content.title}: {self.content.subtitle}"
        reference = self.content.reference
        top = QRectF(0, -band - gap, rect.width(), band)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), reference)
        footer = QRectF(0, rect.height() + gap, rect.width(), band)
        text = f"Page {self.number} of {self.total}" if en else f"Sida {self.number} av {self.total}"
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


def _document(writer: QPdfWriter, body_html: str, width: float, height: float) -> QTextDocument:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(BODY_PT))
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    doc.setPageSize(QSizeF(width, height))
    return doc


def _draw_document(pages: _Pages, doc: QTextDocument, first_page_is_current: bool) -> None:
    from PySide6.QtCore import QRectF

    rect = pages.body_rect()
    for index in range(doc.pageCount()):
        if index > 0 or not first_page_is_current:
            pages.start()
        painter = pages.painter
        painter.save()
        painter.translate(0, -index * rect.height())
        doc.drawContents(painter, QRectF(0, index * rect.height(), rect.width(), rect.height()))
        painter.restore()


def pdf_bytes(content: ProposalContent, progress: Progress | None = None) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    from orgdesigner.ui.render.chart_pages import ChartPage, legend_items, paint_page, plan_pages

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{content.title}: {content.subtitle}")
    writer.setCreator("orgdesigner")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    portrait = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    writer.setPageLayout(portrait)
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    before_html, chart_heading, chart, after_html = paper_html(content)
    before = _document(writer, before_html, rect.width(), rect.height())
    after = _document(writer, after_html, rect.width(), rect.height())
    chart_pages: list[ChartPage] = []
    status: dict[str, str] = {}
    if chart is not None:
        subtree = chart.unit_ids[0] if len(chart.unit_ids) != len(content.scenario.units) and chart.unit_ids else None
        if content.comparison is not None:
            from orgdesigner.analysis.compare import diff_scenarios

            status = dict(diff_scenarios(content.comparison.base, content.scenario).unit_status())
        # landscape A4 less the margins, the heading line and the legend and caption lines
        width_in = (297 - 2 * MARGIN_MM) / 25.4
        height_in = (210 - 2 * MARGIN_MM) / 25.4 - 0.95
        chart_pages = plan_pages(content.scenario, subtree, width_in, height_in, status, content.lang)
    total = before.pageCount() + after.pageCount() + len(chart_pages)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pages = _Pages(writer, painter, content, total, progress)
        pages.start(first=True)
        _draw_document(pages, before, first_page_is_current=True)
        if chart is not None:
            landscape = QPageLayout(portrait.pageSize(), QPageLayout.Orientation.Landscape, margins, QPageLayout.Unit.Millimeter)
            for number, page in enumerate(chart_pages, start=1):
                writer.setPageLayout(landscape)
                pages.start()
                body = pages.body_rect()
                painter.setFont(_font(13, bold=True))
                line = painter.fontMetrics().height() * 1.5
                of = f" ({number}/{len(chart_pages)})" if len(chart_pages) > 1 else ""
                painter.drawText(QRectF(0, 0, body.width(), line), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                                 f"{chart_heading}{of}")
                painter.setFont(_font(10, bold=True))
                painter.drawText(QRectF(0, line, body.width(), line * 0.8), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), page.title)
                line *= 1.8
                painter.setFont(_font(9))
                legend_h = painter.fontMetrics().height() * 1.6
                x = 0.0
                for colour, word in legend_items(status, content.lang):
                    box = painter.fontMetrics().height() * 0.8
                    painter.save()
                    painter.setPen(QPen(QColor(colour), box * 0.25))
                    tint = QColor(colour)
                    tint.setAlpha(60)
                    painter.setBrush(tint)
                    painter.drawRect(QRectF(x, line + (legend_h - box) / 2, box, box))
                    painter.restore()
                    x += box * 1.5
                    painter.drawText(QRectF(x, line, body.width(), legend_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), word)
                    x += painter.fontMetrics().horizontalAdvance(word) + box * 2
                painter.setFont(_font(9, italic=True))
                caption_h = painter.fontMetrics().height() * 2
                caption = chart.caption
                if len(chart_pages) > 1:
                    caption += (" Units whose lower levels are not shown here have a page of their own."
                                if content.lang == "en" else " Enheter vars underställda enheter inte visas här har en egen sida.")
                painter.drawText(QRectF(0, body.height() - caption_h, body.width(), caption_h),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap), caption)
                paint_page(painter, page, 0, line + legend_h, RESOLUTION)
            writer.setPageLayout(portrait)
        if after.pageCount() and after_html:
            _draw_document(pages, after, first_page_is_current=False)
    finally:
        painter.end()
    buffer.close()
    outline = _heading_pages(before, rect.height(), 0)
    if chart is not None:
        outline.append((chart_heading, before.pageCount()))
    outline += _heading_pages(after, rect.height(), before.pageCount() + len(chart_pages))
    return accessible_pdf(bytes(data.data()), f"{content.title}: {content.subtitle}", content.lang, outline)


def _heading_pages(doc: QTextDocument, page_height: float, first_page: int) -> list[tuple[str, int]]:
    """(heading text, page index) of every level-1 heading, from the document's own pagination."""
    out = []
    block = doc.begin()
    layout = doc.documentLayout()
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            top = layout.blockBoundingRect(block).top()
            out.append((block.text(), first_page + int(top // page_height)))
        block = block.next()
    return out


def accessible_pdf(data: bytes, title: str, lang: str, outline: list[tuple[str, int]]) -> bytes:
    """Title and language in the metadata, a bookmark per section, the title shown by viewers
    (lag 2018:1937 om tillgänglighet till digital offentlig service). Qt's PDF writer has no
    outline, so pypdf adds it to the written file."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Title": title, "/Creator": "orgdesigner", "/Producer": "orgdesigner"})
    root = writer._root_object
    root[NameObject("/Lang")] = TextStringObject("en-GB" if lang == "en" else "sv-SE")
    root[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
    pages = len(writer.pages)
    for text, page in outline:
        writer.add_outline_item(title=text, page_number=min(page, pages - 1))
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_pdf(content: ProposalContent, path: Path, progress: Progress | None = None) -> None:
    write_atomic(Path(path), pdf_bytes(content, progress))
