"""New, open, save, save as, revert, recent files, drop, the unsaved-changes prompt, file errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from orgdesigner.io.project.project_file import load_project, project_bytes
from orgdesigner.model.commands import AddUnit, SetUnitField
from orgdesigner.model.entities import Unit
from orgdesigner.ui.dialogs import CANCEL, DISCARD, SAVE


def edit(window) -> None:
    window.controller.push(AddUnit("now", Unit("x", "Ny enhet", parent_id="rs")))


def test_save_and_reopen_is_equal(window, tmp_path):
    edit(window)
    window.controller.push(SetUnitField("now", ["hc1"], "notes", "Öppnar 2018"))
    target = tmp_path / "saved.orgd"
    assert window.save_as(target)
    assert not window.isWindowModified() and window.controller.path == target
    saved = window.controller.project
    assert window.open_path(target)
    assert project_bytes(window.controller.project) == project_bytes(saved)
    assert window.controller.scenario.units["hc1"].notes == "Öppnar 2018"


def test_save_as_adds_the_suffix_and_recent_files(window, tmp_path, dialogs):
    dialogs.save_path = str(tmp_path / "plan")
    assert window.files.save_as_dialog()
    assert (tmp_path / "plan.orgd").is_file()
    assert window.files.recent_files()[0] == str((tmp_path / "plan.orgd").resolve())
    assert window.menus.recent.actions()[0].text() == str((tmp_path / "plan.orgd").resolve())


@pytest.mark.parametrize(("answer", "closes", "saved"), [(SAVE, True, True), (DISCARD, True, False), (CANCEL, False, False)])
def test_unsaved_changes_prompt_on_close(window, dialogs, project_path, answer, closes, saved):
    edit(window)
    before = project_path.read_bytes()
    dialogs.save_answer = answer
    assert window.close() is closes
    assert dialogs.asked[-1] == ("save_changes", project_path.name)
    assert ("x" in load_project(project_path).scenarios["now"].units) is saved
    if not saved:
        assert project_path.read_bytes() == before


def test_no_prompt_when_nothing_changed(window, dialogs):
    assert window.close()
    assert dialogs.asked == []


def test_open_asks_first_and_cancel_keeps_the_project(window, dialogs, tmp_path):
    edit(window)
    dialogs.save_answer = CANCEL
    other = tmp_path / "other.orgd"
    other.write_bytes(window.controller.project and project_bytes(window.controller.project))
    assert not window.open_path(other)
    assert "x" in window.controller.scenario.units and window.isWindowModified()


def test_broken_file_shows_the_reason_and_keeps_the_open_project(window, dialogs, tmp_path):
    broken = tmp_path / "broken.orgd"
    broken.write_text('{"format": "orgdesigner", "format_version": 1, "name": ', encoding="utf-8")
    edit(window)
    dialogs.save_answer = DISCARD
    assert not window.open_path(broken)
    title, text = dialogs.errors[-1]
    assert "broken.orgd" in text and "JSON" in text
    assert "x" in window.controller.scenario.units  # nothing replaced


def test_save_without_permission_fails_cleanly(window, dialogs, tmp_path, monkeypatch):
    # Simulated at the file system call: the tests may run as root, who ignores permissions.
    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("orgdesigner.io.project.atomic._create_temporary", refuse)
    edit(window)
    target = tmp_path / "x.orgd"
    assert not window.save_as(target)
    assert dialogs.errors and "permission denied" in dialogs.errors[-1][1]  # the reason in the window's words
    assert "unchanged" in dialogs.errors[-1][1]
    assert window.isWindowModified() and not target.exists()


def test_failed_save_leaves_file_and_project_as_they_were(window, dialogs, project_path, monkeypatch):
    before = project_path.read_bytes()
    edit(window)

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("orgdesigner.ui.files.save_project", disk_full)
    assert not window.save()
    assert "the disk is full" in dialogs.errors[-1][1]
    assert project_path.read_bytes() == before
    assert window.isWindowModified() and "x" in window.controller.scenario.units


def test_revert_reloads_the_saved_file(window, dialogs):
    edit(window)
    assert window.menus.revert.isEnabled()
    window.menus.revert.trigger()
    assert ("confirm" in dialogs.asked[-1][0])
    assert "x" not in window.controller.scenario.units and not window.isWindowModified()


def test_new_project_after_prompt(window, dialogs):
    edit(window)
    dialogs.save_answer = DISCARD
    assert window.files.new()
    assert window.controller.path is None and len(window.controller.project.scenarios) == 1
    assert window.chart.scene.cards == {}


def test_dropping_a_project_file_opens_it(window, tmp_path):
    other = tmp_path / "dropped.orgd"
    project = load_project(window.controller.path)
    project.name = "Dropped"
    other.write_bytes(project_bytes(project))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.controller.path == Path(other) and window.controller.project.name == "Dropped"
    assert "dropped.orgd" in window.windowTitle()


@pytest.fixture
def installed_example(tmp_path, monkeypatch) -> Path:
    """An installation's examples folder (as in site-packages or the frozen app's _internal)."""
    from orgdesigner import resources
    from tests.conftest import EXAMPLE

    data = tmp_path / "installed" / "orgdesigner" / "data"
    (data / "examples").mkdir(parents=True)
    example = data / "examples" / EXAMPLE.name
    example.write_bytes(EXAMPLE.read_bytes())
    packages = {"orgdesigner.data": data, resources.EXAMPLES_PACKAGE: data / "examples"}
    monkeypatch.setattr(resources, "resource_path",
                        lambda *parts, package="orgdesigner.data": packages[package].joinpath(*parts))
    monkeypatch.setattr("orgdesigner.ui.files.example_path", lambda: example)
    return example


@pytest.mark.parametrize("how", ["path", "help menu", "other spelling"])
def test_the_bundled_example_opens_as_an_untitled_copy(qtbot, dialogs, settings, recovery_dir, installed_example, tmp_path, how):
    """`orgdesigner "$(orgdesigner --example)"`, a recent-files entry or the help menu: Save asks
    where, and the installed file and its folder never change."""
    from tests.ui.window_fixtures import make_window

    before = installed_example.read_bytes()
    window = make_window(qtbot, dialogs, settings)
    if how == "help menu":
        assert window.files.open_example()
    else:
        spelled = installed_example if how == "path" else installed_example.parent / ".." / "examples" / installed_example.name
        assert window.files.open_path(spelled)
    assert window.controller.path is None
    assert window.controller.project.name == load_project(installed_example).name
    assert str(installed_example.resolve()) not in window.files.recent_files()
    window.controller.push(SetUnitField("nulage-2017", ["rd"], "notes", "Ändrad"))
    dialogs.save_path = None  # the planner cancels the save dialog
    assert not window.files.save()
    assert dialogs.asked[-1][0] == "save_as"
    dialogs.save_path = str(tmp_path / "min-plan")
    assert window.files.save()
    assert load_project(tmp_path / "min-plan.orgd").scenarios["nulage-2017"].units["rd"].notes == "Ändrad"
    assert installed_example.read_bytes() == before
    assert sorted(p.name for p in installed_example.parent.iterdir()) == [installed_example.name]  # no .bak
    window.close()


def test_saving_over_the_bundled_example_is_refused(window, dialogs, installed_example):
    before = installed_example.read_bytes()
    edit(window)
    assert not window.files.save_as(installed_example)
    assert dialogs.errors and "example that comes with orgdesigner" in dialogs.errors[-1][1]
    assert installed_example.read_bytes() == before
    assert sorted(p.name for p in installed_example.parent.iterdir()) == [installed_example.name]


def test_a_large_project_opens_with_the_collector_held_then_frozen_until_replaced(qtbot, window, tmp_path):
    import gc

    from benchmarks.synthetic import synthetic_project
    from orgdesigner._gc import release_frozen
    from orgdesigner.io.project.project_file import save_project
    from orgdesigner.model import Document

    large = tmp_path / "large.orgd"
    save_project(synthetic_project(units=5_001, functions=20, assignments=2_000), large)
    paint_first = window.controller.paint_first
    paint_first.target = window.chart.view.viewport()  # as run_gui: the views fill after the paint
    try:
        assert window.open_path(large)
        assert paint_first.pending and not gc.isenabled()  # held while the views wait for the paint
        paint_first.flush()
        assert not gc.isenabled()  # the index edits need is built first, on the next turn
        qtbot.waitUntil(gc.isenabled, timeout=5000)
        assert gc.get_freeze_count() > 0  # the project, its views and that index frozen
        assert window.controller.analysis._state(window.controller.scenario_id).context.index._unit_cells is not None
        paint_first.target = None
        window.controller.set_document(Document(load_project(large)), None)
        assert gc.get_freeze_count() == 0  # replaced: whatever of the old one sits in cycles can go
    finally:
        paint_first.target = None
        release_frozen()
        gc.enable()
