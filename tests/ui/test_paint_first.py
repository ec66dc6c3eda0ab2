"""Opening a file in the application paints the chart before the analysis runs (issue 20).

`run_gui` gives the controller's `paint_first` queue the chart's viewport: the findings dock, the
chart's badges, the status bar and the scenario list's badge wait for that paint; tests that build
windows themselves keep the synchronous order (no target).
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QWidget

from orgdesigner.ui.after_paint import PaintFirst
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window


def test_without_a_target_work_runs_at_once(qtbot):
    queue = PaintFirst()
    done: list[str] = []
    queue.run("a", lambda: done.append("a"))
    assert done == ["a"] and not queue.pending


def test_with_a_target_work_waits_for_its_paint_once_per_key(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    queue = PaintFirst(widget)  # owned by Qt, as the controller owns its queue
    queue.target = widget
    done: list[str] = []
    queue.run("findings", lambda: done.append("findings 1"))
    queue.run("badges", lambda: done.append("badges"))
    queue.run("findings", lambda: done.append("findings 2"))  # replaces the first, runs last
    assert done == [] and queue.pending
    with qtbot.waitSignal(queue.settled, timeout=5000):
        widget.show()
    assert done == ["badges", "findings 2"] and not queue.pending


def test_one_failing_piece_of_work_does_not_stop_the_rest(qtbot, monkeypatch):
    widget = QWidget()
    qtbot.addWidget(widget)
    queue = PaintFirst(widget)
    queue.target = widget
    done: list[str] = []
    seen: list[type] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, *_rest: seen.append(kind))

    def fail() -> None:
        raise RuntimeError("a view failed")

    queue.run("broken", fail)
    queue.run("findings", lambda: done.append("findings"))
    queue.flush()
    assert done == ["findings"] and seen == [RuntimeError] and not queue.pending


def test_a_target_that_never_paints_still_gets_the_work_done(qtbot):
    widget = QWidget()  # never shown
    queue = PaintFirst(widget)  # owned by Qt, as the controller owns its queue
    queue.target = widget
    done: list[str] = []
    queue.run("findings", lambda: done.append("findings"))
    qtbot.waitUntil(lambda: done == ["findings"], timeout=5000)


def test_the_window_shows_the_chart_first_and_the_findings_right_after(qtbot, dialogs, settings, recovery_dir, project_path):
    window = make_window(qtbot, dialogs, settings)
    before = window.findings_summary.text()  # the new, empty project's
    window.controller.paint_first.target = window.chart.view.viewport()
    assert window.files.open_path(project_path, ask=False)
    findings = window.responsibility_views.findings
    assert window.controller.paint_first.pending
    assert findings.model.findings == [] and window.findings_summary.text() == before  # not yet analysed
    assert window.controller.scenario is not None and window.chart.scene.scenario is window.controller.scenario
    assert window.outline.outline.rowCount() == 0  # emptied, not naming the previous project's units
    qtbot.waitUntil(lambda: not window.controller.paint_first.pending, timeout=5000)
    assert window.outline.outline.unit_id(window.outline.outline.index(0, 0)) == "rs"  # filled after the paint
    assert findings.model.findings  # the small project has findings (a double accountable, …)
    assert window.findings_summary.text() != before
    window.close()


def test_the_settled_hook_reports_after_the_analysis(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGDESIGNER_EXIT_AFTER_FIRST_PAINT="settled",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ORGDESIGNER_RECOVERY_DIR=str(tmp_path / "recovery"))
    out = subprocess.run([sys.executable, "-m", "orgdesigner", str(EXAMPLE)], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    assert "settled:" in out.stdout


def test_the_application_opens_a_small_file_before_showing_and_a_large_one_after(qtbot, dialogs, settings, recovery_dir, project_path, monkeypatch):
    from orgdesigner.ui import app

    small = app.start_window(str(project_path), "en", dialogs=dialogs, settings=settings, offer_recovery=False, load_after_paint=True)
    qtbot.addWidget(small)
    assert small.controller.path == project_path  # read before the first paint: one paint, with the project
    assert not small._extras_installed  # the other parts come after that paint
    qtbot.waitUntil(lambda: small._extras_installed and not small.controller.paint_first.pending, timeout=5000)
    small.close()

    monkeypatch.setattr(app, "_small", lambda _path: False)
    large = app.start_window(str(project_path), "en", dialogs=dialogs, settings=settings, offer_recovery=False, load_after_paint=True)
    qtbot.addWidget(large)
    assert large.controller.path is None  # the window paints first, then reads the file
    qtbot.waitUntil(lambda: large.controller.path == project_path and large._extras_installed, timeout=5000)
    large.close()
