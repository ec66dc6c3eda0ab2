"""What the paper's chart marks on its cards: new, moved and changed units, and where dotted lines end.

On screen the comparison frames a unit that differs with a thick coloured band; on paper the
cards stand closer than the band is wide, so a column of moved hälsocentraler printed as one
orange block. Here each frame stays within half the gap between cards (`FRAME_OUT`), so every
card keeps an outline of its own, and the status is also written on the card ("ny", "flyttad"),
so it reads in black and white. Dotted lines run under the cards and frames: an arrowhead above
them, just outside the card it points to, shows where each line ends.
"""

from __future__ import annotations

from math import hypot
from typing import TYPE_CHECKING

from orgdesigner.ui import colours
from orgdesigner.ui.chart.dotted import KIND_COLOURS, DottedLayer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem

    from orgdesigner.ui.chart.scene import ChartScene

FRAME_IN = 2.0  # the frame's inner edge, beyond the card's own border
FRAME_PEN = 4.0
FRAME_OUT = FRAME_IN + FRAME_PEN  # its outer edge, beyond the card
MARK_Z = 5.0  # above the cards
ARROW_Z = 6.0  # above the frames
ARROW_LEN = 12.0
ARROW_HALF = 6.0

#: the word on a marked card, as in the legend ("ny enhet" → "ny")
CARD_WORDS = {"added": ("ny", "new"), "moved": ("flyttad", "moved"), "changed": ("ändrad", "changed")}


def status_colour(status: str) -> str:
    """The paper's colour of a status (the light scheme's, dark enough for text on white)."""
    return colours.hex_colour(f"status_{status}", colours.LIGHT)


class PaperMarks:
    """A `CardDecorator` for paper: a frame of its own around each unit that differs, its status
    word in the card's lower right corner, and an arrowhead at each dotted line's end."""

    def __init__(self, status: dict[str, str], lang: str = "sv") -> None:
        self.status = status
        self.lang = lang

    def decorate(self, scene: ChartScene) -> list[QGraphicsItem]:
        return self._frames(scene) + arrowheads(scene, {u for u in self.status if u in scene.cards})

    def _frames(self, scene: ChartScene) -> list[QGraphicsItem]:
        from PySide6.QtGui import QBrush, QColor, QPen
        from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

        from orgdesigner.ui.chart import style
        from orgdesigner.ui.chart.card import FORM_ROW

        items: list[QGraphicsItem] = []
        half = FRAME_IN + FRAME_PEN / 2
        for uid, status in self.status.items():
            rect = scene.card_rect(uid)
            if rect is None or status not in CARD_WORDS:
                continue
            colour = QColor(status_colour(status))
            frame = QGraphicsRectItem(rect.adjusted(-half, -half, half, half))
            pen = QPen(colour, FRAME_PEN)
            frame.setPen(pen)
            # no see-through tint over the card: transparency in a PDF is drawn pale by some
            # renderers (Ghostscript) and printers; the frame and the word carry the status
            frame.setZValue(MARK_Z)
            items.append(frame)
            word = QGraphicsSimpleTextItem(CARD_WORDS[status][self.lang == "en"])
            word.setFont(style.small_font())
            word.setBrush(QBrush(colour))
            box = word.boundingRect()
            word.setPos(rect.right() - box.width() - 6.0, rect.bottom() - FORM_ROW)  # on the form's line
            word.setZValue(MARK_Z)
            items.append(word)
        return items


def arrowheads(scene: ChartScene, framed: set[str]) -> list[QGraphicsItem]:
    """A filled arrowhead at the end of every dotted line on the scene, its tip on the target
    card's edge, or on its frame's outer edge when the card is framed (`framed`)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
    from PySide6.QtWidgets import QGraphicsPolygonItem

    items: list[QGraphicsItem] = []
    for drawn in DottedLayer.of(scene).items.values():
        points = drawn.points
        if len(points) < 2:
            continue
        (x1, y1), (x2, y2) = points[-2], points[-1]
        length = hypot(x2 - x1, y2 - y1)
        if not length:
            continue
        dx, dy = (x2 - x1) / length, (y2 - y1) / length  # into the target card
        back = FRAME_OUT if drawn.line.target_id in framed else 0.0
        tip = QPointF(x2 - dx * back, y2 - dy * back)
        base = QPointF(tip.x() - dx * ARROW_LEN, tip.y() - dy * ARROW_LEN)
        side = QPointF(-dy * ARROW_HALF, dx * ARROW_HALF)
        head = QGraphicsPolygonItem(QPolygonF([tip, base + side, base - side]))
        colour = QColor(KIND_COLOURS[drawn.line.kind])
        head.setBrush(QBrush(colour))
        head.setPen(QPen(QColor("white"), 1.0))
        head.setZValue(ARROW_Z)
        items.append(head)
    return items
