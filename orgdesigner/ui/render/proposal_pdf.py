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

from orgdesigner.io.project.atomic import write_atomic

if TYPE_CHECKING:  # Qt is imported when a paper is painted
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainter, QPdfWriter, QTextDocument

    from orgdesigner.ui.render.chart_pages import ChartPage, LegendItem

from orgdesigner.io.paper.proposal_content import (
    Block,
    BulletList,
    ChartBlock,
    FigureBlock,
    NumberedList,
    Paragraph,
    ProposalContent,
    SubHeading,
    TableBlock,
)

MARGIN_MM = 20.0
#: a chart page's body (landscape A4 less margins): heading, page title and legend take the top
#: CHART_TOP_IN, notes on dotted lines and the caption the bottom CHART_FOOT_IN; the chart the rest
CHART_TOP_IN = 0.8
CHART_FOOT_IN = 0.85
CHART_AREA_IN = ((297 - 2 * MARGIN_MM) / 25.4, (210 - 2 * MARGIN_MM) / 25.4 - CHART_TOP_IN - CHART_FOOT_IN)
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


def _block_html(block: Block, width_mm: float = 210 - 2 * MARGIN_MM) -> str:
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
            rows.append(f'<tr><td width="7%" style="font-size:10pt">{number}.</td><td colspan="2" style="font-size:10pt">{_esc(text)}</td></tr>')
            rows += [f'<tr><td></td><td width="5%" style="font-size:10pt">{chr(97 + i % 26)}.</td><td style="font-size:10pt">{_esc(sub)}</td></tr>' for i, sub in enumerate(subs)]
        return f'<table cellspacing="0" cellpadding="2" width="100%">{"".join(rows)}</table><p></p>'
    if isinstance(block, FigureBlock):  # a vector chart: its place here, painted after the page
        from orgdesigner.ui.render.svg_figures import figure_html

        return figure_html(block.svg, width_mm * 0.92)
    if isinstance(block, TableBlock):
        head = "".join(f"<th{_width(w)}>{_esc(c)}</th>" for c, w in zip(block.columns, _shares(block, width_mm), strict=True))
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


def _width(share: float | None) -> str:
    return "" if share is None else f' width="{share:.0f}%"'


def _shares(block: TableBlock, width_mm: float) -> list[float | None]:
    """Column widths in per cent: at least each column's longest word at the table's font size
    (so no word is broken mid-word), the rest shared out by the block's relative widths."""
    from PySide6.QtGui import QFontMetricsF

    head, cell = QFontMetricsF(_font(8.5, bold=True)), QFontMetricsF(_font(8.5))
    usable = width_mm / 25.4 * 72 * 0.98  # the table's width in points
    pad = 5.0  # cell padding (4 device pixels a side at 300 dpi) and borders, in points

    def widest(metrics: QFontMetricsF, texts: list[str]) -> float:  # in points
        return max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0.0) * 72 / metrics.fontDpi()

    longest = [max(widest(head, [c]), widest(cell, [r[i] for r in block.rows])) + pad for i, c in enumerate(block.columns)]
    floor = [100 * w / usable for w in longest]
    if sum(floor) >= 100:  # the words alone fill the width: as wide as each needs, Qt squeezes the rest
        return [100 * f / sum(floor) for f in floor]
    weights = block.weights()
    spare = 100 - sum(floor)
    total = sum(weights)
    # share the rest in proportion to the relative widths, but never below a column's floor
    return [f + spare * w / total for f, w in zip(floor, weights, strict=True)]


