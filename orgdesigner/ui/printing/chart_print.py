"""Paint the chart onto a printer: fit to one page, or a poster tiled over A4/A3 sheets.

Every poster sheet carries its page coordinate (A1 = top left), the sheet count, and dashed
overlap marks where it overlaps its right and lower neighbours: trim along a mark and glue.
Prints are always light (paper), whatever the screen's colour scheme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from orgdesigner.model.entities import Scenario
from orgdesigner.ui.printing.tiles import PX_MM, Tile, best_orientation, tile_count

PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
MARGIN_MM = 10.0
HEADER_MM = 12.0  # fit-to-page: the title line and the legend above the chart
NAME_PT = 9.0  # card names at 100 % (style.name_font)
FOOTER_MM = 10.0  # poster: the legend and the sheet's label below the chart, never over it


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartPrint", text)


@dataclass(frozen=True, slots=True)
class PrintOptions:
    poster: bool = False
    paper: str = "A4"
    scale: float = 1.0  # poster: 1.0 prints the chart at its on-screen size (names at 9 pt)
    overlap_mm: float = 10.0
    subtree: str | None = None  # only this unit and everything under it


@dataclass(frozen=True, slots=True)
class PrintPlan:
    landscape: bool
    tiles: list[Tile]  # one tile (the whole page) when fitting
    chart_mm: tuple[float, float]  # the chart's size on paper (poster), mm
    name_pt: float  # the card names' size on paper, points


def _scene(scenario: Scenario, subtree: str | None):  # type: ignore[no-untyped-def]  # returns the chart scene, imported inside to keep Qt widgets out of module import
    from orgdesigner.ui.render.chart_image import _source, chart_scene

    scene = chart_scene(scenario, subtree)
    return scene, _source(scene)


def plan(scenario: Scenario, options: PrintOptions) -> PrintPlan:
    """How the chart will be laid on paper, without painting anything."""
    _scene_, source = _scene(scenario, options.subtree)
    width, height = source.width() * PX_MM * options.scale, source.height() * PX_MM * options.scale
    page = QPageSize(PAPERS[options.paper]).size(QPageSize.Unit.Millimeter)
    page_w, page_h = page.width() - 2 * MARGIN_MM, page.height() - 2 * MARGIN_MM
    if not options.poster:
        landscape = width > height
        room_w, room_h = (page_h, page_w - HEADER_MM) if landscape else (page_w, page_h - HEADER_MM)
        shrink = min(room_w / width, room_h / height)
        return PrintPlan(landscape, [Tile(0, 0, 0.0, 0.0)], (width * shrink, height * shrink), NAME_PT * options.scale * shrink)
    landscape, tiles = best_orientation(width, height, page_w, page_h, options.overlap_mm, FOOTER_MM)
    return PrintPlan(landscape, tiles, (width, height), NAME_PT * options.scale)


def set_up_printer(printer: QPrinter, scenario: Scenario, options: PrintOptions) -> PrintPlan:
    """Paper, orientation and margins for `options`; returns the plan the pages will follow."""
    result = plan(scenario, options)
    orientation = QPageLayout.Orientation.Landscape if result.landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(PAPERS[options.paper]), orientation,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    return result


def print_chart(printer: QPrinter, scenario: Scenario, options: PrintOptions) -> int:
    """Paint every page onto `printer` (set up by `set_up_printer`); returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("The printer could not be opened."))
    try:
        paint_rect = printer.pageLayout().paintRectPixels(printer.resolution()).toRectF()
        page = QRectF(0, 0, paint_rect.width(), paint_rect.height())  # the painter's origin is the paint rect
        return paint_pages(painter, page, printer.resolution(), scenario, options, printer.newPage)
    finally:
        painter.end()


