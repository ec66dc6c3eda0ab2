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
HEADER_MM = 7.0  # fit-to-page: the title line above the chart


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


def _scene(scenario: Scenario, subtree: str | None):  # type: ignore[no-untyped-def]
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
        return PrintPlan(width > height, [Tile(0, 0, 0.0, 0.0)], (width, height))
    landscape, tiles = best_orientation(width, height, page_w, page_h, options.overlap_mm)
    return PrintPlan(landscape, tiles, (width, height))


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
    if not options.poster:
        header = HEADER_MM * per_mm
        _text(painter, QRectF(page.left(), page.top(), page.width(), header), title, 3.2 * per_mm, bold=True)
        target = QRectF(page.left(), page.top() + header, page.width(), page.height() - header)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        return 1
    chart_w, chart_h = source.width() * PX_MM * options.scale, source.height() * PX_MM * options.scale
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
        text = tr("%1 · page %2 of %3 (column %4 of %5, row %6 of %7) · %8")
        for key, value in (("%1", label), ("%2", str(index + 1)), ("%3", str(rows * columns)), ("%4", str(column + 1)),
                           ("%5", str(columns)), ("%6", str(row + 1)), ("%7", str(rows)), ("%8", title)):
            text = text.replace(key, value)
        _text(painter, QRectF(page.left(), page.bottom() - 5 * per_mm, page.width() * 0.8, 5 * per_mm), text, 2.6 * per_mm)
    return rows * columns


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


def _text(painter: QPainter, rect: QRectF, text: str, pixel_size: float, bold: bool = False, centred: bool = False) -> None:
    font = QFont()
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    flags = Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    box = painter.boundingRect(rect, int(flags), text)
    painter.fillRect(box.adjusted(-2, -1, 2, 1), QColor(255, 255, 255, 220))
    painter.drawText(rect, int(flags), text)
