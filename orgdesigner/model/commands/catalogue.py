"""Commands on the project's function catalogue and decision register."""

from __future__ import annotations

from typing import Any

from orgdesigner.model.commands._coerce import DECISION_FIELDS, FUNCTION_FIELDS, validate
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.document import Cells, Document
from orgdesigner.model.entities import Decision, Function


class AddFunction(Command):
    def __init__(self, function: Function, index: int | None = None) -> None:
        self.function = function
        self.index = index
        self.description = Description(Action.ADD, Subject.FUNCTION, name=function.name)

    def apply(self, doc: Document) -> None:
        if self.function.id in doc.project.functions:
            raise CommandError(Refusal.EXISTS, thing="function", id=self.function.id)
        validate(FUNCTION_FIELDS, "function", self.function, self.function.id)
        doc.add_function(self.function, self.index)

    def revert(self, doc: Document) -> None:
        doc.remove_function(self.function.id)


class RemoveFunction(Command):
    """Remove a function, its assignments in every scenario and the follow-ups that name it."""

    def __init__(self, function_id: str) -> None:
        self.function_id = function_id
        self.description = Description(Action.DELETE, Subject.FUNCTION)
        self._removed: tuple[int, Function, Cells, list[str]] | None = None

    def apply(self, doc: Document) -> None:
        if self.function_id not in doc.project.functions:
            raise CommandError(Refusal.UNKNOWN, thing="function", id=self.function_id)
        self._removed = doc.remove_function(self.function_id)

    def revert(self, doc: Document) -> None:
        assert self._removed is not None
        index, function, cells, followers = self._removed
        doc.add_function(function, index, cells, followers)


class SetFunctionField(SetObjectField):
    fields = FUNCTION_FIELDS
    owner = "function"
    subject = Subject.FUNCTION

    def __init__(self, function_id: str, field: str, value: Any) -> None:
        self.function_id = function_id
        super().__init__(field, value)

    def check(self, doc: Document) -> None:
        if self.function_id not in doc.project.functions:
            raise CommandError(Refusal.UNKNOWN, thing="function", id=self.function_id)
        # a follow-up names another function of the catalogue, as the file requires
        if self.field == "follows_up" and self.value is not None:
            if self.value == self.function_id:
                raise CommandError(Refusal.FOLLOWS_ITSELF)
            if self.value not in doc.project.functions:
                raise CommandError(Refusal.UNKNOWN, thing="function", id=self.value)

    def write(self, doc: Document, value: Any) -> Any:
        return doc.set_function(self.function_id, self.field, value)

    def _identity(self) -> object:
        return self.function_id


class AddDecision(Command):
    def __init__(self, decision: Decision, index: int | None = None) -> None:
        self.decision = decision
        self.index = index
        self.description = Description(Action.ADD, Subject.DECISION, name=decision.id)

    def apply(self, doc: Document) -> None:
        if self.decision.id in doc.project.decisions:
            raise CommandError(Refusal.EXISTS, thing="decision", id=self.decision.id)
        validate(DECISION_FIELDS, "decision", self.decision, self.decision.id)
        doc.add_decision(self.decision, self.index)

    def revert(self, doc: Document) -> None:
        doc.remove_decision(self.decision.id)


def decision_users(doc: Document, decision_id: str) -> list[tuple[str, ...]]:
    """The places that refer to a decision, as `refusals.uses` words them: ("unit", scenario,
    unit), ("economy", scenario), ("event", id)."""
    users: list[tuple[str, ...]] = []
    for scenario in doc.project.scenarios.values():
        users += [("unit", scenario.name, u.name) for u in scenario.units.values() if decision_id in u.decisions]
        if decision_id in scenario.economy.decisions:
            users.append(("economy", scenario.name))
    users += [("event", e.id) for e in doc.project.trade_history.events if e.decision == decision_id]
    return users


class RemoveDecision(Command):
    """Remove a decision nobody refers to (referenced decisions are refused, naming the users)."""

    def __init__(self, decision_id: str) -> None:
        self.decision_id = decision_id
        self.description = Description(Action.DELETE, Subject.DECISION)
        self._removed: tuple[int, Decision] | None = None

    def apply(self, doc: Document) -> None:
        if self.decision_id not in doc.project.decisions:
            raise CommandError(Refusal.UNKNOWN, thing="decision", id=self.decision_id)
        users = decision_users(doc, self.decision_id)
        if users:
            raise CommandError(Refusal.IN_USE, thing="decision", id=self.decision_id, users=tuple(users))
        self._removed = doc.remove_decision(self.decision_id)

    def revert(self, doc: Document) -> None:
        assert self._removed is not None
        index, decision = self._removed
        doc.add_decision(decision, index)


class SetDecisionField(SetObjectField):
    fields = DECISION_FIELDS
    owner = "decision"
    subject = Subject.DECISION

    def __init__(self, decision_id: str, field: str, value: Any) -> None:
        self.decision_id = decision_id
        super().__init__(field, value)

    def check(self, doc: Document) -> None:
        if self.decision_id not in doc.project.decisions:
            raise CommandError(Refusal.UNKNOWN, thing="decision", id=self.decision_id)

    def write(self, doc: Document, value: Any) -> Any:
        return doc.set_decision(self.decision_id, self.field, value)

    def _identity(self) -> object:
        return self.decision_id
