"""Commands on the project's function catalogue and decision register."""

from __future__ import annotations

from typing import Any

from orgdesigner.model.commands._coerce import DECISION_FIELDS, FUNCTION_FIELDS, validate
from orgdesigner.model.commands._keyed import index_of, insert_at
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.document import Document
from orgdesigner.model.entities import AssignmentKey, Decision, Function
from orgdesigner.model.enums import Role
from orgdesigner.model.events import Change, ModelEvent


class AddFunction(Command):
    def __init__(self, function: Function, index: int | None = None) -> None:
        self.function = function
        self.index = index
        self.text = f"Add function {function.name}"

    def apply(self, doc: Document) -> None:
        project = doc.project
        if self.function.id in project.functions:
            raise CommandError(f"function id '{self.function.id}' already exists")
        validate(FUNCTION_FIELDS, "function", self.function, self.function.id)
        project.functions = insert_at(project.functions, self.function.id, self.function, self.index)
        doc.emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (self.function.id,)))

    def revert(self, doc: Document) -> None:
        del doc.project.functions[self.function.id]
        doc.emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (self.function.id,)))


class RemoveFunction(Command):
    """Remove a function, its assignments in every scenario and the follow-ups that name it."""

    def __init__(self, function_id: str) -> None:
        self.function_id = function_id
        self.text = "Delete function"
        self._index = 0
        self._function: Function | None = None
        self._assignments: dict[str, dict[AssignmentKey, Role]] = {}
        self._followers: list[str] = []

    def apply(self, doc: Document) -> None:
        project = doc.project
        if self.function_id not in project.functions:
            raise CommandError(f"unknown function '{self.function_id}'")
        self._index = index_of(project.functions, self.function_id)
        self._function = project.functions.pop(self.function_id)
        self._assignments = {}
        for sid, scenario in project.scenarios.items():
            held = {k: r for k, r in scenario.assignments.items() if k.function_id == self.function_id}
            for key in held:
                del scenario.assignments[key]
            self._assignments[sid] = held
        self._followers = [f.id for f in project.functions.values() if f.follows_up == self.function_id]
        for fid in self._followers:
            project.functions[fid].follows_up = None
        doc.emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (self.function_id, *self._followers)))

    def revert(self, doc: Document) -> None:
        project = doc.project
        assert self._function is not None
        project.functions = insert_at(project.functions, self.function_id, self._function, self._index)
        for sid, held in self._assignments.items():
            project.scenarios[sid].assignments.update(held)
        for fid in self._followers:
            project.functions[fid].follows_up = self.function_id
        doc.emit(ModelEvent(Change.FUNCTIONS_CHANGED, None, (self.function_id, *self._followers)))


class SetFunctionField(SetObjectField):
    fields = FUNCTION_FIELDS
    owner = "function"

    def __init__(self, function_id: str, field: str, value: Any) -> None:
        self.function_id = function_id
        super().__init__(field, value)

    def target(self, doc: Document) -> Function:
        try:
            return doc.project.functions[self.function_id]
        except KeyError:
            raise CommandError(f"unknown function '{self.function_id}'") from None

    def apply(self, doc: Document) -> None:
        # a follow-up names another function of the catalogue, as the file requires
        if self.field == "follows_up" and self.value is not None:
            if self.value == self.function_id:
                raise CommandError("a function cannot follow itself up")
            if self.value not in doc.project.functions:
                raise CommandError(f"unknown function '{self.value}'")
        super().apply(doc)

    def event(self) -> ModelEvent:
        return ModelEvent(Change.FUNCTIONS_CHANGED, None, (self.function_id,), self.field)

    def _identity(self) -> object:
        return self.function_id


class AddDecision(Command):
    def __init__(self, decision: Decision, index: int | None = None) -> None:
        self.decision = decision
        self.index = index
        self.text = f"Add decision {decision.id}"

    def apply(self, doc: Document) -> None:
        project = doc.project
        if self.decision.id in project.decisions:
            raise CommandError(f"decision '{self.decision.id}' already exists")
        validate(DECISION_FIELDS, "decision", self.decision, self.decision.id)
        project.decisions = insert_at(project.decisions, self.decision.id, self.decision, self.index)
        doc.emit(ModelEvent(Change.DECISIONS_CHANGED, None, (self.decision.id,)))

    def revert(self, doc: Document) -> None:
        del doc.project.decisions[self.decision.id]
        doc.emit(ModelEvent(Change.DECISIONS_CHANGED, None, (self.decision.id,)))


def decision_users(doc: Document, decision_id: str) -> list[str]:
    """Human-readable places that refer to a decision."""
    users = []
    for scenario in doc.project.scenarios.values():
        users += [f"{scenario.name}: {u.name}" for u in scenario.units.values() if decision_id in u.decisions]
        if decision_id in scenario.economy.decisions:
            users.append(f"{scenario.name}: economic rules")
    users += [f"volume history: event {e.id}" for e in doc.project.trade_history.events if e.decision == decision_id]
    return users


class RemoveDecision(Command):
    """Remove a decision nobody refers to (referenced decisions are refused, naming the users)."""

    def __init__(self, decision_id: str) -> None:
        self.decision_id = decision_id
        self.text = "Delete decision"
        self._index = 0
        self._decision: Decision | None = None

    def apply(self, doc: Document) -> None:
        project = doc.project
        if self.decision_id not in project.decisions:
            raise CommandError(f"unknown decision '{self.decision_id}'")
        users = decision_users(doc, self.decision_id)
        if users:
            raise CommandError(f"decision {self.decision_id} is still referred to by: {', '.join(users[:5])}")
        self._index = index_of(project.decisions, self.decision_id)
        self._decision = project.decisions.pop(self.decision_id)
        doc.emit(ModelEvent(Change.DECISIONS_CHANGED, None, (self.decision_id,)))

    def revert(self, doc: Document) -> None:
        assert self._decision is not None
        project = doc.project
        project.decisions = insert_at(project.decisions, self.decision_id, self._decision, self._index)
        doc.emit(ModelEvent(Change.DECISIONS_CHANGED, None, (self.decision_id,)))


class SetDecisionField(SetObjectField):
    fields = DECISION_FIELDS
    owner = "decision"

    def __init__(self, decision_id: str, field: str, value: Any) -> None:
        self.decision_id = decision_id
        super().__init__(field, value)

    def target(self, doc: Document) -> Decision:
        try:
            return doc.project.decisions[self.decision_id]
        except KeyError:
            raise CommandError(f"unknown decision '{self.decision_id}'") from None

    def event(self) -> ModelEvent:
        return ModelEvent(Change.DECISIONS_CHANGED, None, (self.decision_id,), self.field)

    def _identity(self) -> object:
        return self.decision_id
