"""A comparison mini chart opens large on a double-click or its button, and zooms and pans there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from orgdesigner.io.project.project_file import load_project
from orgdesigner.ui.compare.charts import MiniChart
from tests.conftest import EXAMPLE


def test_double_click_opens_the_chart_large_with_zoom_and_pan(qtbot):
    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    mini = MiniChart()
    qtbot.addWidget(mini)
    mini.resize(420, 200)
    mini.show()
    mini.show_scenario(scenario, {}, "Nuläge 2017")
    qtbot.mouseDClick(mini.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    large = mini.large
    assert large is not None and large.isVisible() and large.view.scene().scenario is mini.scene.scenario
    assert large.windowTitle() == "Nuläge 2017"
    qtbot.waitUntil(lambda: large.view.zoom() != 1.0)  # fitted once shown
    assert large.view.zoom() > mini.view.transform().m11()  # bigger than the mini chart
    fitted = large.view.zoom()
    large.view.setFocus()
    qtbot.keyClick(large.view, Qt.Key.Key_Plus)
    qtbot.keyClick(large.view, Qt.Key.Key_Plus)
    assert large.view.zoom() > fitted * 1.5
    bar = large.view.horizontalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    viewport = large.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseMove(viewport, QPoint(400, 300))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert bar.value() != before  # dragged: panned
    qtbot.keyClick(large.view, Qt.Key.Key_0)
    assert abs(large.view.zoom() - fitted) < 1e-6
    large.close()
    assert mini.enlarge_button.text() and mini.enlarge_button.isVisible()
