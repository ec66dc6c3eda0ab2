"""Setting and clearing roles in the responsibility matrix."""

from __future__ import annotations

from collections.abc import Iterable

from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.units import scenario_of
from orgdesigner.model.document import Document
from orgdesigner.model.entities import AssignmentKey
from orgdesigner.model.enums import Responsibility, Role

RoleChange = tuple[AssignmentKey, Role | None]  # None clears the cell


class SetRoles(Command):
    """Set (or clear, with None) the role of units for (function, responsibility) cells.

    One command for one cell or a whole pasted block, so a paste is one undo step.
    """

    def __init__(self, scenario_id: str, changes: Iterable[RoleChange], description: Description | None = None) -> None:
        self.scenario_id = scenario_id
        self.changes: dict[AssignmentKey, Role | None] = {}
        for key, role in changes:
            key = AssignmentKey(key[0], key[1], Responsibility(key[2]))
            self.changes[key] = None if role is None else Role(role)
        self.description = description or Description(Action.SET, Subject.ROLE, count=len(self.changes))
        self._old: dict[AssignmentKey, Role | None] = {}

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        functions = doc.project.functions
        for key in self.changes:
            if key.unit_id not in scenario.units:
                raise CommandError(Refusal.UNKNOWN, thing="unit", id=key.unit_id)
            if key.function_id not in functions:
                raise CommandError(Refusal.UNKNOWN, thing="function", id=key.function_id)
        self._old = doc.set_roles(self.scenario_id, self.changes)

    def revert(self, doc: Document) -> None:
        doc.set_roles(self.scenario_id, self._old)
