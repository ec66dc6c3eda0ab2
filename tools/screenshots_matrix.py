"""Screenshots of the responsibility matrix and the chart overlay (run by tools/screenshots.py).

matrix.png: the matrix tab with the findings dock, a double-accountable finding selected.
overlay.png: the chart alone with the overlay for the first vårdval function, zoomed to its units.
"""

from __future__ import annotations


def shots(ctx) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtWidgets import QDockWidget

    window = ctx.window(lang="sv")
    views = window.responsibility_views
    window.tabs.setCurrentWidget(views.matrix)
    findings = views.findings.model.findings
    chosen = next((f for f in findings if f.rule == "R02-double-accountable"), findings[0] if findings else None)
    if chosen is not None:
        views.findings.select_finding(chosen.key)
    ctx.save(window, "matrix.png")

    window.tabs.setCurrentWidget(window.chart)
    for dock in window.findChildren(QDockWidget):  # the chart alone, as large as it gets
        dock.hide()
    vardval = next((f.id for f in window.controller.project.functions.values() if f.vardval), None)
    views.chooser.choose(vardval)
    window.controller.select_units([])
    ctx.settle()
    scene = window.chart.scene
    area = QRectF()
    for uid in views.overlay.holdings():
        rect = scene.card_rect(uid)
        if rect is not None:
            area = area.united(rect)
    if not area.isEmpty():
        window.chart.view.fitInView(area.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
    ctx.save(window, "overlay.png")
    ctx.close(window)
