"""The main window (placeholder shell; the canvas issue grows it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project_file import load_project


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("orgdesigner")
        self.setCentralWidget(QLabel("orgdesigner"))
        self.resize(1200, 800)

    def open_path(self, path: str) -> None:
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            QMessageBox.critical(self, "orgdesigner", exc.summary())
            return
        self.setWindowTitle(f"{project.name} – orgdesigner")
