"""The command protocol and the macro that makes many commands one undo step."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable

from orgdesigner.model.document import Document


class CommandError(ValueError):
    """A command that cannot be applied; the message is shown to the user as it is."""


class Command(ABC):
    #: Short description shown in Edit → Undo and the history view.
    text: str = ""

    @abstractmethod
    def apply(self, doc: Document) -> None:
        """Make the change. Raises CommandError, leaving the project unchanged, if it cannot."""

    @abstractmethod
    def revert(self, doc: Document) -> None:
        """Undo exactly what the last `apply` did."""

    def merge_key(self) -> object | None:
        """Commands with the same non-None key in a row may merge into one undo step."""
        return None

    def merge(self, later: Command) -> bool:
        """Absorb `later` (already applied) into self; return False to refuse."""
        return False


class MacroCommand(Command):
    """Several commands applied as one; a failure part-way reverts those already applied."""

    def __init__(self, text: str, commands: Iterable[Command]) -> None:
        self.text = text
        self.commands = list(commands)

    def apply(self, doc: Document) -> None:
        done: list[Command] = []
        try:
            for command in self.commands:
                command.apply(doc)
                done.append(command)
        except Exception:
            for command in reversed(done):
                command.revert(doc)
            raise

    def revert(self, doc: Document) -> None:
        for command in reversed(self.commands):
            command.revert(doc)
