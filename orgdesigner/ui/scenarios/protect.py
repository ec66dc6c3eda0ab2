"""The current state (nuläge) kept as it is: an edit of it first offers to make a copy.

Every comparison "mot i dag" and every export compares with the project's first scenario, the
current state. A fix made there would doctor that baseline, so an edit aimed at it asks first:
make a copy and edit the copy (the edit is applied there, the copy becomes current), edit the
current state anyway (asked once per open project), or cancel. Notes about the current state
(acknowledging a finding, its name, description, proposal, its place in the list) are not
changes of the organisation and pass without a question.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgdesigner.model.commands.base import Command

# The commands load with the first edit (the window is built before any): start-up, issue 34.

COPY, EDIT, CANCEL = "copy", "edit", "cancel"


@cache
def _notes() -> tuple[type[Command], ...]:
    """The commands that record something about a scenario without changing its organisation."""
    from orgdesigner.model.commands import (
        AddScenario,
        MoveScenario,
        RemoveScenario,
        SetAcknowledgement,
        SetScenarioField,
    )

    return (SetAcknowledgement, SetScenarioField, MoveScenario, RemoveScenario, AddScenario)


def current_state_id(scenario_ids: list[str]) -> str | None:
    """The current state: the first scenario (what comparisons and exports compare with)."""
    return scenario_ids[0] if scenario_ids else None


def _parts(command: Command) -> list[Command]:
    from orgdesigner.model.commands import MacroCommand

    if isinstance(command, MacroCommand):
        return [part for sub in command.commands for part in _parts(sub)]
    return [command]


def edits_scenario(command: Command, scenario_id: str) -> bool:
    """Whether `command` changes the organisation of `scenario_id`."""
    notes = _notes()
    return any(
        not isinstance(part, notes) and getattr(part, "scenario_id", None) == scenario_id for part in _parts(command)
    )


def retarget(command: Command, old_id: str, new_id: str) -> None:
    """Point every part of `command` aimed at `old_id` at `new_id` (a copy with the same unit ids)."""
    for part in _parts(command):
        if getattr(part, "scenario_id", None) == old_id:
            part.scenario_id = new_id  # type: ignore[attr-defined]  # only parts that carry a scenario_id reach here, checked by getattr


class CurrentStateGuard:
    """Installed on the controller's push: returns the command to push (perhaps retargeted at a
    new copy), or None when the planner cancelled."""

    def __init__(self, controller: object, ask: Callable[[str], str], copy_name: Callable[[str], str]) -> None:
        from orgdesigner.ui.undo import DocumentController

        assert isinstance(controller, DocumentController)
        self.controller = controller
        self.ask = ask  # the current state's name → COPY, EDIT or CANCEL
        self.copy_name = copy_name  # the current state's name → the copy's name
        self._allowed_in: object | None = None  # the document whose current state may be edited
        controller.documentReplaced.connect(self._forget)

    def _forget(self) -> None:
        self._allowed_in = None

    def __call__(self, command: Command) -> Command | None:
        controller = self.controller
        project = controller.project
        base = current_state_id(list(project.scenarios))
        if base is None or self._allowed_in is controller.doc or not edits_scenario(command, base):
            return command
        answer = self.ask(project.scenarios[base].name)
        if answer == EDIT:
            self._allowed_in = controller.doc
            return command
        if answer != COPY:
            return None
        from orgdesigner.model.commands.scenarios import AddScenario, copied_scenario
        from orgdesigner.ui.scenarios.tools import free_scenario_id

        source = project.scenarios[base]
        clone = copied_scenario(source, free_scenario_id(project.scenarios, base), self.copy_name(source.name))
        if not controller.push(AddScenario(clone, 1)):
            return None
        controller.set_current_scenario(clone.id)
        retarget(command, base, clone.id)
        return command
