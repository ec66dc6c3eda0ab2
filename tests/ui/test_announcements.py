"""What a screen reader hears after an action (EN 301 549 / WCAG 4.1.3): one short sentence,
sent as Qt's announcement event, for a role change, undo and redo, a scenario switch, an
acknowledgement, a template and an export; the chart says a short text at each arrow step and
keeps the long one as its description."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orgdesigner.model.commands.assignments import SetRoles
from tests.conftest import EXAMPLE

SHORT = 160  # characters: a sentence, not a page


@pytest.fixture
def window(qtbot, swedish, dialogs, settings, recovery_dir, monkeypatch):
    from orgdesigner.ui import announcer
    from orgdesigner.ui.main_window import MainWindow

    sent: list[tuple[object, str]] = []
    real = announcer.say
    monkeypatch.setattr(announcer, "say", lambda source, text: (sent.append((source, text)), real(source, text)))
    win = MainWindow(dialogs=dialogs, settings=settings, lang="sv")  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(win)
    win.show()
    assert win.files.open_path(EXAMPLE, ask=False)
    win.sent = sent
    yield win
    win.close()


def _next_said(qtbot, window, count: int) -> str:
    qtbot.waitUntil(lambda: len(window.announcer.said) > count, timeout=3000)
    text = window.announcer.said[-1]
    assert len(text) <= SHORT, text
    assert (window, text) in window.sent  # sent as an announcement, not only kept
    return text


def test_a_role_change_undo_and_redo_are_said_with_how_the_figures_moved(qtbot, window):
    ctl = window.controller
    scenario = ctl.scenario
    key = next(k for k, role in scenario.assignments.items() if role.value == "accountable")
    said = len(window.announcer.said)
    assert ctl.push(SetRoles(scenario.id, [((key.unit_id, key.function_id, key.responsibility), "informed")]))
    text = _next_said(qtbot, window, said)
    assert text.startswith("Ändra roll. ") and "→" in text  # the findings moved: said how
    said = len(window.announcer.said)
    ctl.undo_stack.undo()
    assert _next_said(qtbot, window, said).startswith("Ångrat: Ändra roll.")
    said = len(window.announcer.said)
    ctl.undo_stack.redo()
    assert _next_said(qtbot, window, said).startswith("Gjort om: Ändra roll.")


def test_switching_scenario_says_its_figures(qtbot, window):
    ctl = window.controller
    other = list(ctl.project.scenarios.values())[1]
    said = len(window.announcer.said)
    ctl.set_current_scenario(other.id)
    text = _next_said(qtbot, window, said)
    assert text.startswith(f"Scenario {other.name}, tydlighetsindex ") and " fel" in text


def test_acknowledging_and_exporting_are_said(qtbot, window, tmp_path):
    from orgdesigner.model.commands.project import SetAcknowledgement

    ctl = window.controller
    findings = ctl.analysis.result(ctl.scenario_id).findings
    finding = next(f for f in findings if f.severity.value == "error")
    errors = sum(1 for f in findings if f.severity.value == "error" and f.acknowledged is None)
    said = len(window.announcer.said)
    assert ctl.push(SetAcknowledgement(ctl.scenario_id, finding.key, "Medvetet godtaget"))
    text = _next_said(qtbot, window, said)
    assert text == f"Kvittera fynd. Fel {errors} → {errors - 1}."  # the error acknowledged no longer counts
    said = len(window.announcer.said)
    ctl.show_message("Exporterade beslutsunderlag.pdf")  # what the export dialog reports when done
    assert _next_said(qtbot, window, said) == "Exporterade beslutsunderlag.pdf"


def test_applying_a_template_is_said_in_swedish(qtbot, window):
    from orgdesigner.io.bundled.template_file import load_templates
    from orgdesigner.ui.scenarios.dialogs import TemplateDialog

    ctl = window.controller
    area = next(u for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård"))
    ctl.select_units([area.id], centre=False)
    templates = load_templates()[0]
    dialog = TemplateDialog(ctl, templates, [], "sv", window)
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in templates].index("koncern"))
    dialog.copy_check.setChecked(False)
    said = len(window.announcer.said)
    dialog.accept()
    assert _next_said(qtbot, window, said).startswith("Använd mall Koncern.")


def test_the_chart_says_a_short_text_at_each_step_and_keeps_the_long_one(qtbot, window):
    view = window.chart_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    ctl = window.controller
    area = next(u for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård"))
    said = len(window.announcer.said)
    ctl.select_units([area.id], centre=False)
    text = _next_said(qtbot, window, said)
    assert text.startswith(area.name) and "fynd" in text
    long = view.accessibleDescription()
    assert len(long) > len(text) and area.name in long  # the findings' texts: there when asked for
    said = len(window.announcer.said)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    step = _next_said(qtbot, window, said)  # the unit the arrow went to, by name
    assert ctl.selection and ctl.selection != [area.id] and step.startswith(ctl.scenario.units[ctl.selection[0]].name)
