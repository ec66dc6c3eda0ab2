"""The generic set-one-attribute command that project, scenario and catalogue edits share."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from orgdesigner.model.commands._coerce import coerce
from orgdesigner.model.commands.base import Command
from orgdesigner.model.document import Document
from orgdesigner.model.events import ModelEvent


class SetObjectField(Command):
    fields: dict[str, Callable[[Any], Any]]
    owner: str

    def __init__(self, field: str, value: Any) -> None:
        self.field = field
        self.value = coerce(self.fields, self.owner, field, value)
        self.text = f"Change {self.owner} {field.replace('_', ' ')}"
        self._old: Any = None

    @abstractmethod
    def target(self, doc: Document) -> Any:
        """The object edited; raises CommandError when it does not exist."""

    @abstractmethod
    def event(self) -> ModelEvent: ...

    def apply(self, doc: Document) -> None:
        obj = self.target(doc)
        self._old = getattr(obj, self.field)
        setattr(obj, self.field, self.value)
        doc.emit(self.event())

    def revert(self, doc: Document) -> None:
        setattr(self.target(doc), self.field, self._old)
        doc.emit(self.event())

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
