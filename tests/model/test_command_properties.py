"""Property: any command sequence reverted in reverse order restores the project exactly,
and re-applied reproduces the end state."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesigner.io.project_file import project_bytes
from orgdesigner.model import (
    Authority,
    Document,
    Function,
    Responsibility,
    Role,
    Unit,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.commands import (
    AddFunction,
    AddScenario,
    AddUnit,
    CommandError,
    MoveScenario,
    MoveUnit,
    RemoveFunction,
    RemoveScenario,
    RemoveUnits,
    SetFunctionField,
    SetRoles,
    SetScenarioField,
    SetUnitField,
)
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.synthetic import synthetic_project

picks = st.integers(min_value=0, max_value=10_000)


@st.composite
def command_for(draw, doc: Document, n: int):
    project = doc.project
    scenario = project.scenarios[sorted(project.scenarios)[draw(picks) % len(project.scenarios)]]
    units = list(scenario.units)
    functions = list(project.functions)
    unit = units[draw(picks) % len(units)] if units else None
    kind = draw(st.sampled_from(["add", "remove", "move", "field", "roles", "fn", "scenario"]))
    if kind == "add" or unit is None:
        return AddUnit(scenario.id, Unit(f"new{n}", f"New {n}", draw(st.sampled_from(list(UnitCategory))), parent_id=unit), index=draw(st.none() | st.integers(0, 5)))
    if kind == "remove":
        return RemoveUnits(scenario.id, [unit])
    if kind == "move":
        return MoveUnit(scenario.id, unit, draw(st.none() | st.sampled_from(units)))
    if kind == "field":
        field, value = draw(
            st.sampled_from(
                [
                    ("name", f"Name {n}"),
                    ("form", UnitForm.INTRAPRENAD),
                    ("authorities", [Authority.BUDGET, Authority.STAFFING]),
                    ("listed_patients", 4200),
                    ("notes", "n"),
                ]
            )
        )
        return SetUnitField(scenario.id, [unit], field, value)
    if kind == "roles":
        changes = [
            ((units[draw(picks) % len(units)], functions[draw(picks) % len(functions)], draw(st.sampled_from(list(Responsibility)))), draw(st.none() | st.sampled_from(list(Role))))
            for _ in range(draw(st.integers(1, 4)))
        ]
        return SetRoles(scenario.id, changes)
    if kind == "fn":
        choice = draw(st.integers(0, 2))
        if choice == 0:
            return AddFunction(Function(f"fn{n}", f"Function {n}"), index=0)
        if choice == 1 and len(functions) > 1:
            return RemoveFunction(functions[draw(picks) % len(functions)])
        return SetFunctionField(functions[0], "vardval", True)
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return AddScenario(copied_scenario(scenario, f"sc{n}", f"Copy {n}"), index=0)
    if choice == 1 and len(project.scenarios) > 1:
        return RemoveScenario(scenario.id)
    if choice == 2:
        return MoveScenario(scenario.id, draw(picks) % len(project.scenarios))
    return SetScenarioField(scenario.id, "name", f"Renamed {n}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_revert_in_reverse_restores_and_reapply_reproduces(data):
    doc = Document(synthetic_project(units=12, functions=4, assignments=20, scenarios=2, seed=7))
    start = project_bytes(doc.project)
    applied = []
    for n in range(data.draw(st.integers(1, 15))):
        command = data.draw(command_for(doc, n))
        before = project_bytes(doc.project)
        try:
            command.apply(doc)
        except CommandError:
            assert project_bytes(doc.project) == before  # a refused command changes nothing
            continue
        applied.append(command)
    end = project_bytes(doc.project)
    for command in reversed(applied):
        command.revert(doc)
    assert project_bytes(doc.project) == start
    for command in applied:
        command.apply(doc)
    assert project_bytes(doc.project) == end
