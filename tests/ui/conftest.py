"""Fixtures for tests that drive the real main window: fake dialogs, throwaway settings, the
Swedish translator, cleanup. Pytest finds them here; test modules use them without importing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator

from orgdesigner.io.project.project_file import save_project
from orgdesigner.ui.dialogs import DISCARD
from orgdesigner.ui.i18n import install_translator
from tests.conftest import EXAMPLE, small_project
from tests.ui.window_fixtures import FakeDialogs, make_window


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


@pytest.fixture
def window(qtbot, dialogs, settings, recovery_dir, project_path):
    """The main window on a saved small project; closed without prompting afterwards."""
    win = make_window(qtbot, dialogs, settings, project_path)
    win.chart.scene.ensure_layout()
    yield win
    dialogs.save_answer = DISCARD
    win.close()


@pytest.fixture(autouse=True)
def _keep_ui_language(qapp) -> Iterator[None]:
    """A test that starts the window (start_window installs the language) leaves the next test
    the language it found."""
    lang = qapp.property("lang")
    yield
    qapp.setProperty("lang", lang)


@pytest.fixture
def swedish(qapp) -> Iterator[QTranslator]:
    """The application's Swedish translator for one test (as the app installs it at start)."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    qapp.setProperty("lang", "sv")
    translator = install_translator(qapp, "sv")
    assert translator is not None, "orgdesigner_sv.qm did not load"
    yield translator
    for added in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(added)
        added.deleteLater()
    qapp.setProperty("lang", None)
    QLocale.setDefault(locale)


def _example_window(qtbot, dialogs, settings, lang: str, path: Path):
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang=lang)  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(EXAMPLE if EXAMPLE.exists() else path, ask=False)
    for i in range(window.tabs.count()):  # tabs may be built on first show
        window.tabs.setCurrentIndex(i)
        qtbot.wait(1)
    window.tabs.setCurrentIndex(0)
    return window


@pytest.fixture
def swedish_window(qtbot, swedish, dialogs, settings, recovery_dir, project_path):
    """The main window in Swedish on the bundled example, every tab built once."""
    window = _example_window(qtbot, dialogs, settings, "sv", project_path)
    yield window
    dialogs.save_answer = DISCARD
    window.close()


@pytest.fixture
def english_window(qtbot, dialogs, settings, recovery_dir, project_path):
    """The same window in English."""
    window = _example_window(qtbot, dialogs, settings, "en", project_path)
    yield window
    dialogs.save_answer = DISCARD
    window.close()
