"""A chart that opens is folded with one search: the fit queued behind the opening (and a refit
for docks that took their places meanwhile) asks the same question and gets the remembered
answer. Anything the folds depend on changed (the viewport, the chart, the staff units, the
selection) and the answer is searched again, as a search from scratch would find it."""

from __future__ import annotations

import time

import pytest

from benchmarks.synthetic import synthetic_project
from orgdesigner.layout.fold import Folds
from orgdesigner.model.commands import MoveUnit, SetUnitField
from orgdesigner.model.document import Document
from orgdesigner.model.enums import UnitCategory
from orgdesigner.ui.chart import legible_fit
from orgdesigner.ui.chart.panel import ChartPanel
from orgdesigner.ui.undo import DocumentController


@pytest.fixture
def searches(monkeypatch):
    """The fold searches made (each call of layout.fold.folds_to_fit from the chart)."""
    made: list[int] = []
    real = legible_fit.folds_to_fit

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(legible_fit, "folds_to_fit", counted)
    return made


def _shown_panel(qtbot) -> tuple[ChartPanel, DocumentController]:
    ctl = DocumentController()
    panel = ChartPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(30)  # the empty project's own fit
    return panel, ctl


def _opened(qtbot, searches) -> tuple[ChartPanel, DocumentController]:
    panel, ctl = _shown_panel(qtbot)
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    qtbot.wait(30)  # the queued fit
    searches.clear()
    return panel, ctl


def _from_scratch(panel: ChartPanel) -> Folds:
    """What a search with nothing remembered finds for the chart as it is now."""
    legible_fit._LAST.pop(panel.view, None)
    scene = panel.scene
    return legible_fit.folds_for(panel.view, scene.scenario, keep=panel.controller.selection, folded=scene.hand_folded())


def test_an_opening_chart_is_folded_with_one_search_as_a_search_from_scratch_folds_it(qtbot, searches):
    panel, ctl = _shown_panel(qtbot)
    searches.clear()
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    qtbot.wait(30)  # the queued fit
    assert len(searches) == 1
    scene = panel.scene
    assert scene.collapsed and 0 < len(scene.cards) < 300
    assert scene.auto_folded == scene.collapsed  # a later fit in more room may unfold them all
    panel.view.fit_all()  # View → Whole chart, nothing changed: the same answer
    assert len(searches) == 1
    assert scene.collapsed == _from_scratch(panel).collapsed


def test_a_resized_viewport_is_searched_again(qtbot, searches):
    panel, _ctl = _opened(qtbot, searches)
    panel.resize(500, 400)
    qtbot.waitUntil(lambda: len(searches) == 1, timeout=2000)  # the refit after the resize
    assert panel.scene.collapsed == _from_scratch(panel).collapsed


def test_an_edit_to_the_tree_is_searched_again(qtbot, searches):
    panel, ctl = _opened(qtbot, searches)
    scenario = ctl.scenario
    root = next(iter(scenario.roots()))
    leaf = next(u for u in reversed(scenario.units) if not scenario.children(u))
    assert ctl.push(MoveUnit(ctl.scenario_id, leaf, root))
    panel.view.fit_all()
    assert len(searches) == 1
    assert panel.scene.collapsed == _from_scratch(panel).collapsed


def test_a_unit_becoming_staff_is_searched_again(qtbot, searches):
    """Staff units sit on their manager's staff row: the layout, and so the folds, differ."""
    panel, ctl = _opened(qtbot, searches)
    scenario = ctl.scenario
    unit = next(u for u in scenario.units.values() if u.parent_id and u.category is not UnitCategory.SUPPORT)
    assert ctl.push(SetUnitField(ctl.scenario_id, [unit.id], "category", UnitCategory.SUPPORT))
    panel.view.fit_all()
    assert len(searches) == 1


def test_a_selected_unit_is_kept_shown_by_a_new_search(qtbot, searches):
    panel, ctl = _opened(qtbot, searches)
    folded = next(u for u in ctl.scenario.units if u not in panel.scene.cards)
    ctl.select_units([folded], centre=False)  # a unit inside a folded branch: now shown
    panel.view.fit_all()
    assert len(searches) >= 1
    assert panel.scene.collapsed == _from_scratch(panel).collapsed


def test_a_resize_before_the_file_opened_costs_no_second_search(qtbot, searches):
    """The window restores its docks (the chart's viewport shrinks) before a large file opens:
    the refit that resize queued and the opening's fit ask what the opening asked."""
    panel, ctl = _shown_panel(qtbot)
    panel.view.fit_all()  # the empty window's chart, fitted
    panel.resize(700, 600)  # the docks take their places: a refit is queued
    time.sleep(0.3)  # … and falls due while the file is read
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    searches.clear()
    qtbot.wait(300)  # the refit and the queued fit
    assert searches == []
    assert panel.scene.collapsed == _from_scratch(panel).collapsed
