"""Write plain tables as an XLSX package (Office Open XML SpreadsheetML), streamed sheet by sheet.

Why not xlsxwriter: its constant-memory mode still costs several Python calls per cell (about
4.5 µs), and a 10,000-unit export holds some 950,000 cells: 4–5 s of CPU in the writer alone.
Our tables are plain (text, numbers, yes/no; a bold header row, frozen panes, an amount format
per column), so each row is rendered as one string here, about 1 µs per cell. The package is
the minimal one Excel, LibreOffice and openpyxl open: content types, relationships, workbook,
styles and one worksheet part per table. Strings are inline (`t="inlineStr"`), as xlsxwriter's
constant-memory mode writes them too.

Text is made safe in the same pass: for XML (entities; control characters XML cannot hold are
dropped), then for a spreadsheet (the formula escape of `orgdesigner.io.exchange._cells`). Every text is
written as an inline string, never as a formula, number or link.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from orgdesigner.io.exchange._cells import DANGEROUS_FIRST, escape_text
from orgdesigner.io.exchange.xml_text import entities

#: text XML cannot hold, or must spell as an entity (a carriage return too: XML readers turn a
#: literal one into a line feed); most cells have none (one C-level search)
_SPECIAL = re.compile(r"[&<>\r\000-\010\013\014\016-\037]")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # the control characters XML refuses
_SPACE_EDGES = (" ", "\t", "\n", "\r")

#: cell styles, indexes into <cellXfs> below
PLAIN, BOLD, AMOUNT_SV, AMOUNT_EN = 0, 1, 2, 3

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_NS}">'
    '<numFmts count="2">'
    '<numFmt numFmtId="164" formatCode="#,##0 &quot;kr&quot;"/>'
    '<numFmt numFmtId="165" formatCode="&quot;SEK &quot;#,##0"/>'
    "</numFmts>"
    '<fonts count="2">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/>'
    "</styleSheet>"
)


@dataclass
class Sheet:
    name: str  # at most 31 characters, none of []:*?/\ (the caller's business)
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]  # str, int, float, bool or None (an empty cell)
    width: int  # number of columns
    height: int  # number of data rows (for the sheet's dimension)
    freeze_columns: int = 0  # the header row is always frozen; and this many columns
    #: column index -> width in characters and cell style (e.g. an amount format)
    columns: dict[int, tuple[float, int]] = field(default_factory=dict)


def column_letters(count: int) -> list[str]:
    """A, B, …, Z, AA, … for the first `count` columns."""
    out = []
    for i in range(count):
        name = ""
        n = i + 1
        while n:
            n, rem = divmod(n - 1, 26)
            name = chr(65 + rem) + name
        out.append(name)
    return out


def xml_text(text: str) -> str:
    """`text` as XML character data: entities for & < > and carriage returns, the other
    control characters XML cannot hold dropped."""
    if _SPECIAL.search(text) is None:
        return text
    return entities(_ILLEGAL.sub("", text))


def _plain(value: Any) -> tuple[Any, type]:
    """A cell value of another type as bool, int, float or str (an IntEnum is a number, a date
    its text)."""
    if isinstance(value, bool):
        return bool(value), bool
    if isinstance(value, int):
        return int(value), int
    if isinstance(value, float):
        return float(value), float
    return str(value), str


def _attr(text: str) -> str:
    return xml_text(text).replace('"', "&quot;")


def write_package(out: Any, sheets: Sequence[Sheet], compresslevel: int = 1) -> None:
    """Write the workbook to the binary file object `out` (seekable, e.g. io.BytesIO).

    Deflate level 1: the sheets are tens of megabytes of repetitive XML; level 1 packs them
    nearly as small as the default level 6 at a fraction of the time."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as package:
        n = len(sheets)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT_SHEET}"/>' for i in range(1, n + 1)
        )
        package.writestr(
            "[Content_Types].xml",
            _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        package.writestr(
            "_rels/.rels",
            _HEAD + f'<Relationships xmlns="{_NS_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_NS_R}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        entries = "".join(
            f'<sheet name="{_attr(sheet.name)}" sheetId="{i}" r:id="rId{i}"/>' for i, sheet in enumerate(sheets, 1)
        )
        package.writestr(
            "xl/workbook.xml",
            _HEAD + f'<workbook xmlns="{_NS}" xmlns:r="{_NS_R}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{entries}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_NS_R}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, n + 1)
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            _HEAD + f'<Relationships xmlns="{_NS_PKG_REL}">{rels}'
            f'<Relationship Id="rId{n + 1}" Type="{_NS_R}/styles" Target="styles.xml"/></Relationships>',
        )
        package.writestr("xl/styles.xml", _STYLES)
        for i, sheet in enumerate(sheets, 1):
            with package.open(f"xl/worksheets/sheet{i}.xml", "w") as part:
                for chunk in _sheet_xml(sheet, selected=i == 1):
                    part.write(chunk.encode("utf-8"))


def _sheet_xml(sheet: Sheet, selected: bool) -> Iterable[str]:
    """The worksheet part in chunks of a few thousand rows."""
    width = max(sheet.width, len(sheet.header), 1)
    letters = column_letters(width)
    last = f"{letters[-1]}{sheet.height + 1}"
    yield (
        _HEAD + f'<worksheet xmlns="{_NS}" xmlns:r="{_NS_R}">'
        f'<dimension ref="A1:{last}"/>'
        f"<sheetViews>{_view(sheet.freeze_columns, letters, selected)}</sheetViews>"
        '<sheetFormatPr defaultRowHeight="15"/>'
    )
    if sheet.columns:
        cols = "".join(
            f'<col min="{c + 1}" max="{c + 1}" width="{w}" style="{s}" customWidth="1"/>'
            for c, (w, s) in sorted(sheet.columns.items())
        )
        yield f"<cols>{cols}</cols>"
    yield "<sheetData>"
    safe = [escape_text(_ILLEGAL.sub("", h)) for h in sheet.header]
    head = "".join(
        f'<c r="{letters[c]}1" s="{BOLD}" t="inlineStr"><is><t{_space(h)}>{entities(h)}</t></is></c>'
        for c, h in enumerate(safe)
        if h
    )
    yield f'<row r="1">{head}</row>'
    # per column: the start of a cell's tag after its row number ("A" + row + this)
    styled = {c: f' s="{s}"' for c, (_w, s) in sheet.columns.items()}
    tails = [styled.get(c, "") for c in range(width)]
    chunk: list[str] = []
    for r, row in enumerate(sheet.rows, 2):
        rs = str(r)
        if len(row) > len(letters):  # a row wider than the table's columns: still written
            letters = column_letters(len(row))
            tails += [""] * (len(letters) - len(tails))
        cells = [f'<row r="{rs}">']
        add = cells.append
        for c, value in enumerate(row):
            kind = value.__class__
            if kind is not str:
                if value is None:
                    continue
                if kind is not int and kind is not float and kind is not bool:
                    value, kind = _plain(value)
                if kind is bool:
                    add(f'<c r="{letters[c]}{rs}"{tails[c]} t="b"><v>{int(value)}</v></c>')
                    continue
                if kind is int:
                    add(f'<c r="{letters[c]}{rs}"{tails[c]}><v>{value}</v></c>')
                    continue
                if kind is float:
                    if math.isfinite(value):
                        add(f'<c r="{letters[c]}{rs}"{tails[c]}><v>{value!r}</v></c>')
                    else:  # what Excel shows for a number it cannot hold
                        add(f'<c r="{letters[c]}{rs}"{tails[c]} t="e"><v>#NUM!</v></c>')
                    continue
            # text: XML-safe first (control characters dropped), then the formula escape
            if not value:
                continue
            if _SPECIAL.search(value) is not None:
                value = escape_text(_ILLEGAL.sub("", value))
                if not value:
                    continue
                add(f'<c r="{letters[c]}{rs}"{tails[c]} t="inlineStr"><is><t{_space(value)}>{entities(value)}</t></is></c>')
                continue
            if value[0] in DANGEROUS_FIRST or value[0].isspace():  # " =1" too: escape_text's rule
                value = escape_text(value)
            if value[0] in _SPACE_EDGES or value[-1] in _SPACE_EDGES:
                add(f'<c r="{letters[c]}{rs}"{tails[c]} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>')
            else:
                add(f'<c r="{letters[c]}{rs}"{tails[c]} t="inlineStr"><is><t>{value}</t></is></c>')
        add("</row>")
        chunk.append("".join(cells))
        if len(chunk) >= 2000:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)
    yield (
        "</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        "</worksheet>"
    )


def _space(text: str) -> str:
    return ' xml:space="preserve"' if text and (text[0] in _SPACE_EDGES or text[-1] in _SPACE_EDGES) else ""


def _view(freeze_columns: int, letters: list[str], selected: bool) -> str:
    """The sheet view with the header row (and `freeze_columns` columns) frozen."""
    tab = ' tabSelected="1"' if selected else ""
    if freeze_columns:
        top_left = f"{letters[min(freeze_columns, len(letters) - 1)]}2"
        pane = (
            f'<pane xSplit="{freeze_columns}" ySplit="1" topLeftCell="{top_left}" activePane="bottomRight" state="frozen"/>'
            f'<selection pane="topRight"/><selection pane="bottomLeft"/>'
            f'<selection pane="bottomRight" activeCell="{top_left}" sqref="{top_left}"/>'
        )
    else:
        pane = (
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        )
    return f'<sheetView{tab} workbookViewId="0">{pane}</sheetView>'
