"""Write the decision paper as DOCX with python-docx (no Qt).

Headings use Word's built-in Title, Heading 1 and Heading 2 styles, so Word's navigation pane
and table of contents pick them up. The chart is inserted as a picture: a high-resolution PNG, and
beside it the same chart as SVG, which Word 2016 and later draw instead (`ooxml_svg`); the caller
paints both (`orgdesigner.ui.render.exporter.docx_chart_pictures`). Page size A4, page numbers in the footer (a PAGE field, filled in by Word).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.io.words.file_words import OsReason, file_reason

if TYPE_CHECKING:  # python-docx is imported when a paper is written
    from docx.document import Document as DocxDocument
    from docx.section import Section as DocxSection
    from docx.shape import InlineShape
    from docx.shared import Length
    from docx.text.paragraph import Paragraph as DocxParagraph
from orgdesigner.io.paper.proposal_content import (
    ATTACHMENTS,
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


@dataclass(slots=True)
class ChartPicture:
    """One chart page as a picture, with what explains it (the renderer knows the chart).
    `png` or `svg` holds the picture, as the caller asked (`orgdesigner.ui.render.exporter`)."""

    title: str
    png: bytes
    width_in: float  # printed width
    legend: list[tuple[str, str, bool]] = field(default_factory=list)  # (colour, words, dotted line?)
    notes: list[str] = field(default_factory=list)  # dotted lines to units on other pages
    more_pages: bool = False  # some units here have their lower levels on a page of their own
    svg: bytes = b""  # the same chart as vector graphics (SVG 1.2 Tiny, text as text)
    height_in: float = 0.0  # printed height
    alt: str = ""  # what the chart shows, for a figure's alternative text


#: one chart picture (PNG bytes), or one per chart page
ChartPictures = bytes | list[ChartPicture] | None


def docx_bytes(content: ProposalContent, chart_png: ChartPictures = None, template: bytes | None = None) -> bytes:
    """The paper as DOCX; with `template` (a .docx or .dotx file's bytes) written into the region's
    own Word template: its page set-up, fonts, styles, header and footer are kept, its body text
    replaced, and the styles the paper needs copied in where the template lacks them."""
    from docx.shared import Cm, Pt

    document = open_template(template) if template is not None else _plain_document()
    section = document.sections[0]
    if template is None:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.2))
        section.top_margin = section.bottom_margin = Cm(2.0)
        document.styles["Normal"].font.size = Pt(10.5)
        document.styles["Normal"].font.name = "Arial"  # a plain sans, as the PDF; Word's template font may be missing
    document.core_properties.title = content.title
    language = "en-GB" if content.lang == "en" else "sv-SE"
    document.core_properties.language = language
    _set_language(document, language)
    _running_header(section, content)
    if template is None or not _has_page_field(section.footer):
        _page_number_footer(section, *(("Page", "of") if content.lang == "en" else ("Sida", "av")))

    body = _Body(document)
    meta = body.table(rows=0, cols=2)
    meta.autofit = False
    for label, value in content.meta:
        cells = meta.add_row().cells
        cells[0].text, cells[1].text = label, value
        for cell in cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    _widths(meta, [Cm(3.2), Cm(21.0 - 2 * 2.2 - 3.2)])
    body.heading(content.title, level=0)
    if content.subtitle:
        body.paragraph().add_run(content.subtitle).bold = True
    usable = Cm(21.0 - 2 * 2.2)  # the page width less both margins, as set above
    for part in content.sections:
        turned = part.id in LANDSCAPE_SECTIONS
        if turned:
            body.section(landscape=True)
        new_page = part.id in ATTACHMENTS and not turned and not body.after_section_break()
        heading = body.heading(part.heading, level=1)
        if new_page:
            heading.paragraph_format.page_break_before = True  # each bilaga from a page of its own
        width = Cm(29.7 - 2 * 2.2) if turned else usable
        for block in part.blocks:
            _block(body, block, chart_png, width, content)
        if turned:
            body.section(landscape=False)
    body.close()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _block(body: _Body, block: Block, chart_png: ChartPictures, usable: Length, content: ProposalContent) -> None:
    if isinstance(block, Paragraph):
        body.paragraph().add_run(block.text).italic = block.italic
    elif isinstance(block, SubHeading):
        body.heading(block.text, level=2)
    elif isinstance(block, BulletList):
        for item in block.items:
            body.paragraph(item, "List Bullet")
    elif isinstance(block, TableBlock):
        _table(body, block, usable)
    elif isinstance(block, FigureBlock):  # Word gets the chart's figures as a table under its title
        _small(body, block.caption)
        if block.fallback is not None:
            _table(body, block.fallback, usable)
    elif isinstance(block, NumberedList):
        from docx.shared import Cm

        for number, (text, subs) in enumerate(block.points, start=1):
            paragraph = body.paragraph(f"{number}.\t{text}")
            paragraph.paragraph_format.left_indent = Cm(0.8)
            paragraph.paragraph_format.first_line_indent = Cm(-0.8)
            for i, sub in enumerate(subs):
                sub_paragraph = body.paragraph(f"{chr(97 + i % 26)}.\t{sub}")
                sub_paragraph.paragraph_format.left_indent = Cm(1.6)
                sub_paragraph.paragraph_format.first_line_indent = Cm(-0.8)
    elif isinstance(block, ChartBlock):
        from docx.shared import Inches

        pictures = [ChartPicture("", chart_png, 0.0)] if isinstance(chart_png, bytes) else list(chart_png or [])
        for number, picture in enumerate(pictures):
            if picture.title:
                title = body.heading(picture.title, level=2)
                title.paragraph_format.page_break_before = number > 0  # a chart page per page
            if picture.legend:
                _legend(body, picture.legend)
            run = body.paragraph().add_run()
            shape = run.add_picture(io.BytesIO(picture.png), width=Inches(picture.width_in) if picture.width_in else usable)
            if picture.svg:  # Word 2016 and later draw the chart as vector graphics
                from docx.opc.part import Part

                from orgdesigner.io.paper.ooxml_svg import attach_svg

                attach_svg(shape._inline.graphic.graphicData.pic.blipFill.blip, run.part, Part, picture.svg,
                           "/word/media/chart%d.svg")
            _alt_text(shape, picture.alt or f"{block.caption} {picture.title}".strip())
            for note in picture.notes:
                _small(body, note)
            if picture.more_pages:
                _small(body, "Units whose lower levels are not shown here have a picture of their own." if content.lang == "en"
                       else "Enheter vars underställda enheter inte visas här har en egen bild.")
        if block.caption:
            body.paragraph(block.caption, "Caption")


def _legend(body: _Body, items: list[tuple[str, str, bool]]) -> None:
    """A line of swatches with their words. Word draws each swatch itself, with no glyph a font
    might lack: a box is an em space shaded in the colour inside a thin frame (one space: several
    show seams between them), a dotted line two em spaces underlined dotted in the line's colour,
    raised to the middle of the text."""
    from docx.enum.text import WD_UNDERLINE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = body.paragraph()
    for number, (colour, words, line) in enumerate(items):
        fill = colour.lstrip("#").upper()
        swatch = paragraph.add_run("\u2003\u2003" if line else "\u2003")
        swatch.font.size = Pt(9)
        properties: Any = swatch._r.get_or_add_rPr()  # python-docx types its children as CT_RPr: raw lxml here
        if line:
            swatch.font.underline = WD_UNDERLINE.DOTTED_HEAVY
            properties.find(qn("w:u")).set(qn("w:color"), fill)
            raised = OxmlElement("w:position")
            raised.set(qn("w:val"), "6")  # half-points
            properties.find(qn("w:sz")).addprevious(raised)  # the schema puts w:position before w:sz
        else:
            for tag, attributes in (("w:bdr", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "595959"}),
                                    ("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill})):
                element = OxmlElement(tag)
                for key, value in attributes.items():
                    element.set(qn(key), value)
                properties.append(element)  # after w:sz, as the schema orders them
        text = paragraph.add_run("\u00a0" + words + ("" if number == len(items) - 1 else "    "))
        text.font.size = Pt(9)


def _small(body: _Body, text: str) -> None:
    from docx.shared import Pt

    run = body.paragraph().add_run(text)
    run.font.size = Pt(8.5)


class _Body:
    """Adds paragraphs, headings, tables, pictures and section breaks to the document in O(1)
    each: python-docx's own add_paragraph looks for the closing section properties among all of
    the body's elements and the style among all styles every time, which made a 10,000-unit
    paper (24,000 findings) take a minute. Everything goes in before an anchor paragraph, removed
    by `close`; styles are set by id, looked up once."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.anchor = document.add_paragraph()
        self._style_ids: dict[str, str] = {}

    def paragraph(self, text: str = "", style: str | None = None) -> DocxParagraph:
        paragraph = self.anchor.insert_paragraph_before(text)
        if style is not None:
            style_id = self._style_ids.get(style)
            if style_id is None:
                style_id = self._style_ids[style] = self.document.styles[style].style_id
            paragraph._p.get_or_add_pPr().style = style_id
        return paragraph

    def heading(self, text: str, level: int) -> DocxParagraph:
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def table(self, rows: int, cols: int) -> Any:  # a docx Table; its methods are untyped
        table = self.document.add_table(rows=rows, cols=cols)  # goes last; moved before the anchor
        self.anchor._p.addprevious(table._tbl)
        return table

    def section(self, *, landscape: bool) -> None:
        """A new A4 section from a new page, landscape or portrait."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Cm

        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self.anchor._p.addprevious(self.document.element.body[-2])  # the break, now ending the last section
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        long, short = Cm(29.7), Cm(21.0)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)

    def after_section_break(self) -> bool:
        """Whether the body so far ends in a section break (the next heading is on a new page anyway)."""
        from docx.oxml.ns import qn

        last = self.anchor._p.getprevious()
        return last is not None and last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None

    def close(self) -> None:
        parent = self.anchor._p.getparent()
        if parent is not None:
            parent.remove(self.anchor._p)


#: attachments on landscape pages (as in the PDF): the matrix has six columns of unit names
LANDSCAPE_SECTIONS = {"matrix"}


def _widths(table: object, widths: list[Length]) -> None:
    """Column widths Word and LibreOffice both honour: the grid and every cell."""
    for column, width in zip(table.columns, widths, strict=True):  # type: ignore[attr-defined]  # a python-docx Table, typed object to keep docx's types out of the signature
        column.width = width
        for cell in column.cells:
            cell.width = width


def column_shares(block: TableBlock, usable_pt: float, font_pt: float = 8.5) -> list[float]:
    """Each column at least as wide as its longest word (estimated from its letters, about 0.6 em
    each for a sans at `font_pt`), the rest shared by the block's weights, as fractions of 1."""
    def longest(i: int) -> int:
        texts = [block.columns[i], *(row[i] for row in block.rows)]
        return max((len(w) for t in texts for w in t.split()), default=0)

    floors = [(longest(i) * 0.6 * font_pt + 10) / usable_pt for i in range(len(block.columns))]
    if sum(floors) >= 1:
        return [f / sum(floors) for f in floors]
    weights = block.weights()
    spare, total = 1 - sum(floors), sum(weights)
    return [f + spare * w / total for f, w in zip(floors, weights, strict=True)]


def _table(body: _Body, block: TableBlock, usable: Length) -> None:
    from docx.shared import Pt

    table = body.table(rows=1, cols=len(block.columns))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, block.columns, strict=True):
        cell.text = text
    _repeat_header(table.rows[0])
    for row in block.rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    from docx.shared import Emu

    table.autofit = False
    _widths(table, [Emu(int(usable * share)) for share in column_shares(block, usable.pt)])
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)
    body.paragraph()


