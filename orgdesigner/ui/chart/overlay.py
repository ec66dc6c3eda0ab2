"""The responsibility overlay on the chart: choose a function, see who develops, orders, delivers.

Each card holding a role for the function gets chips (U/B/L for utveckling, beställning,
leverans, with the role letter and colour); dashed lines run from the accountable ordering
unit along the reporting lines to the delivering units, bundled (see overlay_routes.py); units a finding about the function concerns get a "!" badge.
It draws through the chart scene's decoration hook (`ChartScene.set_overlay`) and never
touches the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from orgdesigner.analysis.findings import Finding
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, label_for
from orgdesigner.ui.chart.overlay_routes import bundle
from orgdesigner.ui.matrix.roles import (
    COLOURS,
    RESPONSIBILITY_CHIPS,
    RESPONSIBILITY_WORDS,
    role_letter,
    role_word,
    ui_lang,
)
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from orgdesigner.ui.chart.scene import ChartScene

CHIP_W, CHIP_H, CHIP_GAP = 40.0, 19.0, 3.0
CHIP_POINTS = 9.0  # 12 px letters: ≥ 9 px on screen at the legible fit (zoom 0.79)
LINK_COLOUR = "#c77c0e"
BADGE_COLOUR = "#b00020"
Z_LINES, Z_CHIPS = -0.5, 20.0  # links run behind the cards, chips on top


class ResponsibilityOverlay(QObject):
    """A CardDecorator for one function of the current scenario."""

    changed = Signal()

    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang or ui_lang()
        self.function_id: str | None = None
        self._findings: list[Finding] = []
        self._scenes: list[ChartScene] = []
        self._banded: dict[int, set[str]] = {}  # per scene: cards that keep room for chips
        controller.modelChanged.connect(self._on_model_event)

    def attach(self, scene: ChartScene) -> None:
        self._scenes.append(scene)
        scene.set_overlay(self)

    def set_function(self, function_id: str | None) -> None:
        if function_id not in self.controller.project.functions:
            function_id = None
        self.function_id = function_id
        self._refresh()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        self._findings = [f for f in findings if f.acknowledged is None]
        if self.function_id is not None:
            self._refresh()

    def _refresh(self) -> None:
        for scene in self._scenes:
            scene.refresh_decorations()
        self.changed.emit()

    def _on_model_event(self, event: ModelEvent) -> None:
        if self.function_id is None:
            return
        if event.change is Change.ASSIGNMENTS_CHANGED and self.function_id in event.function_ids:
            self._refresh()
        elif event.change in (Change.FUNCTIONS_CHANGED, Change.RESET) and self.function_id not in self.controller.project.functions:
            self.set_function(None)

    # -- what the overlay shows, as data (tested without a scene) --------------------------------
    def holdings(self, scenario_id: str | None = None) -> dict[str, dict[Responsibility, Role]]:
        """unit id -> {responsibility: role} for the chosen function."""
        scenario = self.controller.project.scenarios.get(scenario_id or self.controller.scenario_id)
        out: dict[str, dict[Responsibility, Role]] = {}
        if scenario is None or self.function_id is None:
            return out
        for key, role in scenario.assignments.items():
            if key.function_id == self.function_id:
                out.setdefault(key.unit_id, {})[key.responsibility] = role
        return out

    def links(self, holdings: dict[str, dict[Responsibility, Role]]) -> list[tuple[str, str]]:
        """(ordering unit, delivering unit) pairs: accountable orderers to units that deliver."""
        orderers = [u for u, h in holdings.items() if h.get(Responsibility.ORDERING) is Role.ACCOUNTABLE]
        deliverers = [u for u, h in holdings.items() if h.get(Responsibility.DELIVERY) in (Role.ACCOUNTABLE, Role.PERFORMS)]
        return [(o, d) for o in orderers for d in deliverers if o != d]

    def flagged_units(self) -> set[str]:
        if self.function_id is None:
            return set()
        return {u for f in self._findings if self.function_id in f.subjects.functions for u in f.subjects.units}

    # -- the CardDecorator hook --------------------------------------------------------------------
    def decorate(self, scene: ChartScene) -> list[QGraphicsItem]:
        banded = self._banded.setdefault(id(scene), set())
        for uid in banded:  # the last function's chips are gone: give their cards the room back
            if (card := scene.cards.get(uid)) is not None:
                card.reserve_bottom(0.0)
        banded.clear()
        if self.function_id is None or scene.scenario is None:
            return []
        holdings = self.holdings(scene.scenario.id)
        items: list[QGraphicsItem] = []
        rects = {uid: _box(r) for uid in scene.cards if (r := scene.card_rect(uid)) is not None}
        parent_of = {u.id: u.parent_id for u in scene.scenario.units.values()}
        connectors = scene.layout.connectors if scene.layout is not None else {}
        by_orderer: dict[str, list[str]] = {}
        for orderer, deliverer in self.links(holdings):
            by_orderer.setdefault(orderer, []).append(deliverer)
        for orderer, deliverers in by_orderer.items():
            if orderer not in rects:
                continue
            segments, elsewhere = bundle(orderer, deliverers, parent_of, connectors, rects)
            if segments:
                items.append(_bundle_item(segments))  # trunk to the common manager, then branches
            for deliverer in elsewhere:  # another tree (e.g. a private provider): one elbow, under the cards
                b = scene.card_rect(deliverer)
                a = scene.card_rect(orderer)
                if a is not None and b is not None:
                    items.append(_elbow(a, b))
        for uid, held in holdings.items():
            rect = scene.card_rect(uid)
            if rect is not None:
                items += self._chips(uid, rect, held)
                scene.cards[uid].reserve_bottom(CHIP_H / 2 + 1.0)  # the card's text stays clear of them
                banded.add(uid)
        for uid in self.flagged_units():
            rect = scene.card_rect(uid)
            if rect is not None:
                items.append(_badge(rect))
        return items

    def _chips(self, uid: str, rect: QRectF, held: dict[Responsibility, Role]) -> list[QGraphicsItem]:
        items: list[QGraphicsItem] = []
        x = rect.left() + 4
        y = rect.bottom() - CHIP_H / 2
        font = QFont()
        font.setPointSizeF(CHIP_POINTS)
        font.setBold(True)
        for resp in Responsibility:
            role = held.get(resp)
            if role is None:
                continue
            chip = QGraphicsRectItem(QRectF(x, y, CHIP_W, CHIP_H))
            chip.setBrush(QBrush(QColor(COLOURS[role])))
            chip.setPen(QPen(QColor("white"), 1))
            chip.setZValue(Z_CHIPS)
            chip.setToolTip(f"{RESPONSIBILITY_WORDS[self.lang][resp]}: {role_word(role, self.lang)}")
            chip.setData(0, (uid, resp.value, role.value))
            text = QGraphicsSimpleTextItem(f"{RESPONSIBILITY_CHIPS[resp]}·{role_letter(role, self.lang)}", chip)
            text.setFont(font)
            dark = role in (Role.ACCOUNTABLE, Role.PERFORMS)
            text.setBrush(QBrush(QColor("white" if dark else "black")))
            box = text.boundingRect()
            text.setPos(x + (CHIP_W - box.width()) / 2, y + (CHIP_H - box.height()) / 2)
            items.append(chip)
            x += CHIP_W + CHIP_GAP
        return items


def _box(rect: QRectF) -> tuple[float, float, float, float]:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _link_pen() -> QPen:
    pen = QPen(QColor(LINK_COLOUR), 3.0, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _bundle_item(segments: set[tuple[float, float, float, float]]) -> QGraphicsPathItem:
    path = QPainterPath()
    for x1, y1, x2, y2 in sorted(segments):
        path.moveTo(x1, y1)
        path.lineTo(x2, y2)
    item = QGraphicsPathItem(path)
    item.setPen(_link_pen())
    item.setZValue(Z_LINES)  # above the grey connectors, under every card: never over card text
    return item


def _elbow(a: QRectF, b: QRectF) -> QGraphicsPathItem:
    """An orthogonal line from a's bottom to b's top through the gap above b."""
    path = QPainterPath(QPointF(a.center().x(), a.bottom()))
    gap_y = b.top() - 14 if b.top() - 14 > a.bottom() else a.bottom() + 14
    path.lineTo(a.center().x(), gap_y)
    path.lineTo(b.center().x(), gap_y)
    path.lineTo(b.center().x(), b.top())
    item = QGraphicsPathItem(path)
    item.setPen(_link_pen())
    item.setZValue(Z_LINES)
    return item


def _badge(rect: QRectF) -> QGraphicsEllipseItem:
    size = 16.0
    badge = QGraphicsEllipseItem(QRectF(rect.left() - size / 2, rect.top() - size / 2, size, size))
    badge.setBrush(QBrush(QColor(BADGE_COLOUR)))
    badge.setPen(QPen(QColor("white"), 1.5))
    badge.setZValue(Z_CHIPS + 1)
    mark = QGraphicsSimpleTextItem("!", badge)
    font = QFont()
    font.setBold(True)
    mark.setFont(font)
    mark.setBrush(QBrush(QColor("white")))
    box = mark.boundingRect()
    mark.setPos(rect.left() - box.width() / 2, rect.top() - box.height() / 2)
    return badge


class OverlayChooser(QWidget):
    """"Show responsibility for: [function]" above the chart."""

    def __init__(self, overlay: ResponsibilityOverlay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.currentIndexChanged.connect(lambda _: overlay.set_function(self.combo.currentData()))
        describe(self.combo, self.tr("Show on the chart who develops, orders and delivers this function"),
                 self.tr("Responsibility for function"))

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(label_for(self.combo, self.tr("Responsibility for function:"), self))
        row.addWidget(self.combo)
        key = "  ".join(f"{c} {RESPONSIBILITY_WORDS[overlay.lang][r]}" for r, c in RESPONSIBILITY_CHIPS.items())
        dashed = self.tr("dashed line: ordering unit → delivering units")
        self.key = QLabel(f"{key} · {dashed}", self)
        colours.text_colour(self.key, "hint_text")  # was #555 on any background: 1.8:1 on dark
        row.addWidget(self.key)
        row.addStretch(1)
        overlay.controller.modelChanged.connect(self._on_model_event)
        overlay.controller.documentReplaced.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        current = self.overlay.function_id
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), None)
        for function in self.overlay.controller.project.functions.values():
            self.combo.addItem(function.name, function.id)
        found = self.combo.findData(current)
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)
        self.overlay.set_function(self.combo.currentData())

    def choose(self, function_id: str | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(function_id), 0))

    def _on_model_event(self, event: ModelEvent) -> None:
        if event.change in (Change.FUNCTIONS_CHANGED, Change.RESET):
            self.fill()
