"""Names in the comparison's charts: text once a card is large enough to read, a tooltip always.

The comparison draws the chart scene in plain QGraphicsViews (no ChartView), which never gave the
cards their text: "Förstora…" showed nameless boxes however far it was zoomed in. These views now
label the cards they are about to paint once names reach a readable size, and a hovered card
names its unit and how it differs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QGraphicsView, QToolTip

from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene

#: on-screen name height (px) from which the cards get their text
READABLE_PX = 6.0


def name_pixels(view: QGraphicsView) -> float:
    return style.name_font().pointSizeF() * view.logicalDpiY() / 72.0 * view.transform().m11()


def label_visible(view: QGraphicsView) -> None:
    """Give the cards in view their text when it would be readable (before a paint)."""
    scene = view.scene()
    if isinstance(scene, ChartScene) and name_pixels(view) >= READABLE_PX:
        scene.ensure_labels(view.mapToScene(view.viewport().rect()).boundingRect())


class CardTooltips(QObject):
    """Installed on a view's viewport: a tooltip with the hovered card's unit name and status."""

    def __init__(self, view: QGraphicsView, describe: Callable[[str], str]) -> None:
        super().__init__(view)
        self.view = view
        self.describe = describe  # unit id → the tooltip text
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            scene = self.view.scene()
            uid = scene.unit_at(self.view.mapToScene(event.pos())) if isinstance(scene, ChartScene) else None
            if uid is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(uid), self.view.viewport())
            return True
        return False
