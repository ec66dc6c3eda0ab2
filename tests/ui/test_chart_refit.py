"""A fitted chart stays fitted when the window changes size; a chart the planner zoomed or panned
keeps the planner's view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window


def _resize(qtbot, window, width: int, height: int) -> None:
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=3000)
    qtbot.wait(50)  # what the open queued (its own fit) runs first


def _chart_in_view(view) -> bool:
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.contains(view.chart_scene().chart_rect())


def _fills_view(view) -> bool:
    """Whole in view and as large as the view allows (or at its largest size): a fit."""
    if not _chart_in_view(view):
        return False
    chart = view.mapFromScene(view.chart_scene().chart_rect()).boundingRect()
    port = view.viewport().rect()
    largest = max(1.0, view.legible_zoom())
    return chart.width() >= 0.8 * port.width() or chart.height() >= 0.8 * port.height() or view.zoom() >= largest * 0.99


def test_a_fitted_chart_fits_again_after_the_window_grows_and_shrinks(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    view = window.chart_view
    _resize(qtbot, window, 1300, 760)
    view.fit_all()
    assert view.fitted and _fills_view(view)
    for size in ((1800, 1100), (1300, 760)):
        before = (view.zoom(), view.viewport().size(), set(view.chart_scene().collapsed))
        _resize(qtbot, window, *size)
        # refitted: a new zoom, or more (fewer) branches unfolded at a legible size
        qtbot.waitUntil(lambda before=before: (view.zoom(), view.viewport().size(), set(view.chart_scene().collapsed)) != before
                        and _fills_view(view), timeout=3000)
        assert view.fitted and view.name_pixels() >= view.legible_px * 0.99
    window.close()


def test_the_planners_zoom_survives_a_resize(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    view = window.chart_view
    _resize(qtbot, window, 1300, 760)
    view.fit_all()
    view.zoom_in()
    assert not view.fitted
    zoom = view.zoom()
    _resize(qtbot, window, 1800, 1100)
    qtbot.wait(400)  # longer than the refit's pause
    assert view.zoom() == zoom
    window.close()


def test_panning_ends_the_fit(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    view = window.chart_view
    _resize(qtbot, window, 1300, 760)
    view.fit_all()
    view.zoom_in()
    view.fit_all()  # fitted again, then the planner scrolls by hand
    assert view.fitted
    view.horizontalScrollBar().triggerAction(view.horizontalScrollBar().SliderAction.SliderSingleStepAdd)
    assert not view.fitted
    window.close()
