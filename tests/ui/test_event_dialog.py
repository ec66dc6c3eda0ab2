"""Adding an event to the time line: one undo step; an event lacking what its kind needs is refused."""

from __future__ import annotations

from datetime import date

import pytest

from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document
from orgdesigner.model.trade_history import EventKind
from orgdesigner.ui.trade.event_dialog import EventDialog
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE


@pytest.fixture
def dialog(qtbot):
    ctl = DocumentController(Document(load_project(EXAMPLE)))
    ctl.set_current_scenario("nulage-2017")
    dialog = EventDialog(ctl)
    qtbot.addWidget(dialog)
    return dialog


def _choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_feedback_at_two_hälsocentraler_is_added_as_one_undo_step(dialog):
    ctl = dialog.controller
    _choose(dialog.kind, EventKind.FEEDBACK.value)
    _choose(dialog.supplier, "rtg-ost")
    dialog.on.setText("2016-01-01")
    wanted = {"hc-sveg", "hc-bracke"}
    for i in range(dialog.buyers.count()):
        item = dialog.buyers.item(i)
        item.setSelected(item.data(0x0100) in wanted)
    assert dialog.apply()
    event = ctl.project.trade_history.events[-1]
    assert (event.kind, event.on, event.supplier, set(event.buyers)) == (EventKind.FEEDBACK, date(2016, 1, 1), "rtg-ost", wanted)
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert len(ctl.project.trade_history.events) == 4


def test_a_pricing_change_takes_its_date_from_its_decision(dialog):
    _choose(dialog.kind, EventKind.PRICING.value)
    _choose(dialog.decision, "LS/118/2012")
    _choose(dialog.pricing_from, "free")
    _choose(dialog.pricing_to, "per_item")
    assert dialog.apply()
    event = dialog.controller.project.trade_history.events[-1]
    assert event.on is None and event.decision == "LS/118/2012" and event.buyers == ()


def test_pna_without_buyers_or_a_date_is_refused_with_a_reason(dialog):
    _choose(dialog.kind, EventKind.PNA.value)
    assert not dialog.apply()
    dialog.on.setText("2016-13-01")
    dialog.buyers.item(0).setSelected(True)
    assert not dialog.apply() and "2015-01-01" in dialog.problem.text()
    dialog.on.setText("2016-01-01")
    dialog.buyers.item(0).setSelected(False)
    assert not dialog.apply()
    assert dialog.problem.text()
    assert len(dialog.controller.project.trade_history.events) == 4
