"""Room for the chart: first start maximised, a default layout that leaves the chart most of the
window, View → Reset layout, and a fit that keeps every card name readable on the example."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window

SIZE = (1600, 1000)


def _at_size(qtbot, window, size=SIZE):
    window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen "maximised" is the 800×800 screen
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1], timeout=3000)
    for _ in range(5):
        qtbot.wait(10)


def chart_share(window) -> float:
    viewport = window.chart_view.viewport()
    return viewport.width() * viewport.height() / (window.width() * window.height())


def test_first_start_is_maximised_and_a_restart_restores_the_size(qtbot, dialogs, settings, recovery_dir):
    first = make_window(qtbot, dialogs, settings)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    height = max(760, first.minimumSizeHint().height() + 20)  # above the minimum: not clamped
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(1010, height)
    qtbot.wait(50)
    had = (first.width(), first.height())
    first.close()
    second = make_window(qtbot, dialogs, settings)
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    assert (second.width(), second.height()) == had != (800, 800)
    second.close()


def test_default_layout_gives_the_chart_at_least_60_percent(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    assert chart_share(window) >= 0.60
    for dock in (window.left_dock, window.properties_dock, window.findings_dock):
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    window.close()


def test_reset_layout_undoes_a_crowded_layout(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.findings_dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.left_dock)
    window.history_dock.show()
    window.resizeDocks([window.findings_dock], [400], Qt.Orientation.Vertical)
    qtbot.wait(20)
    assert chart_share(window) < 0.60
    reset = next(a for a in window.menus.view.actions() if a.text().replace("&", "") == "Reset layout")
    reset.trigger()
    qtbot.wait(20)
    assert chart_share(window) >= 0.60
    assert not window.history_dock.isVisible()
    window.close()


def smallest_name_pixels(view) -> float:
    """The smallest card-name em height on screen, in device pixels, over every card."""
    scene = view.chart_scene()
    scene.ensure_labels()
    ratio = view.devicePixelRatioF()
    smallest = float("inf")
    for card in scene.cards.values():
        item = card._name
        assert item is not None and item.text()
        scale = view.transform().m22() * item.sceneTransform().m22()
        pixels = item.font().pointSizeF() * view.logicalDpiY() / 72.0 * scale * ratio
        smallest = min(smallest, pixels)
    return smallest


def test_fit_on_the_example_keeps_every_name_at_least_9_px(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    view = window.chart_view
    view.chart_scene().set_collapsed_units(set())  # every branch unfolded (it opens folded to fit)
    view.fit()
    assert len(view.chart_scene().cards) == 34
    assert smallest_name_pixels(view) >= 9.0
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    root = view._main_root_rect()
    assert root is not None and visible.contains(root)  # the top of the main tree is in view
    view.fit_all()  # the whole chart is one action away: less detail, names as legible
    assert view.mapToScene(view.viewport().rect()).boundingRect().contains(view.chart_scene().chart_rect())
    assert smallest_name_pixels(view) >= 9.0 and len(view.chart_scene().cards) < 34
    window.close()


def test_the_legend_is_never_cut_off(qtbot, dialogs, settings, recovery_dir):
    """At 1600×1000 with the docks, and in a narrow window, every legend entry is wholly visible
    (entries that do not fit beside the categories wrap to a second line)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    legend = window.chart.legend
    for size in ((1600, 1000), (1000, 800)):
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*size)
        qtbot.wait(50)
        shown = QRect(QPoint(0, 0), legend.size())
        labels = [label for label in legend.findChildren(QLabel) if label.isVisibleTo(legend)]
        assert len(labels) >= 9  # six categories, the form, the dotted-line kinds
        for label in labels:
            place = QRect(label.mapTo(legend, QPoint(0, 0)), label.sizeHint())
            assert shown.contains(place), f"{label.text()!r} is cut off at {size}"
    window.close()
