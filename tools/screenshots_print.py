"""Printing (issue 21): Arkiv → Skriv ut…'s preview, and the A3 poster's sheets at print detail.

print-preview.png: the print dialog's preview window on the example's A3 poster.
print-poster-a3.png: both A3 sheets side by side as they come out of the printer (100 dpi),
with the overlap mark, each sheet's map coordinate and the legend.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget


def preview_shot(ctx) -> None:
    from orgdesigner.ui.printing.dialog import PrintChartDialog

    window = ctx.window()
    dialog = PrintChartDialog(window.controller, window)
    dialog.poster_button.setChecked(True)
    dialog.paper.setCurrentText("A3")
    dialog._prepare()
    preview = QPrintPreviewDialog(dialog.printer, window)
    preview.paintRequested.connect(dialog._paint)
    preview.resize(1400, 820)
    preview.show()
    ctx.settle()
    widget = preview.findChild(QPrintPreviewWidget)
    widget.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
    widget.fitInView()
    ctx.settle()
    ctx.save(preview, "print-preview.png")
    preview.close()
    dialog.close()
    ctx.close(window)


def poster_shot(ctx, dpi: float = 100.0) -> None:
    from orgdesigner.ui.printing.chart_print import MARGIN_MM, PrintOptions, paint_pages, plan

    window = ctx.window()
    scenario = window.controller.scenario
    options = PrintOptions(poster=True, paper="A3")
    chosen = plan(scenario, options)
    per_mm = dpi / 25.4
    sheet_w, sheet_h = (420.0, 297.0) if chosen.landscape else (297.0, 420.0)
    gap = 30
    sheets = len(chosen.tiles)
    image = QImage(round(sheet_w * per_mm) * sheets + gap * (sheets - 1), round(sheet_h * per_mm), QImage.Format.Format_RGB32)
    image.fill(QColor("#9aa0a6"))  # the table the sheets lie on
    painter = QPainter(image)
    margin = MARGIN_MM * per_mm

    def sheet(index: int) -> None:
        left = index * (round(sheet_w * per_mm) + gap)
        painter.resetTransform()
        painter.fillRect(QRectF(left, 0, sheet_w * per_mm, sheet_h * per_mm), Qt.GlobalColor.white)
        painter.translate(left + margin, margin)

    pages = iter(range(1, sheets))
    sheet(0)
    page = QRectF(0, 0, (sheet_w - 2 * MARGIN_MM) * per_mm, (sheet_h - 2 * MARGIN_MM) * per_mm)
    paint_pages(painter, page, dpi, scenario, options, lambda: sheet(next(pages)) or True)
    painter.end()
    path = ctx.out / "print-poster-a3.png"
    image.save(str(path))
    ctx.written.append(path)
    print(f"wrote {path}")
    ctx.close(window)


def shots(ctx) -> None:
    preview_shot(ctx)
    poster_shot(ctx)
