"""The decision paper as a tagged PDF (PDF/UA-1), typeset by Typst (no Qt).

The content model's blocks become Typst markup: headings, paragraphs, lists, numbered decision
points, tables with header rows, figures with alternative text, the chart pages as vector SVG.
Every text of the paper goes into the markup as a Typst string literal (`literal`), never as
markup, so a name such as "#hälsa *Syd*" prints as written. Typst tags the structure (the
screen reader's headings, lists, tables, figures), writes the language and the title, and refuses
to write a PDF/UA file that lacks them (lag 2018:1937 om tillgänglighet till digital offentlig
service applies to the papers a region publishes). The SVG images go in as `sys.inputs`, not as
markup. Qt is needed only to draw the chart pages' SVG (`orgdesigner.ui.render.proposal_pdf`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from orgdesigner.analysis.texts import join
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
from orgdesigner.io.paper.proposal_docx import column_shares
from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.model.entities import Scenario

if TYPE_CHECKING:  # typst is imported when a paper is typeset
    from typst import PDFStandard

MARGIN_MM = 20.0
#: a chart page's body (landscape A4 less margins): heading, page title and legend take the top
#: CHART_TOP_IN, notes on dotted lines and the caption the bottom CHART_FOOT_IN; the chart the rest
CHART_TOP_IN = 0.8
CHART_FOOT_IN = 0.85
CHART_AREA_IN = ((297 - 2 * MARGIN_MM) / 25.4, (210 - 2 * MARGIN_MM) / 25.4 - CHART_TOP_IN - CHART_FOOT_IN)
#: the body font and what stands in for it where it is not installed (Windows has no DejaVu)
FONT_FAMILIES = ("DejaVu Sans", "Arial", "Segoe UI", "Helvetica")
#: attachments printed on landscape pages: the matrix has six columns of unit names
LANDSCAPE_SECTIONS = {"matrix"}
TABLE_PT = 8.5
NAVY = 'rgb("#1f3a5f")'


@dataclass(frozen=True, slots=True)
class LegendMark:
    """One entry of a chart page's legend: an outlined box (a unit's status) or a dotted line."""

    colour: str  # "#rrggbb"
    word: str
    line: bool = False


@dataclass(slots=True)
class ChartPageFigure:
    """One chart page as vector graphics, with what explains it (drawn by the Qt side)."""

    title: str
    svg: str
    width_in: float  # printed size
    height_in: float
    alt: str  # what the chart shows, for a screen reader
    legend: list[LegendMark] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # dotted lines to other pages; `page_mark`s in them
    more_pages: bool = False  # some units here have their lower levels on a page of their own


#: a chart page's number in a note ("sida 7") is known only once Typst has laid out the paper:
#: the notes carry this mark, and the markup asks Typst for the page where that chart page went
PAGE_MARK_START, PAGE_MARK_END = "\ue000", "\ue001"


def page_mark(index: int) -> str:
    """Stands for the page number of chart page `index` (from 0) in a note."""
    return f"{PAGE_MARK_START}{index}{PAGE_MARK_END}"


_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "", ord("\t"): "\\t"}
_ESCAPES.update({c: " " for c in range(0x20) if c not in _ESCAPES})  # other control characters print as space
_ESCAPES.update({c: "" for c in range(0xD800, 0xE000)})  # a lone surrogate cannot be printed


def literal(text: str) -> str:
    """`text` as a Typst string literal: printed exactly as written, never read as markup."""
    return '"' + text.translate(_ESCAPES) + '"'


def _title(content: ProposalContent) -> str:
    """The paper's title; PDF/UA-1 needs one, so an untitled project's paper is named for what it is."""
    return (content.title.strip() or content.scenario.name.strip()
            or _t(content.lang, "Beslutsunderlag", "Decision paper"))


def _preamble(content: ProposalContent, day: str) -> list[str]:
    lang = content.lang
    title = _title(content)
    fonts = "(" + ", ".join(literal(f) for f in FONT_FAMILIES) + ",)"
    head = "   ".join(p for p in (content.reference, day) if p)
    page_word, of_word = ("Page", "of") if lang == "en" else ("Sida", "av")
    return [
        f"#set document(title: {literal(title)})",
        f'#set text(font: {fonts}, size: 10pt, lang: "{"en" if lang == "en" else "sv"}", '
        f'region: "{"GB" if lang == "en" else "SE"}", hyphenate: false)',
        "#set par(spacing: 0.8em, leading: 0.55em)",
        # the running head: the paper's title, its diarienummer and date; page numbers at the foot
        f"#set page(paper: \"a4\", margin: {MARGIN_MM}mm, "
        f"header: text(7.5pt, fill: luma(80))[#{literal(title)} #h(1fr) #{literal(head)}], "
        f"footer: context align(center, text(7.5pt, fill: luma(80))[#{literal(page_word)} "
        f"#counter(page).display() #{literal(of_word)} #counter(page).final().first()]))",
        f"#show heading.where(level: 1): set text(15pt, fill: {NAVY})",
        "#show heading.where(level: 1): set block(above: 2em, below: 0.9em)",
        f"#show heading.where(level: 2): set text(11.5pt, fill: {NAVY})",
        "#show heading.where(level: 2): set block(above: 1.4em, below: 0.7em)",
        '#set table(stroke: 0.5pt + rgb("#9aa8b8"), inset: 3.5pt, fill: (_, y) => if y == 0 { rgb("#dde5ef") })',
        f"#show table: set text({TABLE_PT}pt)",
        "#show table.cell.where(y: 0): set text(weight: \"bold\")",
        "#set figure(numbering: none)",
        "#show figure: set block(above: 1em, below: 1.2em)",
        '#set enum(numbering: "1.")',
    ]


def _header(content: ProposalContent) -> list[str]:
    """The header block (date, avdelning, handläggare, telephone, e-mail, diarienummer), then the
    title, as in a Swedish region's tjänsteskrivelse."""
    cells = ", ".join(f"text(8.5pt, fill: luma(70), {literal(k)}), text(9pt, {literal(v)})" for k, v in content.meta)
    out = [f"#grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.45em, {cells})" if cells else ""]
    out.append(f"#v(1.2em)\n#show title: set text(22pt, fill: {NAVY})\n#title()")
    if content.subtitle:
        out.append(f"#par(text(13pt, {literal(content.subtitle)}))")
    return out


