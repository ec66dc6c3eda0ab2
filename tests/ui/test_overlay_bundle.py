"""The overlay's order→delivery lines on the example: bundled along the reporting lines, under the
cards and never through one; chips readable at the fitted zoom."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document
from orgdesigner.ui.chart.overlay import CHIP_POINTS, ResponsibilityOverlay
from orgdesigner.ui.chart.overlay_routes import bundle, common_manager, crosses_interior, tree_path
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE


def _example(qtbot):
    controller = DocumentController(Document(load_project(EXAMPLE)))
    scene = ChartScene()
    scene.show_scenario(controller.scenario)
    overlay = ResponsibilityOverlay(controller, "sv")
    overlay.attach(scene)
    overlay.set_function("vardval-pv")
    return controller, scene, overlay


def _segments(item: QGraphicsPathItem):
    path = item.path()
    points = [path.elementAt(i) for i in range(path.elementCount())]
    return [(a.x, a.y, b.x, b.y) for a, b in zip(points, points[1:], strict=False) if b.isLineTo()]


def test_vardval_lines_bundle_along_the_tree_and_never_cross_a_card(qtbot):
    controller, scene, overlay = _example(qtbot)
    pairs = overlay.links(overlay.holdings())
    assert len(pairs) >= 10  # the beställarenhet orders from many providers
    paths = [i for i in scene._decoration_items if isinstance(i, QGraphicsPathItem)]
    card_z = next(iter(scene.cards.values())).zValue()
    assert paths and all(p.zValue() < card_z for p in paths)  # drawn under the cards
    parent_of = {u.id: u.parent_id for u in controller.scenario.units.values()}
    in_tree = [d for o, d in pairs if tree_path(o, d, parent_of) is not None]
    bundled = max(paths, key=lambda p: len(_segments(p)))
    segments = _segments(bundled)
    # a bundle: far fewer segments than one line per deliverer would need (3+ each)
    assert len(segments) < 3 * len(in_tree)
    rects = {uid: scene.card_rect(uid) for uid in scene.cards}
    for x1, y1, x2, y2 in segments:
        for uid, r in rects.items():
            assert not crosses_interior((x1, y1, x2, y2), (r.left(), r.top(), r.right(), r.bottom())), uid
    # the trunk reaches the deliverers' common manager
    manager = common_manager(in_tree, parent_of)
    assert manager is not None
    m = rects[manager]
    assert any(abs(y1 - m.bottom()) < 2 or abs(y2 - m.bottom()) < 2 for x1, y1, x2, y2 in segments if m.left() <= x1 <= m.right())


def test_chips_are_at_least_9_px_at_the_legible_fit(qtbot):
    from orgdesigner.ui.chart import style
    from orgdesigner.ui.chart.view import LEGIBLE_NAME_PX

    controller, scene, overlay = _example(qtbot)
    zoom = LEGIBLE_NAME_PX / (style.name_font().pointSizeF() * 96 / 72)  # the fitted zoom on the example
    chips = [i for i in scene._decoration_items if isinstance(i, QGraphicsRectItem) and i.data(0)]
    assert chips
    for chip in chips:
        text = chip.childItems()[0]
        assert text.font().pointSizeF() == CHIP_POINTS
        assert text.font().pointSizeF() * 96 / 72 * zoom >= 9.0
        assert chip.rect().contains(text.mapRectToParent(text.boundingRect()))  # the letters fit the chip


@given(st.lists(st.integers(0, 30), min_size=1, max_size=12))
def test_routes_only_use_the_chart_connectors(indices):
    """Pure routing on a synthetic fan: every routed segment lies on a connector segment."""
    parent_of = {"r": None, "a": "r", "b": "r", **{f"c{i}": "a" for i in range(31)}}
    rects = {"r": (100, 0, 150, 20), "a": (50, 60, 100, 80), "b": (150, 60, 200, 80)}
    connectors = {"r": [(125, 20, 125, 40), (75, 40, 175, 40), (75, 40, 75, 60), (175, 40, 175, 60)], "a": []}
    for i in range(31):
        top = 120 + 30 * i
        rects[f"c{i}"] = (60, top, 110, top + 20)
        connectors["a"] += [(75, 80, 75, top + 10) if i == 30 else (75, 80, 75, 80), (75, top + 10, 60, top + 10)]
    connectors["a"] = [s for s in connectors["a"] if s[1] != s[3] or s[0] != s[2]]
    deliverers = sorted({f"c{i}" for i in indices})
    drawn, unreached = bundle("b", deliverers, parent_of, connectors, rects)
    assert not unreached
    every = [s for segs in connectors.values() for s in segs]
    for x1, y1, x2, y2 in drawn:
        assert any(min(s[0], s[2]) - 0.5 <= x1 <= max(s[0], s[2]) + 0.5 and min(s[1], s[3]) - 0.5 <= y1 <= max(s[1], s[3]) + 0.5
                   and min(s[0], s[2]) - 0.5 <= x2 <= max(s[0], s[2]) + 0.5 and min(s[1], s[3]) - 0.5 <= y2 <= max(s[1], s[3]) + 0.5
                   for s in every)


def _text_rects(card) -> list[tuple[str, object]]:
    """Scene rects of the card's own text lines (name, ◆ form, +N, finding count)."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    out = []
    for item in card.childItems():
        texts = [item] if isinstance(item, QGraphicsSimpleTextItem) else item.childItems()
        for text in texts:
            if isinstance(text, QGraphicsSimpleTextItem) and text.isVisible() and text.text():
                out.append((text.text(), text.sceneBoundingRect()))
    return out


def test_role_chips_never_cover_the_cards_text(qtbot):
    """Område Primärvård is an intraprenad holding two roles: its ◆ line and its chips share the
    card's bottom; the chips must not cover any text line, and the text lines not each other."""
    controller, scene, overlay = _example(qtbot)
    for card in scene.cards.values():
        card.ensure_labels()
    chips = [i for i in scene._decoration_items if isinstance(i, QGraphicsRectItem) and i.data(0)]
    assert chips
    checked_forms = 0
    for chip in chips:
        uid = chip.data(0)[0]
        card = scene.cards[uid]
        lines = _text_rects(card)
        checked_forms += any(text.startswith("◆") for text, _ in lines)
        for text, rect in lines:
            assert not chip.sceneBoundingRect().intersects(rect), f"a chip covers {text!r} on {uid}"
        for i, (a, ra) in enumerate(lines):
            for b, rb in lines[i + 1:]:
                assert not ra.intersects(rb), f"{a!r} and {b!r} overlap on {uid}"
    assert checked_forms  # the intraprenad's ◆ line was among them
    overlay.set_function(None)  # without the overlay the ◆ line returns to the bottom
    area = next(u for u in controller.scenario.units.values() if u.name.startswith("Område Primärvård"))
    card = scene.cards[area.id]
    form = next(rect for text, rect in _text_rects(card) if text.startswith("◆"))
    assert card.sceneBoundingRect().bottom() - form.bottom() < 8
