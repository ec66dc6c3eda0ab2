"""File handling of the window: new, open, recent, save, save as, revert, autosave and recovery.

Files are read and written only through orgdesigner.io.project.project_file; a failure shows the reason
and leaves both the open project and the file on disk as they were.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from orgdesigner._gc import hold_collector
from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.project_file import SUFFIX, load_project, save_project
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Project
from orgdesigner.resources import example_path, is_bundled_example
from orgdesigner.ui.dialogs import CANCEL, SAVE, Dialogs
from orgdesigner.ui.i18n import translation_lang, ui_lang
from orgdesigner.ui.undo import DocumentController, new_project

if TYPE_CHECKING:
    from collections.abc import Callable

    from orgdesigner.io.project import recovery

MAX_RECENT = 10
AUTOSAVE_MS = 60_000


def _os_reason(exc: OSError) -> str:
    """Why the system refused, in the window's language (the words load with the first refusal)."""
    from orgdesigner.io.words.file_words import os_error_words

    return os_error_words(exc, translation_lang())


class FileManager(QObject):
    recentChanged = Signal(list)

    def __init__(self, controller: DocumentController, dialogs: Dialogs, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialogs = dialogs
        self.settings = settings
        self.session = f"{os.getpid()}-{os.urandom(3).hex()}"  # as uuid4's first 6 hex digits, without importing uuid
        self._recovery: recovery.Recovery | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    # -- recent files --
    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self.settings.setValue("files/recent", files[:MAX_RECENT])
        self.recentChanged.emit(files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.settings.setValue("files/recent", [])
        self.recentChanged.emit([])

    # -- asking before losing work --
    def display_name(self) -> str:
        path = self.controller.path
        return path.name if path is not None else self.controller.project.name

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open project (saved, discarded or unchanged)."""
        if not self.controller.is_modified:
            return True
        answer = self.dialogs.ask_save_changes(self.display_name())
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.save()
        return True

    # -- commands of the File menu --
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._drop_recovery()
        self.controller.set_document(Document(new_project(self.tr("New project"), self.tr("Current state"))), None)
        return True

    def open_dialog(self) -> bool:
        folder = str(self.controller.path.parent) if self.controller.path else str(Path.home())
        path = self.dialogs.ask_open_path(folder)
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            # loaded with the first refusal, not at start-up
            from orgdesigner.ui.file_problem_text import problem_text

            reason = "\n".join(problem_text(p) for p in exc.problems[:8]) or exc.summary()
            self.dialogs.error(self.tr("Cannot open project"), self.tr("%1 cannot be opened:\n\n%2").replace("%1", str(path)).replace("%2", reason))
            return False
        self._drop_recovery()
        if is_bundled_example(path):
            # however it was opened (`orgdesigner "$(orgdesigner --example)"`, a recent file, the
            # frozen app's own folder): an untitled copy, so Save asks where and the installed
            # file, and the folder it sits in, never change
            self.controller.set_document(Document(project), None)
            self.controller.show_message(self.tr("The example opened as an untitled copy: Save asks where to keep it."))
            return True
        # the chart's cards and the views' indexes are long-lived and free of cycles: collecting
        # while a large project's views are built and its analysis shown frees nothing (0.2 s at
        # 10,000 units, 1 s at 50,000), and collecting them later stalls an edit
        if sum(len(s.units) for s in project.scenarios.values()) > 5_000:
            keep = hold_collector()
            self.controller.set_document(Document(project), path)
            self.controller.paint_first.when_settled(lambda: QTimer.singleShot(0, lambda: self._after_large_open(keep)))
        else:
            self.controller.set_document(Document(project), path)
        self._add_recent(path)
        return True

    def _after_large_open(self, keep: Callable[[], None]) -> None:
        """Once a large project's findings are shown: the index edits need, then the collector
        back (what is alive then, frozen)."""
        analysis = self.controller.analysis
        if analysis is not None:
            analysis.prepare_edits(self.controller.scenario_id)
        keep()

    def open_example(self) -> bool:
        """The bundled example as a new, untitled project: Save asks where, so the installed copy
        is never overwritten."""
        return self.open_path(example_path())

    def open_imported(self, project: Project) -> bool:
        """A project made by an import (e.g. from an ArchiMate model) as a new, untitled project."""
        if not self.maybe_save():
            return False
        self._drop_recovery()
        self.controller.set_document(Document(project), None)
        return True

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as_dialog()
        return self.save_as(self.controller.path)

    def save_as_dialog(self) -> bool:
        suggested = str(self.controller.path or Path.home() / (self.controller.project.name + SUFFIX))
        path = self.dialogs.ask_save_path(suggested)
        return self.save_as(path) if path else False

    def save_as(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if is_bundled_example(path):  # chosen by hand in the save dialog: the installation stays as shipped
            self.dialogs.error(self.tr("Cannot save project"), self.tr("%1 is the example that comes with orgdesigner and is not changed. Save the project under another name or in another folder.").replace("%1", str(path)))
            return False
        try:
            save_project(self.controller.project, path)
        except (OSError, ProjectFileError) as exc:
            reason = exc.summary() if isinstance(exc, ProjectFileError) else _os_reason(exc)
            self.dialogs.error(self.tr("Cannot save project"), self.tr("%1 could not be saved: %2\n\nThe file on disk is unchanged.").replace("%1", str(path)).replace("%2", reason))
            return False
        self.controller.mark_saved(path)
        self._add_recent(path)
        self._drop_recovery()
        self.controller.show_message(self.tr("Saved %1").replace("%1", str(path)))
        return True

    def revert(self) -> bool:
        path = self.controller.path
        if path is None or not self.controller.is_modified:
            return False
        if not self.dialogs.confirm(self.tr("Revert"), self.tr("Discard every change since the last save of %1?").replace("%1", path.name)):
            return False
        return self.open_path(path, ask=False)

    # -- autosave and recovery --
    def autosave_now(self) -> recovery.Recovery | None:
        """Write the recovery copy while there are unsaved changes."""
        if not self.controller.is_modified:
            return None
        from orgdesigner.io.project import recovery  # with the first autosave, not at start-up

        try:
            self._recovery = recovery.write_recovery(self.controller.project, self.controller.path, self.session)
        except (OSError, ProjectFileError) as exc:
            reason = exc.summary() if isinstance(exc, ProjectFileError) else _os_reason(exc)
            self.controller.show_message(self.tr("Autosave failed: %1").replace("%1", reason))
            return None
        return self._recovery

    def _drop_recovery(self) -> None:
        if self._recovery is not None:
            self._recovery.discard()
            self._recovery = None

    def close_cleanly(self) -> None:
        """A normal close: no recovery file is needed any more."""
        self.autosave_timer.stop()
        self._drop_recovery()

    def offer_recovery(self) -> bool:
        """At start: if an earlier session crashed with unsaved work, offer to restore it."""
        from orgdesigner.io.project import recovery  # after the first paint (run_gui)

        for found in recovery.pending_recoveries():
            from orgdesigner.io.words.wording import day  # only when there is something to offer
            from orgdesigner.ui.file_problem_text import problem_text

            where = str(found.source) if found.source else self.tr("An unsaved project")
            # the day as the UI language writes it (8 december 2026), not ISO
            text = (self.tr("%1, autosaved %2 at %3").replace("%1", where)
                    .replace("%2", day(found.written.date(), ui_lang())).replace("%3", found.written.strftime("%H:%M")))
            if not self.dialogs.ask_restore(text):
                found.discard()
                continue
            try:
                project = found.load()
            except ProjectFileError as exc:
                self.dialogs.error(self.tr("Cannot restore"), "\n".join(problem_text(p) for p in exc.problems[:8]) or exc.summary())
                found.discard()
                continue
            self.controller.set_document(Document(project), found.source, modified=True)
            found.discard()
            self.autosave_now()
            return True
        return False
