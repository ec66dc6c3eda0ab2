"""Autosave to a recovery file while there are unsaved changes, and restore after a crash."""

from __future__ import annotations

import json

from orgdesigner.io.project import recovery
from orgdesigner.io.project.project_file import project_bytes
from orgdesigner.model.commands import AddUnit
from orgdesigner.model.entities import Unit
from tests.ui.window_fixtures import make_window


def test_autosave_writes_only_while_modified(window, recovery_dir):
    assert window.files.autosave_now() is None
    window.controller.push(AddUnit("now", Unit("x", "Ny enhet", parent_id="rs")))
    written = window.files.autosave_now()
    assert written is not None and written.data_path.parent == recovery_dir
    assert window.files.autosave_timer.interval() == 60_000 and window.files.autosave_timer.isActive()
    window.save()
    assert not written.data_path.exists()  # saved: recovery no longer needed


def test_recovery_after_a_simulated_crash(qtbot, dialogs, settings, recovery_dir, project_path):
    crashed = make_window(qtbot, dialogs, settings, project_path)
    crashed.controller.push(AddUnit("now", Unit("x", "Ny enhet", parent_id="rs")))
    written = crashed.files.autosave_now()
    unsaved = project_bytes(crashed.controller.project)
    # simulate the crash: the process id in the recovery file is one that is no longer running
    meta = json.loads(written.meta_path.read_text())
    meta["pid"] = 999_999_999
    written.meta_path.write_text(json.dumps(meta))
    assert len(recovery.pending_recoveries()) == 1
    crashed.files.autosave_timer.stop()
    crashed.controller.undo_stack.setClean()  # so the window closes without writing anything
    crashed.files._recovery = None  # a crashed process never cleans up
    crashed.close()

    from orgdesigner.ui.app import start_window

    restarted = start_window(None, "en", dialogs=dialogs, settings=settings)
    qtbot.addWidget(restarted)
    assert dialogs.asked[-1][0] == "restore" and str(project_path) in dialogs.asked[-1][1]
    assert project_bytes(restarted.controller.project) == unsaved
    assert restarted.controller.path == project_path
    assert restarted.isWindowModified()  # restored work is not saved yet
    assert recovery.pending_recoveries() == []
    restarted.files.controller.undo_stack.clear()
    dialogs.save_answer = "discard"
    restarted.close()


def test_declined_recovery_is_discarded(qtbot, dialogs, settings, recovery_dir):
    from tests.conftest import small_project

    written = recovery.write_recovery(small_project(), None, "old", recovery_dir)
    meta = json.loads(written.meta_path.read_text())
    meta["pid"] = 999_999_999
    written.meta_path.write_text(json.dumps(meta))
    dialogs.restore_answer = False
    window = make_window(qtbot, dialogs, settings)
    assert not window.files.offer_recovery()
    assert recovery.pending_recoveries() == [] and not written.data_path.exists()
    window.close()


def test_recovery_of_a_live_process_is_not_offered(recovery_dir):
    from tests.conftest import small_project

    recovery.write_recovery(small_project(), None, "mine", recovery_dir)
    assert recovery.pending_recoveries() == []  # written by this (running) process


def test_recovery_offer_names_the_day_in_the_window_language(qtbot, swedish, dialogs, settings, recovery_dir):
    from orgdesigner.io.words.wording import day
    from tests.conftest import small_project

    written = recovery.write_recovery(small_project(), None, "old", recovery_dir)
    meta = json.loads(written.meta_path.read_text())
    meta["pid"] = 999_999_999
    written.meta_path.write_text(json.dumps(meta))
    dialogs.restore_answer = False
    window = make_window(qtbot, dialogs, settings)
    assert not window.files.offer_recovery()
    asked = dialogs.asked[-1][1]
    when = written.written
    assert asked == f"Ett osparat projekt, autosparat {day(when.date(), 'sv')} kl. {when:%H:%M}"
    assert when.strftime("%Y-%m-%d") not in asked
    window.close()
