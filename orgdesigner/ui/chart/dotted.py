"""Dotted (secondary) reporting lines on the chart, drawn after the tidy layout.

The tree layout never sees these lines: once the cards are placed, each line is routed as a
dotted curve between the facing side edges of its two cards (side edges, so it never runs along
the tree's own connectors at the top and bottom of a card), under the cards, so it never crosses a
card's text. A line into a collapsed subtree ends at the collapsed card. After a re-layout only the
lines whose end cards moved are re-routed; zoomed far out the view draws them in one batch per kind.

`DottedLayer.of(scene)` is the one layer of a scene; `DottedLineInteraction` draws a new line by a
Shift-drag from one card to another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QWidget,
)

from orgdesigner.model.commands import AddDottedLine
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.chart.interactions import Interaction

if TYPE_CHECKING:
    from orgdesigner.ui.chart.scene import ChartScene
    from orgdesigner.ui.chart.view import ChartView

KIND_COLOURS: dict[DottedKind, str] = {
    DottedKind.PROFESSIONAL: "#c2185b",
    DottedKind.FUNCTIONAL: "#3949ab",
    DottedKind.AGREEMENT: "#e07800",
}
Z_VALUE = -0.5  # above the tree's connectors (-1), below the cards (0): lines pass under card text
END_DOT = 3.5  # radius of the dot marking the end a line goes to


def tr(text: str) -> str:
    return QCoreApplication.translate("Chart", text)


def kind_label(kind: DottedKind) -> str:
    return {
        DottedKind.PROFESSIONAL: tr("professional/medical"),
        DottedKind.FUNCTIONAL: tr("functional"),
        DottedKind.AGREEMENT: tr("by agreement"),
    }[kind]


def kind_pen(kind: DottedKind, width: float = 2.5) -> QPen:
    pen = QPen(QColor(KIND_COLOURS[kind]), width, Qt.PenStyle.DotLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def route(a: QRectF, b: QRectF) -> QPainterPath:
    """A curve from card `a` to card `b`, ending in a dot at `b`. Cards in different rows: from
    the edge of `a` facing `b` to the edge of `b` facing `a`, a quarter in from the centre (where
    the tree's connectors do not attach), so the end is seen at its own card rather than at one
    it passes under. Cards in one row: between their facing side edges (one above the other in a
    left-to-right chart: bowing out to the right)."""
    ac, bc = a.center(), b.center()
    dy = bc.y() - ac.y()
    if abs(dy) >= a.height():
        down = dy > 0
        start = QPointF(ac.x() + a.width() / 4, a.bottom() if down else a.top())
        end = QPointF(bc.x() - b.width() / 4, b.top() if down else b.bottom())
        pull = max(40.0, abs(end.y() - start.y()) * 0.5) * (1 if down else -1)
        c1, c2 = QPointF(start.x(), start.y() + pull), QPointF(end.x(), end.y() - pull)
    elif abs(ac.x() - bc.x()) < a.width() * 0.75:
        start, end = QPointF(a.right(), ac.y()), QPointF(b.right(), bc.y())
        bow = max(40.0, abs(end.y() - start.y()) * 0.25)
        c1, c2 = QPointF(start.x() + bow, start.y()), QPointF(end.x() + bow, end.y())
    else:
        rightward = bc.x() > ac.x()
        start = QPointF(a.right() if rightward else a.left(), ac.y())
        end = QPointF(b.left() if rightward else b.right(), bc.y())
        pull = max(40.0, abs(end.x() - start.x()) * 0.4) * (1 if rightward else -1)
        c1, c2 = QPointF(start.x() + pull, start.y()), QPointF(end.x() - pull, end.y())
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    path.addEllipse(end, END_DOT, END_DOT)
    return path


class DottedLineItem(QGraphicsPathItem):
    """One line; its hit shape is made once per route (the default re-strokes on every query)."""

    def __init__(self, source_id: str, line: DottedLine) -> None:
        super().__init__()
        self.source_id = source_id
        self.line = line
        self._shape: QPainterPath | None = None
        self.setZValue(Z_VALUE)
        self.setPen(kind_pen(line.kind))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_route(self, path: QPainterPath) -> None:
        self._shape = None
        self.setPath(path)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(6)
            self._shape = stroker.createStroke(self.path())
        return self._shape


Key = tuple[str, str]  # (from unit, to unit)


class DottedLayer(QObject):
    """The dotted lines of the scenario a scene shows, kept in step with layout and model."""

    @classmethod
    def of(cls, scene: ChartScene) -> DottedLayer:
        layer = scene.findChild(DottedLayer)
        return layer if layer is not None else cls(scene)

    def __init__(self, scene: ChartScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.visible = True
        self.items: dict[Key, DottedLineItem] = {}
        self._ends: dict[Key, tuple[str, str, QPointF, QPointF]] = {}  # shown cards and their positions
        self._scenario: object = None
        self._batches: dict[DottedKind, QPainterPath] | None = None
        scene.layout_changed.connect(self.sync)

    # -- following the model and the layout --
    def apply_event(self, event: ModelEvent) -> None:
        scenario = self.scene.scenario
        if scenario is None or event.scenario_id != scenario.id:
            return
        if event.change is Change.UNITS_CHANGED and event.field == "dotted_lines":
            self.sync()
        # structural changes arrive through the re-layout (layout_changed)

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        for item in self.items.values():
            item.setVisible(visible)
        self.scene.update()

    def lines(self) -> dict[Key, DottedLine]:
        scenario = self.scene.scenario
        if scenario is None:
            return {}
        units = scenario.units
        return {
            (uid, line.target_id): line
            for uid, unit in units.items()
            if unit.dotted_lines
            for line in unit.dotted_lines
            if line.target_id in units
        }

    def sync(self) -> None:
        """Add, remove and re-route lines: only those whose end cards moved or changed."""
        scene = self.scene
        if self._scenario is not scene.scenario or any(not _alive(i, scene) for i in list(self.items.values())[:1]):
            self._drop_all()  # another scenario, or scene.clear() deleted our items
            self._scenario = scene.scenario
        wanted = self.lines()
        for key in [k for k in self.items if k not in wanted]:
            self._remove(key)
        cards = scene.cards
        layout = scene.layout
        if layout is None:
            return
        w, h = layout.card_w, layout.card_h
        for key, line in wanted.items():
            a, b = self._shown(key[0]), self._shown(key[1])
            item = self.items.get(key)
            if a is None or b is None or a == b:  # hidden by the subtree shown, or inside one collapsed card
                if item is not None:
                    self._remove(key)
                continue
            pa, pb = cards[a].pos(), cards[b].pos()
            ends = (a, b, pa, pb)
            if item is not None and item.line != line:
                self._remove(key)
                item = None
            if item is None:
                item = self.items[key] = DottedLineItem(key[0], line)
                item.setToolTip(self._tooltip(key, line))
                item.setVisible(self.visible)
                scene.addItem(item)
            elif self._ends.get(key) == ends:
                continue
            self._ends[key] = ends
            item.set_route(route(QRectF(pa.x(), pa.y(), w, h), QRectF(pb.x(), pb.y(), w, h)))
        self._batches = None

    def _shown(self, unit_id: str) -> str | None:
        """The card a line to `unit_id` ends at: its own, or its nearest collapsed ancestor's."""
        scene = self.scene
        cards = scene.cards
        if unit_id in cards:
            return unit_id
        scenario = scene.scenario
        assert scenario is not None
        for ancestor in scenario.ancestors(unit_id):
            if ancestor in cards:
                return ancestor
        return None

    def _tooltip(self, key: Key, line: DottedLine) -> str:
        scenario = self.scene.scenario
        assert scenario is not None
        names = [scenario.units[u].name for u in key]
        text = tr("Dotted line (%1): %2 → %3").replace("%1", kind_label(line.kind)).replace("%2", names[0]).replace("%3", names[1])
        extra = [t for t in (line.note, line.decision) if t]
        return "\n".join([text, *extra])

    def _remove(self, key: Key) -> None:
        item = self.items.pop(key)
        self._ends.pop(key, None)
        if _alive(item, self.scene):
            self.scene.removeItem(item)

    def _drop_all(self) -> None:
        for key in list(self.items):
            self._remove(key)
        self._batches = None

    # -- the zoomed-out overview draws every line of a kind at once --
    def paint_overview(self, painter: QPainter, scale: float) -> None:
        if not self.visible or not self.items:
            return
        if self._batches is None:
            batches: dict[DottedKind, QPainterPath] = {}
            for item in self.items.values():
                batches.setdefault(item.line.kind, QPainterPath()).addPath(item.path())
            self._batches = batches
        for kind, path in self._batches.items():
            painter.setPen(kind_pen(kind, 1.5 / max(scale, 1e-6)))
            painter.drawPath(path)


def _alive(item: QGraphicsPathItem, scene: ChartScene) -> bool:
    """The item still exists and is in `scene` (scene.clear() deletes items behind our back)."""
    return shiboken6.isValid(item) and item.scene() is scene


class DottedLegend(QWidget):
    """The legend's entry for dotted lines: one swatch per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.setToolTip(tr("Dotted lines: secondary reporting lines, by kind"))
        for kind in DottedKind:
            label = QLabel(f'<span style="color:{KIND_COLOURS[kind]}; font-weight:bold">┈┈</span> {kind_label(kind)}')
            label.setToolTip(self.toolTip())
            row.addWidget(label)


class DottedLineInteraction(Interaction):
    """Shift-drag from one card to another: a new dotted line, of the kind picked from a menu."""

    def __init__(self, view: ChartView, unit_id: str) -> None:
        super().__init__(view)
        self.unit_id = unit_id
        self._rubber: QGraphicsPathItem | None = None
        self.target: str | None = None

    def press(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint()

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        scene = self.view.chart_scene()
        if self._rubber is None:
            if (pos - self._origin).manhattanLength() < QApplication.startDragDistance():
                return
            self._rubber = QGraphicsPathItem()
            self._rubber.setPen(kind_pen(DottedKind.FUNCTIONAL))
            self._rubber.setZValue(10)
            scene.addItem(self._rubber)
        start = scene.card_rect(self.unit_id)
        end = self.view.mapToScene(pos)
        if start is not None:
            path = QPainterPath(start.center())
            path.lineTo(end)
            self._rubber.setPath(path)
        target = scene.unit_at(end)
        self._set_target(None if target == self.unit_id else target)

    def _set_target(self, target: str | None) -> None:
        if target == self.target:
            return
        scene = self.view.chart_scene()
        for uid, on in ((self.target, False), (target, True)):
            card = scene.cards.get(uid) if uid is not None else None
            if card is not None:
                card.set_drop_target(on)
        self.target = target

    def release(self, event: QMouseEvent) -> None:
        target = self.target
        self._set_target(None)
        if self._rubber is not None:
            self.view.chart_scene().removeItem(self._rubber)
            self._rubber = None
        if target is None:
            return
        kind = pick_kind(self.view, event.globalPosition().toPoint())
        if kind is not None:
            add_line(self.view, self.unit_id, target, kind)


def pick_kind(view: ChartView, at: QPoint) -> DottedKind | None:
    """Ask which kind of line to draw (a menu at the drop point); None when dismissed."""
    menu = QMenu(view)
    actions = {menu.addAction(tr("Dotted line, %1").replace("%1", kind_label(k))): k for k in DottedKind}
    chosen = menu.exec(at)
    return actions.get(chosen) if chosen is not None else None


def add_line(view: ChartView, source: str, target: str, kind: DottedKind) -> bool:
    scenario = view.controller.scenario
    if scenario is None:
        return False
    return view.controller.push(AddDottedLine(scenario.id, source, DottedLine(target, kind)))


