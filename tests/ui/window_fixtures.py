"""Helpers for tests that drive the real main window; the fixtures built on them are in conftest.py."""

from __future__ import annotations

from pathlib import Path

from orgdesigner.ui.dialogs import DISCARD


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


def make_window(qtbot, dialogs, settings, path: Path | None = None):
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang="en")  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        assert window.files.open_path(path, ask=False)
    return window

