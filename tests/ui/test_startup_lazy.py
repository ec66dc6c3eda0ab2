"""What the start path leaves until it is needed still works the first time it is reached for.

The model's commands, their wording and the file-problem texts load with the first edit or the
first refusal, not before the first paint; the garbage collector, held while the window is built,
is back once it has painted. Checked in a fresh interpreter started as `orgdesigner FILE` (in
this process every module is long imported), with the documented
ORGDESIGNER_EXIT_AFTER_FIRST_PAINT hook: at the first paint the probe notes what is loaded, then
edits with the keyboard as a user would (Insert adds a child, Escape leaves the name, Ctrl+Z
undoes it) and reports. Timing is measured in benchmarks/bench_startup.py, never here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLE

DEFERRED = ("orgdesigner.model.commands", "orgdesigner.ui.command_text", "orgdesigner.ui.file_problem_text",
            "orgdesigner.io.words.wording")

PROBE = """
import gc, json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import orgdesigner.ui.app as app
report = {}
def window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
def at_first_paint():
    report["loaded at first paint"] = [m for m in DEFERRED if m in sys.modules]
    # classes PySide6 loads only to work out the Python class of a widget Qt made itself
    widgets = vars(sys.modules["PySide6.QtWidgets"])
    report["unused classes loaded"] = [c for c in ("QMdiArea", "QWizard", "QCalendarWidget") if c in widgets]
    QTimer.singleShot(0, edit)
def edit():
    report["collector back"] = gc.isenabled()
    w = window()
    ctl = w.controller
    ctl.set_current_scenario(list(ctl.project.scenarios)[1])  # not the current state: no question first
    scenario = ctl.scenario
    parent = next(iter(scenario.units))
    before = len(scenario.units)
    ctl.select_units([parent])
    w.activateWindow()
    w.chart.view.setFocus()
    QTest.keyClick(w.chart.view, Qt.Key.Key_Insert)  # Edit > Add child unit, by its shortcut
    QApplication.processEvents()
    report["added"] = len(ctl.scenario.units) - before
    report["undo step"] = ctl.undo_stack.undoText()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the new unit's name as it is
    w.chart.view.setFocus()
    QTest.keyClick(w.chart.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    QApplication.processEvents()
    report["after undo"] = len(ctl.scenario.units) - before
    report["loaded after the edit"] = [m for m in DEFERRED if m in sys.modules]
    print("REPORT " + json.dumps(report), flush=True)
    QApplication.exit(0)
app._report_and_quit = at_first_paint
from orgdesigner.cli import main
sys.exit(main([sys.argv[1]]))
""".replace("DEFERRED", repr(DEFERRED))


def _run(tmp_path: Path, plan: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGDESIGNER_EXIT_AFTER_FIRST_PAINT="1",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ORGDESIGNER_RECOVERY_DIR=str(tmp_path / "recovery"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(plan)], capture_output=True, text=True, env=env,
                         timeout=60, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("REPORT "))
    return dict(json.loads(line.removeprefix("REPORT ")))


def test_the_first_edit_after_a_lazy_start_works_by_its_shortcut_and_undoes(tmp_path):
    plan = tmp_path / "plan.orgd"
    plan.write_bytes(EXAMPLE.read_bytes())
    report = _run(tmp_path, plan)
    assert report["loaded at first paint"] == []  # none of them was needed to show the project
    assert report["unused classes loaded"] == []
    assert report["collector back"] is True
    assert report["added"] == 1  # Insert added a child before the commands had ever loaded
    assert report["undo step"]  # worded by command_text, loaded with that edit
    assert report["after undo"] == 0  # and Ctrl+Z took it back
    assert "orgdesigner.model.commands" in report["loaded after the edit"]


def test_a_viewport_made_here_is_set_up_as_qts_own_and_is_the_charts(qtbot):
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsView

    from orgdesigner.ui.chart.view import ChartView, own_viewport
    from orgdesigner.ui.undo import DocumentController

    plain, ours = QGraphicsView(), QGraphicsView()
    made = own_viewport(ours)
    for view in (plain, ours):
        qtbot.addWidget(view)
        view.show()

    def described(view: QGraphicsView) -> dict[str, object]:
        port = view.viewport()
        return {"attributes": [a for a in Qt.WidgetAttribute if port.testAttribute(a)],
                "background": (port.backgroundRole(), port.autoFillBackground(), port.palette().color(port.backgroundRole())),
                "focus": (port.focusPolicy(), port.focusProxy() is view), "parent": port.parent() is view,
                "mouse tracking": port.hasMouseTracking(), "drops": port.acceptDrops(), "visible": port.isVisible(),
                "size": port.size() == view.maximumViewportSize()}

    assert ours.viewport() is made
    assert described(ours) == described(plain)
    chart = ChartView(DocumentController())
    qtbot.addWidget(chart)
    assert shiboken6.createdByPython(chart.viewport())  # made here, not by Qt
    assert not shiboken6.createdByPython(plain.viewport())
