"""The responsibility overlay: chips per held responsibility, dashed order→delivery links, badges."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role
from orgdesigner.model.commands import SetRoles
from orgdesigner.ui.chart.overlay import OverlayChooser, ResponsibilityOverlay
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.fixture
def setup(qtbot):
    controller = DocumentController(Document(small_project()))
    scene = ChartScene()
    scene.show_scenario(controller.scenario)
    overlay = ResponsibilityOverlay(controller, "sv")
    overlay.attach(scene)
    return controller, scene, overlay


def _chips(scene, overlay):
    return sorted(item.data(0) for item in scene._decoration_items if isinstance(item, QGraphicsRectItem) and item.data(0))


def test_no_function_draws_nothing(setup):
    _, scene, overlay = setup
    assert overlay.decorate(scene) == []


def test_chips_and_links_for_a_function(setup):
    controller, scene, overlay = setup
    overlay.set_function("vv")
    assert _chips(scene, overlay) == [
        ("best", "ordering", "accountable"),
        ("hc1", "delivery", "performs"),
        ("pv", "delivery", "accountable"),
    ]
    links = [i for i in scene._decoration_items if isinstance(i, QGraphicsPathItem)]
    assert len(links) == 1  # beställarenheten → primärvården and → Brunflo: one bundle along the tree
    assert sorted(overlay.links(overlay.holdings())) == [("best", "hc1"), ("best", "pv")]
    texts = sorted(c.childItems()[0].text() for c in scene._decoration_items if isinstance(c, QGraphicsRectItem) and c.data(0))
    assert texts == ["B·A", "L·A", "L·U"]  # Swedish role letters on U/B/L chips
    # chips sit on their unit's card
    chip = next(c for c in scene._decoration_items if isinstance(c, QGraphicsRectItem) and c.data(0) and c.data(0)[0] == "best")
    assert scene.card_rect("best").intersects(chip.sceneBoundingRect())


def test_overlay_follows_edits_and_undo(setup):
    controller, scene, overlay = setup
    overlay.set_function("vv")
    controller.push(SetRoles(controller.scenario_id, [(AssignmentKey("hc2", "vv", Responsibility.DELIVERY), Role.PERFORMS)]))
    assert ("hc2", "delivery", "performs") in _chips(scene, overlay)
    assert len(overlay.links(overlay.holdings())) == 3
    controller.undo_stack.undo()
    assert ("hc2", "delivery", "performs") not in _chips(scene, overlay)


def test_badges_for_findings_about_the_function(setup):
    controller, scene, overlay = setup
    overlay.set_function("vv")
    about_vv = Finding("R02-double-accountable", Severity.ERROR, "x", "x", Subjects(("best", "pv"), ("vv",)))
    about_lab = Finding("R01-no-accountable", Severity.ERROR, "y", "y", Subjects(("hc2",), ("lab",)))
    acknowledged = Finding("R9", Severity.ERROR, "z", "z", Subjects(("hc1",), ("vv",)), acknowledged="ok")
    overlay.set_findings([about_vv, about_lab, acknowledged])
    assert overlay.flagged_units() == {"best", "pv"}
    badges = [i for i in scene._decoration_items if i.childItems() and getattr(i.childItems()[0], "text", lambda: "")() == "!"]
    assert len(badges) == 2


def test_chooser_lists_functions_and_follows_the_catalogue(qtbot, setup):
    from orgdesigner.model.commands import RemoveFunction

    controller, scene, overlay = setup
    chooser = OverlayChooser(overlay)
    qtbot.addWidget(chooser)
    assert chooser.combo.count() == 1 + len(controller.project.functions)
    chooser.choose("vv")
    assert overlay.function_id == "vv" and scene._decoration_items
    controller.push(RemoveFunction("vv"))
    assert overlay.function_id is None and not scene._decoration_items
    assert chooser.combo.count() == len(controller.project.functions) + 1
