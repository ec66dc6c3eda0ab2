"""Screenshots of the comparison and internal-trade tabs (run by tools/screenshots.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def shots(ctx) -> None:
    window = ctx.window()
    tabs = window.findChild(QTabWidget)
    for index, name in ((2, "compare.png"), (3, "internal-trade.png")):
        tabs.setCurrentIndex(index)
        ctx.settle()
        ctx.save(window, name)
    window._trade_tab.widget().show_evaluation()  # the volume history's evaluation (issue 35)
    ctx.settle()
    ctx.save(window, "internal-trade-evaluation.png")
    ctx.close(window)
