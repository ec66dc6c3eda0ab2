"""Dotted (secondary) reporting lines on the chart, drawn after the tidy layout.

The tree layout never sees these lines: once the cards are placed, each line is routed around
them (orthogonally, through the gaps between rows and columns: layout/dotted_routes.py), so it
never passes under a card's text. Lines of one kind into one card share a lane near it, so they
arrive as one trunk with a branch to each card they come from (like the tree's own connectors);
each line's start is marked with a ring and its end with a dot. Hovering a line draws it (or the
trunk's lines) above the cards with its two cards outlined, and the tooltip names both.

A line into a collapsed subtree ends at the collapsed card. After a re-layout only the lines at
cards that moved, and those a moved card now stands on, are looked at: a line whose two cards
moved alike is shifted; the others, when a view shows the chart, wait for a paint that reaches
them (routing only what that paint shows) or for the next idle moment. The free-space index the
routes ask follows the layout's edits instead of being made again for each.

Lines are not scene items: the layer draws them all as part of the scene's background, cut to the
exposed rectangle (after an edit only the lines whose span meets it are gathered), and the view
caches its background, so a repaint that changes no line (hover,
selection, a rename) redraws none and a scroll draws only the strip that came into view. The view
finds a line under the mouse for its tooltip (`line_at`).

`DottedLayer.of(scene)` is the one layer of a scene; `DottedLineInteraction` draws a new line by a
Shift-drag from one card to another.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGraphicsPathItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QMenu,
    QWidget,
)

from orgdesigner.layout.dotted_routes import REACH, RouteIndex, route
from orgdesigner.layout.incremental import LayoutChange
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.chart.interactions import Interaction
from orgdesigner.ui.chart.scene import ChartScene, is_top_down
from orgdesigner.ui.i18n import plural

if TYPE_CHECKING:
    from orgdesigner.ui.chart.view import ChartView

KIND_COLOURS: dict[DottedKind, str] = {
    DottedKind.PROFESSIONAL: "#c2185b",
    DottedKind.FUNCTIONAL: "#3949ab",
    DottedKind.AGREEMENT: "#e07800",
}
END_DOT = 3.5  # radius of the dot marking the end a line goes to
TOOLTIP_LINES = 8  # a trunk's tooltip names this many of its lines
DENSE_PX = 40_000  # more dotted pixels than this in sight: thinner dots (about 30 lines across a window)


def tr(text: str) -> str:
    return QCoreApplication.translate("Chart", text)


_KINDS = list(DottedKind)


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


HSeg = tuple[float, float, float]  # a horizontal run: y, x from, x to (from <= to)
VSeg = tuple[float, float, float]  # a vertical run: x, y from, y to
Runs = tuple[list[HSeg], list[VSeg], list[tuple[float, float]], list[tuple[float, float]]]  # and starts, ends
Runs3 = list[tuple[float, float, float]]  # runs cut to a painted rectangle: lane, from, to


@dataclass(slots=True, eq=False)
class DrawnLine:
    """One line as drawn: its route (a polyline in scene units) and tooltip. Lines are not scene
    items: the layer draws them all at once, cut to what is exposed (a dotted pen stroking whole
    long paths one item at a time cost 0.14 s a frame at 10,000 units with 1,000 lines, and moving
    items with chart-wide bounds in the scene's index cost more than routing them)."""

    source_id: str
    line: DottedLine
    points: list[tuple[float, float]] = field(default_factory=list)
    hs: list[HSeg] = field(default_factory=list)  # its horizontal runs, for drawing
    vs: list[VSeg] = field(default_factory=list)  # its vertical runs
    start: tuple[float, float] = (0.0, 0.0)  # where the start ring goes
    end: tuple[float, float] = (0.0, 0.0)  # where the end dot goes
    span: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x from, x to, y from, y to

    def set_route(self, points: list[tuple[float, float]]) -> None:
        self.points = points
        self.start, self.end = points[0], points[-1]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.span = (min(xs), max(xs), min(ys), max(ys))
        hs, vs = self.hs, self.vs = [], []
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            if y1 == y2 and x1 != x2:
                hs.append((y1, x1, x2) if x1 < x2 else (y1, x2, x1))
            elif x1 == x2 and y1 != y2:
                vs.append((x1, y1, y2) if y1 < y2 else (x1, y2, y1))

    def shifted(self, dx: float, dy: float) -> None:
        """The same route moved by (dx, dy): both its cards moved by as much."""
        self.set_route([(x + dx, y + dy) for x, y in self.points])

    def pen(self) -> QPen:
        return kind_pen(self.line.kind)

    def distance(self, x: float, y: float) -> float:
        """Distance from (x, y) to the route (its runs are horizontal or vertical)."""
        best = float("inf")
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:], strict=False):
            cx, cy = min(max(x, min(x1, x2)), max(x1, x2)), min(max(y, min(y1, y2)), max(y1, y2))
            best = min(best, ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5)
        return best


