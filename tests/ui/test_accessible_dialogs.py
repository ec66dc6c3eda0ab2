"""Screen readers, everywhere: every interactive control of the window (on every tab and dock) and
of every dialog of the application has an accessible name and description in the UI language.

Each dialog is opened as its menu opens it (same class, same arguments), shown, and walked
through QAccessible, in Swedish and in English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QDialog, QDockWidget

from tests.conftest import EXAMPLE
from tests.ui.accessibility_walk import gaps_on_every_page


def _window(qtbot, request, dialogs, settings, lang: str):
    from orgdesigner.ui.main_window import MainWindow

    if lang == "sv":
        request.getfixturevalue("swedish")
    window = MainWindow(dialogs=dialogs, settings=settings, lang=lang)  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(EXAMPLE, ask=False)
    ctl = window.controller
    area = next(u for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård"))
    ctl.select_units([area.id], centre=False)
    return window


def _template(w) -> QDialog:
    from orgdesigner.io.bundled.template_file import load_templates
    from orgdesigner.ui.scenarios.dialogs import TemplateDialog

    templates, _errors = load_templates()
    return TemplateDialog(w.controller, templates, [], w.lang, w)


def _economy(w) -> QDialog:
    from orgdesigner.ui.scenarios.dialogs import EconomyDialog

    return EconomyDialog(w.controller, w.lang, w)


def _case(w) -> QDialog:
    from orgdesigner.ui.scenarios.case_dialog import CaseDialog

    return CaseDialog(w.controller, w.lang, w)


def _export(w) -> QDialog:
    from orgdesigner.ui.exchange.export_dialog import ExportDialog

    return ExportDialog(w.controller, w, w.lang)


def _import(w) -> QDialog:
    from orgdesigner.ui.exchange.import_dialog import ImportDialog

    return ImportDialog(w.controller, w, w.lang)


def _archimate(w) -> QDialog:
    from orgdesigner.ui.exchange.archimate_import import ArchimateImportDialog

    return ArchimateImportDialog(w.files, w, w.lang)


def _history_import(w) -> QDialog:
    from orgdesigner.ui.exchange.history_import import HistoryImportDialog

    return HistoryImportDialog(w.controller, w, w.lang)


def _trade_event(w) -> QDialog:
    from orgdesigner.ui.trade.event_dialog import EventDialog

    return EventDialog(w.controller, w)


def _catalogue(w) -> QDialog:
    from orgdesigner.ui.matrix.catalogue import CatalogueDialog

    return CatalogueDialog(w.controller, w.lang, w)


def _print(w) -> QDialog:
    from orgdesigner.ui.printing.dialog import PrintChartDialog

    return PrintChartDialog(w.controller, w)


def _analysis_settings(w) -> QDialog:
    from orgdesigner.ui.analysis_settings import AnalysisSettingsDialog

    return AnalysisSettingsDialog(w.controller, w)


def _guide(w) -> QDialog:
    from orgdesigner.ui.help import GuideDialog

    return GuideDialog(w)


def _large_chart(w) -> QDialog:
    tools = w.scenario_tools
    w.tabs.setCurrentWidget(tools.compare_tab_lazy.widget())
    tab = tools.compare_tab
    tab.refresh()
    return tab.charts[0].open_large()


def _text(w) -> QDialog:  # Scenario → Rename…, and the like
    from orgdesigner.ui.text_dialog import TextDialog

    tr = w.scenario_tools.tr  # the texts the scenario tools ask with
    return TextDialog(w, tr("Rename scenario"), tr("Name:"), "Nuläge 2017")


def _omvarld(w) -> QDialog:  # Scenario → Jämför med andra regioner…
    from orgdesigner.io.bundled.reference_file import load_references
    from orgdesigner.ui.scenarios.omvarld_dialog import OmvarldDialog

    return OmvarldDialog(w.controller, load_references(), w.lang, w)


def _acknowledge(w) -> QDialog:  # Findings → Acknowledge…: a multi-line comment
    from orgdesigner.ui.text_dialog import TextDialog

    tr = w.responsibility_views.findings.tr
    return TextDialog(w, tr("Acknowledge finding"), tr("Why is this accepted? The comment is saved in the project."), "",
                      multiline=True)


def _question(w) -> QDialog:  # every yes/no question (delete a subtree, a function …)
    from PySide6.QtWidgets import QMessageBox

    from orgdesigner.ui.a11y import message_box

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return message_box(w, QMessageBox.Icon.Question, w.tr("Delete"), "?", buttons)


def _unsaved(w) -> QDialog:
    from orgdesigner.ui.dialogs import Dialogs

    return Dialogs(w).save_changes_box("jamtland.orgd")


def _about(w) -> QDialog:
    from orgdesigner.ui.help import about_box

    return about_box(w)


DIALOGS: dict[str, Callable] = {
    "text": _text, "acknowledge": _acknowledge, "question": _question, "unsaved": _unsaved, "about": _about,
    "template": _template, "economy": _economy, "case": _case, "export": _export, "import": _import,
    "archimate": _archimate, "history import": _history_import, "trade event": _trade_event, "catalogue": _catalogue, "print": _print, "analysis settings": _analysis_settings,
    "guide": _guide, "large chart": _large_chart, "omvarld": _omvarld,
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_control_of_the_window_is_named_and_described(qtbot, request, dialogs, settings, recovery_dir, lang):
    window = _window(qtbot, request, dialogs, settings, lang)
    window.chart.find_bar.open_bar()  # Ctrl+F
    ctl = window.controller
    with_lines = next(u for u in ctl.scenario.units.values() if u.dotted_lines)  # its lines get rows
    missing = []
    for selected in (ctl.selection[0], with_lines.id):
        ctl.select_units([selected], centre=False)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(20)
            for dock in window.findChildren(QDockWidget):
                dock.show()
                dock.raise_()
                missing += gaps_on_every_page(window, swedish=lang == "sv")
    qtbot.wait(10)  # the dock buttons are renamed after Qt's own update of them
    missing += _dock_button_gaps(window)
    chart = QAccessible.queryAccessibleInterface(window.chart_view).text(QAccessible.Text.Name)
    if chart in [window.tabs.tabText(i) for i in range(window.tabs.count())]:
        missing.append(f"the chart and its tab are both called {chart!r}")
    assert not missing, "\n".join(sorted(set(missing)))
    window.close()


def _dock_button_gaps(window) -> list[str]:
    """A dock's float and close buttons name the dock ("Stäng Fynd", not "Stäng")."""
    missing = []
    for dock in window.findChildren(QDockWidget):
        for button in dock.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_dockwidget_"):
                name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
                if dock.windowTitle().replace("&", "") not in name:
                    missing.append(f"title button {name!r} of the dock {dock.windowTitle()!r} does not name it")
    return missing


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_of_every_dialog_is_named_and_described(qtbot, request, dialogs, settings, recovery_dir, lang, name):
    window = _window(qtbot, request, dialogs, settings, lang)
    dialog = DIALOGS[name](window)
    dialog.show()
    qtbot.waitExposed(dialog)
    missing = gaps_on_every_page(dialog, swedish=lang == "sv")
    chooser = getattr(dialog, "format", None)
    if name == "export":  # each format shows its own rows
        for index in range(chooser.count()):
            chooser.setCurrentIndex(index)
            missing += gaps_on_every_page(dialog, swedish=lang == "sv")
    assert not missing, "\n".join(sorted(set(missing)))
    dialog.close()
    window.close()
