"""Names in the comparison's charts: fitted legibly, text on the cards, a tooltip always.

The comparison draws chart scenes in plain QGraphicsViews (no ChartView), which never gave the
cards their text: the mini charts and "Förstora…" showed nameless boxes. These views fold the
deepest branches until the chart fits with names at the legible size (as the main chart does),
label the cards they are about to paint, fold and unfold a branch on its +/− handle, and a
hovered card names its unit and how it differs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolTip, QWidget

from orgdesigner.layout.tree import LayoutParams
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.legible_fit import fold_to_fit, legible_area
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


def fit_shown(view: QGraphicsView) -> None:
    """The chart as folded now, whole in the view (never above actual size)."""
    scene = view.scene()
    rect = scene.chart_rect() if isinstance(scene, ChartScene) else scene.itemsBoundingRect()
    if rect.isEmpty():
        return
    view.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
    if view.transform().m11() > 1.0:
        view.resetTransform()
        view.centerOn(rect.center())


def fit_folded(view: QGraphicsView) -> None:
    """Fold the deepest branches until the chart fits with legible names, then fit it; a view
    too small even for the top levels shows them whole, smaller (its tooltips name every card).
    Stacked columns are no taller than the view: a short, wide chart keeps more detail."""
    scene = view.scene()
    if isinstance(scene, ChartScene):
        rows = stack_rows_for(view, scene.params)
        if rows != scene.params.stack_rows:
            scene.set_layout_params(replace(scene.params, stack_rows=rows))
        fold_to_fit(view)
    fit_shown(view)


def stack_rows_for(view: QGraphicsView, params: LayoutParams) -> int:
    """How many stacked cards a column may hold to fit the view's height at the legible zoom."""
    height = legible_area(view)[1] - params.card_h - params.depth_gap  # below a parent's card
    return max(2, min(LayoutParams().stack_rows, int((height + params.stack_gap) // (params.card_h + params.stack_gap))))


def toggle_fold_at(view: QGraphicsView, pos: QPoint) -> bool:
    """A press on a card's +/− handle folds or unfolds its branch; True when it was one."""
    scene = view.scene()
    if not isinstance(scene, ChartScene):
        return False
    at = view.mapToScene(pos)
    uid = scene.unit_at(at)
    card = scene.cards.get(uid) if uid is not None else None
    if uid is None or card is None or not any(card.is_fold_badge(i) for i in scene.items(at)):
        return False
    scene.toggle_collapsed(uid)
    return True


class LabelledView(QGraphicsView):
    """A read-only view of a chart scene whose cards get their text before they are painted."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setBackgroundBrush(style.colour("background"))
        self.setInteractive(False)
        self.legible_px = 9.0  # the target itself: a small view keeps every tenth of a pixel of room

    def paintEvent(self, event: QPaintEvent) -> None:
        label_visible(self)  # names once they can be read, not nameless boxes
        super().paintEvent(event)


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
