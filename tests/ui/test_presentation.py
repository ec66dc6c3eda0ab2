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
    assert smallest_name_pixels(view) >= 16.0 > normal_px  # larger text for the room
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


def _offset_from_centre(view, uid: str) -> float:
    """How far (in viewport pixels) the unit's card centre is from the middle of the view."""
    rect = view.chart_scene().card_rect(uid)
    centre = view.mapFromScene(rect.center())
    middle = view.viewport().rect().center()
    return max(abs(centre.x() - middle.x()), abs(centre.y() - middle.y()))


def test_presenting_centres_on_the_selected_unit_and_the_view_follows_the_arrows(qtbot, dialogs, settings, recovery_dir):
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
    scroll = view.horizontalScrollBar().maximum() + view.verticalScrollBar().maximum()
    assert scroll > 0  # the chart is larger than the screen at presentation size: centring matters
    assert _offset_from_centre(view, start.id) <= 2
    assert ctl.selection == [start.id]  # kept

    path = [start.id]
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down):
        qtbot.keyClick(view, key)
        assert ctl.selection and ctl.selection[0] != path[-1], f"{key} did not move"
        path.append(ctl.selection[0])
        assert _offset_from_centre(view, path[-1]) <= 2 or _at_scroll_edge(view)
    assert units[path[1]].id == start.parent_id and units[path[2]].id == units[path[1]].parent_id
    assert units[path[3]].parent_id == units[path[2]].parent_id  # a sibling to the right
    assert path[4] == path[2]  # and back
    assert units[path[5]].parent_id == path[4]  # then down to its first child
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active and not view.follow_selection
    window.close()


def _at_scroll_edge(view) -> bool:
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    return any(b.value() in (b.minimum(), b.maximum()) for b in bars)


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
    geometry = window.geometry()
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
    assert scene.collapsed == {folded}
    assert window.geometry() == geometry
    window.close()


def test_folding_the_lowest_branches_fits_the_whole_chart_legibly(qtbot, dialogs, settings, recovery_dir):
    from orgdesigner.ui.chart.legible_fit import collapse_to_fit, fits

    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    _at_size(qtbot, window)
    view = window.chart_view
    view.legible_px = 9.0
    assert not fits(view)  # the example is too big for legible names in this window
    assert collapse_to_fit(view)
    assert fits(view) and view.chart_scene().collapsed
    view.fit_all()
    assert smallest_name_pixels(view) >= 9.0
    scenario = window.controller.scenario
    cards = view.chart_scene().cards
    shown = [uid for uid in view.chart_scene().collapsed if uid in cards]
    assert shown
    for uid in shown:  # a folded branch: one card with its name and "+N"
        card = cards[uid]
        assert card._fold is not None and card._fold.text() == f"+{len(scenario.subtree(uid)) - 1}"
    window.close()
