"""The chart scene: cards and connectors built from one scenario, redrawn from model events.

The scene never changes the model. It shows a scenario (`show_scenario`), follows its changes
(`apply_event`: card text in place, structure by an incremental re-layout that only moves cards
whose place changed), and offers hooks for other parts: `card_rect`, `unit_at`, and decorations
(`set_overlay` with a `CardDecorator`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import compress, repeat
from operator import attrgetter, is_
from typing import Protocol

from PySide6.QtCore import QLineF, QObject, QPointF, QRect, QRectF, QTimer, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from orgdesigner._gc import gc_paused
from orgdesigner.layout.incremental import IncrementalLayout, LayoutChange
from orgdesigner.layout.tree import TOP_DOWN, ChartLayout, LayoutParams
from orgdesigner.model.entities import Scenario
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.card import FOLDED, OPEN, CardItem

_PARENT_ID = attrgetter("parent_id")
_CATEGORY = attrgetter("category")
MARGIN = 2000.0  # room to scroll, so a re-layout never has to jump the view


class CardDecorator(Protocol):
    """Draws extra things on the chart (responsibility chips, dashed lines for a function …).

    `decorate` returns new items positioned with `scene.card_rect(unit_id)`; the scene adds them,
    and removes and asks again after every re-layout or `refresh_decorations()`.
    """

    def decorate(self, scene: ChartScene) -> list[QGraphicsItem]: ...


Underlay = Callable[[QPainter, QRectF, bool], None]  # painter, exposed scene rect, fast (on screen)


class ChartScene(QGraphicsScene):
    decorations_changed = Signal()
    layout_changed = Signal()
    about_to_relayout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.params = LayoutParams()
        self.scenario: Scenario | None = None
        self.subtree_root: str | None = None
        self.cards: dict[str, CardItem] = {}
        self.connectors: dict[str, QGraphicsPathItem] = {}
        self.collapsed: set[str] = set()
        self.auto_folded: set[str] = set()  # of those, folded by a fit (not by the planner's hand)
        self._folds_of: dict[str, tuple[set[str], set[str]]] = {}  # scenario id -> its folds, while open
        self._forget = False  # another project comes: the shown scenario's folds are not kept
        self.handles = True  # +/− handles on the cards (not on paper or in exported images)
        self.layout: ChartLayout | None = None
        self.layout_serial = 0  # counts re-layouts (the layout object is updated in place)
        self.last_change: LayoutChange | None = None  # what the latest re-layout changed
        self._layouter = IncrementalLayout(self.params)
        self._segments: dict[str, list] = {}
        self._selected: set[str] = set()
        self._findings: Mapping[str, tuple[int, str]] = {}
        self._overlay: CardDecorator | None = None
        self._decoration_items: list[QGraphicsItem] = []
        self._overview: tuple[dict[UnitCategory, list[QRectF]], list[QLineF]] | None = None
        self._layout_pending = False
        self._touched: set[str] | None = set()  # units the events since the last layout named
        # the shown scenario's chart order, reporting lines and staff units, kept from one
        # re-layout to the next and patched by the events (a move at 10,000 units need not walk
        # every unit for them); None: made afresh at the next re-layout
        self._structure: tuple[list[str] | None, dict[str, str | None], list[str]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.ensure_layout)
        self._underlays: list[Underlay] = []

    # -- drawn under every item, as background (the view caches it) --
    def add_underlay(self, paint: Underlay) -> None:
        """`paint` draws under the cards; whoever adds one calls `invalidate(rect, BackgroundLayer)`
        when what it draws changes."""
        self._underlays.append(paint)

    def paint_underlays(self, painter: QPainter, rect: QRectF, fast: bool) -> None:
        for paint in self._underlays:
            paint(painter, rect, fast)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """Rendering the scene itself (exported images, paper): underlays in full quality."""
        super().drawBackground(painter, rect)
        self.paint_underlays(painter, QRectF(rect), False)

    # -- what is shown --
    def show_scenario(self, scenario: Scenario | None, subtree_root: str | None = None,
                      collapsed: set[str] | frozenset[str] | None = None) -> None:
        """Rebuild everything for `scenario` (or clear the chart with None). The branches folded
        are `collapsed`, else the ones this chart last showed folded for that scenario (folds are
        view state: kept per scenario while the window is open, never saved or undone)."""
        if self.scenario is not None and not self._forget:
            self._folds_of[self.scenario.id] = (set(self.collapsed), set(self.auto_folded))
        self._forget = False
        remembered = self._folds_of.get(scenario.id) if scenario is not None and collapsed is None else None
        self._clear_decorations()
        self.clear()
        self.cards, self.connectors, self._segments = {}, {}, {}
        self.collapsed, self.auto_folded = (set(remembered[0]), set(remembered[1])) if remembered else (set(collapsed or ()), set(collapsed or ()))
        self._selected = set()
        self.scenario = scenario
        self.subtree_root = subtree_root
        self.layout = None
        self._layouter = IncrementalLayout(self.params)
        self._structure = None
        self._relayout()

    def forget_folds(self) -> None:
        """Another project replaces this one: no scenario has folds any more."""
        self._folds_of.clear()
        self._forget = True

    def remembered_folds(self, scenario_id: str) -> set[str] | None:
        """The folds this chart showed for that scenario, None when it has not shown it yet."""
        if self._forget:
            return None
        if self.scenario is not None and self.scenario.id == scenario_id:
            return set(self.collapsed)
        folds = self._folds_of.get(scenario_id)
        return None if folds is None else set(folds[0])

    def set_orientation(self, orientation: str) -> None:
        if orientation != self.params.orientation:
            self.set_layout_params(LayoutParams(orientation=orientation))

    @property
    def orientation(self) -> str:
        return self.params.orientation

    def apply_event(self, event: ModelEvent) -> None:
        """Follow a model change of the shown scenario."""
        scenario = self.scenario
        if scenario is None or event.scenario_id != scenario.id:
            return
        if event.change is Change.UNITS_CHANGED:
            for uid in event.ids:
                card = self.cards.get(uid)
                if card is not None and uid in scenario.units:
                    card.update_unit(scenario.units[uid])
            if event.field in (None, "category"):  # staff units are those of category stöd
                self._structure = None
            self._overview = None
            self.invalidate_decorations()
        elif event.change in (Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED):
            if self._touched is not None:  # a hint for the layout (it checks it)
                self._touched.update(event.ids)
            self._follow_structure(event)
            self.schedule_layout()
        elif event.change is Change.RESET:
            self._touched = None
            self._structure = None

    def _follow_structure(self, event: ModelEvent) -> None:
        """Patch the kept reporting lines for a move; anything else makes them afresh."""
        structure, units = self._structure, self.scenario.units if self.scenario is not None else {}
        if structure is None:
            return
        if event.change is not Change.UNITS_MOVED or not all(uid in units for uid in event.ids):
            self._structure = None
            return
        parents = structure[1]
        for uid in event.ids:
            parents[uid] = units[uid].parent_id
        self._structure = (None, parents, structure[2])  # the order, asked again (a move changes it)

    def schedule_layout(self) -> None:
        """Lay out once after the current burst of events (a macro emits many)."""
        self._layout_pending = True
        self._timer.start()

    def ensure_layout(self) -> None:
        if self._layout_pending:
            self._relayout(events_only=True)

    # -- collapse / expand --
    def set_collapsed(self, unit_id: str, collapsed: bool) -> None:
        """Fold or unfold one branch by the planner's hand (the handle, the keys, the menu)."""
        self.auto_folded.discard(unit_id)
        if collapsed == (unit_id in self.collapsed):
            return
        if collapsed:
            self.collapsed.add(unit_id)
        else:
            self.collapsed.discard(unit_id)
        self._relayout()

    def toggle_collapsed(self, unit_id: str) -> None:
        self.set_collapsed(unit_id, unit_id not in self.collapsed)

    def set_collapsed_units(self, units: set[str] | frozenset[str], auto: set[str] | frozenset[str] = frozenset()) -> None:
        """Exactly these units collapsed (presentation mode restores the planner's folds); those
        in `auto` were folded by a fit, so a later fit in more room may unfold them."""
        self.auto_folded = set(auto) & set(units)
        if units != self.collapsed:
            self.collapsed = set(units)
            self._relayout()

    def hand_folded(self) -> set[str]:
        """The folds the planner made (a fit keeps them)."""
        return self.collapsed - self.auto_folded

    def reveal(self, unit_id: str) -> None:
        """Expand every collapsed ancestor so the unit has a card."""
        if self.scenario is None or unit_id not in self.scenario.units:
            return
        hiding = [a for a in self.scenario.ancestors(unit_id) if a in self.collapsed]
        if hiding:
            self.collapsed.difference_update(hiding)
            self.auto_folded.difference_update(hiding)
            self._relayout()

    # -- queries other parts use --
    def card_rect(self, unit_id: str) -> QRectF | None:
        """The card of `unit_id` in scene coordinates, None when it has no card (collapsed)."""
        self.ensure_layout()
        card = self.cards.get(unit_id)
        return None if card is None else card.sceneBoundingRect().adjusted(1, 1, -1, -1)

    def card(self, unit_id: str) -> CardItem | None:
        self.ensure_layout()
        return self.cards.get(unit_id)

    def unit_at(self, pos: QPointF) -> str | None:
        item = self.itemAt(pos, QTransform())
        while item is not None:
            if isinstance(item, CardItem):
                return item.unit_id
            item = item.parentItem()
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item.unit_id
        return None

    def ensure_labels(self, rect: QRectF | None = None) -> None:
        """Give the cards in `rect` (all cards with None) their text before they are painted."""
        cards = self.cards.values() if rect is None else (i for i in self.items(rect) if isinstance(i, CardItem))
        for card in cards:
            if not card.has_labels:
                card.ensure_labels()

    def ensure_labels_of(self, positions: dict[str, tuple[float, float]], rect: QRectF) -> None:
        """Give the cards placed at `positions` (a layout change's) their text where they are in `rect`."""
        layout = self.layout
        if layout is None:
            return
        left, top = rect.left() - layout.card_w, rect.top() - layout.card_h
        right, bottom = rect.right(), rect.bottom()
        cards = self.cards
        for uid, (x, y) in positions.items():
            if left <= x <= right and top <= y <= bottom:
                card = cards.get(uid)
                if card is not None and not card.has_labels:
                    card.ensure_labels()

    def units_in(self, rect: QRectF) -> list[str]:
        return [i.unit_id for i in self.items(rect) if isinstance(i, CardItem)]

    def chart_rect(self) -> QRectF:
        """The area the cards and connectors cover."""
        layout = self.layout
        if layout is None or not layout.positions:
            return QRectF()
        return QRectF(0, 0, layout.width, layout.height)

    # -- selection and findings, as shown --
    def set_selected_units(self, ids: list[str]) -> None:
        new = set(ids)
        for uid in self._selected - new:
            card = self.cards.get(uid)
            if card is not None:
                card.set_selected_look(False)
        for uid in new - self._selected:
            card = self.cards.get(uid)
            if card is not None:
                card.set_selected_look(True)
        self._selected = new

    @property
    def selected_units(self) -> set[str]:
        return set(self._selected)

    def set_finding_counts(self, counts: Mapping[str, tuple[int, str]]) -> None:
        """unit id -> (number of findings, badge colour); units not listed show no badge. Only
        the cards there are ask, now and as they are made (a lazy mapping counts what is asked)."""
        old = self._findings
        for uid, card in self.cards.items():
            found = counts.get(uid)
            if found is not None:
                card.set_finding_count(*found)
            elif uid in old:
                card.set_finding_count(0)
        self._findings = counts

    # -- decorations --
    def set_overlay(self, overlay: CardDecorator | None) -> None:
        self._overlay = overlay
        self.refresh_decorations()

    def refresh_decorations(self) -> None:
        self._clear_decorations()
        if self._overlay is not None:
            for item in self._overlay.decorate(self):
                self.addItem(item)
                self._decoration_items.append(item)
        self.decorations_changed.emit()

    invalidate_decorations = refresh_decorations

    def _clear_decorations(self) -> None:
        for item in self._decoration_items:
            if item.scene() is self:
                self.removeItem(item)
        self._decoration_items = []

    # -- the zoomed-out overview: everything as a few batched draw calls --
    def overview_batches(self) -> tuple[dict[UnitCategory, list[QRectF]], list[QLineF]]:
        if self._overview is None:
            rects: dict[UnitCategory, list[QRectF]] = {}
            scenario = self.scenario
            layout = self.layout
            if scenario is not None and layout is not None:
                w, h = layout.card_w, layout.card_h
                for uid, (x, y) in layout.positions.items():
                    unit = scenario.units.get(uid)
                    if unit is not None:
                        rects.setdefault(unit.category, []).append(QRectF(x, y, w, h))
            lines = [QLineF(*seg) for segs in self._segments.values() for seg in segs]
            self._overview = (rects, lines)
        return self._overview

    # -- layout --
    def _visible_units(self, events_only: bool) -> tuple[list[str], dict[str, str | None], list[str]]:
        """Chart order, reporting lines and staff units of what the chart shows. `events_only`:
        the model changed only as the events since the last re-layout said, so what was kept,
        patched by them, holds (a fold or a scene no events reach asks the model again)."""
        scenario = self.scenario
        if self.subtree_root is not None or scenario is None:
            self._structure = None
            return (*chart_units(scenario, self.subtree_root), staff_units(scenario))
        kept = self._structure if events_only else None
        if kept is None:
            order, parents = chart_units(scenario)
            kept = (order, parents, staff_units(scenario))
        elif kept[0] is None:
            kept = (list(scenario.units), kept[1], kept[2])
        self._structure = kept
        assert kept[0] is not None
        return kept[0], kept[1], kept[2]

    def _relayout(self, events_only: bool = False) -> None:
        # A re-layout makes short-lived 10,000-entry lists and dicts (order, parents, the layout's
        # own copies); each young-generation collection during it would walk them again (about
        # 0.5 ms of a 15 ms move at 10k units). The collector runs when it is done instead.
        with gc_paused(promote=False):
            self._relayout_now(events_only)

    def _relayout_now(self, events_only: bool) -> None:
        self._layout_pending = False
        self._timer.stop()
        self.about_to_relayout.emit()
        order, parents, staff = self._visible_units(events_only)
        self.collapsed.difference_update([u for u in self.collapsed if u not in parents])
        self.auto_folded &= self.collapsed
        change = self.last_change = self._layouter.update(order, parents, self.collapsed, self._touched, staff)
        self._touched = set()
        layout = self.layout = self._layouter.layout
        self.layout_serial += 1
        if change.full:
            self._sync_cards(layout)
            self._sync_connectors(layout)
            self._mark_branches(layout, layout.positions)
        elif not change.empty:
            made = self._apply_change(layout, change)
            # a card keeps its handle unless it is new or its connectors or fold changed (a moved
            # subtree's hundreds of cards only moved)
            self._mark_branches(layout, {*made, *change.connectors, *change.connectors_removed, *change.hidden_changed})
        if not change.empty:
            self._overview = None
        if change.size_changed:
            self.setSceneRect(QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN))
        if self._overlay is not None:
            self.refresh_decorations()
        self.layout_changed.emit()

    def _mark_branches(self, layout: ChartLayout, units: Iterable[str]) -> None:
        """Give the cards of `units` their +/− handle: − with units shown below, + when folded."""
        if not self.handles:
            return
        cards, lines, hidden = self.cards, layout.connectors, layout.hidden_counts
        for uid in units:
            card = cards.get(uid)
            if card is not None:
                branch = OPEN if uid in lines else FOLDED if uid in hidden else None
                if branch != card.branch:
                    card.set_branch(branch)

    def _new_card(self, uid: str, x: float, y: float, layout: ChartLayout) -> CardItem:
        assert self.scenario is not None
        card = CardItem(self.scenario.units[uid], layout.card_w, layout.card_h)
        card.setPos(x, y)
        self.addItem(card)
        self.cards[uid] = card
        if uid in self._selected:
            card.set_selected_look(True)
        found = self._findings.get(uid)
        if found is not None:
            card.set_finding_count(*found)
        return card

    def _apply_change(self, layout: ChartLayout, change: LayoutChange) -> list[str]:
        """After an edit: touch only the cards and connectors whose place or shape changed.
        Returns the units given a new card."""
        cards = self.cards
        for uid in change.removed:
            card = cards.pop(uid, None)
            if card is not None:
                self.removeItem(card)
        made = []
        at = cards.get
        for uid, (x, y) in change.positions.items():
            card = at(uid)
            if card is None:
                self._new_card(uid, x, y, layout)
                made.append(uid)
            else:
                card.setPos(x, y)
        for uid in change.hidden_changed:
            card = self.cards.get(uid)
            if card is not None:
                card.set_hidden_count(layout.hidden_counts.get(uid, 0))
        for uid in change.connectors_removed:
            item = self.connectors.pop(uid, None)
            if item is not None:
                self.removeItem(item)
        pen = style.connector_pen() if change.connectors else None
        shifted = change.connectors_shifted
        for uid in change.connectors:
            item = self.connectors.get(uid) if uid in shifted else None
            if item is None:
                assert pen is not None  # made whenever there are connectors
                self._set_connector(uid, pen)
            else:
                item.setPos(*self._layouter.connector_frame(uid)[0])
        self._segments = layout.connectors
        return made

    def _sync_cards(self, layout: ChartLayout) -> None:
        positions = layout.positions
        for uid in [u for u in self.cards if u not in positions]:
            self.removeItem(self.cards.pop(uid))
        for uid, (x, y) in positions.items():
            card = self.cards.get(uid)
            if card is None:
                card = self._new_card(uid, x, y, layout)
            else:
                pos = card.pos()
                if pos.x() != x or pos.y() != y:
                    card.setPos(x, y)
            if uid in layout.hidden_counts or card._fold is not None:
                card.set_hidden_count(layout.hidden_counts.get(uid, 0))

    def _sync_connectors(self, layout: ChartLayout) -> None:
        new = layout.connectors
        for uid in [u for u in self.connectors if u not in new]:
            self.removeItem(self.connectors.pop(uid))
        pen = style.connector_pen()
        for uid, segs in new.items():
            if self._segments.get(uid) == segs and uid in self.connectors:
                continue
            self._set_connector(uid, pen)
        self._segments = new

    def _set_connector(self, uid: str, pen: QPen) -> None:
        """A parent's connector lines, drawn relative to its subtree's origin (see connector_frame)."""
        (ox, oy), segs = self._layouter.connector_frame(uid)
        path = QPainterPath()
        for x1, y1, x2, y2 in segs:
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
        item = self.connectors.get(uid)
        if item is None:
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setZValue(-1.0)
            self.addItem(item)
            self.connectors[uid] = item
        else:
            item.setPath(path)
        item.setPos(ox, oy)

    def restyle(self) -> None:
        """Recolour cards and connectors after the colour scheme changed (style.set_scheme)."""
        for card in self.cards.values():
            card.restyle()
        pen = style.connector_pen()
        for item in self.connectors.values():
            item.setPen(pen)

    def set_layout_params(self, params: LayoutParams) -> None:
        self.params = params
        self._layouter = IncrementalLayout(params)
        self._relayout()


def chart_units(scenario: Scenario | None, subtree_root: str | None = None) -> tuple[list[str], dict[str, str | None]]:
    """The units a chart of `scenario` shows, in chart order, and each one's parent (the root of
    a subtree shown alone has none)."""
    if scenario is None:
        return [], {}
    if subtree_root is not None and subtree_root in scenario.units:
        keep = set(scenario.subtree(subtree_root))
        order = [uid for uid in scenario.units if uid in keep]  # chart order, not BFS order
        parents = {uid: scenario.units[uid].parent_id for uid in order}
        parents[subtree_root] = None
        return order, parents
    units = scenario.units
    return list(units), dict(zip(units, map(_PARENT_ID, units.values()), strict=True))


def staff_units(scenario: Scenario | None) -> list[str]:
    """The units the layout puts on their manager's staff row (a manager's stab: support units)."""
    units = scenario.units if scenario is not None else {}
    # every re-layout asks (a move of one unit at 10,000 units): the walk stays in C
    return list(compress(units, map(is_, repeat(UnitCategory.SUPPORT), map(_CATEGORY, units.values()))))


def is_top_down(scene: ChartScene) -> bool:
    return scene.orientation == TOP_DOWN