def _alt_text(shape: InlineShape, text: str) -> None:
    """Alt text (descr) on a picture: screen readers read it."""
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", text)
    doc_pr.set("title", text)


def _repeat_header(row: object) -> None:
    """Mark a table's first row as a header row that repeats on every page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]  # python-docx has no public API for row properties; its private _tr is the way
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _set_language(document: DocxDocument, language: str) -> None:
    """The document's language for spelling and screen readers: w:lang on the default run style."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), language)


def _page_number_footer(section: DocxSection, word: str, of: str) -> None:
    """'Sida N av M' with Word fields, centred in the footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{word} ")

    def field(code: str) -> None:
        run = paragraph.add_run()
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            elif text == code:
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = f" {code} "
            else:
                element = OxmlElement("w:t")
                element.text = text
            run._r.append(element)

    field("PAGE")
    paragraph.add_run(f" {of} ")
    field("NUMPAGES")


def write_docx(content: ProposalContent, path: Path, chart_png: ChartPictures = None,
               template: Path | None = None) -> None:
    write_atomic(Path(path), docx_bytes(content, chart_png, read_template(template) if template else None))


class TemplateError(ValueError):
    """A Word template that cannot be used: the file and the reason as a kind with its parts
    (worded in either language by orgdesigner.io.words.file_words; str() is the English)."""

    def __init__(self, path: Path, kind: str, **parts: object) -> None:
        self.path, self.kind, self.parts = path, kind, parts
        super().__init__(self.words("en"))

    def words(self, lang: str) -> str:
        return f"{self.path}: {file_reason(self.kind, self.parts, lang)}"


def read_template(path: Path) -> bytes:
    """A template's bytes, checked to open as a Word document (.docx or .dotx)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TemplateError(path, "word_unreadable", reason=OsReason(exc)) from None
    try:
        open_template(data)
    except Exception as exc:  # python-docx raises zip, XML and key errors for a file that is no Word document
        raise TemplateError(path, "not_word", detail=exc) from None
    return data


