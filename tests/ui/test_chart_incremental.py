"""The incremental chart layout equals a layout from scratch after any sequence of edits, and the
change it reports turns the previous cards into the new ones."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.layout.incremental import IncrementalLayout, LayoutChange, layout_tree
from orgdesigner.layout.tree import LayoutParams


class Chart:
    """The state the scene feeds the layout: chart order, reporting lines, collapsed units."""

    def __init__(self, parents: dict[str, str | None]) -> None:
        self.order = list(parents)
        self.parents = dict(parents)
        self.collapsed: set[str] = set()
        self.staff = {u for i, u in enumerate(parents) if i % 4 == 3}  # support units: a manager's stab
        self.next_id = len(parents)
        self.touched: set[str] = set()  # the units the edits since the last layout named (the events' ids)

    def move(self, uid: str, parent: str | None) -> None:  # like MoveUnit: last child of the parent
        self.touched.add(uid)
        self.parents[uid] = parent
        self.order.remove(uid)
        self.order.append(uid)

    def add(self, parent: str | None, index: int | None, uid: str | None = None) -> None:
        uid = uid or f"n{self.next_id}"
        self.next_id += 1
        if uid in self.parents:
            return
        self.touched.add(uid)
        self.parents[uid] = parent
        self.order.insert(len(self.order) if index is None else index % (len(self.order) + 1), uid)

    def remove(self, uid: str, with_subtree: bool) -> None:
        doomed = {uid}
        if with_subtree:
            grew = True
            while grew:
                more = {u for u, p in self.parents.items() if p in doomed} - doomed
                grew = bool(more)
                doomed |= more
        self.touched |= doomed
        self.order = [u for u in self.order if u not in doomed]
        self.parents = {u: p for u, p in self.parents.items() if u not in doomed}
        self.collapsed -= doomed


@st.composite
def edits(draw):
    n = draw(st.integers(0, 30))
    parents: dict[str, str | None] = {}
    for i in range(n):  # a forest, parents before children
        parents[f"u{i}"] = draw(st.one_of(st.none(), st.sampled_from([f"u{j}" for j in range(i)]))) if i else None
    steps = draw(st.lists(st.tuples(st.sampled_from(["move", "move", "move", "add", "remove", "fold", "readd", "staff"]),
                                    st.integers(0, 10_000), st.integers(0, 10_000), st.booleans()), max_size=25))
    return parents, steps


def apply_step(chart: Chart, step: tuple[str, int, int, bool]) -> None:
    kind, a, b, flag = step
    units = chart.order
    pick = (lambda i: units[i % len(units)]) if units else None
    if kind == "add" or not units:
        chart.add(pick(a) if units and flag else None, b if flag else None)
    elif kind == "move":
        uid, target = pick(a), (pick(b) if b % 5 else None)
        walk, seen = target, 0  # the model refuses cycles; allow one now and then anyway
        while walk is not None and walk != uid and seen < 100:
            walk, seen = chart.parents.get(walk), seen + 1
        if walk != uid or a % 7 == 0:
            chart.move(uid, target)
    elif kind == "remove":
        chart.remove(pick(a), flag)
    elif kind == "fold":
        chart.collapsed ^= {pick(a)}
    elif kind == "staff":  # a category edit: the unit becomes staff, or stops being staff
        chart.staff ^= {pick(a)}
    else:  # a unit comes back under an id others may still name (undo of a delete)
        chart.add(pick(b) if flag else None, None, uid=f"u{a % 40}")


def same_layout(got, want) -> None:
    assert got.positions == want.positions
    assert got.connectors == want.connectors
    assert got.hidden_counts == want.hidden_counts
    assert (got.width, got.height, got.extra_roots) == (want.width, want.height, want.extra_roots)


def replay(cards: dict, lines: dict, hidden: dict, change: LayoutChange, layout) -> None:
    """What the scene does with a change: only touched cards and connectors are written."""
    if change.full:
        cards.clear(), lines.clear(), hidden.clear()
        cards.update(layout.positions), lines.update(layout.connectors), hidden.update(layout.hidden_counts)
        return
    for uid in change.removed:
        del cards[uid]
    cards.update(change.positions)
    for uid in change.connectors_removed:
        del lines[uid]
    lines.update(change.connectors)
    for uid in change.hidden_changed:
        if uid in layout.hidden_counts:
            hidden[uid] = layout.hidden_counts[uid]
        else:
            hidden.pop(uid, None)


@settings(max_examples=300, deadline=None)
@given(edits(), st.sampled_from(["tb", "lr"]), st.sampled_from(["none", "right", "short", "extra"]))
def test_incremental_layout_equals_a_layout_from_scratch(case, orientation, hint):
    """Also with the units the edits named given (as the scene passes the events' ids), and with
    a wrong list of them (one missing, one too many): the layout checks it."""
    parents, steps = case
    params = LayoutParams(orientation=orientation)
    chart = Chart(parents)
    inc = IncrementalLayout(params)
    first = inc.update(chart.order, chart.parents, chart.collapsed, staff=chart.staff)
    cards, lines, hidden = {}, {}, {}
    replay(cards, lines, hidden, first, inc.layout)
    for step in steps:
        apply_step(chart, step)
        touched = set(chart.touched)
        chart.touched.clear()
        if hint == "short" and touched:
            touched.pop()
        elif hint == "extra" and chart.order:
            touched.add(chart.order[step[1] % len(chart.order)])
        given_hint = None if hint == "none" else touched
        change = inc.update(chart.order, chart.parents, chart.collapsed, given_hint, staff=chart.staff)
        want = layout_tree(chart.order, chart.parents, chart.collapsed, params, staff=chart.staff)
        same_layout(inc.layout, want)
        # the lines it keeps for the next edit are these, in a dict of its own (the chart's changes)
        assert inc._parent == chart.parents and inc._parent is not chart.parents
        replay(cards, lines, hidden, change, inc.layout)
        assert cards == want.positions and lines == want.connectors and hidden == want.hidden_counts


def test_a_move_touches_only_what_moved_and_is_incremental():
    # departments of stacked leaves side by side: 40 and 39 (five columns each), then a third
    parents: dict[str, str | None] = {"r": None, "a": "r", "b": "r", "c": "r"}
    for dept, count in (("a", 40), ("b", 39), ("c", 40)):
        parents.update({f"{dept}{i}": dept for i in range(count)})
    chart = Chart(parents)
    inc = IncrementalLayout()
    inc.update(chart.order, chart.parents)
    before = dict(inc.layout.positions)
    chart.move("a0", "b")
    change = inc.update(chart.order, chart.parents)
    assert not change.full
    assert "a0" in change.positions
    assert set(change.positions) < set(parents)  # not every card is rewritten
    moved = {u for u, xy in inc.layout.positions.items() if before.get(u) != xy}
    assert moved == set(change.positions)  # exactly the cards whose place changed
    assert not any(u.startswith("c") for u in moved)  # widths unchanged: the third stays put
    assert inc.layout == layout_tree(chart.order, chart.parents)


def _scene_matches_its_layout(scene) -> None:
    """Every card and connector item sits where the layout says (items are only ever patched)."""
    layout = scene.layout
    assert set(scene.cards) == set(layout.positions)
    for uid, (x, y) in layout.positions.items():
        pos = scene.cards[uid].pos()
        assert (pos.x(), pos.y()) == (x, y)
    assert set(scene.connectors) == set(layout.connectors)
    for uid, segs in layout.connectors.items():
        item = scene.connectors[uid]
        path = item.path()
        ox, oy = item.pos().x(), item.pos().y()
        drawn = [(path.elementAt(i).x + ox, path.elementAt(i).y + oy) for i in range(path.elementCount())]
        wanted = [p for x1, y1, x2, y2 in segs for p in ((x1, y1), (x2, y2))]
        assert len(drawn) == len(wanted)
        assert all(abs(a - c) < 1e-6 and abs(b - d) < 1e-6 for (a, b), (c, d) in zip(drawn, wanted, strict=True))
    for uid, card in scene.cards.items():
        assert (card._fold is not None and card._fold.isVisible()) == (uid in layout.hidden_counts)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_the_chart_scene_follows_edits_like_a_fresh_chart(qapp, data):
    from strategies import command_for

    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model import Document
    from orgdesigner.model.commands import CommandError
    from orgdesigner.ui.chart.scene import ChartScene, staff_units
    from orgdesigner.ui.undo import DocumentController

    ctl = DocumentController(Document(synthetic_project(units=120, functions=6, assignments=40)))
    scene = ChartScene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    try:
        if data.draw(st.booleans()):
            scene.set_orientation("lr")
        for n in range(data.draw(st.integers(1, 12))):
            action = data.draw(st.sampled_from(["command", "command", "command", "undo", "redo", "fold"]))
            if action == "command":
                command = data.draw(command_for(ctl.doc, n))
                with contextlib.suppress(CommandError):
                    ctl.push(command)
            elif action == "undo":
                ctl.undo_stack.undo()
            elif action == "redo":
                ctl.undo_stack.redo()
            else:
                units = list(scene.scenario.units)
                if units:
                    uid = units[data.draw(st.integers(0, len(units) - 1))]
                    scene.set_collapsed(uid, uid not in scene.collapsed)
            scene.ensure_layout()
            _scene_matches_its_layout(scene)
        units = scene.scenario.units  # the shown scenario (a command may have switched the current one)
        fresh = layout_tree(list(units), {u: units[u].parent_id for u in units}, scene.collapsed, scene.params,
                            staff_units(scene.scenario))  # staff units on their manager's staff row, as the scene
        assert scene.layout == fresh
    finally:  # also when hypothesis stops an example half-way
        _drop(ctl, scene)


def _drop(ctl, scene) -> None:
    """Free the controller and scene now, not in a later garbage collection: a QUndoStack that
    still holds Python commands when the collector frees its controller crashes the process."""
    ctl.modelChanged.disconnect(scene.apply_event)
    ctl.undo_stack.clear()
    scene.clear()


def _shown_chart(qtbot, units: int):
    """A shown 900×600 chart view at zoom 0.6 of a synthetic region, following its controller's edits."""
    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model import Document
    from orgdesigner.ui.chart.view import ChartView
    from orgdesigner.ui.undo import DocumentController

    ctl = DocumentController(Document(synthetic_project(units=units, functions=4, assignments=20)))
    view = ChartView(ctl)
    qtbot.addWidget(view)
    view.resize(900, 600)
    scene = view.chart_scene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    view.show()
    view.set_zoom(0.6)
    return ctl, view, scene


def test_a_move_keeps_the_card_in_view_still_on_screen(qtbot):
    """A re-layout shifts cards; the view scrolls so the card the user looks at stays put."""
    from orgdesigner.model.commands import MoveUnit

    ctl, view, scene = _shown_chart(qtbot, units=600)
    qtbot.waitExposed(view)
    units = ctl.scenario.units
    # a card right of many others: moving a unit from its far left under it shifts it
    watched = max(scene.layout.positions, key=lambda u: scene.layout.positions[u][0] if units[u].parent_id else -1)
    mover = min((u for u in units if units[u].parent_id and not ctl.scenario.children(u)),
                key=lambda u: scene.layout.positions[u][0])
    view.centre_on_unit(watched, force=True)
    for selection in ([], [watched]):  # the card nearest the centre, then the selected card
        ctl.select_units(selection, centre=False)
        before_scene = scene.cards[watched].pos()
        before_screen = view.mapFromScene(before_scene)
        ctl.push(MoveUnit(ctl.scenario.id, mover, watched))
        scene.ensure_layout()
        after_scene = scene.cards[watched].pos()
        assert after_scene != before_scene  # the layout did move the card ...
        assert (view.mapFromScene(after_scene) - before_screen).manhattanLength() <= 1  # ... the view did not
        mover = min((u for u in units if units[u].parent_id and not ctl.scenario.children(u) and u != mover),
                    key=lambda u: scene.layout.positions[u][0])
    _drop(ctl, scene)


def test_the_card_nearest_a_point_is_the_nearest_card_in_view(qtbot):
    """The anchor's quick look (a card-sized box round the point first) finds the card a search
    of every card in view would: at card centres, between cards and in empty space."""
    from PySide6.QtCore import QPointF

    ctl, view, scene = _shown_chart(qtbot, units=300)
    positions, w, h = scene.layout.positions, scene.layout.card_w, scene.layout.card_h
    view.centre_on_unit(sorted(positions)[150], force=True)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [u for u in scene.units_in(shown) if u in positions]
    assert in_view
    for i in range(0, 40):
        point = QPointF(shown.left() + shown.width() * (i % 8) / 8 + 13.0 * i, shown.top() + shown.height() * (i // 8) / 5)
        got = view._card_nearest(point)

        def d(u: str, p: QPointF = point) -> float:
            return (positions[u][0] + w / 2 - p.x()) ** 2 + (positions[u][1] + h / 2 - p.y()) ** 2

        assert d(got) == min(d(u) for u in in_view), i
    _drop(ctl, scene)


def test_a_scene_no_events_reach_asks_the_model_again_when_folded(qapp):
    """The scene keeps the reporting lines between re-layouts, patched by the events; a fold in a
    scene that hears no events (a compared scenario's mini chart) lays out the model as it is."""
    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model import Document
    from orgdesigner.model.enums import UnitCategory
    from orgdesigner.ui.chart.scene import ChartScene, staff_units

    doc = Document(synthetic_project(units=80, functions=4, assignments=10))
    scenario = next(iter(doc.project.scenarios.values()))
    scene = ChartScene()
    scene.show_scenario(scenario)
    ids = list(scenario.units)
    doc.move_unit(scenario.id, ids[40], ids[3])  # unheard by the scene
    scenario.units[ids[50]].category = UnitCategory.SUPPORT
    folder = next(u for u in ids[10:] if scenario.children(u) and u != ids[3])
    scene.set_collapsed(folder, True)
    units = scenario.units
    fresh = layout_tree(list(units), {u: units[u].parent_id for u in units}, scene.collapsed, scene.params,
                        staff_units(scenario))
    assert scene.layout == fresh
    scene.clear()
