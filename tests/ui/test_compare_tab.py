"""The comparison tab: models pass the model tester, differences and findings shown, live update."""

from __future__ import annotations

import pytest

from orgdesigner.analysis.compare import compare
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role, Unit, UnitForm
from orgdesigner.model.commands import AddScenario, AddUnit, SetRoles, SetUnitField
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.ui.compare.charts import shown_ancestor
from orgdesigner.ui.compare.models import DifferencesModel, MetricsModel
from orgdesigner.ui.compare.tab import CompareTab
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.fixture
def controller(qtbot):
    project = small_project()
    copy = copied_scenario(project.scenarios["now"], "copy", "Kopia")
    project.scenarios["copy"] = copy
    return DocumentController(Document(project))


def test_models_pass_the_model_tester(controller, qtmodeltester):
    project = controller.project
    copy = project.scenarios["copy"]
    copy.units["hc1"].form = UnitForm.RESULT
    copy.assignments[AssignmentKey("best", "vv", Responsibility.DELIVERY)] = Role.ACCOUNTABLE
    comparison = compare(project, ["now", "copy"])
    diffs = DifferencesModel()
    diffs.set_comparison(comparison, "en")
    metrics = MetricsModel()
    metrics.set_comparison(comparison)
    qtmodeltester.check(diffs)
    qtmodeltester.check(metrics)
    assert diffs.rowCount() == 2 and metrics.columnCount() == 2


def test_identical_copy_shows_no_difference(controller, qtbot):
    tab = CompareTab(controller, "en")
    qtbot.addWidget(tab)
    tab.set_scenarios(["now", "copy"])
    assert tab.comparison is not None and tab.comparison.diffs[0].is_empty
    assert tab.diff_model.rowCount() == 0
    assert tab.summary.text() == "No differences."
    assert tab.charts[1].status == {} and tab.charts[2].isHidden()


def test_edits_show_up_coloured_and_as_clearer_or_worse(controller, qtbot):
    tab = CompareTab(controller, "en")
    qtbot.addWidget(tab)
    tab.show()
    tab.set_scenarios(["now", "copy"])
    controller.push(AddUnit("copy", Unit("hc3", "Ny hälsocentral", parent_id="pv")))
    controller.push(SetUnitField("copy", ["hc2"], "form", UnitForm.RESULT))
    controller.push(SetRoles("copy", [(AssignmentKey("pv", "vv", Responsibility.ORDERING), Role.ACCOUNTABLE)]))
    qtbot.waitUntil(lambda: tab.comparison is not None and not tab.comparison.diffs[0].is_empty and len(tab.diff_model.rows) == 3, timeout=3000)
    assert tab.charts[1].status == {"hc3": "added", "hc2": "changed"}
    mini = tab.charts[1]  # the added unit has its card, or the folded card it is in says so
    holder = "hc3" if "hc3" in mini.scene.cards else shown_ancestor(mini.scene, "hc3")
    assert holder is not None and mini.scene.card_rect(holder) is not None
    assert "(added)" in mini.describe_unit(holder) or "among them" in mini.describe_unit(holder)
    worse = tab.changes.topLevelItem(1)
    assert "worse" in worse.text(0) and worse.childCount() == len(tab.comparison.diffs[0].introduced) > 0
    keys = {worse.child(i).data(0, 256) for i in range(worse.childCount())}  # Qt.UserRole
    assert any(k.startswith("R02-double-accountable") for k in keys)
    # undoing everything brings the comparison back to "no differences"
    for _ in range(3):
        controller.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.comparison is not None and tab.comparison.diffs[0].is_empty, timeout=3000)


def test_third_and_fourth_scenarios_are_optional(controller, qtbot):
    controller.push(AddScenario(copied_scenario(controller.project.scenarios["now"], "third", "Tredje")))
    tab = CompareTab(controller, "en")
    qtbot.addWidget(tab)
    tab.set_scenarios(["now", "copy", "third"])
    assert [sid for sid, _ in tab.comparison.scenarios] == ["now", "copy", "third"]
    assert tab.metrics_model.columnCount() == 3 and not tab.charts[2].isHidden()
    assert tab.findings_bars.counts and len(tab.findings_bars.counts) == 3
    with pytest.raises(ValueError):
        tab.set_scenarios(["now"])


def test_the_window_has_the_tab_and_the_scenario_menu(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Compare scenarios" in titles
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Scenario" in menus and menus.index("&Scenario") < menus.index("&Help")


def test_enlarged_chart_names_its_cards_and_every_chart_has_tooltips(controller, qtbot):
    """Issue 32: "Förstora…" showed nameless boxes even zoomed in, and no tooltip named a card."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    controller.push(SetUnitField("copy", ["hc1"], "name", "Hälsocentral ett"))
    tab = CompareTab(controller, "en")
    qtbot.addWidget(tab)
    tab.set_scenarios(["now", "copy"])
    mini = tab.charts[1]
    assert mini.describe_unit("hc1") == "Hälsocentral ett (changed)"
    large = mini.open_large()
    qtbot.addWidget(large)
    qtbot.waitExposed(large)
    view = large.view
    scene = view.scene()  # its own scene: its own folds
    scene.reveal("hc1")
    view.resetTransform()  # zoomed in to the chart's own size: names readable
    view.centerOn(scene.cards["hc1"].sceneBoundingRect().center())
    view.viewport().grab()  # a paint
    assert scene.cards["hc1"].has_labels
    # hovering a card names it
    centre = view.mapFromScene(scene.cards["hc1"].sceneBoundingRect().center())
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == "Hälsocentral ett (changed)"
    QToolTip.hideText()


def test_the_charts_get_half_of_the_height_when_the_tab_first_shows(controller, qtbot):
    tab = CompareTab(controller, "en")
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_scenarios(["now", "copy"])
    tab.show()
    qtbot.waitExposed(tab)
    charts, details = tab.splitter.sizes()
    assert abs(charts - details) <= 2  # not the fifth the size hints gave them
    tab.splitter.setSizes([240, charts + details - 240])  # the planner's own split stays
    tab.hide()
    tab.show()
    assert tab.splitter.sizes()[0] == 240