Key = tuple[str, str]  # (from unit, to unit)


class DottedLayer(QObject):
    """The dotted lines of the scenario a scene shows, kept in step with layout and model, and
    drawn under the cards as part of the scene's background (which the view caches)."""

    @classmethod
    def of(cls, scene: ChartScene) -> DottedLayer:
        layer = scene.findChild(DottedLayer)
        return layer if layer is not None else cls(scene)

    def __init__(self, scene: ChartScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.visible = True
        #: kinds the planner switched off in the legend (the view only; paper draws every kind)
        self.hidden_kinds: set[DottedKind] = set()
        self.hovered: list[Key] = []  # the lines under the mouse, drawn highlighted
        self._items: dict[Key, DrawnLine] = {}
        self._pending: dict[Key, tuple[float, float]] = {}  # lines out of sight whose new route waits
        # for idle time, with the breadth range they may cover
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._when_idle)
        # what edits since the last check placed (cards' new places) and the lines they shifted:
        # a line they may now stand on is re-routed when idle (or when `items` is asked)
        self._placed: list[dict[str, tuple[float, float]]] = []
        self._shifted: set[Key] = set()
        self._ends: dict[Key, tuple[str, str, tuple[float, float], tuple[float, float]]] = {}  # shown cards and their positions
        self._scenario: object = None
        self._runs: dict[DottedKind, Runs] | None = None
        self._wanted: dict[Key, DottedLine] | None = None  # the scenario's lines, until an edit may change them
        self._by_unit: dict[str, list[Key]] = {}  # unit -> the wanted lines from or to it
        self._pruned_for: dict[Key, DottedLine] | None = None  # the wanted lines drawn lines were last checked against
        self._by_card: dict[str, set[Key]] = {}  # card -> the drawn lines ending at it
        self._synced = -1  # the scene's layout_serial at the last sync
        self._index: RouteIndex | None = None
        self._index_serial = -1
        scene.layout_changed.connect(self.sync)
        scene.add_underlay(self.paint)

    # -- following the model and the layout --
    def apply_event(self, event: ModelEvent) -> None:
        scenario = self.scene.scenario
        if scenario is None or event.scenario_id != scenario.id:
            return
        if event.change is Change.UNITS_MOVED or (event.change is Change.UNITS_CHANGED and event.field != "dotted_lines"):
            return  # moves re-route through the re-layout; other fields leave the lines as they are
        self._wanted = None
        if event.change is Change.UNITS_CHANGED:
            self.sync()
        # structural changes arrive through the re-layout (layout_changed)

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self._repaint()

    def set_kind_visible(self, kind: DottedKind, visible: bool) -> None:
        """Show or hide one kind of line (the legend's tick boxes), so the others can be followed."""
        if visible:
            self.hidden_kinds.discard(kind)
        else:
            self.hidden_kinds.add(kind)
        self._repaint()

    def line_at(self, pos: QPointF, tolerance: float) -> DrawnLine | None:
        """The line passing nearest `pos`, within `tolerance` (scene units)."""
        lines = self.lines_at(pos, tolerance)
        return lines[0] if lines else None

    def lines_at(self, pos: QPointF, tolerance: float) -> list[DrawnLine]:
        """The lines passing within `tolerance` (scene units) of `pos`, for the hover and the
        tooltip: the nearest, with those sharing its run (a trunk carries several)."""
        if not self.visible:
            return []
        x, y = pos.x(), pos.y()
        near = []
        pending = self._pending
        for key, item in self._items.items():
            x0, x1, y0, y1 = item.span
            if (x0 - tolerance <= x <= x1 + tolerance and y0 - tolerance <= y <= y1 + tolerance and item.points
                    and item.line.kind not in self.hidden_kinds and key not in pending):
                distance = item.distance(x, y)
                if distance <= tolerance:
                    near.append((distance, item))
        if not near:
            return []
        best = min(distance for distance, _item in near)
        return [item for distance, item in sorted(near, key=lambda t: t[0]) if distance <= best + 0.5]

    # -- hover: the line under the mouse drawn above the cards, its two cards outlined --
    def hover_at(self, pos: QPointF | None, tolerance: float = 0.0) -> None:
        """Highlight the lines at `pos` (none with None: the mouse left them)."""
        keys = [] if pos is None else [(item.source_id, item.line.target_id) for item in self.lines_at(pos, tolerance)]
        if keys == self.hovered:
            return
        before = self._hover_rect()
        self.hovered = keys
        for rect in (before, self._hover_rect()):
            if rect is not None:
                self.scene.invalidate(rect, QGraphicsScene.SceneLayer.ForegroundLayer)

    def hovered_cards(self) -> list[str]:
        """The cards the highlighted lines join, each once."""
        cards: dict[str, None] = {}
        for key in self.hovered:
            ends = self._ends.get(key)
            if ends is not None:
                cards.update(dict.fromkeys(ends[:2]))
        return list(cards)

    def _hover_rect(self) -> QRectF | None:
        rect: QRectF | None = None
        for key in self.hovered:
            item = self._items.get(key)
            if item is not None and item.points:
                x0, x1, y0, y1 = item.span
                span = QRectF(x0, y0, x1 - x0, y1 - y0)
                rect = span if rect is None else rect.united(span)
        for card in self.hovered_cards():
            card_rect = self.scene.card_rect(card)
            if card_rect is not None:
                rect = card_rect if rect is None else rect.united(card_rect)
        return None if rect is None else rect.adjusted(-12, -12, 12, 12)

    def paint_hover(self, painter: QPainter) -> None:
        """Draw the highlighted lines over everything: solid, on a white halo, with their ends
        and their two cards outlined in the kind's colour (pens in device pixels)."""
        drawn = [self._items[key] for key in self.hovered if key in self._items and self._items[key].points]
        if not drawn:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in drawn:
            colour = QColor(KIND_COLOURS[item.line.kind])
            route_line = QPolygonF([QPointF(x, y) for x, y in item.points])
            for pen_colour, width in ((QColor("white"), 6.0), (colour, 3.0)):
                pen = QPen(pen_colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawPolyline(route_line)
            _draw_marks(painter, colour, 2 * END_DOT + 5, True, [QPointF(*item.start)], [QPointF(*item.end)])
        colour = QColor(KIND_COLOURS[drawn[0].line.kind])
        outline = QPen(colour, 3.0)
        outline.setCosmetic(True)
        painter.setPen(outline)
        for card in self.hovered_cards():
            rect = self.scene.card_rect(card)
            if rect is not None:
                painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        painter.restore()

    def lines(self) -> dict[Key, DottedLine]:
        if self._wanted is None:
            self._wanted = self._lines()
            by_unit: dict[str, list[Key]] = {}
            for key in self._wanted:
                by_unit.setdefault(key[0], []).append(key)
                by_unit.setdefault(key[1], []).append(key)
            self._by_unit = by_unit
        return self._wanted

    def _lines(self) -> dict[Key, DottedLine]:
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
        if self._scenario is not scene.scenario:
            self._drop_all()
            self._scenario = scene.scenario
            self._wanted = None
        whole = self._wanted is None or self._synced != scene.layout_serial - 1
        kept_routes = bool(self._items) and self._synced != scene.layout_serial  # routes made for another layout
        wanted = self.lines()
        changed = False
        if wanted is not self._pruned_for:  # the lines themselves may have changed: drop those gone
            for key in [k for k in self._items if k not in wanted]:
                self._remove(key)
                changed = True
            self._pruned_for = wanted
        layout = scene.layout
        change = scene.last_change
        self._synced = scene.layout_serial
        if layout is None:
            if changed:
                self._repaint()
            return
        self._follow_index(None if whole else change)
        if whole or change is None or change.full:
            keys: Iterable[Key] = wanted
        elif len(change.positions) > len(wanted):  # a subtree moved: fewer lines than cards to ask
            moved, others = change.positions, {*change.removed, *change.hidden_changed}
            ends_of = self._ends

            def touched(key: Key) -> bool:
                a, b = key
                if a in moved or b in moved or a in others or b in others:
                    return True
                ends = ends_of.get(key)  # the cards it is drawn between (an ancestor's when folded)
                return ends is not None and (ends[0] in moved or ends[1] in moved or ends[0] in others or ends[1] in others)

            keys = list(filter(touched, wanted))
        else:  # after an edit: the lines at cards that moved, appeared or went
            keys = set()
            by_unit, by_card = self._by_unit, self._by_card
            for uid in itertools.chain(change.positions, change.removed, change.hidden_changed):
                keys.update(by_unit.get(uid, ()))
                keys.update(by_card.get(uid, ()))
        positions = layout.positions
        cards = scene.cards
        sight: list[tuple[float, float]] | None = None  # what the views show, asked when first needed
        for key in keys:
            line = wanted[key]
            a = key[0] if key[0] in cards else self._shown(key[0])
            b = key[1] if key[1] in cards else self._shown(key[1])
            item = self._items.get(key)
            if a is None or b is None or a == b:  # hidden by the subtree shown, or inside one collapsed card
                if item is not None:
                    self._remove(key)
                    changed = True
                continue
            pa, pb = positions[a], positions[b]
            ends = (a, b, pa, pb)
            if item is not None and item.line is not line and item.line != line:
                self._remove(key)
                item = None
            old = self._ends.get(key)
            self._set_ends(key, ends)
            if item is None:
                item = self._items[key] = DrawnLine(key[0], line)
            elif old == ends:
                continue
            elif key not in self._pending and old is not None and old[:2] == ends[:2] and pa[0] - old[2][0] == pb[0] - old[3][0] and pa[1] - old[2][1] == pb[1] - old[3][1]:
                item.shifted(pa[0] - old[2][0], pa[1] - old[2][1])  # both cards moved alike: so did what lies between
                self._shifted.add(key)
                changed = True
                continue
            if sight is None:
                sight = self._sight()
                reach_of = self._reacher()
            if sight:  # shown in a view: routed when a paint reaches it, or when idle
                reach = self._pending[key] = reach_of(item, pa, pb)
                changed = changed or any(reach[0] <= hi and reach[1] >= lo for lo, hi in sight)
                continue
            self._pending.pop(key, None)
            item.set_route(self._route(a, b, pa, pb, line.kind))
            changed = True
        if not whole and change is not None and not change.full:
            if change.positions:
                self._placed.append(change.positions)
        elif kept_routes:  # laid out afresh: any card may have moved under a kept route
            self._placed.append(layout.positions)
        if self._pending or self._placed or self._shifted:
            self._idle.start()
        if changed:
            self._repaint()

    @property
    def items(self) -> dict[Key, DrawnLine]:
        """Every drawn line, each on its current route."""
        if self._pending:
            self._route_pending()
        if self._placed or self._shifted:
            self._reroute_stood_on()
        return self._items

    def _when_idle(self) -> None:
        self._route_pending()
        self._reroute_stood_on()

    def _reroute_stood_on(self) -> None:
        """Re-route the lines a card placed by the latest edits now stands on (their routes went
        around the cards where they were), and those shifted with their two cards onto one that
        stayed. Only lines reaching where cards were placed are asked."""
        placed, shifted = self._placed, self._shifted
        self._placed, self._shifted = [], set()
        layout = self.scene.layout
        if layout is None or not (placed or shifted):
            return
        w, h = layout.card_w, layout.card_h
        boxes = []
        for positions in placed:
            xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
            boxes.append((min(xs), max(xs) + w, min(ys), max(ys) + h))
        index = self._route_index()
        changed = False
        for key, item in self._items.items():
            if not item.points or key in self._pending:
                continue
            x0, x1, y0, y1 = item.span
            if key not in shifted and not any(x0 < bx1 and x1 > bx0 and y0 < by1 and y1 > by0 for bx0, bx1, by0, by1 in boxes):
                continue
            if index.crosses(item.points):
                ends = self._ends[key]
                item.set_route(self._route(*ends, item.line.kind))
                changed = True
        if changed:
            self._repaint()

    def _sight(self) -> list[tuple[float, float]]:
        """The breadth ranges the views show, a quarter of a view added on each side (what a
        scroll queued before the next idle moment could bring into sight; a paint of a strip
        routes what reaches into it anyway); empty without a view."""
        top_down = is_top_down(self.scene)
        out = []
        for view in self.scene.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            lo, size = (shown.left(), shown.width()) if top_down else (shown.top(), shown.height())
            out.append((lo - size / 4, lo + size * 1.25))
        return out

    def _reacher(self) -> Callable[[DrawnLine, tuple[float, float], tuple[float, float]], tuple[float, float]]:
        """The breadth range a line's present route and any route between its cards (at pa, pb)
        may cover, for this layout (asked for every line a move touches)."""
        layout = self.scene.layout
        assert layout is not None
        b = 0 if is_top_down(self.scene) else 1
        size = layout.card_w if b == 0 else layout.card_h
        before, after = REACH * size, (REACH + 1) * size

        def reach(item: DrawnLine, pa: tuple[float, float], pb: tuple[float, float]) -> tuple[float, float]:
            x, y = pa[b], pb[b]
            lo, hi = (x, y) if x <= y else (y, x)
            lo, hi = lo - before, hi + after
            if item.points:
                span = item.span
                lo, hi = min(lo, span[2 * b]), max(hi, span[2 * b + 1])
            return lo, hi

        return reach

    def _route_pending(self, rect: QRectF | None = None) -> None:
        """Route the waiting lines (those that may reach into `rect`, or all)."""
        layout = self.scene.layout
        if layout is None:
            self._pending.clear()
            return
        top_down = is_top_down(self.scene)
        if rect is None:
            todo = list(self._pending)
        else:
            lo, hi = (rect.left(), rect.right()) if top_down else (rect.top(), rect.bottom())
            todo = [key for key, (a, b) in self._pending.items() if a <= hi and b >= lo]
        if not todo:
            return
        shown = self._sight() if rect is None else []
        visible = False
        for key in todo:
            reach = self._pending.pop(key)
            ends, item = self._ends[key], self._items[key]
            item.set_route(self._route(*ends, item.line.kind))
            visible = visible or any(reach[0] <= s_hi and reach[1] >= s_lo for s_lo, s_hi in shown)
        self._runs = None
        if visible:
            self._repaint()

    def _set_ends(self, key: Key, ends: tuple[str, str, tuple[float, float], tuple[float, float]] | None) -> None:
        """Record the cards a line is drawn between (None: not drawn), indexed by card."""
        old = self._ends.pop(key, None)
        if old is not None and ends is not None and old[:2] == ends[:2]:
            self._ends[key] = ends  # the same two cards, moved
            return
        if old is not None:
            for card in old[:2]:
                self._by_card[card].discard(key)
        if ends is not None:
            self._ends[key] = ends
            for card in ends[:2]:
                self._by_card.setdefault(card, set()).add(key)

    def _route(self, a: str, b: str, pa: tuple[float, float], pb: tuple[float, float], kind: DottedKind) -> list[tuple[float, float]]:
        """A route between the cards `a` and `b`, in the lanes of its kind at each."""
        return route(self._route_index(), pa, pb, _lane(a, kind), _lane(b, kind))

    def _follow_index(self, change: LayoutChange | None) -> None:
        """Keep the route index in step with the layout: one edit's cards moved in it, or (after a
        layout from scratch, or a layout this layer did not see) made again when next needed."""
        serial = self.scene.layout_serial
        if self._index is None or self._index_serial == serial:
            return
        if change is not None and not change.full and self._index_serial == serial - 1:
            self._index.update(change.positions, change.removed)
            self._index_serial = serial
        else:
            self._index = None

    def _route_index(self) -> RouteIndex:
        """The cards by row, made once per layout (only when some line needs a new route)."""
        scene = self.scene
        if self._index is None or self._index_serial != scene.layout_serial:
            layout = scene.layout
            assert layout is not None
            self._index = RouteIndex(layout.positions, layout.card_w, layout.card_h, transpose=not is_top_down(scene))
            self._index_serial = scene.layout_serial
        return self._index

    def _repaint(self) -> None:
        self._runs = None
        # what each view shows (a null rectangle would invalidate no view's cached background, and
        # the whole scene's would have the view redraw every line, not only those in sight)
        for view in self.scene.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            self.scene.invalidate(shown, QGraphicsScene.SceneLayer.BackgroundLayer)

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

    def tooltip_of(self, items: list[DrawnLine]) -> str:
        """The tooltip for the lines under the mouse: one line's own, or a list of those sharing
        the run."""
        if len(items) == 1:
            return self.tooltip(items[0])
        shown = [self.tooltip(item).split("\n")[0] for item in items[:TOOLTIP_LINES]]
        more = [tr("… and %1 more").replace("%1", str(len(items) - TOOLTIP_LINES))] if len(items) > TOOLTIP_LINES else []
        return "\n".join([plural(self.tr("%n dotted line(s) run here:", "", len(items)), len(items)), *shown, *more])

    def tooltip(self, item: DrawnLine) -> str:
        """The line's kind, both units by their current names, its note and decision."""
        scenario = self.scene.scenario
        assert scenario is not None
        line = item.line
        names = [scenario.units[u].name for u in (item.source_id, line.target_id)]
        text = tr("Dotted line (%1): %2 → %3").replace("%1", kind_label(line.kind)).replace("%2", names[0]).replace("%3", names[1])
        extra = [t for t in (line.note, line.decision) if t]
        return "\n".join([text, *extra])

    def _remove(self, key: Key) -> None:
        if key in self.hovered:
            self.hover_at(None)
        del self._items[key]
        self._pending.pop(key, None)
        self._set_ends(key, None)

    def _drop_all(self) -> None:
        for key in list(self._items):
            self._remove(key)
        self._runs = None
        self._placed, self._shifted = [], set()

    # -- drawing: every line at once, only the runs in the exposed rectangle --
    def _all_runs(self) -> dict[DottedKind, Runs]:
        """Every line's runs and ends by kind, kept until a route changes (a zoomed-out paint
        reaches most lines)."""
        if self._runs is None:
            self._runs = _runs_of(self._items.values())
        return self._runs

    def _runs_in(self, left: float, top: float, right: float, bottom: float) -> dict[DottedKind, Runs]:
        """The runs and ends of the lines whose span meets the rectangle: all of them (kept)
        when the rectangle is most of the chart, else only those (a paint after an edit shows a
        part, and the routes changed, so nothing kept would serve)."""
        layout = self.scene.layout
        if self._runs is not None or layout is None or (right - left) * (bottom - top) * 4 >= layout.width * layout.height:
            return self._all_runs()
        return _runs_of(item for item in self._items.values()
                        if item.span[0] <= right and item.span[1] >= left and item.span[2] <= bottom and item.span[3] >= top)

    def paint(self, painter: QPainter, rect: QRectF, fast: bool) -> None:
        """Draw the lines inside `rect` (scene units). `fast`, on screen: thin cosmetic dots,
        two passes a pixel apart, which Qt draws without building a path; otherwise (paper and
        exported images) the kind's own dotted pen. Runs are cut to the rectangle, and runs of
        one kind that overlap on one lane are drawn once; cuts fall on a grid of the dot
        pattern, so the dots stay put while the view scrolls."""
        if not self.visible or not self._items:
            return
        if painter.hasClipping():  # a view may ask for more than it shows
            rect = rect.intersected(painter.clipBoundingRect())
        if self._pending:
            self._route_pending(rect)
        scale = max(abs(painter.worldTransform().m11()), abs(painter.worldTransform().m12()), 1e-6)
        px = 1.0 / scale  # one device pixel in scene units
        period = 4 * px if fast else 7.5
        left, top, right, bottom = rect.left() - 4 * px, rect.top() - 4 * px, rect.right() + 4 * px, rect.bottom() + 4 * px
        cut: list[tuple[DottedKind, Runs3, Runs3, list[tuple[float, float]], list[tuple[float, float]]]] = []
        for kind, (hs, vs, starts, ends) in self._runs_in(left, top, right, bottom).items():
            if fast and kind in self.hidden_kinds:  # switched off on screen; paper draws them all
                continue
            hcut = _merged([(y, max(x1, left), min(x2, right)) for y, x1, x2 in hs
                            if top <= y <= bottom and x1 <= right and x2 >= left], period)
            vcut = _merged([(x, max(y1, top), min(y2, bottom)) for x, y1, y2 in vs
                            if left <= x <= right and y1 <= bottom and y2 >= top], period)
            cut.append((kind, hcut, vcut, starts, ends))
        # level of detail by density: dots two pixels thick while few lines are in sight, one
        # pixel when many are (the cost is per pixel drawn, and a dense view reads no better)
        thick = not fast or sum(b - a for _k, hc, vc, _s, _e in cut for runs in (hc, vc) for _l, a, b in runs) * scale < DENSE_PX
        for kind, hcut, vcut, starts, ends in cut:
            hlines = [QLineF(a, y, b, y) for y, a, b in hcut]
            vlines = [QLineF(x, a, x, b) for x, a, b in vcut]
            dots = [QPointF(x, y) for x, y in ends if left <= x <= right and top <= y <= bottom]
            rings = [QPointF(x, y) for x, y in starts if left <= x <= right and top <= y <= bottom]
            colour = QColor(KIND_COLOURS[kind])
            if fast:
                pen = QPen(colour, 1.0, Qt.PenStyle.CustomDashLine)
                pen.setCosmetic(True)
                pen.setDashPattern([2.0, 2.0])
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLines(hlines)
                painter.drawLines(vlines)
                if thick:  # the same lines a pixel off: the painter moves, not a copy of each line
                    transform = painter.worldTransform()
                    painter.translate(0, px)
                    painter.drawLines(hlines)
                    painter.translate(px, -px)
                    painter.drawLines(vlines)
                    painter.setWorldTransform(transform)
                size = 2 * END_DOT * min(scale, 1.0) + 2  # device pixels: a cosmetic pen
            else:
                painter.setPen(kind_pen(kind))
                painter.drawLines(hlines)
                painter.drawLines(vlines)
                size = 2 * END_DOT
            _draw_marks(painter, colour, size, fast, rings, dots)


def _runs_of(items: Iterable[DrawnLine]) -> dict[DottedKind, Runs]:
    """The lines' runs and ends gathered by kind, kinds in their fixed order (the order they are
    drawn in, whichever lines are asked)."""
    runs: dict[DottedKind, Runs] = {kind: ([], [], [], []) for kind in _KINDS}
    for item in items:
        if not item.points:
            continue  # its first route waits (out of sight)
        hs, vs, starts, ends = runs[item.line.kind]
        hs += item.hs
        vs += item.vs
        starts.append(item.start)
        ends.append(item.end)
    return {kind: parts for kind, parts in runs.items() if parts[2]}


def _draw_marks(painter: QPainter, colour: QColor, size: float, cosmetic: bool, rings: list[QPointF],
                dots: list[QPointF]) -> None:
    """A line's ends: a ring where it starts, a dot where it ends (round points of a wide pen,
    drawn in one call each; the ring is a dot with a white middle)."""
    for points, pens in ((rings, ((colour, size), (QColor("white"), size * 0.45))), (dots, ((colour, size),))):
        if not points:
            continue
        for pen_colour, width in pens:
            pen = QPen(pen_colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setCosmetic(cosmetic)
            painter.setPen(pen)
            painter.drawPoints(points)


def _merged(runs: list[tuple[float, float, float]], period: float) -> list[tuple[float, float, float]]:
    """Runs (lane, from, to) with overlapping runs on one lane joined, each starting on the
    dot pattern's grid (a dotted run drawn over another would blur it, and cost twice)."""
    out: list[tuple[float, float, float]] = []
    for lane, a, b in sorted(runs):
        a = ceil(a / period) * period
        if out and out[-1][0] == lane and a <= out[-1][2] + period:
            if b > out[-1][2]:
                out[-1] = (lane, out[-1][1], b)
        elif b > a:
            out.append((lane, a, b))
    return out


@lru_cache(maxsize=8192)  # asked twice for every route a move makes
def _lane(card: str, kind: DottedKind) -> int:
    """A stable small number per card and kind: the lines of one kind at one card share a lane
    there (a trunk); at one card the kinds' lanes differ by one or two, so the routes give each
    kind its own port, turn and run (see dotted_routes); lines at other cards mostly take
    another lane."""
    return sum(map(ord, card)) * 31 % 997 * len(_KINDS) + _KINDS.index(kind)


class DottedLegend(QWidget):
    """The legend's entry for dotted lines: one swatch per kind, each with a tick box that shows
    or hides that kind on the chart (sixteen professional lines to one unit need not hide the
    others)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.setToolTip(tr("Dotted lines: secondary reporting lines, by kind (a ring where a line starts, a dot where it "
                           "ends; lines of one kind into one unit meet in one trunk); untick a kind to hide it, point at "
                           "a line to highlight it"))
        self.layer: DottedLayer | None = None
        self.boxes: dict[DottedKind, QCheckBox] = {}
        for kind in DottedKind:
            box = QCheckBox(self)
            box.setChecked(True)
            box.setAccessibleName(tr("Show dotted lines: %1").replace("%1", kind_label(kind)))
            box.setAccessibleDescription(tr("Unticked, this kind of dotted line is hidden on the chart"))
            box.setToolTip(self.toolTip())
            box.toggled.connect(lambda on, k=kind: self.layer is not None and self.layer.set_kind_visible(k, on))
            label = QLabel(f'<span style="color:{KIND_COLOURS[kind]}; font-weight:bold">○┈┈●</span> {kind_label(kind)}')
            label.setToolTip(self.toolTip())
            label.setBuddy(box)
            self.boxes[kind] = box
            row.addWidget(box)
            row.addWidget(label)

    def attach(self, layer: DottedLayer) -> None:
        self.layer = layer


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
    from orgdesigner.model.commands import AddDottedLine  # with the first edit, not at start-up

    return view.controller.push(AddDottedLine(scenario.id, source, DottedLine(target, kind)))


