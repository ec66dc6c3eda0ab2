"""Fixtures for tests that drive the real main window: fake dialogs, throwaway settings, cleanup.

Import the fixtures into a test module: `from tests.ui.window_fixtures import dialogs, window, ...`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from orgdesigner.io.project_file import save_project
from orgdesigner.ui.dialogs import DISCARD
from tests.conftest import small_project


class FakeDialogs:
    """Answers decided in advance; records every question so tests can assert on them."""

    def __init__(self) -> None:
        self.save_answer = DISCARD
        self.restore_answer = True
        self.confirm_answer = True
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.asked: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []

    def ask_save_changes(self, name: str) -> str:
        self.asked.append(("save_changes", name))
        return self.save_answer

    def ask_open_path(self, folder: str) -> str | None:
        self.asked.append(("open", folder))
        return self.open_path

    def ask_save_path(self, suggested: str) -> str | None:
        self.asked.append(("save_as", suggested))
        return self.save_path

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def ask_restore(self, description: str) -> bool:
        self.asked.append(("restore", description))
        return self.restore_answer


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("ORGDESIGNER_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "region.orgd"
    save_project(small_project(), path)
    return path


def make_window(qtbot, dialogs, settings, path: Path | None = None):
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang="en")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        assert window.files.open_path(path, ask=False)
    return window


@pytest.fixture
def window(qtbot, dialogs, settings, recovery_dir, project_path):
    """The main window on a saved small project; closed without prompting afterwards."""
    win = make_window(qtbot, dialogs, settings, project_path)
    win.chart.scene.ensure_layout()
    yield win
    dialogs.save_answer = DISCARD
    win.close()
