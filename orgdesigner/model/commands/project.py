"""Commands on project properties, analysis settings and acknowledged findings."""

from __future__ import annotations

from typing import Any

from orgdesigner.model import fields
from orgdesigner.model.commands._coerce import PROJECT_FIELDS
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError, invalid
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Acknowledgement, AnalysisSettings
from orgdesigner.model.limits import Limit, LimitError


def _check(table: dict[str, Limit], owner: str, value: object) -> None:
    try:
        fields.check(table, owner, value)
    except fields.FieldError as exc:
        raise invalid(exc, value) from None


class SetProjectField(SetObjectField):
    fields = PROJECT_FIELDS
    owner = "project"
    subject = Subject.PROJECT

    def check(self, doc: Document) -> None:
        pass  # the project is always there, and its fields' values need no other entity

    def write(self, doc: Document, value: Any) -> Any:
        return doc.set_project(self.field, value)


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
        self.description = Description(Action.CHANGE, Subject.SETTINGS)
        self._old: AnalysisSettings | None = None

    def apply(self, doc: Document) -> None:
        self._old = doc.set_project("settings", self.settings)

    def revert(self, doc: Document) -> None:
        assert self._old is not None
        doc.set_project("settings", self._old)


class SetAcknowledgement(Command):
    """Acknowledge a finding with a comment, or withdraw the acknowledgement (comment None)."""

    def __init__(self, scenario_id: str, finding_key: str, comment: str | None) -> None:
        _check(fields.ACKNOWLEDGEMENT, "acknowledgement",
               Acknowledgement(scenario_id, finding_key, "" if comment is None else comment))
        self.key = (scenario_id, finding_key)
        self.comment = comment
        action = Action.ACKNOWLEDGE if comment is not None else Action.WITHDRAW
        self.description = Description(action, Subject.FINDING)
        self._old: Acknowledgement | None = None

    def apply(self, doc: Document) -> None:
        if self.key[0] not in doc.project.scenarios:
            raise CommandError(Refusal.UNKNOWN, thing="scenario", id=self.key[0])
        new = None if self.comment is None else Acknowledgement(self.key[0], self.key[1], self.comment)
        self._old = doc.set_acknowledgement(self.key, new)

    def revert(self, doc: Document) -> None:
        doc.set_acknowledgement(self.key, self._old)