def _block(block: Block, width_mm: float, inputs: dict[str, str], lang: str) -> str:
    """One block as markup; a figure's SVG goes into `inputs` under the name the markup uses."""
    if isinstance(block, Paragraph):
        text = literal(block.text)
        return f"#par(emph({text}))" if block.italic else f"#par({text})"
    if isinstance(block, SubHeading):  # PDF/UA-1 forbids an empty heading
        return f"#heading(level: 2, {literal(block.text)})" if block.text.strip() else ""
    if isinstance(block, BulletList):
        return "#list(" + ", ".join(literal(item) for item in block.items) + ",)" if block.items else ""
    if isinstance(block, NumberedList):  # 1. … with sub-points a. …
        points = []
        for text, subs in block.points:
            inner = ", ".join(literal(s) for s in subs)
            sub = f' + enum(numbering: "a.", {inner},)' if subs else ""
            points.append(f"[#{literal(text)}]{sub}")
        return "#enum(" + ", ".join(points) + ",)"
    if isinstance(block, TableBlock):
        return _table(block, width_mm)
    if isinstance(block, FigureBlock):
        name = f"figure-{len(inputs) + 1}"
        inputs[name] = block.svg
        return _figure(block, name, lang)
    return ""  # a ChartBlock: its section is the chart pages


def _table(block: TableBlock, width_mm: float) -> str:
    """Each column at least as wide as its longest word (a word is never broken), the rest shared
    by the block's relative widths; the header row repeats on every page."""
    shares = column_shares(block, width_mm / 25.4 * 72, TABLE_PT)
    columns = "(" + ", ".join(f"{100 * s:.2f}%" for s in shares) + ",)"
    head = ", ".join(literal(c) for c in block.columns)
    cells = ", ".join(literal(v) for row in block.rows for v in row)
    return f"#table(columns: {columns}, table.header({head}), {cells})"


def _figure(block: FigureBlock, name: str, lang: str) -> str:
    """A chart as vector graphics; its alternative text says what its figures are."""
    alt = block.caption
    if block.fallback is not None:
        rows = "; ".join(", ".join(f"{c} {v}" for c, v in zip(block.fallback.columns, row, strict=True) if v)
                         for row in block.fallback.rows)
        alt = f"{alt}. {rows}" if rows else alt
    # no caption under it: the chart's own title says what it is
    return (f"#figure(image(bytes(sys.inputs.at({literal(name)})), format: \"svg\", width: 92%, "
            f"alt: {literal(alt or _t(lang, 'Diagram', 'Chart'))}))")


_PAGE_MARKS = re.compile(f"{PAGE_MARK_START}(\\d+){PAGE_MARK_END}")


