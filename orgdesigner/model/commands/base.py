"""The command protocol and the macro that makes many commands one undo step.

A command checks that its change is allowed and makes it with the Document's primitives, which
tell the observers; a command never emits an event itself. Revert calls the same primitives with
the old values they returned.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import Iterable

from orgdesigner.model.commands.description import Description
from orgdesigner.model.commands.refusals import Refusal, worded
from orgdesigner.model.document import Document
from orgdesigner.model.fields import FieldError


class CommandError(ValueError):
    """A command that cannot be applied. A refusal a person can cause is a `Refusal` kind with
    its parts, worded in the reader's language by `words`; str() is its English (the log's, a
    test's). A plain message is for refusals only a programming error causes."""

    def __init__(self, reason: str | Refusal, /, **parts: object) -> None:
        self.refusal = reason if isinstance(reason, Refusal) else None
        self.parts = parts
        super().__init__(worded(reason, parts, "en") if isinstance(reason, Refusal) else reason)

    def words(self, lang: str) -> str:
        """The refusal in `lang` ("sv" or "en")."""
        return str(self) if self.refusal is None else worded(self.refusal, self.parts, lang)


class InvalidValue(CommandError):
    """A value a field cannot hold: names the field, the value as shown and the reason, so the
    window can word the refusal in its language."""

    def __init__(self, owner: str, field: str, shown: str, reason: str) -> None:
        super().__init__(f"{owner}.{field}: invalid value {shown} ({reason})")
        self.owner = owner
        self.field = field
        self.shown = shown
        self.reason = reason


def invalid(exc: FieldError, entity: object) -> InvalidValue:
    """A whole entity's field past its limit (fields.check) as the refusal an edit gives."""
    value = getattr(entity, exc.field, None)
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "…"
    return InvalidValue(exc.owner, exc.field, shown, exc.reason)


class Command(ABC):
    #: What the command does, for Edit → Undo and the history view (worded by the reader's side).
    description: Description

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


def command_kinds() -> list[type[Command]]:
    """Every concrete command class of orgdesigner that has been imported: the registry the
    tests iterate (import `orgdesigner.model.commands` and the io modules that add kinds)."""
    out: list[type[Command]] = []
    todo: list[type[Command]] = list(Command.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if (not inspect.isabstract(cls) and not cls.__name__.startswith("_")
                and cls.__module__.startswith("orgdesigner.") and cls not in out):
            out.append(cls)
    return sorted(out, key=lambda c: (c.__module__, c.__qualname__))


class MacroCommand(Command):
    """Several commands applied as one; a failure part-way reverts those already applied."""

    def __init__(self, description: Description, commands: Iterable[Command]) -> None:
        self.description = description
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
