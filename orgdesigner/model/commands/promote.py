"""Promote a scenario to the current state: it becomes the first scenario, named as the new
nuläge ("Nuläge 2018-03-01"), and the old current state stays as history, renamed. One step."""

from __future__ import annotations

from orgdesigner.model.commands.base import CommandError, MacroCommand
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.scenarios import MoveScenario, SetScenarioField
from orgdesigner.model.entities import Project


def promote_names(project: Project, scenario_id: str) -> tuple[str, str]:
    """(new name of the promoted scenario, new name of the old current state)."""
    scenario = project.scenarios[scenario_id]
    current = next(iter(project.scenarios.values()))
    date = scenario.effective_date
    new = f"Nuläge {date.isoformat()}" if date is not None else f"Nuläge ({scenario.name})"
    until = date or current.effective_date
    history = f"{current.name} (historik till {until.isoformat()})" if until is not None else f"{current.name} (historik)"
    return new, history


def promote_scenario(project: Project, scenario_id: str) -> MacroCommand:
    current = next(iter(project.scenarios))
    if scenario_id == current:
        raise CommandError(Refusal.ALREADY_CURRENT)
    new, history = promote_names(project, scenario_id)
    return MacroCommand(Description(Action.PROMOTE, Subject.SCENARIO, name=project.scenarios[scenario_id].name), [
        SetScenarioField(current, "name", history),
        SetScenarioField(scenario_id, "name", new),
        MoveScenario(scenario_id, 0),
    ])
