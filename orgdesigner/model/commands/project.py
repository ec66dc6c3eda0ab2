"""Commands on project properties, analysis settings and acknowledged findings."""

from __future__ import annotations

from orgdesigner.model import fields
from orgdesigner.model.commands._coerce import PROJECT_FIELDS
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Acknowledgement, AnalysisSettings, Project
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.model.limits import Limit, LimitError


def _check(table: dict[str, Limit], owner: str, value: object) -> None:
    try:
        fields.check(table, owner, value)
    except fields.FieldError as exc:
        raise CommandError(f"{owner}.{exc.field}: invalid value ({exc.reason})") from None


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
        _check(fields.SETTINGS, "settings", settings)
        try:  # the overrides' keys are rule ids, as the rules switched off
            fields.SETTINGS["disabled_rules"].held(list(settings.severity_overrides))
        except LimitError as exc:
            raise CommandError(f"settings.severity_overrides: invalid value ({exc})") from None
        for severity in settings.severity_overrides.values():
            if severity not in fields.SEVERITIES:
                raise CommandError(f"settings.severity_overrides: unknown severity '{str(severity)[:60]}' "
                                   f"(one of {', '.join(fields.SEVERITIES)})")
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
        _check(fields.ACKNOWLEDGEMENT, "acknowledgement",
               Acknowledgement(scenario_id, finding_key, "" if comment is None else comment))
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
