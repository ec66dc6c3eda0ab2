"""Dotted lines on the chart: drawn by Shift-drag, follow moves and collapsing, toggled, undone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QToolTip

from orgdesigner.layout.dotted_routes import RouteIndex
from orgdesigner.model import DottedKind, DottedLine
from orgdesigner.model.commands import AddDottedLine, MoveUnit
from orgdesigner.ui.chart import dotted

SHIFT = Qt.KeyboardModifier.ShiftModifier


def centre_of(window, uid: str) -> QPoint:
    rect = window.chart.scene.card_rect(uid)
    return window.chart.view.mapFromScene(rect.center())


def shift_drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, SHIFT, pos=start)
    for i in range(1, 7):
        p = QPointF(start + (end - start) * (i / 6))
        view.mouseMoveEvent(QMouseEvent(QEvent.Type.MouseMove, p, view.viewport().mapToGlobal(p),
                                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, SHIFT))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, SHIFT, pos=end)


def layer(window) -> dotted.DottedLayer:
    return window.chart.view.dotted


def test_shift_drag_draws_a_line_of_the_picked_kind_and_undo_removes_it(window, qtbot, monkeypatch):
    monkeypatch.setattr(dotted, "pick_kind", lambda view, at: DottedKind.PROFESSIONAL)
    ctl, view = window.controller, window.chart.view
    view.set_zoom(0.6)
    view.centerOn(window.chart.scene.chart_rect().center())
    shift_drag(qtbot, view, centre_of(window, "hc1"), centre_of(window, "best"))
    assert ctl.scenario.units["hc1"].dotted_lines == (DottedLine("best", DottedKind.PROFESSIONAL),)
    assert ctl.scenario.units["hc1"].parent_id == "pv"  # a Shift-drag never moves the card
    item = layer(window).items[("hc1", "best")]
    assert item.pen().style() == Qt.PenStyle.DotLine
    assert item.pen().color().name() == dotted.KIND_COLOURS[DottedKind.PROFESSIONAL]
    tip = layer(window).tooltip(item)
    assert "Brunflo hälsocentral" in tip and "Beställarenheten" in tip
    # the tooltip is the view's, from a point on the route away from any card
    (x1, y1), (x2, y2) = item.points[1], item.points[2]
    on_line = QPointF((x1 + x2) / 2, (y1 + y2) / 2)
    assert window.chart.scene.unit_at(on_line) is None
    assert layer(window).line_at(on_line, 2.0) is item
    at = view.mapFromScene(on_line)
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
    assert "Brunflo hälsocentral" in QToolTip.text()  # hovering the line shows it
    QToolTip.hideText()
    ctl.undo_stack.undo()
    assert ("hc1", "best") not in layer(window).items


def test_a_line_follows_a_move_and_ends_at_a_collapsed_card(window, qtbot):
    ctl, scene = window.controller, window.chart.scene
    ctl.push(AddDottedLine(ctl.scenario.id, "best", DottedLine("hc2", DottedKind.FUNCTIONAL)))
    key = ("best", "hc2")
    item = layer(window).items[key]
    assert ends_at(item, scene.card_rect("hc2"))
    ctl.push(MoveUnit(ctl.scenario.id, "hc2", "best"))
    scene.ensure_layout()
    # re-routed to the card's new place (in sight, routes wait for the paint or `items`)
    assert ends_at(layer(window).items[key], scene.card_rect("hc2"))
    ctl.undo_stack.undo()
    scene.ensure_layout()
    scene.set_collapsed("pv", True)
    assert "hc2" not in scene.cards
    assert ends_at(layer(window).items[key], scene.card_rect("pv"))  # ends at the collapsed card
    assert layer(window).items[key] is item
    scene.set_collapsed("pv", False)
    assert ends_at(layer(window).items[key], scene.card_rect("hc2"))


def ends_at(item: dotted.DrawnLine, card) -> bool:
    """The route's last point lies on the card's edge (card_rect is inset by one unit)."""
    return card.adjusted(-2, -2, 2, 2).contains(QPointF(*item.points[-1])) and not card.adjusted(
        3, 3, -3, -3).contains(QPointF(*item.points[-1]))


def test_a_line_inside_one_collapsed_card_is_not_drawn_and_the_view_toggle_hides_all(window):
    ctl, scene = window.controller, window.chart.scene
    ctl.push(AddDottedLine(ctl.scenario.id, "hc1", DottedLine("hc2", DottedKind.AGREEMENT)))
    scene.set_collapsed("pv", True)
    assert ("hc1", "hc2") not in layer(window).items
    scene.set_collapsed("pv", False)
    item = layer(window).items[("hc1", "hc2")]
    [toggle] = [a for a in window.menus.view.actions() if a.objectName() == "toggle-dotted-lines"]
    assert toggle.isChecked()
    toggle.trigger()
    assert not layer(window).visible
    assert layer(window).line_at(QPointF(*item.points[1]), 2.0) is None  # no tooltip either
    toggle.trigger()
    assert layer(window).visible


def test_the_overview_paints_lines_in_their_kind_colour(window):
    ctl, view = window.controller, window.chart.view
    ctl.push(AddDottedLine(ctl.scenario.id, "best", DottedLine("hc2", DottedKind.PROFESSIONAL)))
    view.set_zoom(0.1)
    assert view.is_overview()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    view.viewport().render(image)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert any(_close(c, dotted.KIND_COLOURS[DottedKind.PROFESSIONAL]) for c in colours)


def _close(a: str, b: str) -> bool:
    ca, cb = (int(a[i:i + 2], 16) for i in (1, 3, 5)), (int(b[i:i + 2], 16) for i in (1, 3, 5))
    return sum(abs(x - y) for x, y in zip(ca, cb, strict=True)) < 60


def test_the_properties_editor_adds_changes_and_removes_lines(window):
    from orgdesigner.ui.dotted_editor import DottedLinesBox

    ctl = window.controller
    box = window.findChild(DottedLinesBox)
    ctl.select_units(["hc1"])
    assert box.isEnabled() and box.rows == {}
    box.target.setCurrentIndex(box.target.findData("best"))
    box.kind.setCurrentIndex(box.kind.findData("agreement"))
    box.add.click()
    assert ctl.scenario.units["hc1"].dotted_lines == (DottedLine("best", DottedKind.AGREEMENT),)
    assert box.target.findData("pv") == -1  # its own line manager is not offered
    kind, note, remove = box.rows["best"]
    note.setText("labbsamverkan")
    note.editingFinished.emit()
    assert ctl.scenario.units["hc1"].dotted_lines[0].note == "labbsamverkan"
    assert ("hc1", "best") in layer(window).items  # the chart follows
    box.rows["best"][2].click()
    assert ctl.scenario.units["hc1"].dotted_lines == ()
    ctl.undo_stack.undo()
    assert ctl.scenario.units["hc1"].dotted_lines[0].note == "labbsamverkan"
    ctl.select_units(["hc1", "hc2"])
    assert not box.isEnabled()


def test_exported_charts_and_the_paper_draw_the_lines():
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene
    from tests.conftest import EXAMPLE

    project = load_project(EXAMPLE)
    scene = build_chart_scene(project.scenarios["koncern-2018"])
    items = dotted.DottedLayer.of(scene).items
    assert sum(1 for k in items if k[1] == "cl") == 16  # each own hälsocentral to the chefläkare
    assert all(item.points for item in items.values())


def _crossings(scene, items) -> list[tuple[tuple[str, str], str]]:
    """(line, unit) for every route segment that runs through a card (its text area and all)."""
    cards = {uid: card.sceneBoundingRect().adjusted(1.5, 1.5, -1.5, -1.5) for uid, card in scene.cards.items()}
    hits = []
    for key, item in items.items():
        for (x1, y1), (x2, y2) in zip(item.points, item.points[1:], strict=False):
            seg = QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2))).adjusted(-0.01, -0.01, 0.01, 0.01)
            hits += [(key, uid) for uid, rect in cards.items() if rect.intersects(seg)]
    return hits


@pytest.mark.parametrize("orientation", ["tb", "lr"])
def test_routes_pass_between_cards_never_under_their_text(orientation):
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene
    from tests.conftest import EXAMPLE

    project = load_project(EXAMPLE)
    drawn = 0
    for scenario in project.scenarios.values():
        scene = build_chart_scene(scenario, orientation=orientation)
        items = dotted.DottedLayer.of(scene).items
        drawn += len(items)
        assert all(all(a[0] == b[0] or a[1] == b[1] for a, b in zip(i.points, i.points[1:], strict=False))
                   for i in items.values())  # orthogonal
        assert _crossings(scene, items) == [], scenario.name
    assert drawn >= 30  # the chefläkare's lines in every scenario, and the koncern's


def test_lines_are_drawn_on_the_zoomed_in_chart_and_the_toggle_hides_them(window, qtbot):
    ctl, view = window.controller, window.chart.view
    ctl.push(AddDottedLine(ctl.scenario.id, "best", DottedLine("hc2", DottedKind.PROFESSIONAL)))
    item = layer(window).items[("best", "hc2")]
    view.set_zoom(1.0)
    (x1, y1), (x2, y2) = item.points[1], item.points[2]
    view.centerOn(QPointF((x1 + x2) / 2, (y1 + y2) / 2))

    def kind_colour_shown() -> bool:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        view.viewport().render(image)
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, image.height())}
        return any(_close(c, dotted.KIND_COLOURS[DottedKind.PROFESSIONAL]) for c in colours)

    assert kind_colour_shown()
    layer(window).set_visible(False)
    assert not kind_colour_shown()


@pytest.mark.parametrize("orientation", ["tb", "lr"])
def test_lines_end_at_their_cards_through_moves_and_collapses_with_routes_out_of_sight_deferred(qtbot, orientation):
    """Incremental upkeep (only lines at moved cards, routes out of sight made when idle) keeps
    every line on the cards it joins, as a chart drawn from scratch would."""
    import random

    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model.document import Document
    from orgdesigner.ui.chart.view import ChartView
    from orgdesigner.ui.undo import DocumentController

    project = synthetic_project(units=600, functions=20, assignments=200)
    scenario = next(iter(project.scenarios.values()))
    rng = random.Random(7)
    ids = list(scenario.units)
    for _ in range(80):
        a, b = rng.sample(ids, 2)
        unit = scenario.units[a]
        if all(x.target_id != b for x in unit.dotted_lines):
            unit.dotted_lines = (*unit.dotted_lines, DottedLine(b, DottedKind.FUNCTIONAL))
    ctl = DocumentController(Document(project))
    view = ChartView(ctl)
    qtbot.addWidget(view)
    scene = view.chart_scene()
    view.resize(500, 400)
    scene.show_scenario(ctl.scenario)
    scene.set_orientation(orientation)
    ctl.modelChanged.connect(scene.apply_event)
    view.show()
    view.set_zoom(1.0)
    view.centre_on_unit(ids[300], force=True)
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    deferred = 0
    for step in range(30):
        uid = rng.choice(ids[1:])
        below = set(ctl.scenario.subtree(uid))
        ctl.push(MoveUnit(ctl.scenario.id, uid, rng.choice([u for u in ids if u not in below])))
        scene.ensure_layout()
        if step % 6 == 5:
            folder = rng.choice([u for u in ids if ctl.scenario.children(u)])
            scene.set_collapsed(folder, folder not in scene.collapsed)
        deferred += len(view.dotted._pending)
        view.viewport().render(image)  # routes only what it shows
        shown = {}
        for key in layer_lines(ctl.scenario):
            a, b = (view.dotted._shown(u) for u in key)
            if a is not None and b is not None and a != b:
                shown[key] = (scene.card_rect(a), scene.card_rect(b))
        # what the paint left waiting cannot reach the view; every other line (shifted with its
        # two cards, or routed by the paint) already ends on its cards, as a fresh route would
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        lo, hi = (seen.left(), seen.right()) if orientation == "tb" else (seen.top(), seen.bottom())
        waiting = dict(view.dotted._pending)
        assert all(a > hi or b < lo for a, b in waiting.values()), step
        for key, (ra, rb) in shown.items():
            if key not in waiting:
                points = view.dotted._items[key].points
                assert ends_at_edge(points[0], ra) and ends_at_edge(points[-1], rb), (step, key)
        items = view.dotted.items  # every waiting route made now
        assert set(items) == set(shown)
        assert _crossings(scene, items) == [], step  # a card moved onto a line's run: re-routed
        index = view.dotted._index  # follows the layout's edits as one made afresh would
        fresh = RouteIndex(scene.layout.positions, scene.layout.card_w, scene.layout.card_h, transpose=orientation == "lr")
        assert index is None or (index.tops, index.lefts) == (fresh.tops, fresh.lefts), step
        for key, (ra, rb) in shown.items():
            points = items[key].points
            assert ends_at_edge(points[0], ra) and ends_at_edge(points[-1], rb), (step, key)
    assert deferred > 0  # some routes did wait
    qtbot.waitUntil(lambda: not view.dotted._pending)


def layer_lines(scenario) -> list[tuple[str, str]]:
    return [(uid, line.target_id) for uid, unit in scenario.units.items() for line in unit.dotted_lines]


def ends_at_edge(point: tuple[float, float], card) -> bool:
    p = QPointF(*point)
    return card.adjusted(-2, -2, 2, 2).contains(p) and not card.adjusted(3, 3, -3, -3).contains(p)


def test_a_kind_unticked_in_the_legend_hides_only_that_kind(window, qtbot):
    """Issue 32: the sixteen professional lines need not hide the functional ones."""
    ctl, view = window.controller, window.chart.view
    ctl.push(AddDottedLine(ctl.scenario.id, "best", DottedLine("hc2", DottedKind.PROFESSIONAL)))
    ctl.push(AddDottedLine(ctl.scenario.id, "hc1", DottedLine("best", DottedKind.FUNCTIONAL)))
    view.set_zoom(1.0)
    item = layer(window).items[("best", "hc2")]
    (x1, y1), (x2, y2) = item.points[1], item.points[2]
    view.centerOn(QPointF((x1 + x2) / 2, (y1 + y2) / 2))

    def shown(kind: DottedKind) -> bool:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        view.viewport().render(image)
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        return any(_close(c, dotted.KIND_COLOURS[kind]) for c in colours)

    assert shown(DottedKind.PROFESSIONAL)
    boxes = window.chart.dotted_legend.boxes
    boxes[DottedKind.PROFESSIONAL].setChecked(False)
    assert not shown(DottedKind.PROFESSIONAL)
    assert layer(window).line_at(QPointF((x1 + x2) / 2, (y1 + y2) / 2), 5.0) is None  # nor its tooltip
    assert layer(window).visible  # the other kinds stay
    boxes[DottedKind.PROFESSIONAL].setChecked(True)
    assert shown(DottedKind.PROFESSIONAL)


def test_the_sixteen_lines_to_the_chief_physician_arrive_as_one_trunk_each_with_its_own_branch(qapp):
    """Issue 32: the sixteen professional lines to the chefläkare were a bundle of horizontals
    across the chart; now they meet in one trunk (one run into the card) and each hälsocentral's
    line leaves its card on a run no other line uses, so hovering it picks that line alone."""
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene
    from tests.conftest import EXAMPLE

    project = load_project(EXAMPLE)
    for orientation in ("tb", "lr"):
        scene = build_chart_scene(project.scenarios["koncern-2018"], orientation=orientation)
        layer_ = dotted.DottedLayer.of(scene)
        lines = {k: item for k, item in layer_.items.items() if k[1] == "cl"}
        assert len(lines) == 16
        assert len({item.points[-1] for item in lines.values()}) == 1  # one end on the card
        assert len({item.points[-2] for item in lines.values()}) == 1  # one run into it
        # every long run lies on one lane, the trunk (the old routes ran five horizontals across)
        far = {_lane_of(seg) for item in lines.values() for seg in _runs(item.points) if _length(seg) > 600}
        assert len(far) == 1, far
        for key, item in lines.items():  # its branch off its own card: a run no other line takes
            mids = [QPointF((x1 + x2) / 2, (y1 + y2) / 2) for (x1, y1), (x2, y2) in zip(item.points, item.points[1:], strict=False)]
            assert any([(i.source_id, i.line.target_id) for i in layer_.lines_at(mid, 1.0)] == [key] for mid in mids), key


def _runs(points):
    return {(p, q) for p, q in zip(points, points[1:], strict=False) if p != q}


def _lane_of(seg) -> tuple[str, float]:
    (x1, y1), (x2, y2) = seg
    return ("across", y1) if y1 == y2 else ("along", x1)


def _length(seg) -> float:
    (x1, y1), (x2, y2) = seg
    return abs(x2 - x1) + abs(y2 - y1)


def test_hovering_a_line_highlights_it_above_the_cards_with_both_cards_outlined(window, qtbot):
    ctl, view, scene = window.controller, window.chart.view, window.chart.scene
    ctl.push(AddDottedLine(ctl.scenario.id, "hc1", DottedLine("best", DottedKind.PROFESSIONAL)))
    ctl.push(AddDottedLine(ctl.scenario.id, "hc2", DottedLine("best", DottedKind.PROFESSIONAL)))
    view.set_zoom(1.0)
    view.fitted = None  # zoomed as by hand: no refit after the window's late resize moves the chart under the mouse
    view.centerOn(scene.chart_rect().center())
    one, two = layer(window).items[("hc1", "best")], layer(window).items[("hc2", "best")]
    assert one.points[-1] == two.points[-1]  # one trunk into the beställarenhet

    def own_point(item, other) -> QPointF:
        """A point on the line that the other line does not pass."""
        for (x1, y1), (x2, y2) in zip(item.points, item.points[1:], strict=False):
            mid = QPointF((x1 + x2) / 2, (y1 + y2) / 2)
            if other.distance(mid.x(), mid.y()) > 8 and scene.unit_at(mid) is None:
                return mid
        raise AssertionError("no run of its own")

    def outline_colour(uid: str) -> str:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        view.viewport().render(image)
        rect = scene.card_rect(uid)
        at = view.mapFromScene(QPointF(rect.center().x() + 20, rect.top() - 3))
        return image.pixelColor(at).name()

    colour = dotted.KIND_COLOURS[DottedKind.PROFESSIONAL]
    assert not _close(outline_colour("hc1"), colour)
    at = view.mapFromScene(own_point(one, two))
    qtbot.mouseMove(view.viewport(), at)
    assert layer(window).hovered == [("hc1", "best")]
    assert _close(outline_colour("hc1"), colour) and _close(outline_colour("best"), colour)
    assert not _close(outline_colour("hc2"), colour)  # the other line's card stays as it was
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
    assert "Brunflo hälsocentral" in QToolTip.text() and "Beställarenheten" in QToolTip.text()
    QToolTip.hideText()
    # on the shared trunk: both lines, and the tooltip names both
    (x1, y1), (x2, y2) = one.points[-3], one.points[-2]
    trunk = view.mapFromScene(QPointF((x1 + x2) / 2, (y1 + y2) / 2))
    qtbot.mouseMove(view.viewport(), trunk)
    assert sorted(layer(window).hovered) == [("hc1", "best"), ("hc2", "best")]
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, trunk, view.viewport().mapToGlobal(trunk)))
    assert "Brunflo hälsocentral" in QToolTip.text() and "Frösö hälsocentral" in QToolTip.text()
    QToolTip.hideText()
    qtbot.mouseMove(view.viewport(), view.mapFromScene(scene.card_rect("pv").center()))  # onto a card
    assert layer(window).hovered == []
    assert not _close(outline_colour("hc1"), colour)


def test_the_zoomed_out_overview_draws_the_hovered_line_too(window, qtbot):
    ctl, view, scene = window.controller, window.chart.view, window.chart.scene
    ctl.push(AddDottedLine(ctl.scenario.id, "hc1", DottedLine("best", DottedKind.FUNCTIONAL)))
    view.set_zoom(0.15)
    view.fitted = None  # zoomed as by hand: no refit after the window's late resize moves the chart under the mouse
    assert view.is_overview()
    view.centerOn(scene.chart_rect().center())
    item = layer(window).items[("hc1", "best")]
    mids = [QPointF((x1 + x2) / 2, (y1 + y2) / 2) for (x1, y1), (x2, y2) in zip(item.points, item.points[1:], strict=False)]
    on_line = max(mids, key=lambda p: item.distance(p.x(), p.y()) == 0 and scene.unit_at(p) is None)
    rect = scene.card_rect("best")
    outline = view.mapFromScene(QPointF(rect.center().x(), rect.top())) + QPoint(0, -1)

    def pixel() -> str:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        view.viewport().render(image)
        return image.pixelColor(outline).name()

    assert not _close(pixel(), dotted.KIND_COLOURS[DottedKind.FUNCTIONAL])
    qtbot.mouseMove(view.viewport(), view.mapFromScene(on_line))
    assert layer(window).hovered == [("hc1", "best")]
    assert _close(pixel(), dotted.KIND_COLOURS[DottedKind.FUNCTIONAL])  # the card outlined in the line's colour


@settings(max_examples=25, deadline=None)
@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.sampled_from([0.15, 0.5, 1.0]), st.booleans())
def test_a_paint_of_part_of_the_chart_draws_what_a_paint_of_every_line_draws(chart_with_lines, fx, fy, zoom, fast):
    """After an edit a paint gathers only the lines whose span meets the painted rectangle; the
    picture is the one drawing from every line's runs gives (the path a zoomed-out paint takes)."""
    from PySide6.QtGui import QColor, QPainter

    scene, layer_ = chart_with_lines
    layout = scene.layout
    w, h = 300, 200
    left, top = fx * layout.width, fy * layout.height

    def drawn() -> QImage:
        image = QImage(w, h, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        painter.translate(-left, -top)
        layer_.paint(painter, QRectF(left, top, w / zoom, h / zoom), fast)
        painter.end()
        return image

    layer_._runs = None  # as after an edit: only the lines in the rectangle are gathered
    part = drawn()
    assert layer_._runs is None
    layer_._all_runs()  # every line's runs, kept
    assert drawn() == part



@pytest.fixture(scope="module")
def chart_with_lines(qapp):
    """A 600-unit chart with 120 dotted lines of every kind, laid out and routed after some moves
    (made once: the test above only paints it)."""
    import random

    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model.document import Document
    from orgdesigner.ui.chart.scene import ChartScene
    from orgdesigner.ui.undo import DocumentController

    project = synthetic_project(units=600, functions=20, assignments=200)
    scenario = next(iter(project.scenarios.values()))
    rng = random.Random(11)
    ids = list(scenario.units)
    kinds = list(DottedKind)
    for i in range(120):
        a, b = rng.sample(ids, 2)
        unit = scenario.units[a]
        if all(x.target_id != b for x in unit.dotted_lines):
            unit.dotted_lines = (*unit.dotted_lines, DottedLine(b, kinds[i % 3]))
    ctl = DocumentController(Document(project))
    scene = ChartScene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    layer_ = dotted.DottedLayer.of(scene)
    for _ in range(5):
        uid = rng.choice(ids[1:])
        below = set(ctl.scenario.subtree(uid))
        ctl.push(MoveUnit(ctl.scenario.id, uid, rng.choice([u for u in ids if u not in below])))
        scene.ensure_layout()
    assert len(layer_.items) > 100  # every route made
    yield scene, layer_
    ctl.modelChanged.disconnect(scene.apply_event)  # freed now, not by a later collection
    ctl.undo_stack.clear()
    scene.clear()
