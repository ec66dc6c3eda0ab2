"""Start the GUI: translator first, then the window; heavy libraries load when first needed.

`run_gui` shows the window before it reads the project file: the first paint comes as soon as
Qt can make it, and the file (with pydantic, imported on the first read) loads right after.

Start-up measurement hook: with `ORGDESIGNER_EXIT_AFTER_FIRST_PAINT=1` the process prints
`first paint with project: S s` (seconds since the GUI code started) for the first paint after
the file given on the command line has loaded, then quits. benchmarks/bench_startup.py uses it.
With `=settled` it waits instead until the work queued behind the first paint (analysis, findings)
has run and prints `settled: S s`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from orgdesigner.ui.dialogs import Dialogs
    from orgdesigner.ui.main_window import MainWindow

import os
import sys
import time

STARTED = time.perf_counter()  # before PySide6 loads

from PySide6.QtCore import QSettings  # noqa: E402

from orgdesigner.ui.after_paint import AfterPaint  # noqa: E402

EXIT_AFTER_FIRST_PAINT = "ORGDESIGNER_EXIT_AFTER_FIRST_PAINT"


def start_window(path: str | None, lang: str | None, dialogs: Dialogs | None = None, settings: QSettings | None = None,
                 offer_recovery: bool = True, load_after_paint: bool = False,
                 collector_back: Callable[[], None] | None = None) -> MainWindow:
    """Build and show the main window (the QApplication must exist). Used by `run_gui` and tests.

    With `load_after_paint` a large file is opened once the window has painted (a small one
    before it shows) and recovery is offered after the first paint; otherwise all before this
    returns. `collector_back` (run_gui's held garbage collector) is called at the first paint,
    before a large file opens.
    """
    from PySide6.QtWidgets import QApplication

    from orgdesigner.ui.i18n import chosen_language, install_translator
    from orgdesigner.ui.main_window import MainWindow, default_settings

    app = QApplication.instance()
    settings = settings or default_settings()
    language = chosen_language(lang, settings)
    if app is not None and not getattr(app, "_orgdesigner_translator", None):
        app._orgdesigner_translator = install_translator(app, language) or True  # type: ignore[attr-defined]  # marks the QApplication as translated once; Qt objects take new attributes
    window = MainWindow(dialogs=dialogs, settings=settings, lang=language, defer_extras=load_after_paint)

    def open_file(report: bool = True) -> None:
        if load_after_paint:
            # from here on the chart paints before the analysis runs, the findings fill and the
            # other parts install (run_gui; tests that build windows keep the synchronous order)
            window.controller.paint_first.target = window.chart.view.viewport()
        if path:
            window.files.open_path(path, ask=False)
            window.controller.paint_first.run("extras", window.install_extras)
        else:
            window.install_extras()
        mode = os.environ.get(EXIT_AFTER_FIRST_PAINT)
        if mode == "1" and report:
            # the chart's paint, reported before the work queued behind that paint runs (the
            # filter installed last sees the event first): not the window's, which may come later
            AfterPaint(window.chart.view.viewport(), _report_and_quit)
            window.update()
        elif mode == "settled":  # after the analysis and the views that wait for the chart
            window.controller.paint_first.settled.connect(_report_and_quit)
            window.update()

    def offer() -> None:
        if offer_recovery:
            window.files.offer_recovery()

    if not load_after_paint:
        window.show()
        open_file()
        offer()
        if collector_back is not None:
            collector_back()
    elif path is not None and _small(path):
        # a small file (the example) opens before the window shows: its first paint has the project
        open_file(report=False)
        window.show()
        window._after_first_paint = AfterPaint(window, offer, fallback_ms=1000)  # type: ignore[attr-defined]  # keeps the AfterPaint alive as long as the window; Qt objects take new attributes
        if collector_back is not None:
            window._collector_back = AfterPaint(window, collector_back, fallback_ms=1000)  # type: ignore[attr-defined]  # as above
        if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1":
            # installed last, so its filter sees the paint first: the report comes before the
            # recovery check that also waits for this paint, which is not part of it
            AfterPaint(window, _report_and_quit)
    else:  # a large one after the first paint: the window is on screen while the file loads

        def open_then_offer() -> None:
            if collector_back is not None:  # before a large file holds it again for its own views
                collector_back()
            # the empty window's own queued work (badges, status) runs now, after its paint: the
            # file's must wait for the next paint, not ride on this one's wait
            window.controller.paint_first.flush()
            open_file()
            offer()

        window.show()
        window._after_first_paint = AfterPaint(window, open_then_offer, fallback_ms=1000)  # type: ignore[attr-defined]  # keeps the AfterPaint alive as long as the window; Qt objects take new attributes
    return window


def _small(path: str) -> bool:
    """Small enough to read before the window shows (a few tens of milliseconds)."""
    try:
        return os.path.getsize(path) < 1_000_000
    except OSError:
        return False  # the error is for open_path to show, once the window is up


def _report_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    what = "first paint with project" if os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1" else "settled"
    print(f"{what}: {time.perf_counter() - STARTED:.4f} s", flush=True)
    QApplication.exit(0)  # not quit(): no close events, so no settings are written


def run_gui(path: str | None, lang: str | None) -> int:
    from orgdesigner._gc import hold_collector
    from orgdesigner.ui._pyside_imports import speed_up_imports

    # start-up makes some 200,000 long-lived objects (modules, classes, Qt's enums, the window):
    # collecting while they are made frees nothing and cost about a twentieth of the first paint
    keep = hold_collector()
    speed_up_imports()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("orgdesigner")
    app.setApplicationName("orgdesigner")
    QApplication.setDesktopFileName("orgdesigner")  # matches the installed orgdesigner.desktop (Wayland)
    from PySide6.QtGui import QIcon

    from orgdesigner.resources import resource_path

    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "orgdesigner.svg"))))
    window = start_window(path, lang, load_after_paint=True, collector_back=keep)
    code = app.exec()
    del window
    return code
