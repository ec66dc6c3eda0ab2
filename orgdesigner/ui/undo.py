"""The Qt side of undo: a thin QUndoCommand around model commands, and the document controller.

The controller owns what one open project needs in the GUI: the Document, one QUndoStack, the
file path, the current scenario and the unit selection. Views listen to its signals; every edit
goes through `push`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from orgdesigner._gc import release_frozen
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import StructureType
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.after_paint import PaintFirst

if TYPE_CHECKING:
    from orgdesigner.analysis.live import LiveAnalysis
    from orgdesigner.model.commands import Command, CommandError

_MERGE_IDS: dict[object, int] = {}


def _merge_id(key: object | None) -> int:
    """QUndoCommand ids are ints; map each distinct model merge key to a stable small int."""
    if key is None:
        return -1
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class QtCommand(QUndoCommand):
    """Wraps one model command: redo applies it, undo reverts it, merging maps to merge()."""

    def __init__(self, command: Command, doc_source: DocumentController) -> None:
        # the commands and their wording load with the first edit, not at start-up (issue 34)
        from orgdesigner.ui.command_text import command_text

        super().__init__(command_text(command.description))  # the model describes it as data
        self.command = command
        self._controller = doc_source
        self.error: CommandError | None = None

    def redo(self) -> None:
        from orgdesigner.model.commands import CommandError

        try:
            self.command.apply(self._controller.doc)
        except CommandError as exc:  # only possible on the first push; the stack then drops us
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self.command.revert(self._controller.doc)

    def id(self) -> int:
        return _merge_id(self.command.merge_key())

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, QtCommand) or other.error is not None:
            return False
        if self.command.merge_key() != other.command.merge_key():
            return False
        return self.command.merge(other.command)


def new_project(name: str = "Nytt projekt", scenario_name: str = "Nuläge") -> Project:
    project = Project(name, created=date.today())
    project.scenarios["s1"] = Scenario("s1", scenario_name, structure=StructureType.LINE)
    return project


class DocumentController(QObject):
    """One open project: document, undo stack, path, current scenario and selection."""

    currentScenarioChanged = Signal(str)
    selectionChanged = Signal(list)  # unit ids
    centreRequested = Signal(str)  # a unit id the chart should bring into view
    documentReplaced = Signal()
    modelChanged = Signal(object)  # each orgdesigner.model.ModelEvent
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, doc: Document | None = None, path: Path | str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc if doc is not None else Document(new_project())
        self._stack = QUndoStack(self)
        self._path: Path | None = Path(path) if path is not None else None
        self._scenario_id = next(iter(self._doc.project.scenarios), "")
        self._selection: list[str] = []
        self._extra_modified = False  # e.g. restored from a recovery file
        #: asked before every push; returns the command to push or None (see push)
        self.guard: Callable[[Command], Command | None] | None = None
        self.analysis: LiveAnalysis | None = None
        # views fed by the analysis queue their refresh here: after the chart's paint when the
        # application sets a target (run_gui), at once otherwise
        self.paint_first = PaintFirst(self)
        self._doc.events.subscribe(self._on_event)
        self._stack.cleanChanged.connect(self._on_clean_changed)
        self._start_analysis()

    def __del__(self) -> None:
        # Empty the stack while every wrapper is intact. When the garbage collector frees a
        # controller (it sits in a cycle with its document's event list), finalizers run before
        # anything is cleared; without this, the C++ stack would later delete commands whose
        # Python wrappers the collector had already freed, and the process crashes.
        stack = self.__dict__.get("_stack")
        with contextlib.suppress(RuntimeError):  # already deleted on the C++ side
            if stack is not None:
                stack.clear()

    # -- properties other parts use --
    @property
    def doc(self) -> Document:
        return self._doc

    @property
    def project(self) -> Project:
        return self._doc.project

    @property
    def scenario_id(self) -> str:
        return self._scenario_id

    @property
    def scenario(self) -> Scenario | None:
        return self._doc.project.scenarios.get(self._scenario_id)

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    @property
    def is_modified(self) -> bool:
        return self._extra_modified or not self._stack.isClean()

    # -- editing --
    def push(self, command: Command) -> bool:
        """Apply `command` as one undo step. A refused command shows its reason; returns False.

        The guard, when installed (scenarios.protect: the current state is edited in a copy),
        may first retarget the command or cancel it (False)."""
        if self.guard is not None:
            guarded = self.guard(command)
            if guarded is None:
                return False
            command = guarded
        wrapped = QtCommand(command, self)
        self._stack.push(wrapped)
        if wrapped.error is not None:
            from orgdesigner.ui.command_text import error_text

            self.statusMessage.emit(error_text(wrapped.error))
            return False
        return True

    def show_message(self, text: str | Exception) -> None:
        """A message in the status bar; a model refusal is worded from its parts."""
        if isinstance(text, str):  # as error_text gives it back; its wording loads with the first refusal
            self.statusMessage.emit(text)
            return
        from orgdesigner.ui.command_text import error_text

        self.statusMessage.emit(error_text(text))

    # -- document lifetime --
    def set_document(self, doc: Document, path: Path | str | None, modified: bool = False) -> None:
        """Replace the open project (open, new, revert, restore). The undo history starts anew."""
        release_frozen()  # what a large project froze may now be freed
        self._doc.events.unsubscribe(self._on_event)
        self._doc = doc
        self._doc.events.subscribe(self._on_event)
        self._stack.clear()
        self._path = Path(path) if path is not None else None
        self._extra_modified = modified
        self._scenario_id = next(iter(doc.project.scenarios), "")
        self._selection = []
        self._start_analysis()
        self.documentReplaced.emit()
        self.currentScenarioChanged.emit(self._scenario_id)
        self.selectionChanged.emit([])
        self.pathChanged.emit(str(self._path or ""))
        self.modifiedChanged.emit(self.is_modified)

    def mark_saved(self, path: Path | str) -> None:
        self._path = Path(path)
        self._extra_modified = False
        self._stack.setClean()
        self.pathChanged.emit(str(self._path))
        self.modifiedChanged.emit(False)

    def mark_modified(self) -> None:
        self._extra_modified = True
        self.modifiedChanged.emit(True)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self._extra_modified or not clean)

    # -- scenario and selection --
    def set_current_scenario(self, scenario_id: str) -> None:
        if scenario_id == self._scenario_id or scenario_id not in self.project.scenarios:
            return
        self._scenario_id = scenario_id
        self._selection = []
        self.currentScenarioChanged.emit(scenario_id)
        self.selectionChanged.emit([])

    def select_units(self, ids: list[str], centre: bool = True) -> None:
        scenario = self.scenario
        ids = [uid for uid in dict.fromkeys(ids) if scenario is not None and uid in scenario.units]
        if ids != self._selection:
            self._selection = ids
            self.selectionChanged.emit(list(ids))
        if centre and ids:
            self.centreRequested.emit(ids[0])

    # -- model events --
    def _on_event(self, event: ModelEvent) -> None:
        # RESET too: settling a merge conflict may rebuild the project without the current scenario
        if event.change in (Change.SCENARIOS_CHANGED, Change.RESET) and self._scenario_id not in self.project.scenarios:
            self._scenario_id = next(iter(self.project.scenarios), "")
            self._selection = []
            self.modelChanged.emit(event)
            self.currentScenarioChanged.emit(self._scenario_id)
            self.selectionChanged.emit([])
            return
        self.modelChanged.emit(event)
        if event.change in (Change.UNITS_REMOVED, Change.RESET) and self._selection:
            scenario = self.scenario
            kept = [u for u in self._selection if scenario is not None and u in scenario.units]
            if kept != self._selection:
                self._selection = kept
                self.selectionChanged.emit(list(kept))

    def _start_analysis(self) -> None:
        old = self.analysis if hasattr(self, "analysis") else None
        if old is not None:
            old.close()  # stop listening to the previous document
        from orgdesigner.analysis.live import LiveAnalysis

        self.analysis = LiveAnalysis(self._doc)
