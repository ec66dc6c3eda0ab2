"""Render screenshots of the GUI on the bundled example to docs/screenshots/ (`make screenshots`).

Runs offscreen. Each shot is a function taking a `Shots` context; this file holds the main window
and chart shots. Other parts add theirs in `tools/screenshots_<topic>.py` with a function
`shots(ctx: Shots) -> None`; every such module is run after the ones here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

EXAMPLE = ROOT / "examples" / "jamtland-primarvard-2017.orgd"
OUT = ROOT / "docs" / "screenshots"


class _NoDialogs:
    """Screenshots never wait for a person: every question gets a harmless answer."""

    def ask_save_changes(self, name: str) -> str:
        return "discard"

    def ask_open_path(self, folder: str) -> None:
        return None

    def ask_save_path(self, suggested: str) -> None:
        return None

    def error(self, title: str, text: str) -> None:
        print(f"screenshots: {title}: {text}", file=sys.stderr)

    def confirm(self, title: str, text: str) -> bool:
        return False

    def ask_restore(self, description: str) -> bool:
        return False


class Shots:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self._tmp = tempfile.TemporaryDirectory()
        os.environ["ORGDESIGNER_RECOVERY_DIR"] = str(Path(self._tmp.name) / "recovery")
        self.written: list[Path] = []
        self.translators: list = []

    def window(self, lang: str = "sv", size: tuple[int, int] = (1600, 980)):
        """A fresh main window on the bundled example with default dock layout."""
        from orgdesigner.ui.main_window import MainWindow

        settings = QSettings(str(Path(self._tmp.name) / f"settings-{len(self.written)}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(dialogs=_NoDialogs(), settings=settings, lang=lang)  # type: ignore[arg-type]  # _NoDialogs answers the dialogs the screenshots meet, not the whole Dialogs type
        window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen "maximised" is 800×800
        window.resize(*size)
        window.show()
        window.files.open_path(EXAMPLE, ask=False)
        self.settle()
        return window

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> Path:
        self.settle()
        path = self.out / name
        widget.grab().save(str(path))
        self.written.append(path)
        print(f"wrote {path.relative_to(ROOT)}")
        return path

    def close(self, window) -> None:
        window.controller.undo_stack.setClean()
        window.close()


def main_window_shot(ctx: Shots, lang: str = "sv", name: str = "main-window.png") -> None:
    window = ctx.window(lang=lang)
    ctl = window.controller
    scenario = ctl.scenario
    target = next((u.id for u in scenario.units.values() if "Primärvård" in u.name), next(iter(scenario.units)))
    ctl.select_units([target], centre=False)
    ctx.settle()
    window.chart.view.fit()
    ctx.save(window, name)
    ctx.close(window)


def english_main_window_shot(ctx: Shots) -> None:
    """The same window with `--lang en` (Swedish is the default)."""
    from orgdesigner.ui.i18n import install_translator

    for translator in ctx.translators:
        ctx.app.removeTranslator(translator)
    try:
        main_window_shot(ctx, "en", "main-window-en.png")
    finally:
        ctx.translators = _install_swedish(ctx.app, install_translator)


def _install_swedish(app: QApplication, install) -> list:
    """Install the Swedish translators the application uses by default; return them."""
    before = set(app.findChildren(QTranslator))
    install(app, "sv")
    return [t for t in app.findChildren(QTranslator) if t not in before]


def chart_shots(ctx: Shots) -> None:
    window = ctx.window()
    window.left_dock.hide()
    window.properties_dock.hide()
    window.findings_dock.hide()
    ctl = window.controller
    for sid in ctl.project.scenarios:
        if "koncern" in sid.lower():
            ctl.set_current_scenario(sid)
    ctx.settle()
    view = window.chart.view
    view.fit()
    ctx.save(window.chart, "chart.png")
    view.set_zoom(0.9)
    scene = window.chart.scene
    units = ctl.scenario.units
    focus = next((u for u in units.values() if u.form.value == "group_management"), None) or next(iter(units.values()))
    rect = scene.card_rect(focus.id)
    if rect is not None:
        view.centerOn(rect.center().x(), rect.center().y() + 220)
    ctx.save(window.chart, "chart-zoomed.png")
    scene.set_orientation("lr")
    view.fit()
    ctx.save(window.chart, "chart-left-to-right.png")
    ctx.close(window)


SHOTS: list[Callable[[Shots], None]] = [main_window_shot, english_main_window_shot, chart_shots]


def _extensions() -> list[Callable[[Shots], None]]:
    found = []
    for path in sorted(Path(__file__).parent.glob("screenshots_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.append(module.shots)
    return found


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    ctx = Shots(app, OUT)  # type: ignore[arg-type]  # QApplication.instance() is typed QCoreApplication; here it is the QApplication
    from orgdesigner.ui.i18n import install_translator

    ctx.translators = _install_swedish(app, install_translator)  # Swedish, as users first see it
    for shot in SHOTS + _extensions():
        shot(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
