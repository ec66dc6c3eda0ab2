"""Finding badges are made with a card's text, when the card is first shown readable (issue 20:
50,000 badges made up front took 160 MB; the zoomed-out overview never paints them)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsPathItem

from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene
from tests.conftest import small_project


def test_a_badge_waits_for_the_cards_text_and_keeps_its_count(qtbot):
    scene = ChartScene()
    scene.show_scenario(small_project().scenarios["now"])
    card = scene.cards["hc1"]
    assert not card.has_labels
    scene.set_finding_counts({"hc1": (3, style.WARNING_COLOUR), "hc2": (120, style.FINDING_COLOUR)})
    assert card.finding_count_text() == "3" and scene.cards["hc2"].finding_count_text() == "99+"
    assert not any(isinstance(item, QGraphicsPathItem) for item in card.childItems())  # nothing made yet
    card.ensure_labels()
    badges = [item for item in card.childItems() if isinstance(item, QGraphicsPathItem)]
    assert len(badges) == 1 and badges[0].isVisible() and badges[0].data(0) == "diamond"
    scene.set_finding_counts({})
    assert card.finding_count_text() == "" and not badges[0].isVisible()
