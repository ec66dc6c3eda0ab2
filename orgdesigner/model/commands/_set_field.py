"""The generic set-one-attribute command that project, scenario and catalogue edits share."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from orgdesigner.model.commands._coerce import coerce
from orgdesigner.model.commands.base import Command
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.document import Document


class SetObjectField(Command):
    fields: dict[str, Callable[[Any], Any]]
    owner: str  # as refusals name it ("scenario.name: invalid value …")
    subject: Subject

    def __init__(self, field: str, value: Any) -> None:
        self.field = field
        self.value = coerce(self.fields, self.owner, field, value)
        self.description = Description(Action.CHANGE, self.subject, field=field)
        self._old: Any = None

    @abstractmethod
    def check(self, doc: Document) -> None:
        """Raise CommandError when the object edited does not exist or the value does not fit it."""

    @abstractmethod
    def write(self, doc: Document, value: Any) -> Any:
        """Set the field through the document's primitive; return the old value."""

    def apply(self, doc: Document) -> None:
        self.check(doc)
        self._old = self.write(doc, self.value)

    def revert(self, doc: Document) -> None:
        self.write(doc, self._old)

    def merge_key(self) -> object | None:
        if self.field in {"name", "title", "description", "organisation", "reference"}:
            return (type(self).__name__, self.field, self._identity())
        return None

    def _identity(self) -> object:
        return None

    def merge(self, later: Command) -> bool:
        if not isinstance(later, SetObjectField) or later.merge_key() != self.merge_key():
            return False
        self.value = later.value
        return True