def paper_html(content: ProposalContent) -> tuple[str, str, ChartBlock | None, list[tuple[str, bool]]]:
    """HTML before the chart, the chart section's heading, the chart block, and after it one
    (HTML, landscape?) part per attachment: each bilaga starts on a page of its own.

    The header block (date, avdelning, handläggare, telephone, e-mail, diarienummer) comes first,
    then the title, as in the seeds' tjänsteskrivelse."""
    before = ['<table cellspacing="0" cellpadding="1">']
    before += [f'<tr><td><span style="font-size:8.5pt; color:#444444">{_esc(k)}</span>&nbsp;&nbsp;</td>'
               f'<td><span style="font-size:9pt">{_esc(v)}</span></td></tr>' for k, v in content.meta]
    before.append("</table>")
    before += [f'<p class="title" style="margin-top:18px">{_esc(content.title)}</p>',
               *([f'<p class="subtitle">{_esc(content.subtitle)}</p>'] if content.subtitle else [])]
    after: list[tuple[str, bool]] = []
    chart: ChartBlock | None = None
    chart_heading = ""
    for section in content.sections:
        charts = [b for b in section.blocks if isinstance(b, ChartBlock)]
        if charts:
            chart, chart_heading = charts[0], section.heading
            continue
        landscape = section.id in LANDSCAPE_SECTIONS
        width = (297 if landscape else 210) - 2 * MARGIN_MM
        part = [f'<h1 style="{H1_STYLE if chart is None else "margin-top:0px; margin-bottom:10px"}">{_esc(section.heading)}</h1>']
        part += [_block_html(b, width) for b in section.blocks]
        if chart is None:
            before += part
        else:
            after.append(("".join(part), landscape))
    return "".join(before), chart_heading, chart, after


#: called with (page being drawn, pages in all) so a dialog can show how far the paper is
Progress = Callable[[int, int], None]

#: attachments printed on landscape pages: the matrix has six columns of unit names
LANDSCAPE_SECTIONS = {"matrix"}


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
        left = self.content.title  # the paper's own title, as a tjänsteskrivelse's running head
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
    from orgdesigner.ui.render.svg_figures import prepare

    doc.setHtml(f"<html><body>{body_html}</body></html>")
    prepare(doc)  # the places of vector figures (the internal-trade evaluation's charts)
    doc.setPageSize(QSizeF(width, height))
    return doc


def _draw_document(pages: _Pages, doc: QTextDocument, first_page_is_current: bool) -> None:
    from PySide6.QtCore import QRectF

    from orgdesigner.ui.render.svg_figures import paint as paint_figures

    rect = pages.body_rect()
    for index in range(doc.pageCount()):
        if index > 0 or not first_page_is_current:
            pages.start()
        painter = pages.painter
        painter.save()
        painter.translate(0, -index * rect.height())
        page = QRectF(0, index * rect.height(), rect.width(), rect.height())
        # drawContents paints every block that touches the page: a list item begun on the page
        # before would be painted again over this page's running head without the clip
        painter.setClipRect(page)
        doc.drawContents(painter, page)
        paint_figures(doc, painter, page)
        painter.restore()


