"""The main window's helpers take what they use, not the window (issue 33, item 5): the colour
scheme its settings and the widgets to restyle, keyboard navigation the tabs and the docks'
focus targets, File → Import/Export the menu, controller and file manager, the menus the window
(their parent) and a `MenuHost` of the parts they use, presentation mode the window, its tabs, the
chart panel and the controller. Only the modules below still know the
window's class; a new helper that reaches into the window fails here."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from orgdesigner.ui.colour_scheme import DARK, LIGHT, ColourScheme
from orgdesigner.ui.keyboard_nav import KeyboardNavigation

UI = Path(__file__).resolve().parents[2] / "orgdesigner" / "ui"
#: app starts the window
KNOW_THE_WINDOW = {"app.py", "main_window.py"}


def test_only_the_known_modules_import_the_main_window() -> None:
    knowing = {str(p.relative_to(UI)) for p in UI.rglob("*.py")
               if re.search(r"from orgdesigner\.ui\.main_window import|import orgdesigner\.ui\.main_window",
                            p.read_text("utf-8"))}
    assert knowing <= KNOW_THE_WINDOW, sorted(knowing - KNOW_THE_WINDOW)


def test_the_helpers_work_on_a_bare_window(qtbot, tmp_path) -> None:
    """No MainWindow needed: a plain QMainWindow with tabs and a dock is enough."""
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    pages = []
    for title in ("Chart", "Matrix"):
        page = QWidget()
        QVBoxLayout(page).addWidget(QLineEdit())
        tabs.addTab(page, title)
        pages.append(page)
    first = pages[0].findChild(QLineEdit)
    window.setCentralWidget(tabs)
    dock = QDockWidget("Properties", window)
    field = QLineEdit()
    dock.setWidget(field)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    nav = KeyboardNavigation(window, tabs, lambda: [(dock, lambda: field)])
    assert [title for title, _go in nav.parts()] == ["Chart", "Matrix", "Properties"]
    nav.parts()[2][1]()
    qtbot.waitUntil(lambda: window.focusWidget() is field)
    nav.cycle(1)  # from the dock to the current tab
    qtbot.waitUntil(lambda: window.focusWidget() is first)

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    scheme = ColourScheme(settings, window)
    try:
        scheme.set_choice(DARK)
        assert settings.value("view/colour_scheme") == DARK and scheme.effective() == DARK
    finally:
        scheme.set_choice(LIGHT)
    assert isinstance(scheme.parent(), QWidget)
