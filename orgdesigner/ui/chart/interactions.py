"""Mouse modes of the chart, each a small class: pan, rubber-band selection, click and drag a card.

The view picks one on mouse press and forwards move/release to it until it is done. Interactions
never change the model directly: a drop pushes a MoveUnit command through the controller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QRubberBand

if TYPE_CHECKING:
    from orgdesigner.ui.chart.view import ChartView


class Interaction:
    def __init__(self, view: ChartView) -> None:
        self.view = view

    def press(self, event: QMouseEvent) -> None: ...

    def move(self, event: QMouseEvent) -> None: ...

    def release(self, event: QMouseEvent) -> None: ...


class PanInteraction(Interaction):
    """Middle drag, or left drag while space is held: move the view, not the cards."""

    def press(self, event: QMouseEvent) -> None:
        self._last = event.position().toPoint()
        self.view.fitted = None  # the planner's own view from now on: a resize keeps it
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        delta = pos - self._last
        self._last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def release(self, event: QMouseEvent) -> None:
        self.view.viewport().unsetCursor()


class RubberBandInteraction(Interaction):
    """Left drag on empty space selects the cards the band touches (Ctrl adds to the selection)."""

    def press(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint()
        self._add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.view.viewport())
        self._band.setGeometry(QRect(self._origin, QSize()))
        self._band.show()

    def move(self, event: QMouseEvent) -> None:
        self._band.setGeometry(QRect(self._origin, event.position().toPoint()).normalized())

    def release(self, event: QMouseEvent) -> None:
        rect = QRect(self._origin, event.position().toPoint()).normalized()
        self._band.hide()
        self._band.deleteLater()
        if rect.width() < 3 and rect.height() < 3:
            if not self._add:
                self.view.controller.select_units([], centre=False)
            return
        scene_rect = self.view.mapToScene(rect).boundingRect()
        ids = self.view.chart_scene().units_in(scene_rect)
        if self._add:
            ids = self.view.controller.selection + ids
        self.view.controller.select_units(ids, centre=False)


class CardDragInteraction(Interaction):
    """Press on a card selects it; dragging it onto another card moves it there (MoveUnit)."""

    def __init__(self, view: ChartView, unit_id: str) -> None:
        super().__init__(view)
        self.unit_id = unit_id
        self._ghost: QGraphicsRectItem | None = None
        self._target: str | None = None

    def press(self, event: QMouseEvent) -> None:
        self._origin: QPoint = event.position().toPoint()
        ctl = self.view.controller
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            sel = ctl.selection
            ctl.select_units([u for u in sel if u != self.unit_id] if self.unit_id in sel else sel + [self.unit_id], centre=False)
        elif self.unit_id not in ctl.selection:
            ctl.select_units([self.unit_id], centre=False)
        self._dragged = [u for u in ctl.selection] or [self.unit_id]

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._ghost is None:
            if (pos - self._origin).manhattanLength() < QApplication.startDragDistance():
                return
            rect = self.view.chart_scene().card_rect(self.unit_id) or QRectF(0, 0, 160, 60)
            self._ghost = QGraphicsRectItem(QRectF(0, 0, rect.width(), rect.height()))
            self._ghost.setPen(QPen(QColor("#1e66f5"), 2, Qt.PenStyle.DashLine))
            self._ghost.setBrush(QColor(30, 102, 245, 40))
            self._ghost.setZValue(10)
            self._offset = self.view.mapToScene(self._origin) - rect.topLeft()
            self.view.chart_scene().addItem(self._ghost)
        scene_pos = self.view.mapToScene(pos)
        self._ghost.setPos(scene_pos - self._offset)
        self._set_target(self._drop_target(scene_pos))

    def _drop_target(self, scene_pos: QPointF) -> str | None:
        scene = self.view.chart_scene()
        self._ghost.setVisible(False) if self._ghost is not None else None
        target = scene.unit_at(scene_pos)
        if self._ghost is not None:
            self._ghost.setVisible(True)
        return None if target in self._dragged else target

    def _set_target(self, target: str | None) -> None:
        if target == self._target:
            return
        scene = self.view.chart_scene()
        for uid, on in ((self._target, False), (target, True)):
            card = scene.cards.get(uid) if uid is not None else None
            if card is not None:
                card.set_drop_target(on)
        self._target = target

    def release(self, event: QMouseEvent) -> None:
        target = self._target
        self._set_target(None)
        if self._ghost is None:
            return
        self.view.chart_scene().removeItem(self._ghost)
        self._ghost = None
        if target is not None:
            drop_on(self.view, self._dragged, target)


def drop_on(view: ChartView, unit_ids: list[str], target: str) -> bool:
    """Move the dragged units under `target` as one undo step; a cycle is refused with a message."""
    scenario = view.controller.scenario
    if scenario is None:
        return False
    moving = [u for u in unit_ids if u in scenario.units and not any(a in unit_ids for a in scenario.ancestors(u))]
    moving = [u for u in moving if scenario.units[u].parent_id != target]
    if not moving:
        return False
    # the model's commands load with the first edit, not at start-up
    from orgdesigner.model.commands import Action, Description, MacroCommand, MoveUnit, Subject

    commands = [MoveUnit(scenario.id, uid, target) for uid in moving]
    command = commands[0] if len(commands) == 1 else MacroCommand(Description(Action.MOVE, Subject.UNIT, count=len(commands)), commands)
    return view.controller.push(command)
