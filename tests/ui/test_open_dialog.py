"""The Open dialog offers projects only: a save's leftover temporary file is never one of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QListView

from orgdesigner.io.project.project_file import save_project
from tests.conftest import small_project


def test_a_stale_temporary_file_is_not_offered_as_a_project(qtbot, tmp_path: Path):
    save_project(small_project(), tmp_path / "plan.orgd")
    (tmp_path / ".plan.orgd.1a2b3c4d.tmp").write_bytes(b'{"half')  # a save killed mid-write
    # The filter the application's Open dialog uses (Qt's own dialog, so the list can be read).
    dialog = QFileDialog(None, "Open project", str(tmp_path), "orgdesigner projects (*.orgd)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFilter(dialog.filter() | QDir.Filter.Hidden)  # as where dot-files are not hidden (Windows)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QListView, "listView")
    assert view is not None

    def shown() -> list[str]:
        model, root = view.model(), view.rootIndex()
        return sorted(model.index(row, 0, root).data() for row in range(model.rowCount(root)))

    qtbot.waitUntil(lambda: shown() != [], timeout=5000)
    assert shown() == ["plan.orgd"]
    dialog.close()