def paint_pages(painter: QPainter, page: QRectF, dpi: float, scenario: Scenario, options: PrintOptions,
                new_page: Callable[[], bool]) -> int:
    """The pages of `options` on any painter (printer, PDF, image): `page` is the printable area
    in device pixels at `dpi`; `new_page` starts the next sheet."""
    scene, source = _scene(scenario, options.subtree)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    title = scenario.name if options.subtree is None else f"{scenario.name} · {scenario.units[options.subtree].name}"
    per_mm = dpi / 25.4
    legend = legend_items(scenario, scene)
    if not options.poster:
        header = HEADER_MM * per_mm
        _text(painter, QRectF(page.left(), page.top(), page.width(), 7 * per_mm), title, 3.2 * per_mm, bold=True)
        _legend(painter, QRectF(page.left(), page.top() + 7 * per_mm, page.width(), 4 * per_mm), per_mm, legend)
        room = QRectF(page.left(), page.top() + header, page.width(), page.height() - header)
        shrink = min(room.width() / source.width(), room.height() / source.height())
        target = QRectF(0, room.top(), source.width() * shrink, source.height() * shrink)
        target.moveLeft(room.center().x() - target.width() / 2)  # centred across the sheet, under the title
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        return 1
    chart_w, chart_h = source.width() * PX_MM * options.scale, source.height() * PX_MM * options.scale
    footer = FOOTER_MM * per_mm
    sheet = page  # the whole printable area; the chart gets all of it but the footer
    page = QRectF(page.left(), page.top(), page.width(), page.height() - footer)
    page_w, page_h = page.width() / per_mm, page.height() / per_mm
    # the sheet as the printer has it (set_up_printer chose the orientation that needs fewer)
    columns, rows = tile_count(chart_w, page_w, options.overlap_mm), tile_count(chart_h, page_h, options.overlap_mm)
    step_w, step_h = page_w - options.overlap_mm, page_h - options.overlap_mm
    for index in range(rows * columns):
        row, column = divmod(index, columns)
        if index:
            new_page()
        x, y = column * step_w, row * step_h
        painter.save()
        painter.setClipRect(page)
        poster = QRectF(page.left() - x * per_mm, page.top() - y * per_mm, chart_w * per_mm, chart_h * per_mm)
        scene.render(painter, poster, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.restore()
        _marks(painter, page, per_mm, options.overlap_mm, column < columns - 1, row < rows - 1)
        label = Tile(column, row, x, y).label
        text = tr("page %1 of %2 (column %3 of %4, row %5 of %6) · %7")
        for key, value in (("%1", str(index + 1)), ("%2", str(rows * columns)), ("%3", str(column + 1)),
                           ("%4", str(columns)), ("%5", str(row + 1)), ("%6", str(rows)), ("%7", title)):
            text = text.replace(key, value)
        # the footer: the legend, then the sheet's map coordinate (large, to lay the sheets out by) and its place
        _legend(painter, QRectF(sheet.left(), page.bottom() + 0.5 * per_mm, sheet.width(), 4 * per_mm), per_mm, legend)
        line = QRectF(sheet.left(), page.bottom() + 5 * per_mm, sheet.width(), 5 * per_mm)
        width = _text(painter, line, label, 4.2 * per_mm, bold=True)
        _text(painter, line.adjusted(width + 2 * per_mm, 0, 0, 0), text, 2.6 * per_mm)
    return rows * columns


def legend_items(scenario: Scenario, scene: object) -> list[tuple[str, str, str, bool]]:
    """(fill, border, word, dotted?) for each category and dotted-line kind on the printed chart:
    on paper, as on screen, colour never carries meaning alone."""
    from orgdesigner.ui.chart import style
    from orgdesigner.ui.chart.dotted import KIND_COLOURS, DottedLayer, kind_label

    cards = getattr(scene, "cards", {})
    present = {scenario.units[uid].category for uid in cards if uid in scenario.units}
    with style.using(style.LIGHT):
        items = [(style.card_fill(c).name(), style.CATEGORY_COLOURS[c], style.category_label(c), False)
                 for c in style.CATEGORY_COLOURS if c in present]
    kinds = {item.line.kind for item in DottedLayer.of(scene).items.values()} if cards else set()  # type: ignore[arg-type]  # the set's element type is known only once the dotted layer is drawn
    return items + [(KIND_COLOURS[k], KIND_COLOURS[k], kind_label(k), True) for k in KIND_COLOURS if k in kinds]


def _legend(painter: QPainter, rect: QRectF, per_mm: float, items: list[tuple[str, str, str, bool]]) -> None:
    """A swatch and a word per item, left to right; the words shrink to fit one line."""
    if not items:
        return
    size = 2.4 * per_mm
    font = QFont()
    for _ in range(6):  # shrink until the line fits
        font.setPixelSize(max(1, round(size)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        needed = sum(size * 2.6 + metrics.horizontalAdvance(word) for _f, _b, word, _d in items)
        if needed <= rect.width():
            break
        size *= 0.85
    x, mid = rect.left(), rect.center().y()
    for fill, border, word, dotted in items:
        swatch = QRectF(x, mid - size / 2, size * 1.6, size)
        if dotted:
            pen = QPen(QColor(border), max(1.0, 0.35 * per_mm), Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(round(swatch.left()), round(mid), round(swatch.right()), round(mid))
        else:
            painter.setPen(QPen(QColor(border), max(1.0, 0.2 * per_mm)))
            painter.setBrush(QColor(fill))
            painter.drawRect(swatch)
        painter.setPen(QColor("#202020"))
        text_rect = QRectF(swatch.right() + 0.3 * size, rect.top(), rect.right() - swatch.right(), rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), word)
        x = text_rect.left() + painter.fontMetrics().horizontalAdvance(word) + size


def _marks(painter: QPainter, page: QRectF, per_mm: float, overlap: float, right: bool, below: bool) -> None:
    """Dashed lines where the next sheet starts (trim here), with a ✂ at each end."""
    pen = QPen(QColor("#606060"), max(1.0, 0.25 * per_mm), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    if right:
        x = page.right() - overlap * per_mm
        painter.drawLine(round(x), round(page.top()), round(x), round(page.bottom()))
        _text(painter, QRectF(x - 3 * per_mm, page.top(), 6 * per_mm, 4 * per_mm), "✂", 3 * per_mm, centred=True)
    if below:
        y = page.bottom() - overlap * per_mm
        painter.drawLine(round(page.left()), round(y), round(page.right()), round(y))
        _text(painter, QRectF(page.left(), y - 2 * per_mm, 6 * per_mm, 4 * per_mm), "✂", 3 * per_mm, centred=True)


def _text(painter: QPainter, rect: QRectF, text: str, pixel_size: float, bold: bool = False, centred: bool = False) -> float:
    """Draw `text` on a white ground; returns its width."""
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    flags = Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    box = painter.boundingRect(rect, int(flags), text)
    painter.fillRect(box.adjusted(-2, -1, 2, 1), QColor(255, 255, 255, 220))
    painter.drawText(rect, int(flags), text)
    return box.width()
