"""Start the GUI: the window is shown first, heavy libraries load when first needed."""

from __future__ import annotations

import sys


def run_gui(path: str | None, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from orgdesigner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("orgdesigner")
    app.setApplicationName("orgdesigner")
    window = MainWindow()
    window.show()
    if path:
        window.open_path(path)
    return app.exec()
