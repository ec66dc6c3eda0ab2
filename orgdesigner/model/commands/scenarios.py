"""Commands on the list of scenarios: add (or copy), remove, reorder, set a field."""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

from orgdesigner.model.commands._coerce import (
    SCENARIO_FIELDS,
    check_decisions_known,
    validate_scenario,
)
from orgdesigner.model.commands._keyed import index_of, insert_at
from orgdesigner.model.commands._lines import check_targets
from orgdesigner.model.commands._set_field import SetObjectField
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.trade import check_trade
from orgdesigner.model.commands.units import scenario_of
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Acknowledgement, Scenario
from orgdesigner.model.events import Change, ModelEvent


def copied_scenario(source: Scenario, new_id: str, new_name: str) -> Scenario:
    """A deep, independent copy of `source` under a new id and name.

    Units hold only immutable values (strings, enums, frozensets, tuples of frozen dotted lines)
    and the role matrix's keys and values are immutable too, so a copy of each unit and of the
    matrix is as independent as `deepcopy` and some 20 times faster at 10,000 units; every other
    field is deep-copied."""
    clone = copy.copy(source)
    for f in fields(Scenario):
        if f.name == "units":
            clone.units = {uid: copy.copy(unit) for uid, unit in source.units.items()}
        elif f.name == "assignments":
            clone.assignments = dict(source.assignments)
        elif f.name != "_children":
            setattr(clone, f.name, copy.deepcopy(getattr(source, f.name)))
    clone.id = new_id
    clone.name = new_name
    clone.structure_changed()
    return clone


class AddScenario(Command):
    def __init__(self, scenario: Scenario, index: int | None = None) -> None:
        self.scenario = scenario
        self.index = index
        self.text = f"Add scenario {scenario.name}"

    def apply(self, doc: Document) -> None:
        project = doc.project
        if self.scenario.id in project.scenarios:
            raise CommandError(f"scenario id '{self.scenario.id}' already exists")
        validate_scenario(self.scenario)
        check_scenario_references(doc, self.scenario)
        project.scenarios = insert_at(project.scenarios, self.scenario.id, self.scenario, self.index)
        doc.emit(ModelEvent(Change.SCENARIOS_CHANGED, self.scenario.id, (self.scenario.id,)))

    def revert(self, doc: Document) -> None:
        del doc.project.scenarios[self.scenario.id]
        doc.emit(ModelEvent(Change.SCENARIOS_CHANGED, self.scenario.id, (self.scenario.id,)))


def check_scenario_references(doc: Document, scenario: Scenario) -> None:
    """What the file's reference checks refuse in a scenario that arrives whole (an import, a
    copy): parents and dotted lines to units it lacks, decisions not in the register, trade
    naming units or services it lacks."""
    for unit in scenario.units.values():
        if unit.parent_id is not None and unit.parent_id not in scenario.units:
            raise CommandError(f"parent '{unit.parent_id}' of unit '{unit.id}' does not exist")
        check_decisions_known(doc.project, unit.decisions, f"unit '{unit.id}'")
        check_targets(scenario, unit.id, unit.dotted_lines)
    check_decisions_known(doc.project, scenario.economy.decisions, "economy")
    check_trade(scenario, scenario.trade)


class RemoveScenario(Command):
    def __init__(self, scenario_id: str) -> None:
        self.scenario_id = scenario_id
        self.text = "Delete scenario"
        self._index = 0
        self._scenario: Scenario | None = None
        self._acks: dict[tuple[str, str], Acknowledgement] = {}

    def apply(self, doc: Document) -> None:
        project = doc.project
        scenario_of(doc, self.scenario_id)
        self._index = index_of(project.scenarios, self.scenario_id)
        self._scenario = project.scenarios.pop(self.scenario_id)
        self._acks = {k: a for k, a in project.acknowledgements.items() if k[0] == self.scenario_id}
        for key in self._acks:
            del project.acknowledgements[key]
        doc.emit(ModelEvent(Change.SCENARIOS_CHANGED, self.scenario_id, (self.scenario_id,)))

    def revert(self, doc: Document) -> None:
        assert self._scenario is not None
        project = doc.project
        project.scenarios = insert_at(project.scenarios, self.scenario_id, self._scenario, self._index)
        project.acknowledgements.update(self._acks)
        doc.emit(ModelEvent(Change.SCENARIOS_CHANGED, self.scenario_id, (self.scenario_id,)))


class MoveScenario(Command):
    def __init__(self, scenario_id: str, new_index: int) -> None:
        self.scenario_id = scenario_id
        self.new_index = new_index
        self.text = "Reorder scenarios"
        self._old_index = 0

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        if not 0 <= self.new_index < len(doc.project.scenarios):
            raise CommandError(f"no scenario position {self.new_index}")
        self._old_index = index_of(doc.project.scenarios, self.scenario_id)
        self._place(doc, scenario, self.new_index)

    def revert(self, doc: Document) -> None:
        self._place(doc, doc.project.scenarios[self.scenario_id], self._old_index)

    def _place(self, doc: Document, scenario: Scenario, index: int) -> None:
        rest = {k: v for k, v in doc.project.scenarios.items() if k != self.scenario_id}
        doc.project.scenarios = insert_at(rest, self.scenario_id, scenario, index)
        doc.emit(ModelEvent(Change.SCENARIOS_CHANGED, self.scenario_id, (self.scenario_id,)))


class SetScenarioField(SetObjectField):
    fields = SCENARIO_FIELDS
    owner = "scenario"

    def __init__(self, scenario_id: str, field: str, value: Any) -> None:
        self.scenario_id = scenario_id
        super().__init__(field, value)

    def apply(self, doc: Document) -> None:
        if self.field == "economy":
            scenario_of(doc, self.scenario_id)
            check_decisions_known(doc.project, self.value.decisions, "economy")
        super().apply(doc)

    def target(self, doc: Document) -> Scenario:
        return scenario_of(doc, self.scenario_id)

    def event(self) -> ModelEvent:
        return ModelEvent(Change.SCENARIO_CHANGED, self.scenario_id, (self.scenario_id,), self.field)

    def _identity(self) -> object:
        return self.scenario_id