def _note(text: str) -> str:
    """A note as markup: its page marks become the page Typst put that chart page on."""
    parts = _PAGE_MARKS.split(text)  # text, chart page index, text, …
    out = []
    for number, part in enumerate(parts):
        if number % 2:
            out.append(f'#context str(counter(page).at(label("orgd-chart-{int(part)}")).first())')
        elif part:
            out.append(f"#{literal(part)}")
    return "".join(out)


def _legend(marks: Sequence[LegendMark]) -> str:
    out = []
    for mark in marks:
        colour = f"rgb({literal(mark.colour)})"
        if mark.line:
            sample = (f"box(line(length: 2.2em, stroke: (paint: {colour}, thickness: 1.6pt, "
                      f'dash: "dotted", cap: "round")), baseline: -0.35em)')
        else:
            sample = f"box(width: 0.8em, height: 0.8em, stroke: 1.5pt + {colour}, fill: {colour}.transparentize(76%))"
        out.append(f"#{sample} #{literal(mark.word)}")
    return "#text(9pt)[" + " #h(1.6em) ".join(out) + "]" if out else ""


def _chart_pages(heading: str, caption: str, pages: Sequence[ChartPageFigure], lang: str,
                 inputs: dict[str, str]) -> list[str]:
    """One landscape page per chart page: heading, the page's title, its legend, the chart, then
    the notes on dotted lines that leave the page and the caption at the foot (within
    CHART_TOP_IN and CHART_FOOT_IN of the body, which the chart's planner leaves free)."""
    out = []
    more = _t(lang, " Enheter vars underställda enheter inte visas här har en egen sida.",
              " Units whose lower levels are not shown here have a page of their own.")
    for number, page in enumerate(pages, start=1):
        name = f"chart-{number}"
        inputs[name] = page.svg
        of = f"({number}/{len(pages)})" if len(pages) > 1 else ""
        bold = f'13pt, weight: "bold", fill: {NAVY}'
        # the section's heading once (its bookmark); later pages repeat it as text, each its number
        top = (f"#heading(level: 1, {literal(heading)})" if number == 1
               else f"#block(below: 0.35em, text({bold}, {literal(heading)}))")
        foot = "\n".join(f"#par(text(8.5pt)[{_note(note)}])" for note in page.notes)
        text = (caption + (more if page.more_pages else "")).strip()
        out.append("\n".join(p for p in [
            "#page(flipped: true)[",
            "#show heading.where(level: 1): set text(13pt)",
            "#show heading.where(level: 1): set block(above: 0pt, below: 0.35em)",
            "#show heading.where(level: 2): set text(10pt)",
            "#show heading.where(level: 2): set block(above: 0pt, below: 0.45em)",
            "#set par(spacing: 0.45em)",
            top,
            # the page's number among the chart pages at the top right, read after the heading
            f"#place(top + right, text({bold}, {literal(of)}))" if of else "",
            f"#metadata(none) <orgd-chart-{number - 1}>",
            f"#heading(level: 2, {literal(page.title)})" if page.title else "",
            _legend(page.legend),
            f"#block(height: {CHART_AREA_IN[1]:.3f}in, above: 0.5em, below: 0pt, "
            f"image(bytes(sys.inputs.at({literal(name)})), format: \"svg\", width: {page.width_in:.3f}in, "
            f"alt: {literal(page.alt)}))",
            "#v(1fr)",
            foot,
            f"#par(text(9pt, style: \"italic\", {literal(text)}))" if text else "",
            "]",
        ]))
    return out


def typst_source(content: ProposalContent, charts: Sequence[ChartPageFigure] = ()) -> tuple[str, dict[str, str]]:
    """The paper as Typst markup, and the SVG images it names (its `sys.inputs`)."""
    lang = content.lang
    day = dict(content.meta).get(_t(lang, "Datum", "Date"), "")
    inputs: dict[str, str] = {}
    out = _preamble(content, day) + _header(content)
    for section in content.sections:
        chart = next((b for b in section.blocks if isinstance(b, ChartBlock)), None)
        if chart is not None:
            out += _chart_pages(section.heading, chart.caption, charts, lang, inputs)
            continue
        turned = section.id in LANDSCAPE_SECTIONS
        width = (297 if turned else 210) - 2 * MARGIN_MM
        part = [f"#heading(level: 1, {literal(section.heading)})"]
        part += [_block(block, width, inputs, lang) for block in section.blocks]
        body = "\n".join(p for p in part if p)
        if turned:
            out.append(f"#page(flipped: true)[\n{body}\n]")
        elif section.id in ATTACHMENTS:
            out.append(f"#pagebreak(weak: true)\n{body}")  # each bilaga from a page of its own
        else:
            out.append(body)
    return "\n".join(p for p in out if p) + "\n", inputs


