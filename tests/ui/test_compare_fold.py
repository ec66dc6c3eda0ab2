"""The comparison's charts show names (issue 32, item 2): each mini chart and its "Förstora…"
window fit with legible names by folding the deepest branches, label their cards, fold and
unfold on the +/− handle, outline differences folded inside a card, and name every card in a
tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from orgdesigner.io.project.project_file import load_project
from orgdesigner.ui.compare.charts import MiniChart
from tests.conftest import EXAMPLE


def name_px(view) -> float:
    from orgdesigner.ui.chart import style

    return style.name_font().pointSizeF() * view.logicalDpiY() / 72.0 * view.transform().m11()


def shown_whole(view) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return all(shown.contains(card.sceneBoundingRect()) for card in view.scene().cards.values())


def tooltip(view, card) -> str:
    QToolTip.hideText()
    centre = view.mapFromScene(card.sceneBoundingRect().center())
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre)))
    return QToolTip.text()


def test_a_mini_chart_fits_with_names_and_folds_on_its_handle(qtbot):
    project = load_project(EXAMPLE)
    base, other = list(project.scenarios.values())[:2]
    mini = MiniChart()
    qtbot.addWidget(mini)
    mini.resize(700, 520)
    mini.show()
    qtbot.waitExposed(mini)
    inner = next(u for u in other.units.values() if u.parent_id and other.children(u.parent_id) and not other.children(u.id)
                 and len(other.ancestors(u.id)) >= 3)
    mini.show_scenario(other, {inner.id: "added"}, other.name)
    qtbot.wait(10)
    view, scene = mini.view, mini.scene
    assert shown_whole(view) and name_px(view) >= 9.0  # legible: less detail, not smaller text
    assert scene.collapsed and len(scene.cards) < len(other.units)
    view.viewport().grab()  # a paint: the cards in view get their text
    assert all(card.has_labels and card.name_text() for card in scene.cards.values())
    for card in scene.cards.values():  # every card names its unit
        assert tooltip(view, card).startswith(other.units[card.unit_id].name)
    # the added unit is folded away: the card it is folded into is outlined, and says so
    assert inner.id not in scene.cards
    holder = next(a for a in other.ancestors(inner.id) if a in scene.cards)
    assert "1 difference among them" in tooltip(view, scene.cards[holder])
    # the +/− handle unfolds a folded card, and folds it again
    folded = scene.cards[next(iter(scene.collapsed))]
    point = view.mapFromScene(folded._handle.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert folded.unit_id not in scene.collapsed and any(k in scene.cards for k in other.children(folded.unit_id))
    point = view.mapFromScene(folded._handle.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert folded.unit_id in scene.collapsed


def test_enlarged_the_chart_is_folded_for_its_own_window(qtbot):
    project = load_project(EXAMPLE)
    scenario = next(iter(project.scenarios.values()))
    mini = MiniChart()
    qtbot.addWidget(mini)
    mini.resize(420, 300)
    mini.show()
    mini.show_scenario(scenario, {}, scenario.name)
    large = mini.open_large()
    qtbot.addWidget(large)
    qtbot.waitExposed(large)
    qtbot.waitUntil(lambda: large.view.scene().cards and shown_whole(large.view))
    assert large.view.scene() is not mini.scene  # its own folds
    assert name_px(large.view) >= 9.0
    assert len(large.view.scene().cards) > len(mini.scene.cards)  # more room, more detail
    large.view.viewport().grab()
    assert all(card.has_labels for card in large.view.scene().cards.values())
    large.close()
