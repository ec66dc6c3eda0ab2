"""The current state (first scenario) is edited in a copy unless the planner says otherwise (issue 32)."""

from __future__ import annotations

import pytest

from orgdesigner.model import AssignmentKey, Responsibility, Role
from orgdesigner.model.commands import SetRoles, SetUnitField
from orgdesigner.model.commands.project import SetAcknowledgement
from orgdesigner.ui.dialogs import DISCARD
from orgdesigner.ui.scenarios.protect import CANCEL, COPY, EDIT
from tests.ui.window_fixtures import make_window

KEY = AssignmentKey("hc1", "vv", Responsibility.ORDERING)


@pytest.fixture
def answers(dialogs):
    """The planner's answers, in order; each question is recorded in dialogs.asked."""
    queue: list[str] = []

    def ask(name: str) -> str:
        dialogs.asked.append(("current_state", name))
        return queue.pop(0)

    dialogs.ask_edit_current_state = ask
    return queue


@pytest.fixture
def guarded(qtbot, dialogs, settings, recovery_dir, project_path, answers):
    window = make_window(qtbot, dialogs, settings, project_path)
    yield window
    dialogs.save_answer = DISCARD
    window.close()


def test_an_edit_of_the_current_state_goes_to_a_copy(guarded, answers, dialogs):
    c = guarded.controller
    base = c.scenario_id
    before = c.project.scenarios[base].assignments.get(KEY)
    answers.append(COPY)
    assert c.push(SetRoles(base, [(KEY, Role.ACCOUNTABLE)]))
    ids = list(c.project.scenarios)
    copy = ids[1]
    assert ids[0] == base and c.scenario_id == copy  # the copy is shown, right after the current state
    assert c.project.scenarios[copy].name.endswith("(copy)")
    assert c.project.scenarios[copy].assignments[KEY] is Role.ACCOUNTABLE
    assert c.project.scenarios[base].assignments.get(KEY) == before  # the current state as it was
    # the next edit is in the copy: no question
    assert c.push(SetUnitField(copy, ["hc1"], "name", "HC ett"))
    assert dialogs.asked.count(("current_state", c.project.scenarios[base].name)) == 1
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert KEY not in c.project.scenarios[copy].assignments or c.project.scenarios[copy].assignments[KEY] == before
    c.undo_stack.undo()
    assert list(c.project.scenarios) == [base]  # the copy was its own undo step


def test_editing_the_current_state_anyway_is_asked_once(guarded, answers, dialogs):
    c = guarded.controller
    base = c.scenario_id
    answers.append(EDIT)
    assert c.push(SetRoles(base, [(KEY, Role.ACCOUNTABLE)]))
    assert c.push(SetRoles(base, [(KEY, Role.CONSULTED)]))
    assert c.project.scenarios[base].assignments[KEY] is Role.CONSULTED
    assert len([a for a in dialogs.asked if a[0] == "current_state"]) == 1
    assert list(c.project.scenarios) == [base]


def test_cancel_changes_nothing_and_notes_are_not_asked_about(guarded, answers, dialogs):
    c = guarded.controller
    base = c.scenario_id
    before = dict(c.project.scenarios[base].assignments)
    answers.append(CANCEL)
    assert not c.push(SetRoles(base, [(KEY, Role.ACCOUNTABLE)]))
    assert c.project.scenarios[base].assignments == before and c.undo_stack.count() == 0
    assert c.push(SetAcknowledgement(base, "some-finding", "known"))  # a note, not a change
    assert len([a for a in dialogs.asked if a[0] == "current_state"]) == 1
