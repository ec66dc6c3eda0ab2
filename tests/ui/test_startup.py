"""The start path: window first, then the file; heavy libraries and hidden tabs wait until needed.

Checked in a fresh interpreter (what is imported depends on everything imported before), with the
documented ORGDESIGNER_EXIT_AFTER_FIRST_PAINT hook. Timing is measured in
benchmarks/bench_startup.py, never here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLE

HEAVY = ("pyqtgraph", "pandas", "networkx", "numpy", "openpyxl", "docx")

PROBE = """
import atexit, sys
from PySide6.QtWidgets import QApplication, QTabWidget
shown = {}
def report():
    print("HEAVY", sorted(m for m in HEAVY_NAMES if m in sys.modules))
    print("TITLE", shown.get("title"))
    print("TABS", shown.get("tabs"))
atexit.register(report)
import orgdesigner.ui.app as app
real = app._report_and_quit
def snapshot():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
    shown["title"] = window.windowTitle()
    tabs = window.findChild(QTabWidget)
    shown["tabs"] = [type(tabs.widget(i)).__name__ for i in range(tabs.count())]
    real()
app._report_and_quit = snapshot
from orgdesigner.cli import main
sys.exit(main([sys.argv[1]]))
""".replace("HEAVY_NAMES", repr(HEAVY))


def _start(tmp_path: Path, *args: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGDESIGNER_EXIT_AFTER_FIRST_PAINT="1",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ORGDESIGNER_RECOVERY_DIR=str(tmp_path / "recovery"))
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert "first paint with project:" in out.stdout
    return lines


def test_opening_a_file_paints_before_any_heavy_library_or_hidden_tab_loads(tmp_path):
    plan = tmp_path / "plan.orgd"  # the planner's own file (the bundled example opens untitled)
    plan.write_bytes(EXAMPLE.read_bytes())
    lines = _start(tmp_path, str(plan))
    assert lines["HEAVY"] == "[]"
    assert plan.name in lines["TITLE"]  # the first paint the hook reports shows the project
    tabs = eval(lines["TABS"])  # our own probe's output
    assert tabs[0] == "ChartPanel"
    assert tabs.count("QWidget") == len(tabs) - 1  # matrix, trade, comparison: placeholders


def test_lazy_tabs_build_on_first_show_in_place(qtbot):
    from PySide6.QtWidgets import QLabel, QTabWidget

    from orgdesigner.ui.lazy_tabs import LazyTab

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    built = []

    def make() -> QLabel:
        built.append(QLabel("built"))
        return built[-1]

    lazy = LazyTab(tabs, make, "Second")
    tabs.addTab(QLabel("third"), "Third")
    tabs.show()
    assert not lazy.built and built == []
    seen = []
    tabs.currentChanged.connect(lambda i: seen.append(tabs.widget(i)))
    tabs.setCurrentIndex(1)
    assert lazy.built and len(built) == 1
    assert tabs.widget(1) is built[0] and tabs.tabText(1) == "Second" and tabs.count() == 3
    assert tabs.currentIndex() == 1 and seen[-1] is built[0]  # listeners see the real page
    assert lazy.widget() is built[0] and len(built) == 1  # built once


def test_the_cheaper_pyside_import_check_gives_the_same_answers():
    import inspect
    import json

    import orgdesigner.layout.tree as pure
    import orgdesigner.ui.main_window as qt_module
    from orgdesigner.ui._pyside_imports import _uses_pyside

    for module in (qt_module, pure, json, os):
        assert _uses_pyside(module) == ("PySide6" in inspect.getsource(module))
    assert _uses_pyside(sys) is False  # no source: as before


def test_the_start_path_installs_it_where_pyside_expects_it():
    code = ("import PySide6.QtCore, sys\n"
            "from orgdesigner.ui._pyside_imports import speed_up_imports, _uses_pyside\n"
            "print(speed_up_imports(), sys.modules['shibokensupport.feature']._mod_uses_pyside is _uses_pyside)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


def test_a_deferred_window_builds_the_properties_when_their_dock_is_shown(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from orgdesigner.ui.main_window import MainWindow
    from orgdesigner.ui.properties import PropertiesPanel

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, defer_extras=True)  # as run_gui makes it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(PropertiesPanel) is None  # a tab behind the units at start-up
    window.properties_dock.raise_()
    qtbot.waitUntil(lambda: window.findChild(PropertiesPanel) is not None)
    assert window.properties_dock.widget() is window.properties
    window.install_extras()


def test_a_file_opened_after_the_first_paint_is_reported_painted_before_it_is_analysed(qtbot, monkeypatch, tmp_path):
    """A large file opens once the empty window has painted; its analysis must then wait for the
    paint with the project and the hook's report of it, not run on the empty window's queued turn
    (it once did: 50,000 units took 7.6 s to the reported first paint instead of 1.5 s)."""
    from PySide6.QtCore import QSettings

    import orgdesigner.ui.app as app
    from orgdesigner.analysis.live import LiveAnalysis

    monkeypatch.setenv("ORGDESIGNER_RECOVERY_DIR", str(tmp_path / "recovery"))
    monkeypatch.setenv(app.EXIT_AFTER_FIRST_PAINT, "1")
    monkeypatch.setattr(app, "_small", lambda _path: False)  # the example takes the large-file path
    order: list[str] = []
    monkeypatch.setattr(app, "_report_and_quit", lambda: order.append("first paint"))
    real_result = LiveAnalysis.result

    def result(self, scenario_id):
        if self.doc.project.name != "Nytt projekt":
            order.append("analysis")
        return real_result(self, scenario_id)

    monkeypatch.setattr(LiveAnalysis, "result", result)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = app.start_window(str(EXAMPLE), "en", settings=settings, offer_recovery=False, load_after_paint=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "analysis" in order and "first paint" in order, timeout=10_000)
    assert order[0] == "first paint"
