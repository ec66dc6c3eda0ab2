"""A Qt-free undo history for the CLI, importers and tests (the GUI uses QUndoStack)."""

from __future__ import annotations

from orgdesigner.model.commands.base import Command
from orgdesigner.model.document import Document


class CommandStack:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_depth: int | None = 0

    def push(self, command: Command) -> None:
        command.apply(self.doc)  # raises before anything is recorded
        self._undone.clear()
        if self._clean_depth is not None and self._clean_depth > len(self._done):
            self._clean_depth = None  # the saved state can no longer be reached by redo
        last = self._done[-1] if self._done else None
        key = command.merge_key()
        if last is not None and key is not None and last.merge_key() == key and len(self._done) != self._clean_depth and last.merge(command):
            return
        self._done.append(command)

    def undo(self) -> bool:
        if not self._done:
            return False
        command = self._done.pop()
        command.revert(self.doc)
        self._undone.append(command)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        command = self._undone.pop()
        command.apply(self.doc)
        self._done.append(command)
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def set_clean(self) -> None:
        self._clean_depth = len(self._done)

    @property
    def is_clean(self) -> bool:
        return self._clean_depth == len(self._done)
