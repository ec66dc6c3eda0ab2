"""Presentation mode: F5 shows the chart alone with larger text, arrows walk the tree, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import EXAMPLE
from tests.ui.test_chart_room import _at_size, smallest_name_pixels
from tests.ui.window_fixtures import make_window


def test_f5_presents_the_chart_and_escape_restores_the_window(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    window.tabs.setCurrentIndex(1)
    docks_before = [d for d in (window.left_dock, window.properties_dock, window.findings_dock) if d.isVisible()]
    normal_px = smallest_name_pixels(window.chart_view)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    assert window.isFullScreen()
    assert window.tabs.currentWidget() is window.chart
    assert not any(d.isVisible() for d in docks_before)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    view = window.chart_view
    screen = window.screen().geometry()
    # the whole screen, even without a window manager (offscreen's 800×800 screen is narrower than
    # the window's minimum once the matrix tab was built: it keeps its height and top-left)
    assert window.geometry().topLeft() == screen.topLeft() and window.geometry().height() == screen.height()
    assert smallest_name_pixels(view) >= 10.0  # legible for the room …
    assert all_inside(view)  # … and everything inside the screen, nothing to scroll to
    assert normal_px >= 9.0
    assert view.hasFocus()

    ctl = window.controller
    root = next(u for u in ctl.scenario.units.values() if u.name == "Regionfullmäktige")
    ctl.select_units([root.id], centre=False)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    first = ctl.selection[0]
    assert ctl.scenario.units[first].parent_id == root.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert ctl.selection == [root.id]

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert not window.isFullScreen()
    assert all(d.isVisible() for d in docks_before)
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.tabs.currentIndex() == 1
    window.close()


def all_inside(view) -> bool:
    """Every card lies wholly inside the viewport."""
    port = view.viewport().rect()
    scene = view.chart_scene()
    return bool(scene.cards) and all(port.contains(view.mapFromScene(scene.card_rect(uid)).boundingRect())
                                     for uid in scene.cards)


def _inside(view, uid: str) -> bool:
    rect = view.chart_scene().card_rect(uid)
    return rect is not None and view.viewport().rect().contains(view.mapFromScene(rect).boundingRect())


def test_presenting_keeps_the_selection_on_screen_and_the_arrows_walk_the_tree(qtbot, dialogs, settings, recovery_dir):
    """Offscreen's screen is 800×800: the example folds to its top cards, Krokom's branch too, and
    the selection goes to the card that holds it; + unfolds, the arrows walk, each step in sight."""
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    ctl = window.controller
    units = ctl.scenario.units
    start = next(u for u in units.values() if u.name.startswith("Krokom"))
    ctl.select_units([start.id], centre=False)
    view = window.chart_view
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.active
    qtbot.wait(100)  # full screen and its resize have arrived
    assert all_inside(view) and smallest_name_pixels(view) >= 8.0  # five top cards side by side fill 800 px
    held = ctl.selection[0]
    assert _inside(view, held) and (held == start.id or held in ctl.scenario.ancestors(start.id))

    root = next(u.id for u in units.values() if u.name == "Regionfullmäktige")
    ctl.select_units([root], centre=False)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # the presenter unfolds the top
    assert root not in view.chart_scene().collapsed
    path = [root]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up):
        qtbot.keyClick(view, key)
        assert ctl.selection and ctl.selection[0] != path[-1], f"{key} did not move"
        path.append(ctl.selection[0])
        assert _inside(view, path[-1])  # each step in sight
    assert units[path[1]].parent_id == root and units[path[2]].parent_id == root  # down, then a sibling
    assert path[3] == path[1] and path[4] == root  # back, and up again
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active and not view.follow_selection
    window.close()


def test_a_presentation_has_a_title_a_legend_no_picker_and_badges_only_when_asked(qtbot, dialogs, settings, recovery_dir):
    """Issue 32: what a nämnd sees, and the window exactly as it was afterwards."""
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    panel = window.chart
    chooser = window.responsibility_views.chooser
    assert chooser.isVisible() and not panel.title.isVisible()
    scene = panel.scene
    qtbot.waitUntil(lambda: any(card.finding_count_text() for card in scene.cards.values()))
    folded = next(u for u in window.controller.scenario.units if window.controller.scenario.children(u))
    scene.set_collapsed(folded, True)  # a fold the planner made stays after the presentation
    before = set(scene.collapsed)
    geometry = window.geometry()
    view = window.chart_view
    view.set_zoom(1.3)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    where = (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    window.presentation.enter()
    qtbot.wait(100)
    assert panel.title.isVisible() and "Nuläge 2017" in panel.title.text()
    assert panel.legend.isVisible() and not chooser.isVisible()
    assert not any(card.finding_count_text() for card in scene.cards.values())  # no badges unless asked
    window.presentation.findings_action.setChecked(True)
    assert any(card.finding_count_text() for card in scene.cards.values())
    window.presentation.findings_action.setChecked(False)
    window.presentation.leave()
    qtbot.wait(100)
    assert not panel.title.isVisible() and chooser.isVisible()
    assert any(card.finding_count_text() for card in scene.cards.values())
    assert scene.collapsed == before and folded in before
    assert window.geometry() == geometry
    qtbot.waitUntil(lambda: (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == where)
    window.close()


def test_folding_the_lowest_branches_fits_the_whole_chart_legibly(qtbot, dialogs, settings, recovery_dir):
    from orgdesigner.ui.chart.legible_fit import collapse_to_fit, fits

    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    view = window.chart_view
    view.legible_px = 9.0
    view.chart_scene().set_collapsed_units(set())  # all unfolded (it opens folded to fit)
    assert not fits(view)  # the example is too big for legible names in this window
    assert collapse_to_fit(view)
    assert fits(view) and view.chart_scene().collapsed
    view.fit_all()
    assert smallest_name_pixels(view) >= 9.0
    scenario = window.controller.scenario
    cards = view.chart_scene().cards
    shown = [uid for uid in view.chart_scene().collapsed if uid in cards]
    assert shown
    for uid in shown:  # a folded branch: one card with its name and "+N units"
        card = cards[uid]
        units = len(scenario.subtree(uid)) - 1  # "+N units", or "+N" beside a ◆ form line
        assert card._fold is not None and card.hidden_count == units and card._fold.text() in (f"+{units} units", f"+{units}")
    window.close()
