"""Commands on project properties, analysis settings and acknowledged findings."""

from __future__ import annotations

from orgdesigner.model.commands._coerce import PROJECT_FIELDS
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Acknowledgement, AnalysisSettings, Project
from orgdesigner.model.events import Change, ModelEvent


class SetProjectField(SetObjectField):
    fields = PROJECT_FIELDS
    owner = "project"

    def target(self, doc: Document) -> Project:
        return doc.project

    def event(self) -> ModelEvent:
        return ModelEvent(Change.PROJECT_CHANGED, field=self.field)


class SetSettings(Command):
    """Replace the analysis settings (thresholds, rules switched off, severity overrides)."""

    def __init__(self, settings: AnalysisSettings) -> None:
        self.settings = settings
        self.text = "Change analysis settings"
        self._old: AnalysisSettings | None = None

    def apply(self, doc: Document) -> None:
        self._old, doc.project.settings = doc.project.settings, self.settings
        doc.emit(ModelEvent(Change.PROJECT_CHANGED, field="settings"))

    def revert(self, doc: Document) -> None:
        assert self._old is not None
        doc.project.settings = self._old
        doc.emit(ModelEvent(Change.PROJECT_CHANGED, field="settings"))


class SetAcknowledgement(Command):
    """Acknowledge a finding with a comment, or withdraw the acknowledgement (comment None)."""

    def __init__(self, scenario_id: str, finding_key: str, comment: str | None) -> None:
        self.key = (scenario_id, finding_key)
        self.comment = comment
        self.text = "Acknowledge finding" if comment is not None else "Withdraw acknowledgement"
        self._old: Acknowledgement | None = None

    def apply(self, doc: Document) -> None:
        if self.key[0] not in doc.project.scenarios:
            raise CommandError(f"unknown scenario '{self.key[0]}'")
        acks = doc.project.acknowledgements
        self._old = acks.get(self.key)
        if self.comment is None:
            acks.pop(self.key, None)
        else:
            acks[self.key] = Acknowledgement(self.key[0], self.key[1], self.comment)
        doc.emit(ModelEvent(Change.PROJECT_CHANGED, self.key[0], field="acknowledgements"))

    def revert(self, doc: Document) -> None:
        acks = doc.project.acknowledgements
        if self._old is None:
            acks.pop(self.key, None)
        else:
            acks[self.key] = self._old
        doc.emit(ModelEvent(Change.PROJECT_CHANGED, self.key[0], field="acknowledgements"))
