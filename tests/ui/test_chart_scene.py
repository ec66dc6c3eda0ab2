"""The chart scene: built from the model, redrawn from events, hooks for overlays and export."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsRectItem

from benchmarks.synthetic import synthetic_project
from orgdesigner.model import Document, Unit
from orgdesigner.model.commands import AddUnit, Description, MoveUnit, RemoveUnits, SetUnitField
from orgdesigner.ui.chart.render import build_chart_scene, render_chart
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


def test_ten_thousand_card_scene_builds_and_paints(qtbot):
    """Guards the PySide6 6.12 none_dealloc abort: tens of thousands of void calls in one go."""
    project = synthetic_project(units=10_000, functions=5, assignments=100)
    ctl = DocumentController(Document(project))
    view = ChartView(ctl)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    scene = view.chart_scene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    assert len(scene.cards) == 10_000
    view.set_zoom(0.05)  # zoomed out by hand (a fit folds branches instead)
    assert view.is_overview()
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    view.viewport().render(image)
    view.set_zoom(1.0)
    view.centre_on_unit("u5000", force=True)
    view.viewport().render(image)
    ctl.push(SetUnitField("s0", ["u5000"], "name", "Renamed"))
    assert "Renamed" in scene.cards["u5000"].name_text()
    scene.ensure_labels()  # text on every card: tens of thousands more void calls
    assert len(scene.items()) > 20_000
    scene.show_scenario(ctl.scenario)  # rebuild again
    assert len(scene.cards) == 10_000


def make(qtbot):
    ctl = DocumentController(Document(small_project()))
    scene = ChartScene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    return ctl, scene


def test_scene_follows_events_incrementally(qtbot):
    ctl, scene = make(qtbot)
    card = scene.cards["hc1"]
    ctl.push(SetUnitField("now", ["hc1"], "name", "Brunflo HC"))
    assert scene.cards["hc1"] is card and card.name_text() == "Brunflo HC"
    ctl.push(AddUnit("now", Unit("x", "Ny", parent_id="best")))
    scene.ensure_layout()
    assert "x" in scene.cards and scene.cards["hc1"] is card  # existing cards are reused
    x_rect, best_rect = scene.card_rect("x"), scene.card_rect("best")
    assert x_rect.top() > best_rect.bottom()
    ctl.push(MoveUnit("now", "x", "pv"))
    scene.ensure_layout()
    assert scene.card_rect("x").top() > scene.card_rect("pv").bottom()
    ctl.push(RemoveUnits("now", ["pv"]))
    scene.ensure_layout()
    assert set(scene.cards) == {"rs", "best"}
    assert card.scene() is None


def test_a_macro_lays_out_once(qtbot):
    ctl, scene = make(qtbot)
    layouts = []
    scene.layout_changed.connect(lambda: layouts.append(1))
    from orgdesigner.model.commands import MacroCommand

    ctl.push(MacroCommand(Description.named("many"), [AddUnit("now", Unit(f"n{i}", "N", parent_id="best")) for i in range(20)]))
    qtbot.waitUntil(lambda: bool(layouts))
    assert len(layouts) == 1 and len(scene.cards) == 25


class Chips:
    """A minimal CardDecorator: one small rect on top of every card of chosen units."""

    def __init__(self, ids):
        self.ids = ids

    def decorate(self, scene):
        out = []
        for uid in self.ids:
            rect = scene.card_rect(uid)
            if rect is not None:
                out.append(QGraphicsRectItem(QRectF(rect.right() - 10, rect.top(), 10, 10)))
        return out


def test_overlay_hook_redraws_after_relayout(qtbot):
    ctl, scene = make(qtbot)
    chips = Chips(["hc1"])
    with qtbot.waitSignal(scene.decorations_changed):
        scene.set_overlay(chips)
    chip = [i for i in scene.items() if type(i) is QGraphicsRectItem]
    assert len(chip) == 1
    ctl.push(MoveUnit("now", "hc1", "best"))
    scene.ensure_layout()
    chip = [i for i in scene.items() if type(i) is QGraphicsRectItem]
    assert len(chip) == 1 and chip[0].rect().right() == scene.card_rect("hc1").right()
    scene.set_overlay(None)
    assert not [i for i in scene.items() if type(i) is QGraphicsRectItem]


def test_render_chart_for_export_and_subtree(qtbot):
    scenario = small_project().scenarios["now"]
    whole = build_chart_scene(scenario)
    part = build_chart_scene(scenario, subtree_root="pv")
    assert set(part.cards) == {"pv", "hc1", "hc2"} and len(whole.cards) == 5
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    source = render_chart(scenario, image)
    assert source.width() > 0
    painter = QPainter(image)
    render_chart(scenario, painter, subtree_root="pv", target_rect=QRectF(0, 0, 300, 150))
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 600, 7) for y in range(0, 300, 7)}
    assert len(colours) > 3  # cards in category colours were painted


def test_finding_badges(qtbot):
    ctl, scene = make(qtbot)
    scene.set_finding_counts({"hc1": (3, "#ff0000")})
    assert scene.cards["hc1"].finding_count_text() == "3"
    scene.set_finding_counts({})
    assert scene.cards["hc1"].finding_count_text() == ""


def test_cycle_in_a_file_still_shows_every_unit(qtbot):
    project = small_project()
    s = project.scenarios["now"]
    s.units["best"].parent_id = "hc1"
    s.units["rs"].parent_id = "best"  # rs -> best -> hc1 -> pv -> rs: a loop, no root
    s.structure_changed()
    scene = build_chart_scene(s)
    assert set(scene.cards) == set(s.units)
    assert scene.layout.extra_roots
