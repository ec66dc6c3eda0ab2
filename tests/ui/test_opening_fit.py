"""A chart that opens is folded once: the fit queued behind the opening takes the folds found
for it, unless the viewport, the chart or the selection changed in between (then it searches
again, as View → Whole chart does)."""

from __future__ import annotations

import pytest

from benchmarks.synthetic import synthetic_project
from orgdesigner.model.commands import MoveUnit
from orgdesigner.model.document import Document
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


def _fresh_search(panel: ChartPanel) -> frozenset[str]:
    """What View → Whole chart would fold now, searched from scratch."""
    scene = panel.scene
    return legible_fit.folds_for(panel.view, scene.scenario, keep=panel.controller.selection).collapsed


def test_an_opening_chart_is_folded_once_and_as_a_fresh_fit_would_fold_it(qtbot, searches):
    panel, ctl = _shown_panel(qtbot)
    searches.clear()
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    qtbot.wait(30)  # the queued fit
    assert len(searches) == 1
    scene = panel.scene
    assert scene.collapsed and 0 < len(scene.cards) < 300
    assert scene.collapsed == _fresh_search(panel)
    assert scene.auto_folded == scene.collapsed  # a later fit in more room may unfold them all
    panel.view.fit_all()  # View → Whole chart: searches again (the opening answered once)
    assert len(searches) == 3 and scene.collapsed == _fresh_search(panel)


def test_the_fit_searches_again_when_the_viewport_changed_before_it(qtbot, searches):
    panel, ctl = _shown_panel(qtbot)
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    searches.clear()
    panel.resize(500, 400)  # before the queued fit runs
    qtbot.wait(30)
    assert len(searches) == 1
    assert panel.scene.collapsed == _fresh_search(panel)


def test_the_fit_searches_again_after_an_edit_laid_the_chart_out_anew(qtbot, searches):
    panel, ctl = _shown_panel(qtbot)
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    scenario = ctl.scenario
    root = next(iter(scenario.roots()))
    leaf = next(u for u in reversed(scenario.units) if not scenario.children(u))
    searches.clear()
    assert ctl.push(MoveUnit(ctl.scenario_id, leaf, root))  # before the queued fit runs
    qtbot.wait(30)
    assert len(searches) == 1
    assert panel.scene.collapsed == _fresh_search(panel)


def test_the_fit_searches_again_when_the_selection_changed_before_it(qtbot, searches):
    panel, ctl = _shown_panel(qtbot)
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    scenario = ctl.scenario
    folded = next(u for u in scenario.units if u not in panel.scene.cards)
    searches.clear()
    ctl.select_units([folded], centre=False)  # a unit inside a folded branch: now shown
    qtbot.wait(30)
    assert len(searches) >= 1
    assert panel.scene.collapsed == _fresh_search(panel)  # the fit kept it shown where it fits


def test_a_resize_before_the_file_opened_is_not_fitted_again_after_its_fit(qtbot, searches):
    """The window restores its docks (the chart's viewport shrinks) before a large file opens:
    the opening's fit is for the size the viewport has then, and the refit that resize queued
    has nothing left to do."""
    panel, ctl = _shown_panel(qtbot)
    panel.view.fit_all()  # the empty window's chart, fitted
    panel.resize(700, 600)  # the docks take their places: a refit is queued
    ctl.set_document(Document(synthetic_project(units=3000, functions=2, assignments=0)), None)
    searches.clear()
    qtbot.wait(400)  # the queued fit and well past the refit's pause
    assert searches == []  # the opening's own folds, found at the size the viewport has
    assert panel.scene.collapsed == _fresh_search(panel)
    panel.resize(900, 650)  # a resize after the fit still refits
    qtbot.waitUntil(lambda: len(searches) == 1, timeout=2000)
