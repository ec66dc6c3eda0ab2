"""Merge conflicts kept in the project: dropping a record, and the model's own edits that put one
side's value in place (orgdesigner.io.conflict_settle settles any conflict with them)."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from orgdesigner.model import fields
from orgdesigner.model.commands.assignments import SetRoles
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.catalogue import RemoveFunction, SetDecisionField, SetFunctionField
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.project import SetProjectField
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.scenarios import SetScenarioField
from orgdesigner.model.commands.units import MoveUnit, RemoveUnits, SetUnitField
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.document import Document
from orgdesigner.model.entities import AssignmentKey, Unit
from orgdesigner.model.enums import Responsibility, Role

_UNIT_FIELDS = frozenset(fields.UNIT_VALUES)
_DEFAULTS = {f.name: f.default for f in dataclass_fields(Unit)}
#: what a field the file leaves out when empty (None in a conflict record) is in the model
_UNIT_EMPTY = {f.name: _DEFAULTS[f.name] for f in fields.UNIT_FIELDS if f.role == "value" and not f.always}
_PLAIN_FIELDS = {"name", "description", "effective_date", "structure", "proposal"}
SETTLED = Description(Action.SETTLE, Subject.CONFLICT)


class DropConflict(Command):
    """Remove one conflict record (the project keeps what it holds)."""

    def __init__(self, conflict: MergeConflict) -> None:
        self.conflict = conflict
        self.description = SETTLED
        self._index = -1

    def apply(self, doc: Document) -> None:
        try:
            self._index = doc.project.conflicts.index(self.conflict)
        except ValueError:
            raise CommandError(Refusal.CONFLICT_SETTLED) from None
        doc.remove_conflict(self._index)

    def revert(self, doc: Document) -> None:
        doc.add_conflict(self._index, self.conflict)


def held_side(c: MergeConflict) -> str:
    """Which side's value the project holds: ours, except where only theirs kept an entity."""
    if c.kind in {"deleted", "reference"} and c.ours is None:
        return "theirs"
    return "ours"


def model_edit(c: MergeConflict, value: Any) -> Command | None:
    """The model's own edit that puts `value` (as the file stores it) in the conflict's place;
    None where the model has no command for it (orgdesigner.io.conflict_settle then edits the
    project's entities)."""
    kind, field = c.entity[0], c.field
    if kind == "unit" and field is None and value is None:
        return RemoveUnits(c.entity[1], [c.entity[2]])
    if kind == "unit" and field == "parent":
        return MoveUnit(c.entity[1], c.entity[2], value)
    if kind == "unit" and field in _UNIT_FIELDS:
        return SetUnitField(c.entity[1], [c.entity[2]], field, _UNIT_EMPTY.get(field) if value is None else value)
    if kind == "role":
        _, sid, fid, resp, uid = c.entity
        return SetRoles(sid, [(AssignmentKey(uid, fid, Responsibility(resp)), None if value is None else Role(value))])
    if kind == "function" and field is None and value is None:
        return RemoveFunction(c.entity[1])
    if kind == "function" and field is not None:
        return SetFunctionField(c.entity[1], field, value)
    if kind == "decision" and field is not None:
        return SetDecisionField(c.entity[1], field, value)
    if kind == "scenario" and field in _PLAIN_FIELDS:
        return SetScenarioField(c.entity[1], field, value)
    if kind == "project" and field in {"name", "organisation", "reference", "description", "created", "modified"}:
        return SetProjectField(field, value)
    return None
