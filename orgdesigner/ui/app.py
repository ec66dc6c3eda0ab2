"""Start the GUI: translator first, then the window; heavy libraries load when first needed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings


def start_window(path: str | None, lang: str | None, dialogs=None, settings: QSettings | None = None,
                 offer_recovery: bool = True):
    """Build and show the main window (the QApplication must exist). Used by `run_gui` and tests."""
    from PySide6.QtWidgets import QApplication

    from orgdesigner.ui.i18n import chosen_language, install_translator
    from orgdesigner.ui.main_window import MainWindow, default_settings

    app = QApplication.instance()
    settings = settings or default_settings()
    language = chosen_language(lang, settings)
    if app is not None and not getattr(app, "_orgdesigner_translator", None):
        app._orgdesigner_translator = install_translator(app, language) or True  # type: ignore[attr-defined]
    window = MainWindow(dialogs=dialogs, settings=settings, lang=language)
    window.show()
    if path:
        window.files.open_path(path, ask=False)
    if offer_recovery:
        window.files.offer_recovery()
    return window


def run_gui(path: str | None, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("orgdesigner")
    app.setApplicationName("orgdesigner")
    window = start_window(path, lang)
    code = app.exec()
    del window
    return code