#: the styles the paper uses; a template that lacks one gets python-docx's own definition
PAPER_STYLES = ("Title", "Heading 1", "Heading 2", "List Bullet", "Caption", "Light Grid Accent 1")


def _plain_document() -> DocxDocument:
    from docx import Document

    return Document()


def open_template(data: bytes) -> DocxDocument:
    """The template as a document with an empty body (its last section's set-up kept) and every
    style of PAPER_STYLES defined; a .dotx is read as the document it would start."""
    import copy
    import zipfile

    from docx import Document
    from docx.oxml.ns import qn

    source = io.BytesIO(data)
    with zipfile.ZipFile(source) as package:
        types = package.read("[Content_Types].xml")
        if b"wordprocessingml.template.main+xml" in types:  # .dotx: the same parts under another content type
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy_to:
                for item in package.infolist():
                    body = package.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        body = body.replace(b"wordprocessingml.template.main+xml", b"wordprocessingml.document.main+xml")
                    copy_to.writestr(item, body)
            source = io.BytesIO(out.getvalue())
    source.seek(0)
    document = Document(source)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    names = {s.name for s in document.styles}
    defaults = _plain_document().styles
    for name in PAPER_STYLES:
        if name not in names:
            document.styles.element.append(copy.deepcopy(defaults[name].element))
    return document


def _has_page_field(footer: Any) -> bool:
    return "PAGE" in footer._element.xml


def _style_tab_stops(paragraph: Any) -> list[Any]:
    """The tab stops the paragraph's style (and the styles it is based on) sets."""
    out = []
    style = paragraph.style
    while style is not None:
        out += [stop.position for stop in style.paragraph_format.tab_stops]
        style = style.base_style
    return out


def _running_header(section: DocxSection, content: ProposalContent) -> None:
    """The paper's title, then its diarienummer and date at the right margin, on every page (the
    later sections' headers are linked to this one)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Emu, Pt

    header = section.header
    paragraph = header.paragraphs[0] if not header.paragraphs[0].text.strip() else header.add_paragraph()
    width = Emu((section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0))
    stops = paragraph.paragraph_format.tab_stops
    for inherited in _style_tab_stops(paragraph):  # Word's Header style centres at 8 cm and right-aligns
        stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)  # at 16.5 cm: LibreOffice ran the title into the number
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    day = dict(content.meta).get("Date" if content.lang == "en" else "Datum", "")
    reference = "  ".join(p for p in (content.reference, day) if p)
    run = paragraph.add_run(f"{content.title}\t{reference}")
    run.font.size = Pt(8)
