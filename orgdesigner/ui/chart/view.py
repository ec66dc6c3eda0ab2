"""The chart view: zoom, fit, pan, keyboard navigation and level of detail.

Below `OVERVIEW_SCALE` the view does not paint items at all: it draws every card and connector
with a handful of batched calls (one `drawRects` per category, one `drawLines`), which keeps a
10,000-card chart fluid when fitted to the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from orgdesigner.ui import colours
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.dotted import DottedLayer, DottedLineInteraction
from orgdesigner.ui.chart.interactions import (
    CardDragInteraction,
    Interaction,
    PanInteraction,
    RubberBandInteraction,
)
from orgdesigner.ui.chart.legible_fit import LEGIBLE_NAME_PX, fold_to_fit, legible_zoom
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.undo import DocumentController

OVERVIEW_SCALE = 0.3
MIN_SCALE, MAX_SCALE = 0.01, 4.0


def own_viewport(view: QGraphicsView) -> QWidget:
    """Give `view` a viewport made here, as QGraphicsView's constructor makes its own. PySide6
    then knows the widget: the first viewport() of Qt's own had it work out the widget's Python
    class by loading some seventy QtWidgets classes (about 5 ms of the start-up, issue 34)."""
    viewport = QWidget()
    view.setViewport(viewport)
    viewport.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    return viewport


class ChartView(QGraphicsView):
    unitActivated = Signal(str)  # double-click on a card
    contextMenuRequested = Signal(object, object)  # unit id or None, global QPoint
    zoomChanged = Signal(float)

    def __init__(self, controller: DocumentController, scene: ChartScene | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)
        self.controller = controller
        self.setScene(scene or ChartScene(self))
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # dotted lines, drawn once per change
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a frame in the focus colour while the chart has the keyboard (WCAG 2.4.7): the arrow
        # keys walk the chart only then; the same room stays free without focus, nothing shifts
        colours.style_sheet(self, "ChartView {{ border: 2px solid transparent }} ChartView:focus {{ border: 2px solid {focus} }}")
        self.setBackgroundBrush(style.colour("background"))
        self.legible_px = LEGIBLE_NAME_PX  # presentation mode raises it
        self.follow_selection = False  # presentation: every arrow step centres the new unit
        self._interaction: Interaction | None = None
        self._space_down = False
        self._anchor: tuple[str, QPointF] | None = None
        self._labelled = QRectF()
        self._labelled_for: object = None
        #: the fit last asked for (Whole chart, Whole organisation, Fit to window) while the
        #: planner has not zoomed or panned since: a resized window fits the chart that way again
        #: (once the resizing has paused: a drag sends dozens of sizes)
        self.fitted: Callable[[], None] | None = None
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._refit_after_resize)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._planner_moved)  # the planner's own scrolling
        scene = self.chart_scene()
        self.dotted = DottedLayer.of(scene)  # dotted lines, drawn after the tidy layout
        controller.modelChanged.connect(self.dotted.apply_event)
        scene.about_to_relayout.connect(self._remember_anchor)
        scene.layout_changed.connect(self._restore_anchor)

    def chart_scene(self) -> ChartScene:
        scene = super().scene()
        assert isinstance(scene, ChartScene)
        return scene

    # -- zoom --
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        factor = scale / self.zoom()
        self.scale(factor, factor)
        self.zoomChanged.emit(self.zoom())
        self.viewport().update()

    def zoom_by(self, factor: float) -> None:
        """The planner's zoom (wheel, keys, menu): the chart is no longer fitted."""
        self.fitted = None
        self.set_zoom(self.zoom() * factor)

    def zoom_in(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(1.25)
        self.setTransformationAnchor(anchor)

    def zoom_out(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(0.8)
        self.setTransformationAnchor(anchor)

    def reset_zoom(self) -> None:
        self.fitted = None
        self.set_zoom(1.0)

    def _planner_moved(self) -> None:
        self.fitted = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # presentation mode fits the chart to the screen itself (it follows the selection)
        if self.fitted is not None and not self.follow_selection and not event.oldSize().isEmpty():
            self._refit.start()

    def _refit_after_resize(self) -> None:
        if self.fitted is not None and not self.follow_selection:
            self.fitted()

    def name_pixels(self) -> float:
        """The card names' em height on screen, in logical pixels, at the current zoom."""
        font = style.name_font()
        return font.pointSizeF() * self.logicalDpiY() / 72.0 * self.zoom()

    def legible_zoom(self) -> float:
        return legible_zoom(self, self.legible_px)

    def fit_all(self) -> None:
        """The whole chart in the window with legible names (View → Whole chart, and the chart
        as it opens): where names would shrink below `legible_px`, the deepest branches fold
        into their cards instead; the planner's own folds stay. A window too small even for
        the least detail shows it legible from its top, scrolling."""
        self._fit_folded(keep_hand_folds=True)
        self.fitted = self.fit_all

    def fit_organisation(self) -> None:
        """The most of the organisation that fits legibly (View → Whole organisation, legible):
        as Whole chart, but the planner's folds open again wherever there is room."""
        self._fit_folded(keep_hand_folds=False)
        self.fitted = self.fit_organisation

    def _fit_folded(self, keep_hand_folds: bool) -> None:
        if fold_to_fit(self, self.controller.selection, keep_hand_folds):
            self._fit_shown()
        else:
            self.fit()

    def _fit_shown(self) -> None:
        """The chart as it is folded now, whole in the window (never above actual size, or the
        legible size where that is larger: a presentation's)."""
        self._refit.stop()  # this fit is for the size the viewport has now (an opening file's
        # fit came after the window's docks were restored: refitting later searched folds again)
        rect = self.chart_scene().chart_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        largest = max(1.0, self.legible_zoom())
        if self.zoom() > largest:
            self.set_zoom(largest)
            self.centerOn(rect.center())
        self.zoomChanged.emit(self.zoom())

    def fit(self) -> None:
        """Fit to window as folded now, but never below readable names (`legible_px`): a chart
        too big for that is shown from its top, centred on the main tree's root, and the rest
        scrolls."""
        self.fitted = self.fit
        self._fit_shown()
        rect = self.chart_scene().chart_rect()
        if rect.isEmpty() or self.zoom() >= self.legible_zoom():
            return
        self.set_zoom(self.legible_zoom())
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        root = self._main_root_rect()
        x = root.center().x() if root is not None else rect.center().x()
        self.centerOn(x, rect.top() - 20 + visible.height() / 2)
        self.zoomChanged.emit(self.zoom())

    def _main_root_rect(self) -> QRectF | None:
        """The card of the root with the most units below it (the region, not a lone provider)."""
        scenario, scene = self.controller.scenario, self.chart_scene()
        if scenario is None:
            return None
        # each root's subtree size, walking down once (walking up from every unit was quadratic
        # in the depth: 20,000 levels took half a minute)
        size = {root: len(scenario.subtree(root)) for root in scenario.roots()}
        for uid, _n in sorted(size.items(), key=lambda kv: -kv[1]):
            rect = scene.card_rect(uid)
            if rect is not None:
                return rect
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    # -- bringing a unit into view without jumping --
    def centre_on_unit(self, unit_id: str, force: bool = False) -> None:
        scene = self.chart_scene()
        scene.reveal(unit_id)
        rect = scene.card_rect(unit_id)
        if rect is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if force or not visible.contains(rect):
            self.fitted = None
            self.centerOn(rect.center())

    def _remember_anchor(self) -> None:
        """Before a re-layout: which card to keep still on screen (the selection, else centre)."""
        scene = self.chart_scene()
        sel = [u for u in self.controller.selection if u in scene.cards]
        uid = sel[0] if sel else self._card_nearest(self.mapToScene(self.viewport().rect().center()))
        if uid is None or uid not in scene.cards:
            self._anchor = None
            return
        self._anchor = (uid, self.mapFromScene(scene.cards[uid].pos()).toPointF())

    def _card_nearest(self, point: QPointF) -> str | None:
        """The card closest to `point`: among the cards in view (the index is fresh before a
        re-layout, so that query is cheap), else among all cards in the layout."""
        scene = self.chart_scene()
        layout = scene.layout
        if layout is None or not layout.positions:
            return None
        px, py = point.x() - layout.card_w / 2, point.y() - layout.card_h / 2
        positions = layout.positions

        def distance(kv: tuple[str, tuple[float, float]]) -> float:
            return (kv[1][0] - px) ** 2 + (kv[1][1] - py) ** 2

        if not self.is_overview():
            # first a card-sized box round the point, within the view: a card in view whose
            # centre lies within `reach` of the point meets that box (rectangles meeting pairwise
            # share a point), so one found that near is the nearest (a query of the whole view
            # wraps every item in it)
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            reach = max(layout.card_w, layout.card_h)
            box = QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach).intersected(shown)
            near = [(u, positions[u]) for u in scene.units_in(box) if u in positions] if not box.isEmpty() else []
            if near:
                best = min(near, key=distance)
                if distance(best) <= reach * reach:
                    return best[0]
            near = [(u, positions[u]) for u in scene.units_in(shown) if u in positions]
            if near:
                return min(near, key=distance)[0]
        return min(positions.items(), key=distance)[0]

    def _restore_anchor(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is None:
            return
        card = self.chart_scene().cards.get(anchor[0])
        if card is None:
            return
        delta = self.mapFromScene(card.pos()).toPointF() - anchor[1]
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(delta.x()))
        v.setValue(v.value() + round(delta.y()))

    # -- painting: items when readable, batched boxes when zoomed out --
    def is_overview(self) -> bool:
        return self.zoom() < OVERVIEW_SCALE

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_overview():
            self._label_visible_cards()
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.backgroundBrush())
        painter.setTransform(self.viewportTransform())
        rects, lines = self.chart_scene().overview_batches()
        painter.setPen(QPen(style.colour("connector"), 0))
        painter.drawLines(lines)
        self.dotted.paint(painter, self.mapToScene(event.rect()).boundingRect(), True)
        painter.setPen(Qt.PenStyle.NoPen)
        for category, batch in rects.items():
            painter.setBrush(QColor(style.CATEGORY_COLOURS[category]))
            painter.drawRects(batch)
        scene = self.chart_scene()
        selected = [scene.cards[u].sceneBoundingRect() for u in scene.selected_units if u in scene.cards]
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(style.SELECTION_COLOUR), 3 / max(self.zoom(), 1e-6)))
            painter.drawRects(selected)
        self.dotted.paint_hover(painter)
        painter.end()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        self.dotted.paint_hover(painter)  # the dotted line under the mouse, above the cards

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, self.backgroundBrush())
        # only what the viewport shows (after a scroll the rectangle asked for can span the old
        # and the new place, and lines waiting for a route are routed where a paint reaches)
        shown = self.mapToScene(self.viewport().rect().adjusted(-2, -2, 2, 2)).boundingRect()
        self.chart_scene().paint_underlays(painter, QRectF(rect).intersected(shown), True)

    def _label_visible_cards(self) -> None:
        """Cards get their text lazily; label what is about to be seen (plus a margin)."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        scene = self.chart_scene()
        if self._labelled.contains(visible):
            if self._labelled_for == scene.layout_serial:
                return
            change = scene.last_change
            if self._labelled_for == scene.layout_serial - 1 and change is not None and not change.full:
                # one edit since: only cards it placed can lack their text (a query of the whole
                # area would walk every card and text item in it)
                scene.ensure_labels_of(change.positions, self._labelled)
                self._labelled_for = scene.layout_serial
                return
        m = max(visible.width(), visible.height()) * 0.5
        area = visible.adjusted(-m, -m, m, m)
        self.chart_scene().ensure_labels(area)
        self._labelled, self._labelled_for = area, self.chart_scene().layout_serial

    # -- mouse: each mode is an Interaction --
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        button = event.button()
        if button == Qt.MouseButton.RightButton:
            super().mousePressEvent(event)
            return
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_down):
            self._interaction = PanInteraction(self)
        elif button == Qt.MouseButton.LeftButton:
            scene_pos = self.mapToScene(event.position().toPoint())
            uid = self.chart_scene().unit_at(scene_pos)
            if uid is not None and self._fold_badge_hit(uid, scene_pos):
                self.chart_scene().toggle_collapsed(uid)  # the +/− handle (or the +N text)
                return
            if uid is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._interaction = DottedLineInteraction(self, uid)  # Shift-drag draws a dotted line
            else:
                self._interaction = RubberBandInteraction(self) if uid is None else CardDragInteraction(self, uid)
        else:
            return
        self._interaction.press(event)
        event.accept()

    def _fold_badge_hit(self, uid: str, scene_pos: QPointF) -> bool:
        card = self.chart_scene().cards.get(uid)
        return card is not None and any(card.is_fold_badge(i) for i in self.chart_scene().items(scene_pos))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.move(event)
            event.accept()
        else:
            pos = self.mapToScene(event.position().toPoint())
            on_card = self.chart_scene().unit_at(pos) is not None  # a card's own hover wins
            self.dotted.hover_at(None if on_card else pos, 5.0 / max(self.zoom(), 1e-6))
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is not None:
            interaction.release(event)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips: a card's whole name at any zoom (the card makes its own only with its text),
        a dotted line's where no card is (lines are drawn, not items)."""
        if event.type() == QEvent.Type.Leave:
            self.dotted.hover_at(None)  # the mouse left the chart: no line stays highlighted
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.mapToScene(event.pos())
            uid = self.chart_scene().unit_at(pos)
            card = self.chart_scene().cards.get(uid) if uid is not None else None
            if card is not None and not any(card.is_fold_badge(i) for i in self.chart_scene().items(pos)):
                QToolTip.showText(event.globalPos(), card.tooltip_text(), self.viewport())
                return True
            if uid is None:
                lines = self.dotted.lines_at(pos, 5.0 / max(self.zoom(), 1e-6))
                if lines:
                    QToolTip.showText(event.globalPos(), self.dotted.tooltip_of(lines), self.viewport())
                    return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        uid = self.chart_scene().unit_at(self.mapToScene(event.position().toPoint()))
        if uid is not None:
            self.unitActivated.emit(uid)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.keyboard_context_menu()
            event.accept()
            return
        uid = self.chart_scene().unit_at(self.mapToScene(event.pos()))
        if uid is not None and uid not in self.controller.selection:
            self.controller.select_units([uid], centre=False)
        self.contextMenuRequested.emit(uid, event.globalPos())
        event.accept()

    def keyboard_context_menu(self) -> None:
        """The Menu key or Shift+F10: the selected unit's menu, opened at its card (the empty
        area's menu at the middle of the view when nothing is selected)."""
        selection = [u for u in self.controller.selection if u in self.chart_scene().cards]
        uid = selection[0] if selection else None
        at = self.viewport().rect().center()
        if uid is not None:
            self.centre_on_unit(uid)
            rect = self.chart_scene().card_rect(uid)
            if rect is not None:
                at = self.mapFromScene(rect.center())
        self.contextMenuRequested.emit(uid, self.viewport().mapToGlobal(at))

    # -- keyboard: arrows walk the tree, space held pans --
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.keyboard_context_menu()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        target = self._neighbour(key)
        if target is not None:
            self.controller.select_units([target], centre=False)
            self.centre_on_unit(target, force=self.follow_selection)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            return  # at an edge of the tree: do not scroll instead
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def _neighbour(self, key: int) -> str | None:
        scenario = self.controller.scenario
        sel = self.controller.selection
        if scenario is None:
            return None
        scene = self.chart_scene()
        if not sel:  # nothing selected: an arrow starts at the top of the chart, the first root
            if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
                return None
            return next((r for r in scenario.roots() if r in scene.cards), next(iter(scene.cards), None))

        uid = sel[0]
        unit = scenario.units.get(uid)
        if unit is None:
            return None
        top_down = scene.orientation == "tb"
        up, down = (Qt.Key.Key_Up, Qt.Key.Key_Down) if top_down else (Qt.Key.Key_Left, Qt.Key.Key_Right)
        prev, nxt = (Qt.Key.Key_Left, Qt.Key.Key_Right) if top_down else (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key == up:
            return unit.parent_id if unit.parent_id in scene.cards else None
        if key == down:
            if uid in scene.collapsed and scenario.children(uid):
                scene.set_collapsed(uid, False)  # down into a folded card unfolds it
            kids = [k for k in scenario.children(uid) if k in scene.cards]
            return kids[0] if kids else None
        if key in (prev, nxt):
            siblings = [s for s in scenario.children(unit.parent_id) if s in scene.cards] if unit.parent_id in scenario.units else [r for r in scenario.roots() if r in scene.cards]
            i = siblings.index(uid) if uid in siblings else -1
            j = i - 1 if key == prev else i + 1
            return siblings[j] if i >= 0 and 0 <= j < len(siblings) else None
        return None
