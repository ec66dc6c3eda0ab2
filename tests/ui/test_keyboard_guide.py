"""Keyboard alone: every task of the user guide (resources/guide/anvandarguide.md), done
with key events only — menus through their Alt letters, dialogs through Tab, the chart through
its arrow keys — on the Swedish window the guide describes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QTabBar

from orgdesigner.model.enums import Responsibility, Role
from tests.ui.keyboard_driver import (
    Script,
    always,
    focus_always_seen,
    modal,
    modal_activated,
    named,
    no_modal,
    press,
    tab_to,
    type_text,
    window_manager_activates,
)

K = Qt.Key
ALT, CTRL, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def focus_seen():
    """Every key of every task leaves the focus on a control one can see."""
    with focus_always_seen() as unseen:
        yield
        assert not unseen, "\n".join(unseen)


def _window(qtbot, dialogs, settings):
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang="sv")  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.chart_view.setFocus()
    return window


def _run(qtbot, steps, window=None) -> None:
    if window is not None and QApplication.activeModalWidget() is None and not window.isActiveWindow():
        window_manager_activates(window)()  # windows other tests left behind must not take the keys
    script = Script(steps)
    script.start()
    qtbot.waitUntil(lambda: script.done or bool(script.errors), timeout=30000)
    assert not script.errors, script.errors


def _by_name(scenario, prefix: str) -> str:
    return next(u.id for u in scenario.units.values() if u.name.startswith(prefix))


def _choose(combo_text: str) -> None:
    """In a focused combo box: Home, then Down until it shows `combo_text` (as arrow keys do)."""
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), combo
    press(K.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == combo_text:
            return
        press(K.Key_Down)
    raise AssertionError(f"{combo_text!r} is not in the list")


def test_the_user_guide_with_the_keyboard_alone(qtbot, swedish, dialogs, settings, recovery_dir, tmp_path):
    window = _window(qtbot, dialogs, settings)
    ctl = window.controller

    # 1. Öppna exemplet: Hjälp (Alt+H) → Öppna exemplet (E)
    _run(qtbot, window=window, steps=[(always, lambda: press(K.Key_H, ALT), "Alt+H opens Hjälp"),
                 (lambda: QApplication.activePopupWidget() is not None, lambda: press(K.Key_E), "E: Öppna exemplet")])
    assert {s.name for s in ctl.project.scenarios.values()} >= {"Nuläge 2017", "Koncern 2018"}
    assert ctl.path is None  # an untitled copy

    # 2. Läs fynden: the scenarios (Alt+1), Nuläge 2017 first; the findings (Alt+3), the first one
    def read_findings() -> None:
        press(K.Key_1, ALT)
        assert QApplication.focusWidget() is window.scenario_list
        press(K.Key_Home)
        press(K.Key_3, ALT)
        press(K.Key_Down)

    _run(qtbot, window=window, steps=[(always, read_findings, "read the findings")])
    assert ctl.scenario.name == "Nuläge 2017"
    findings = window.responsibility_views.findings
    assert QApplication.focusWidget() is findings.tree
    shown = findings.selected_finding()
    assert shown is not None and set(ctl.selection) == set(shown.subjects.units)  # marked on the chart

    # … and acknowledge one with a comment: Tab to Kvittera…, Space, type, Tab to OK, Enter
    from orgdesigner.ui.text_dialog import TextDialog

    _run(qtbot, window=window, steps=[
        (always, lambda: tab_to(named("Kvittera…")), "Tab to Kvittera…"),
        (always, lambda: press(K.Key_Space), "Space opens the comment"),
        (modal(TextDialog), lambda: (modal_activated(), type_text("Medvetet godtaget")), "type the comment"),
        (modal(TextDialog), lambda: (tab_to(named("OK")), press(K.Key_Return)), "Tab to OK, Enter"),
        (no_modal, window_manager_activates(window), "closed"),
    ])
    qtbot.waitUntil(lambda: any(f.acknowledged == "Medvetet godtaget" for f in findings.model.findings), timeout=5000)
    press(K.Key_Z, CTRL)  # the guide's next steps start from the findings as they were

    # 3. Rätta ett delat ansvar: the matrix (Ctrl+2), the function filter, the development row,
    #    Område Primärvård's cell, R
    pv = _by_name(ctl.scenario, "Område Primärvård")
    matrix = window.responsibility_views.matrix

    def fix_split() -> None:
        press(K.Key_2, CTRL)
        tab_to(lambda w: w is matrix.search)
        type_text("Vårdval primärvård")
        tab_to(lambda w: w is matrix.view)
        view, model = matrix.view, matrix.model
        press(K.Key_Home, CTRL)
        for _ in range(model.rowCount()):
            key = model.key_at(view.currentIndex().row(), view.currentIndex().column())
            if key is not None and key.function_id == "vardval-pv" and key.responsibility is Responsibility.DEVELOPMENT:
                break
            press(K.Key_Down)
        for _ in range(model.columnCount()):
            key = model.key_at(view.currentIndex().row(), view.currentIndex().column())
            if key is not None and key.unit_id == pv:
                break
            press(K.Key_Right)
        press(K.Key_R)

    before = len(window.responsibility_views.findings.model.findings)
    _run(qtbot, window=window, steps=[(always, fix_split, "fix the split development responsibility")])
    from orgdesigner.model.entities import AssignmentKey

    assert ctl.scenario.assignments[AssignmentKey(pv, "vardval-pv", Responsibility.DEVELOPMENT)] is Role.CONSULTED
    qtbot.waitUntil(lambda: len(window.responsibility_views.findings.model.findings) < before, timeout=5000)

    # 4. Pröva koncernstrukturen: select egenregi's management on the chart (Ctrl+1, arrows),
    #    Scenario (Alt+S) → Använd strukturmall… (M), Koncern, a new copy named, Tillämpa
    from orgdesigner.ui.scenarios.dialogs import TemplateDialog

    def select_management() -> None:
        press(K.Key_1, CTRL)
        assert QApplication.focusWidget() is window.chart_view
        if not ctl.selection:
            press(K.Key_Down)  # nothing selected: the first arrow starts at the top
        units = ctl.scenario.units
        path = [pv]  # Område Primärvård and its managers up to the top, as the chart shows them
        while units[path[-1]].parent_id is not None:
            path.append(units[path[-1]].parent_id)
        for _ in range(40):  # down the tree, left or right along a level, as a user looking at it would
            here = units[ctl.selection[0]]
            if here.id == pv:
                return
            if here.id in path:
                press(K.Key_Down)
                continue
            level = [u for u in path if units[u].parent_id == here.parent_id]
            if not level:
                press(K.Key_Up)
                continue
            siblings = list(ctl.scenario.children(here.parent_id)) if here.parent_id else list(ctl.scenario.roots())
            press(K.Key_Right if siblings.index(level[0]) > siblings.index(here.id) else K.Key_Left)
        raise AssertionError(f"the arrows never reached Område Primärvård, ended on {ctl.selection}")

    scenarios_before = set(ctl.project.scenarios)

    def fill_template() -> None:
        dialog = modal_activated()
        assert isinstance(dialog, TemplateDialog)
        tab_to(lambda w: w is dialog.template_box)
        _choose("Koncern")
        assert dialog.copy_check.isChecked()  # a new copy by default
        tab_to(lambda w: w is dialog.copy_name)
        press(K.Key_A, CTRL)
        type_text("Koncern – mitt förslag")
        tab_to(named("Tillämpa"))
        press(K.Key_Return)

    _run(qtbot, window=window, steps=[
        (always, select_management, "select Område Primärvård with the arrows"),
        (always, lambda: press(K.Key_S, ALT), "Alt+S opens Scenario"),
        (lambda: QApplication.activePopupWidget() is not None, lambda: press(K.Key_M), "M: Använd strukturmall…"),
        (modal(TemplateDialog), fill_template, "choose Koncern on a new copy and apply"),
        (no_modal, window_manager_activates(window), "applied"),
    ])
    added = set(ctl.project.scenarios) - scenarios_before
    assert len(added) == 1 and ctl.project.scenarios[added.pop()].name == "Koncern – mitt förslag"

    # 5. Jämför scenarierna: the comparison (Ctrl+3), Nuläge 2017 with the new scenario
    def compare() -> None:
        press(K.Key_3, CTRL)
        tab = window.scenario_tools.compare_tab
        tab_to(lambda w: w is tab.pickers[0])
        _choose("Nuläge 2017")
        tab_to(lambda w: w is tab.pickers[1])
        _choose("Koncern – mitt förslag")

    _run(qtbot, window=window, steps=[(always, compare, "compare Nuläge 2017 with the new scenario")])
    tab = window.scenario_tools.compare_tab
    chosen = [ctl.project.scenarios[s].name for s in tab.chosen()]
    assert chosen[:2] == ["Nuläge 2017", "Koncern – mitt förslag"]

    # 6. Exportera beslutsunderlaget: Ctrl+E, PDF, the file, the scenario, compare with Nuläge,
    #    diarienummer, Exportera
    from orgdesigner.ui.exchange.export_dialog import ExportDialog

    out = tmp_path / "beslutsunderlag.pdf"

    def fill_export() -> None:
        dialog = modal_activated()
        assert isinstance(dialog, ExportDialog)
        tab_to(lambda w: w is dialog.format)
        _choose(dialog.format.itemText(dialog.format.findData(".pdf")))
        tab_to(lambda w: w is dialog.path)
        press(K.Key_A, CTRL)
        type_text(str(out))
        tab_to(lambda w: w is dialog.scenario)
        _choose("Koncern – mitt förslag")
        tab_to(lambda w: w is dialog.compare)
        _choose("Nuläge 2017")
        tab_to(lambda w: w is dialog.reference)
        press(K.Key_A, CTRL)
        type_text("RS/1/2026")
        tab_to(lambda w: w is dialog.decision)  # a new proposal has no förslag yet: the paper needs one
        type_text("Regionstyrelsen antar koncernstrukturen.")
        tab_to(named("Exportera"))
        press(K.Key_Return)

    _run(qtbot, window=window, steps=[
        (always, lambda: press(K.Key_E, CTRL), "Ctrl+E opens Exportera"),
        (modal(ExportDialog), fill_export, "fill in the export"),
        (no_modal, window_manager_activates(window), "exported"),
    ])
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 10_000, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")

    # 7. Spara: Ctrl+S asks where (the example is an untitled copy)
    saved = tmp_path / "mitt-forslag.orgd"
    dialogs.save_path = str(saved)
    _run(qtbot, window=window, steps=[(always, lambda: press(K.Key_S, CTRL), "Ctrl+S saves")])
    assert saved.exists() and ctl.path == Path(saved) and not ctl.is_modified

    # … and Visa → Språk (Alt+V, K) → English, from the next start
    def english() -> None:
        menu = QApplication.activePopupWidget()
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is not None and menu.activeAction().text() == "English":
                press(K.Key_Return)
                return
            press(K.Key_Down)
        raise AssertionError("no English in Visa → Språk")

    _run(qtbot, window=window, steps=[
        (always, lambda: press(K.Key_V, ALT), "Alt+V opens Visa"),
        (lambda: QApplication.activePopupWidget() is not None, lambda: press(K.Key_K), "K: Språk"),
        (lambda: QApplication.activePopupWidget() is not None and QApplication.activePopupWidget().title().replace("&", "") == "Språk",
         english, "English"),
    ])
    assert settings.value("ui/language") == "en"
    window.close()


def test_f6_and_go_to_reach_every_part_and_raise_a_hidden_dock(qtbot, dialogs, settings, recovery_dir):
    from tests.conftest import EXAMPLE

    window = _window(qtbot, dialogs, settings)
    assert window.files.open_path(EXAMPLE, ask=False)
    ctl = window.controller
    ctl.select_units([_by_name(ctl.scenario, "Område Primärvård")], centre=False)
    window.chart_view.setFocus()
    findings = window.responsibility_views.findings
    window.left_dock.raise_()  # the default layout: the findings lie behind the scenarios' tab
    seen = []
    for _ in range(4):
        press(K.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [window.scenario_list, window.properties.name, findings.tree]
    bars = window.findChildren(QTabBar)
    docks = [b for b in bars if b.parent() is window and b.count() >= 3]
    assert all(b.tabText(b.currentIndex()) == window.findings_dock.windowTitle() for b in docks)  # raised
    assert seen[3] is window.chart_view  # and round again
    press(K.Key_F6, SHIFT)
    assert QApplication.focusWidget() is findings.tree
    for number, widget in ((2, window.responsibility_views.matrix), (1, window.chart_view)):
        press(getattr(K, f"Key_{number}"), CTRL)
        focus = QApplication.focusWidget()
        assert focus is widget or widget.isAncestorOf(focus)
    assert isinstance(QApplication.focusWidget(), (QAbstractItemView, QLineEdit)) or QApplication.focusWidget() is window.chart_view
    window.close()


def test_the_first_arrow_on_the_chart_starts_at_the_top(qtbot, dialogs, settings, recovery_dir):
    from tests.conftest import EXAMPLE

    window = _window(qtbot, dialogs, settings)
    assert window.files.open_path(EXAMPLE, ask=False)
    ctl = window.controller
    ctl.select_units([], centre=False)
    window.chart_view.setFocus()
    press(K.Key_Down)
    assert ctl.scenario.units[ctl.selection[0]].name == "Regionfullmäktige"  # the top of the region's tree
    window.close()
