"""One unit on the chart: a coloured card with its name, form badge and finding count.

Cards are QGraphicsRectItems with plain child items, so Qt paints them in C++; a card holds no
state of its own beyond what it shows (the model is the truth).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from orgdesigner.model.entities import Unit
from orgdesigner.model.enums import UnitForm
from orgdesigner.ui.chart import style

_PAD = 8.0
_NAME_TOP = 6.0
FORM_ROW = 17.0  # the ◆ form line at the card's foot
HANDLE_D = 18.0  # the +/− handle's diameter: a target a pointer hits at the legible zoom
OPEN, FOLDED = "open", "folded"  # a card's branch: children shown, or folded into the card
_metrics: QFontMetricsF | None = None


def _name_metrics() -> QFontMetricsF:
    global _metrics
    if _metrics is None:
        _metrics = QFontMetricsF(style.name_font())
    return _metrics


def wrapped_name(name: str, width: float) -> list[str]:
    """The whole name in lines no wider than `width`, broken between words; a word wider than a
    line alone is broken between letters (nothing is left out)."""
    metrics = _name_metrics()
    lines: list[str] = []
    line = ""
    for word in name.split():
        trial = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        line = ""
        for letter in word:  # one word wider than the card: letter by letter
            if line and metrics.horizontalAdvance(line + letter) > width:
                lines.append(line)
                line = ""
            line += letter
    if line or not lines:
        lines.append(line)
    return lines


def name_line_room(height: float) -> int:
    """How many lines of name a card of `height` holds above its form line (two on screen)."""
    return max(1, int((height - _NAME_TOP - FORM_ROW) / _name_metrics().lineSpacing() + 1e-6))


def name_height(lines: int) -> float:
    """The card height that holds `lines` lines of name and the form line (the paper's cards
    grow to the longest name on the page rather than cut it)."""
    return _NAME_TOP + FORM_ROW + lines * _name_metrics().lineSpacing() + 4.0


def height_for_names(names: Iterable[str], width: float, height: float) -> float:
    """The card height (at least `height`) at which a card `width` wide shows each of `names`
    whole: the paper never cuts a name short."""
    lines = max((len(wrapped_name(name, width - 2 * _PAD)) for name in names), default=1)
    return height if lines <= name_line_room(height) else max(height, name_height(lines))


def _name_lines(name: str, width: float, room: int = 2) -> str:
    """Wrap the name on at most `room` lines, eliding the rest (a card too small for it)."""
    lines = wrapped_name(name, width)
    if len(lines) <= room:
        return "\n".join(lines)
    head = lines[:room - 1]
    letters, start = sum(len(line.replace(" ", "")) for line in head), 0
    while letters:  # the rest of the name begins after the head's letters
        letters -= not name[start].isspace()
        start += 1
    rest = name[start:].strip()
    return "\n".join([*head, _name_metrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)])


_BADGE_PATHS: dict[tuple[str, float], QPainterPath] = {}


def _shared_badge_path(shape: str, card_width: float) -> QPainterPath:
    """One path per shape and card width, shared by every badge (Qt shares the path's data)."""
    key = (shape, card_width)
    path = _BADGE_PATHS.get(key)
    if path is None:
        path = _BADGE_PATHS[key] = _badge_path(shape, QRectF(card_width - 13, -9, 22, 22))
    return path


def _badge_path(shape: str, box: QRectF) -> QPainterPath:
    """A circle (error), diamond (warning) or square (info) filling `box`."""
    path = QPainterPath()
    if shape == "diamond":
        c = box.center()
        path.addPolygon(QPolygonF([QPointF(c.x(), box.top() - 1), QPointF(box.right() + 1, c.y()),
                                   QPointF(c.x(), box.bottom() + 1), QPointF(box.left() - 1, c.y())]))
        path.closeSubpath()
    elif shape == "square":
        path.addRect(box.adjusted(1, 1, -1, -1))
    else:
        path.addEllipse(box)
    return path


class CardItem(QGraphicsRectItem):
    """The card of one unit; `unit_id` links it back to the model."""

    def __init__(self, unit: Unit, width: float, height: float) -> None:
        super().__init__(0.0, 0.0, width, height)
        self.unit_id = unit.id  # z stays 0: connectors sit below at -1, one call per parent not per card
        self._unit = unit
        self._name: QGraphicsSimpleTextItem | None = None  # created when first shown readable
        self._form: QGraphicsSimpleTextItem | None = None
        self._findings: QGraphicsPathItem | None = None  # the badge's items, made with the labels
        self._badge: tuple[int, str] | None = None  # finding count and colour, shown or not
        self._fold: QGraphicsSimpleTextItem | None = None
        self._hidden = 0  # units folded into this card
        self._branch: str | None = None  # OPEN, FOLDED, or None (no units below)
        self._handle: QGraphicsEllipseItem | None = None  # the +/− handle, made with the labels
        self._selected = False
        self._band = 0.0  # height kept free at the bottom for overlay chips
        self._category = unit.category
        self.setBrush(style.fill_brush(unit.category))
        self.setPen(style.border_pen(unit.category))

    def update_unit(self, unit: Unit) -> None:
        self._unit = unit
        self._category = unit.category
        self.setBrush(style.fill_brush(unit.category))
        self.setPen(style.selection_pen() if self._selected else style.border_pen(unit.category))
        if self._name is not None:
            self._write_labels()

    @property
    def has_labels(self) -> bool:
        return self._name is not None

    def ensure_labels(self) -> None:
        """Create the text on first need: a fitted 10,000-card chart never lays out any text."""
        if self._name is None:
            self._name = QGraphicsSimpleTextItem(self)
            self._name.setFont(style.name_font())
            self._name.setBrush(QBrush(style.colour("text")))
            self._name.setPos(_PAD, _NAME_TOP)
            self._write_labels()
            if self._badge is not None:
                self._show_badge()
            if self._branch is not None:
                self._show_handle()

    def name_text(self) -> str:
        self.ensure_labels()
        assert self._name is not None
        return self._name.text()

    def _write_labels(self) -> None:
        unit = self._unit
        assert self._name is not None
        self._name.setText(_name_lines(unit.name, self.rect().width() - 2 * _PAD, name_line_room(self.rect().height())))
        self.setToolTip(self.tooltip_text())
        if unit.form is UnitForm.LINE:
            if self._form is not None:
                self._form.setVisible(False)
            return
        if self._form is None:
            self._form = QGraphicsSimpleTextItem(self)
            self._form.setFont(style.small_font())
            self._form.setBrush(QBrush(style.colour("secondary")))
        self._form.setVisible(True)
        self._form.setText("◆ " + style.form_label(unit.form))
        self._place_bottom_row()

    def tooltip_text(self) -> str:
        """The whole name (a card shows two lines at most), the category, the form and what is
        folded into it: colour is never the only carrier, and a name is never only elided."""
        unit = self._unit
        tip = f"{unit.name}\n{style.category_label(unit.category)}"
        if unit.form is not UnitForm.LINE:
            tip += f" · {style.form_label(unit.form)}"
        if self._hidden:
            tip += "\n" + style.folded_text(self._hidden)
        return tip

    def reserve_bottom(self, band: float) -> None:
        """Keep `band` px at the bottom free (the overlay's role chips straddle the bottom edge):
        the ◆ form line and the +N fold move up above it, between the name and the chips."""
        if band != self._band:
            self._band = band
            self._place_bottom_row()

    def _place_bottom_row(self) -> None:
        h = self.rect().height()
        if self._form is not None:
            top = h - FORM_ROW
            if self._band:
                floor = self._name.y() + self._name.boundingRect().height() if self._name is not None else 0.0
                top = max(floor, min(top, h - self._band - self._form.boundingRect().height() - 1.0))
            self._form.setPos(_PAD, top)
        if self._fold is not None and self._hidden > 0:
            # "+17 enheter", or "+17" where the ◆ form line needs the room (the tooltip says both)
            self._fold.setText(style.folded_count(self._hidden))
            right = self.rect().width() - HANDLE_D - 6
            if self._form is not None and self._form.isVisible() and \
                    right - self._fold.boundingRect().width() < _PAD + self._form.boundingRect().width() + 4:
                self._fold.setText(style.folded_count(self._hidden).split(" ")[0])  # '+3 834': the grouping is a no-break space
            box = self._fold.boundingRect()
            bottom = h - 3.0 if not self._band else h - self._band - 1.0
            self._fold.setPos(right - box.width(), bottom - box.height())

    def restyle(self) -> None:
        """Take the colours of the current scheme (light or dark)."""
        self.setBrush(style.fill_brush(self._category))
        self.setPen(style.selection_pen() if self._selected else style.border_pen(self._category))
        for item, role in ((self._name, "text"), (self._form, "secondary"), (self._fold, "fold")):
            if item is not None:
                item.setBrush(QBrush(style.colour(role)))
        if self._handle is not None:
            self._show_handle()

    def set_selected_look(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setPen(style.selection_pen() if selected else style.border_pen(self._category))

    def set_drop_target(self, on: bool) -> None:
        if on:
            self.setPen(style.drop_target_pen())
        else:
            self.setPen(style.selection_pen() if self._selected else style.border_pen(self._category))

    def set_finding_count(self, count: int, colour: str = style.FINDING_COLOUR) -> None:
        """A round badge in the top-right corner; hidden at zero. Like the text, the badge's items
        are made when the card is first shown readable: below that the view paints an overview
        without them, and 50,000 badges made up front took 160 MB."""
        if count <= 0:
            self._badge = None
            if self._findings is not None:
                self._findings.setVisible(False)
            return
        self._badge = (count, colour)
        if self._name is not None:
            self._show_badge()

    def _show_badge(self) -> None:
        assert self._badge is not None
        count, colour = self._badge
        shape = style.BADGE_SHAPES.get(colour, "circle")
        if self._findings is None or self._findings.data(0) != shape:
            if self._findings is not None:  # the worst severity changed: a badge of another shape
                self._findings.setVisible(False)
                if self.scene() is not None:
                    self.scene().removeItem(self._findings)
            self._findings = QGraphicsPathItem(_shared_badge_path(shape, self.rect().width()), self)
            self._findings.setData(0, shape)
            self._findings.setPen(QPen(QColor("white"), 1.5))
            new_text = QGraphicsSimpleTextItem(self._findings)
            new_text.setFont(style.small_font())
            new_text.setBrush(QBrush(QColor("white")))
        self._findings.setBrush(QBrush(QColor(colour)))
        label = self._findings.childItems()[0]
        assert isinstance(label, QGraphicsSimpleTextItem)
        label.setText(str(count) if count < 100 else "99+")
        box = label.boundingRect()
        centre = self._findings.path().boundingRect().center()
        label.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
        self._findings.setVisible(True)

    def finding_count_text(self) -> str:
        if self._badge is None:
            return ""
        return str(self._badge[0]) if self._badge[0] < 100 else "99+"

    def set_hidden_count(self, count: int) -> None:
        """'+N enheter' at the bottom right while the subtree below is collapsed."""
        self._hidden = max(count, 0)
        if self._name is not None:
            self.setToolTip(self.tooltip_text())
        if count <= 0:
            if self._fold is not None:
                self._fold.setVisible(False)
            return
        if self._fold is None:
            self._fold = QGraphicsSimpleTextItem(self)
            self._fold.setFont(style.name_font())
            self._fold.setBrush(QBrush(style.colour("fold")))
        self._place_bottom_row()
        self._fold.setVisible(True)

    @property
    def hidden_count(self) -> int:
        return self._hidden

    def set_branch(self, branch: str | None) -> None:
        """The +/− handle: − on a card whose units below are shown (a click folds them into
        it), + on a folded card (a click shows them); none on a card with nothing below."""
        self._branch = branch
        if self._name is not None or self._handle is not None:
            self._show_handle()

    @property
    def branch(self) -> str | None:
        return self._branch


    def _show_handle(self) -> None:
        if self._branch is None:
            if self._handle is not None:
                self._handle.setVisible(False)
            return
        if self._handle is None:
            self._handle = QGraphicsEllipseItem(0.0, 0.0, HANDLE_D, HANDLE_D, self)
            self._handle.setZValue(1.0)
            QGraphicsSimpleTextItem(self._handle).setFont(style.name_font())
        self._handle.setBrush(QBrush(style.colour("background")))
        self._handle.setPen(QPen(style.colour("fold"), 1.4))
        sign = self._handle.childItems()[0]
        assert isinstance(sign, QGraphicsSimpleTextItem)  # the sign, made with the handle
        sign.setBrush(QBrush(style.colour("fold")))
        sign.setText("+" if self._branch == FOLDED else "−")
        box = sign.boundingRect()
        sign.setPos((HANDLE_D - box.width()) / 2, (HANDLE_D - box.height()) / 2 - 0.5)
        # inside the bottom right corner: clear of the role chips (bottom left), the finding
        # badge (top right) and of the next card in a stacked column
        self._handle.setPos(self.rect().width() - HANDLE_D - 3, self.rect().height() - HANDLE_D - 3)
        self._handle.setToolTip(style.fold_hint(self._branch == FOLDED))
        self._handle.setVisible(True)

    def handle_text(self) -> str:
        """'+', '−' or '' (the handle as shown)."""
        if self._branch is None:
            return ""
        return "+" if self._branch == FOLDED else "−"

    def is_fold_badge(self, item: QGraphicsItem | None) -> bool:
        """Whether `item` is the +N text or the +/− handle (or its sign)."""
        if item is None:
            return False
        if item is self._fold:
            return True
        handle = self._handle
        return handle is not None and handle.isVisible() and (item is handle or item.parentItem() is handle)
