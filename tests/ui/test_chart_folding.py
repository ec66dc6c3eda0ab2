"""Seeing the whole organisation with names (issue 32, items 1 and 2): the chart opens fitted,
whole and legible, by folding the deepest branches; +/− handles and keys fold and unfold; folds
stay per scenario while the window is open; every card names its unit in a tooltip; a large
chart makes cards only for what it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from benchmarks.synthetic import synthetic_project
from orgdesigner.model.document import Document
from orgdesigner.ui.chart.card import FOLDED, OPEN
from orgdesigner.ui.chart.panel import ChartPanel
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE
from tests.ui.test_chart_room import SIZE, _at_size, smallest_name_pixels


def open_at_size(qtbot, dialogs, settings, size=SIZE):
    """The example opened in a window already at `size` (as a planner opens it)."""
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang="en")
    qtbot.addWidget(window)
    window.show()
    _at_size(qtbot, window, size)
    assert window.files.open_path(EXAMPLE, ask=False)
    for _ in range(5):
        qtbot.wait(10)  # the queued fit
    return window


def in_view(view) -> bool:
    """Every card's scene rectangle lies inside what the viewport shows."""
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return all(shown.contains(card.sceneBoundingRect()) for card in view.chart_scene().cards.values())


def ink_rows(view, card) -> int:
    """The height in device pixels of the ink of a card name's first line, as painted."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    name = card._name
    box = view.mapFromScene(name.sceneBoundingRect()).boundingRect()
    line = name.boundingRect().height() / max(name.text().count("\n") + 1, 1)
    bottom = view.mapFromScene(name.mapToScene(0, line)).y()
    ink = QColor(0x11, 0x11, 0x11)  # the card text's colour (light scheme)
    rows = []
    for y in range(int(box.top() * ratio), int(bottom * ratio)):
        for x in range(int(box.left() * ratio), int(box.right() * ratio)):
            if 0 <= x < image.width() and 0 <= y < image.height():
                c = image.pixelColor(x, y)
                if max(abs(c.red() - ink.red()), abs(c.green() - ink.green()), abs(c.blue() - ink.blue())) < 90:
                    rows.append(y)
                    break
    return (max(rows) - min(rows) + 1) if rows else 0


def test_the_example_opens_fitted_whole_with_legible_names(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    view, scene = window.chart_view, window.chart.scene
    assert in_view(view)  # not cut at either edge
    assert smallest_name_pixels(view) >= 9.0  # measured on the font as transformed on screen
    folded = [scene.cards[u] for u in scene.collapsed]
    assert folded and len(scene.cards) < 34  # less detail, not smaller text
    for card in folded:  # one card with its name and the count of units in it
        units = len(window.controller.scenario.subtree(card.unit_id)) - 1
        assert card.name_text() and card.hidden_count == units and card.handle_text() == "+"
        assert card._fold.text() in (f"+{units} units", f"+{units}")  # the short one beside a ◆ form line
    # as painted: the ink of a name's first line (capitals to descenders) is about 0.8 em of 9+ px
    assert min(ink_rows(view, card) for card in scene.cards.values()) >= 7
    window.close()


def test_whole_chart_folds_the_deepest_branches_instead_of_shrinking_names(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    view, scene = window.chart_view, window.chart.scene
    scene.set_collapsed_units(set())  # everything unfolded by hand …
    view.reset_zoom()
    assert len(scene.cards) == 34
    whole = next(a for a in window.menus.view.actions() if a.text().replace("&", "") == "Whole chart")
    whole.trigger()  # … then View → Whole chart (Ctrl+Shift+W)
    assert in_view(view) and smallest_name_pixels(view) >= 9.0
    assert scene.collapsed and len(scene.cards) < 34
    window.close()


def handle_point(view, card) -> QPoint:
    return view.mapFromScene(card._handle.sceneBoundingRect().center())


def test_the_handle_and_the_keys_fold_and_unfold_a_branch(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    view, scene, ctl = window.chart_view, window.chart.scene, window.controller
    scene.set_collapsed_units(set())
    view.fit()
    parent = next(u for u in ctl.scenario.units if len(ctl.scenario.children(u)) >= 2 and u in scene.cards)
    kids = ctl.scenario.children(parent)
    card = scene.cards[parent]
    view.centre_on_unit(parent, force=True)
    assert card.branch == OPEN and card.handle_text() == "−"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=handle_point(view, card))
    assert parent in scene.collapsed and not any(k in scene.cards for k in kids)
    assert card.branch == FOLDED and card.handle_text() == "+" and card._fold.isVisible()
    assert ctl.undo_stack.count() == 0 or not ctl.undo_stack.canUndo()  # view state, not an edit
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=handle_point(view, card))
    assert parent not in scene.collapsed and all(k in scene.cards for k in kids)
    # the keys: − folds the selected unit's branch, + unfolds it
    ctl.select_units([parent], centre=False)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert parent in scene.collapsed
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert parent not in scene.collapsed
    window.close()


def test_folds_stay_per_scenario_while_the_window_is_open(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    ctl, scene = window.controller, window.chart.scene
    first, second = list(ctl.project.scenarios)[:2]
    opened = next(iter(scene.auto_folded))
    scene.set_collapsed(opened, False)  # the planner unfolds a branch the fit folded …
    parent = next(u for u in ctl.scenario.units if ctl.scenario.children(u) and u in scene.cards
                  and u not in scene.collapsed and opened not in ctl.scenario.subtree(u))
    scene.set_collapsed(parent, True)  # … and folds another
    mine = set(scene.collapsed)
    ctl.set_current_scenario(second)
    qtbot.wait(10)
    assert scene.scenario is ctl.project.scenarios[second]
    ctl.set_current_scenario(first)
    qtbot.wait(10)
    assert scene.collapsed == mine and opened not in mine and parent in mine
    window.files.open_path(EXAMPLE, ask=False)  # another project (the same file again): fitted anew
    qtbot.wait(10)
    assert parent not in scene.collapsed and scene.collapsed == scene.auto_folded
    window.close()


def tooltip_at(view, point: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    return QToolTip.text()


def test_every_card_names_its_unit_in_a_tooltip_at_any_zoom(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    view, scene, units = window.chart_view, window.chart.scene, window.controller.scenario.units
    for card in scene.cards.values():
        text = tooltip_at(view, view.mapFromScene(card.sceneBoundingRect().center()))
        assert text.startswith(units[card.unit_id].name)  # the whole name, however the card elides it
        if card.unit_id in scene.collapsed:
            assert "folded into this card" in text
    scene.set_collapsed_units(set())
    view.set_zoom(0.1)  # the overview: cards are painted as boxes, without their own text
    card = next(c for c in scene.cards.values() if c.unit_id not in scene.collapsed and units[c.unit_id].parent_id)
    assert tooltip_at(view, view.mapFromScene(card.sceneBoundingRect().center())).startswith(units[card.unit_id].name)
    window.close()


def test_a_large_chart_makes_cards_only_for_what_it_shows(qtbot):
    project = synthetic_project(units=20_000, functions=2, assignments=0)
    ctl = DocumentController()
    panel = ChartPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitExposed(panel)
    ctl.set_document(Document(project), None)  # as when a large file opens into the shown window
    scene = panel.scene
    assert 0 < len(scene.cards) < 300 and scene.collapsed
    qtbot.wait(20)
    assert in_view(panel.view) and smallest_name_pixels(panel.view) >= 9.0
    root = next(iter(ctl.scenario.roots()))
    scene.set_collapsed_units(set())  # everything unfolded: all cards, as before
    assert len(scene.cards) == 20_000 and root in scene.cards


def test_exported_charts_carry_no_handles(qtbot):
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene

    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    scene = build_chart_scene(scenario)
    assert len(scene.cards) == len(scenario.units)
    assert all(card.handle_text() == "" and card._handle is None for card in scene.cards.values())


def test_a_folded_card_with_a_form_line_keeps_both_readable(qtbot):
    """'◆ intraprenad' at the bottom left and the count at the bottom right never overlap."""
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.model.enums import UnitForm
    from orgdesigner.ui.chart.scene import ChartScene

    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    parent = next(u for u in scenario.units.values() if u.form is not UnitForm.LINE and scenario.children(u.id))
    scene = ChartScene()
    scene.show_scenario(scenario, collapsed={parent.id})
    card = scene.cards[parent.id]
    card.ensure_labels()
    form, fold = card._form.sceneBoundingRect(), card._fold.sceneBoundingRect()
    assert card._form.isVisible() and card._fold.isVisible() and not form.intersects(fold)
    assert card._fold.text().startswith(f"+{len(scenario.subtree(parent.id)) - 1}")
    assert not fold.intersects(card._handle.sceneBoundingRect())


def test_a_screen_reader_hears_that_a_card_is_folded(qtbot, dialogs, settings, recovery_dir):
    window = open_at_size(qtbot, dialogs, settings)
    scene, ctl = window.chart.scene, window.controller
    folded = next(iter(scene.collapsed))
    ctl.select_units([folded], centre=False)
    units = len(ctl.scenario.subtree(folded)) - 1
    assert f"{units} units folded into this card" in window.chart_view.accessibleDescription()
    window.close()