def pdf_bytes(content: ProposalContent, progress: Progress | None = None) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from orgdesigner.ui.render.chart_pages import (
        crossing_notes,
        has_more_pages,
        legend_items,
        plan_pages,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(content.title)
    writer.setCreator("orgdesigner")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    portrait = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    writer.setPageLayout(portrait)
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    before_html, chart_heading, chart, after_parts = paper_html(content)
    before = _document(writer, before_html, rect.width(), rect.height())
    landscape = QPageLayout(portrait.pageSize(), QPageLayout.Orientation.Landscape, margins, QPageLayout.Unit.Millimeter)
    wide = landscape.paintRectPixels(RESOLUTION)
    after = [(_document(writer, html, (wide if turned else rect).width(), (wide if turned else rect).height()), turned)
             for html, turned in after_parts]
    chart_pages: list[ChartPage] = []
    status: dict[str, str] = {}
    if chart is not None:
        subtree = chart.unit_ids[0] if len(chart.unit_ids) != len(content.scenario.units) and chart.unit_ids else None
        if content.comparison is not None:
            from orgdesigner.analysis.compare import diff_scenarios

            status = dict(diff_scenarios(content.comparison.base, content.scenario).unit_status())
        chart_pages = plan_pages(content.scenario, subtree, *CHART_AREA_IN, status, content.lang)
    total = before.pageCount() + sum(doc.pageCount() for doc, _ in after) + len(chart_pages)
    outline = _heading_pages(before, rect.height(), 0)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pages = _Pages(writer, painter, content, total, progress)
        pages.start(first=True)
        _draw_document(pages, before, first_page_is_current=True)
        if chart is not None:
            first = before.pageCount()  # chart page i is page first + i + 1 of the paper
            outline.append((chart_heading, first))
            notes = crossing_notes(content.scenario, chart_pages, content.lang, lambda i: first + i + 1)
            for number, page in enumerate(chart_pages, start=1):
                writer.setPageLayout(landscape)
                pages.start()
                _chart_page(painter, pages.body_rect(), page, number, len(chart_pages), chart_heading, chart.caption,
                            legend_items(page, status, content.lang), notes[number - 1], content.lang,
                            has_more_pages(content.scenario, page))
        for doc, turned in after:  # each attachment from a new page, turned where it is wide
            writer.setPageLayout(landscape if turned else portrait)
            outline += _heading_pages(doc, (wide if turned else rect).height(), pages.number)
            _draw_document(pages, doc, first_page_is_current=False)
    finally:
        painter.end()
    buffer.close()
    return accessible_pdf(bytes(data.data()), content.title, content.lang, outline)


def _chart_page(painter: QPainter, body: QRectF, page: ChartPage, number: int, count: int, heading: str,
                caption: str, legend: list[LegendItem], notes: list[str], lang: str, more_pages: bool) -> None:
    """One landscape chart page: heading, the page's title, its legend, the chart, then the notes
    on dotted lines that leave the page and the caption at the foot (within CHART_TOP_IN and
    CHART_FOOT_IN of the body, which `plan_pages` leaves free)."""
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    from orgdesigner.ui.chart.dotted import kind_pen
    from orgdesigner.ui.render.chart_pages import paint_page

    left_top = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    dpi = RESOLUTION
    painter.setFont(_font(13, bold=True))
    of = f" ({number}/{count})" if count > 1 else ""
    painter.drawText(QRectF(0, 0, body.width(), 0.3 * dpi), left_top, f"{heading}{of}")
    painter.setFont(_font(10, bold=True))
    painter.drawText(QRectF(0, 0.3 * dpi, body.width(), 0.22 * dpi), left_top, page.title)
    painter.setFont(_font(9))
    top, legend_h = 0.55 * dpi, 0.22 * dpi
    x = 0.0
    for item in legend:
        box = painter.fontMetrics().height() * 0.8
        mid = top + legend_h / 2
        painter.save()
        if item.line is not None:  # a short dotted line as drawn on the chart, scaled to the page
            pen = kind_pen(item.line, 2.5 * page.factor * dpi / 96)
            painter.setPen(pen)
            painter.drawLine(QLineF(x, mid, x + box * 2.5, mid))
            x += box * 3.0
        else:
            painter.setPen(QPen(QColor(item.colour), box * 0.25))
            tint = QColor(item.colour)
            tint.setAlpha(60)
            painter.setBrush(tint)
            painter.drawRect(QRectF(x, mid - box / 2, box, box))
            x += box * 1.5
        painter.restore()
        painter.drawText(QRectF(x, top, body.width(), legend_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), item.word)
        x += painter.fontMetrics().horizontalAdvance(item.word) + box * 2
    foot = CHART_FOOT_IN * dpi
    text = caption
    if more_pages:
        text += (" Units whose lower levels are not shown here have a page of their own." if lang == "en"
                 else " Enheter vars underställda enheter inte visas här har en egen sida.")
    painter.setFont(_font(8.5))
    shown = _fitting(notes, lang)
    if shown:
        painter.drawText(QRectF(0, body.height() - foot, body.width(), foot - 0.32 * dpi),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap), "\n".join(shown))
    painter.setFont(_font(9, italic=True))
    painter.drawText(QRectF(0, body.height() - 0.3 * dpi, body.width(), 0.3 * dpi),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap), text)
    paint_page(painter, page, 0, CHART_TOP_IN * dpi, dpi)


def _fitting(notes: list[str], lang: str, budget: int = 520) -> list[str]:
    """As many notes as fit the foot of the page (about four lines); the rest counted."""
    out: list[str] = []
    for note in notes:
        if sum(len(n) for n in out) + len(note) > budget:
            rest = len(notes) - len(out)
            out.append(f"… and {rest} more dotted lines to other pages." if lang == "en"
                       else f"… och {rest} streckade linjer till andra sidor.")
            break
        out.append(note)
    return out


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
