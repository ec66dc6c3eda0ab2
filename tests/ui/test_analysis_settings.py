"""Scenario → Analysis settings…: naming where top management ends, undoably."""

from __future__ import annotations

from orgdesigner.ui.analysis_settings import AnalysisSettingsDialog


def test_the_dialog_shows_the_derived_level_and_sets_the_named_one(window, qtbot):
    ctl = window.controller
    dialog = AnalysisSettingsDialog(ctl, window)
    qtbot.addWidget(dialog)
    assert dialog.level.currentData() is None
    assert "Regionstyrelsen" in dialog.level.itemText(0)  # the small region's derived level
    dialog.level.setCurrentIndex(dialog.level.findData("rs"))
    dialog.accept()
    assert ctl.project.settings.top_management == "rs"
    assert ctl.undo_stack.count() == 1
    again = AnalysisSettingsDialog(ctl, window)
    qtbot.addWidget(again)
    assert again.level.currentData() == "rs"
    ctl.undo_stack.undo()
    assert ctl.project.settings.top_management is None


def test_the_scenario_menu_offers_it(window):
    titles = [a.text() for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())) for a in m.actions()]
    assert any("Analysinställningar" in t or "Analysis settings" in t for t in titles)