def pdf_bytes(content: ProposalContent, charts: Sequence[ChartPageFigure] = ()) -> bytes:
    """The paper as a tagged PDF/UA-1 file; viewers open it with its bookmarks shown. Raises
    OSError when Typst cannot typeset it (the caller reports a file it could not write)."""
    import typst

    source, inputs = typst_source(content, charts)
    try:
        try:
            data = _typeset(source, inputs, "ua-1")
        except typst.TypstError as error:
            if "could not be displayed" not in error.message:
                raise
            # a character no installed font has (an emoji in a unit's name): PDF/UA-1 forbids printing
            # it as a blank box, but the planner still gets the paper, tagged, without that claim
            data = _typeset(source, inputs, None)
    except typst.TypstError as error:
        raise OSError(f"the paper could not be typeset: {error.message}") from error
    return _show_bookmarks(data)


def _typeset(source: str, inputs: dict[str, str], standard: PDFStandard | None) -> bytes:
    """Typst's PDF; its warnings (a font stood in for another) are not shown: nothing is lost."""
    import typst

    data, _warnings = typst.compile_with_warnings(source.encode("utf-8"), format="pdf", pdf_standards=standard,
                                                  sys_inputs=inputs)
    if not isinstance(data, bytes):
        raise OSError("the paper could not be typeset: Typst wrote no PDF")
    return data


#: Typst's file ends in a classic cross-reference table and trailer; its catalog is one dictionary
_TRAILER = re.compile(rb"trailer\s*(<<.*>>)\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)


def _show_bookmarks(data: bytes) -> bytes:
    """Ask viewers to open the bookmarks pane (Typst writes the outline, not the page mode) and
    to show the title (Typst asks so only for PDF/UA) by an incremental update of the catalog: the
    tagged file Typst wrote stays byte for byte (pypdf's incremental writer took 9 s on a 750-page
    paper). A file not shaped as expected is returned as it is: both are conveniences."""
    trailer = _TRAILER.search(data, max(0, len(data) - 4096))
    root = re.search(rb"/Root (\d+) 0 R", trailer.group(1)) if trailer else None
    if trailer is None or root is None:
        return data
    number = int(root.group(1))
    catalog = re.search(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % number, data, re.S)
    if catalog is None or b"/PageMode" in catalog.group(1):
        return data
    entries = catalog.group(1)[:-2] + b"/PageMode/UseOutlines"
    if b"/DisplayDocTitle" not in entries:
        preferences = b"/ViewerPreferences<<"
        entries = (entries.replace(preferences, preferences + b"/DisplayDocTitle true") if preferences in entries
                   else entries + preferences + b"/DisplayDocTitle true>>")
    offset = len(data) + 1
    update = b"\n%d 0 obj\n%s>>\nendobj\n" % (number, entries)
    xref = offset - 1 + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (number, offset)
    update += b"trailer\n%s/Prev %s>>\nstartxref\n%d\n%%%%EOF\n" % (trailer.group(1)[:-2], trailer.group(2), xref)
    return data + update


def write_pdf(content: ProposalContent, path: Path, charts: Sequence[ChartPageFigure] = ()) -> None:
    write_atomic(Path(path), pdf_bytes(content, charts))


STATUS_ALT = {"added": ("Nya enheter", "Units added"), "moved": ("Flyttade enheter", "Units moved"),
              "changed": ("Ändrade enheter", "Units changed")}


def chart_alt(scenario: Scenario, shown: Collection[str], title: str, status: Mapping[str, str], lang: str) -> str:
    """What a chart page shows, in words: who is under whom and which units are new, moved or
    changed (the chart says it with outlines and colours, which a screen reader cannot see)."""
    en = lang == "en"
    units = scenario.units
    order = [u for u in units if u in shown]
    if not order:
        return title
    tops = [u for u in order if units[u].parent_id not in shown]
    parts = [f"{_t(lang, 'Organisationsskiss', 'Organisation chart')}: {title}, "
             f"{len(order)} {_t(lang, 'enhet' if len(order) == 1 else 'enheter', 'unit' if len(order) == 1 else 'units')}."]
    parts.append(f"{_t(lang, 'Överst', 'At the top')}: {join([units[u].name for u in tops], lang)}.")
    for uid in order:
        below = [c for c in scenario.children(uid) if c in shown]
        if below:
            parts.append(f"{_t(lang, 'Under', 'Under')} {units[uid].name}: {join([units[c].name for c in below], lang)}.")
    for key, words in STATUS_ALT.items():
        marked = [units[u].name for u in order if status.get(u) == key]
        if marked:
            parts.append(f"{words[1] if en else words[0]}: {join(marked, lang)}.")
    return " ".join(parts)

