"""A deterministic synthetic region for tests and benchmarks (same seed, same project)."""

from __future__ import annotations

import random
from datetime import date

from orgdesigner.model.entities import (
    AssignmentKey,
    Decision,
    Function,
    Project,
    Scenario,
    Unit,
)
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)

_TOP_CATEGORIES = [
    UnitCategory.PURCHASER,
    UnitCategory.OWN_PROVIDER,
    UnitCategory.OWN_PROVIDER,
    UnitCategory.MEDICAL_SERVICE,
    UnitCategory.SUPPORT,
    UnitCategory.PRIVATE_PROVIDER,
]


def synthetic_project(
    units: int = 1_000,
    functions: int = 200,
    assignments: int = 10_000,
    scenarios: int = 1,
    seed: int = 1,
    max_children: int = 8,
) -> Project:
    """A region with `units` units in a tree, a function catalogue and random RACI roles."""
    rng = random.Random(seed)
    project = Project(
        name=f"Synthetic region ({units} units)",
        organisation="Region Syntetisk",
        reference="SYN/1/2026",
        created=date(2026, 1, 1),
    )
    categories = list(FunctionCategory)
    for i in range(functions):
        fid = f"f{i}"
        project.functions[fid] = Function(fid, f"Function {i}", categories[i % len(categories)], vardval=i % 5 == 0)
    project.decisions["SYN/1/2020"] = Decision("SYN/1/2020", "Synthetic decision", date(2020, 1, 1), None)
    for n in range(scenarios):
        scenario = Scenario(
            id=f"s{n}",
            name=f"Scenario {n}",
            effective_date=date(2026, 1, 1),
            structure=StructureType.LINE,
        )
        _grow_tree(scenario, units, rng, max_children)
        _assign(scenario, list(project.functions), assignments, rng)
        project.scenarios[scenario.id] = scenario
    return project


def _grow_tree(scenario: Scenario, count: int, rng: random.Random, max_children: int) -> None:
    """Breadth-first tree: each unit gets 1..max_children children until `count` units exist."""
    root = Unit("u0", "Regionstyrelsen", UnitCategory.GOVERNANCE)
    scenario.units[root.id] = root
    frontier = [root]
    i = 1
    while i < count and frontier:
        parent = frontier.pop(0)
        for _ in range(rng.randint(1, max_children)):
            if i >= count:
                break
            if parent.category is UnitCategory.GOVERNANCE:
                category = _TOP_CATEGORIES[i % len(_TOP_CATEGORIES)]
            else:
                category = parent.category
            unit = Unit(
                id=f"u{i}",
                name=f"Unit {i}",
                category=category,
                form=UnitForm.RESULT if rng.random() < 0.3 else UnitForm.LINE,
                parent_id=parent.id,
                authorities=frozenset(a for a in Authority if rng.random() < 0.3),
                budget_sek=float(rng.randint(1, 500) * 100_000),
                staff_fte=float(rng.randint(1, 200)),
            )
            scenario.units[unit.id] = unit
            frontier.append(unit)
            i += 1
    scenario.structure_changed()


def _assign(scenario: Scenario, function_ids: list[str], count: int, rng: random.Random) -> None:
    unit_ids = list(scenario.units)
    responsibilities = list(Responsibility)
    roles = [Role.ACCOUNTABLE, Role.PERFORMS, Role.PERFORMS, Role.CONSULTED, Role.INFORMED]
    limit = len(unit_ids) * len(function_ids) * len(responsibilities)
    target = min(count, limit)
    while len(scenario.assignments) < target:
        key = AssignmentKey(rng.choice(unit_ids), rng.choice(function_ids), rng.choice(responsibilities))
        scenario.assignments[key] = rng.choice(roles)


def wide_project(
    units: int = 10_000,
    functions: int = 500,
    assignments: int = 100_000,
    scenarios: int = 1,
    seed: int = 2,
    children: int = 6,
) -> Project:
    """A second, independently shaped region: wide and findings-heavy (issue 20).

    Levels of about `children` times the previous one, each unit under a random unit of the level
    above; roles drawn with many accountables (so many functions end with several or none);
    up to four random authorities per unit; a fifth of the units intraprenader. Benchmarks run
    on both shapes, so speed does not hinge on the tidy tree `synthetic_project` grows.
    """
    rng = random.Random(seed)
    project = synthetic_project(units=1, functions=functions, assignments=0, scenarios=0, seed=seed)
    project.name = f"Wide synthetic region ({units} units)"
    authorities = list(Authority)
    forms = [UnitForm.INTRAPRENAD, UnitForm.LINE, UnitForm.LINE, UnitForm.RESULT, UnitForm.LINE]
    roles = [Role.ACCOUNTABLE, Role.ACCOUNTABLE, Role.PERFORMS, Role.CONSULTED, Role.INFORMED]
    for n in range(scenarios):
        scenario = Scenario(id=f"s{n}", name=f"Scenario {n}", effective_date=date(2026, 1, 1), structure=StructureType.CUSTOM)
        root = Unit("u0", "Regionstyrelsen", UnitCategory.GOVERNANCE)
        scenario.units[root.id] = root
        level = [root]
        i = 1
        while i < units:
            below = []
            for _ in range(min(units - i, len(level) * children)):
                parent = rng.choice(level)
                category = _TOP_CATEGORIES[i % len(_TOP_CATEGORIES)] if parent is root else parent.category
                unit = Unit(
                    id=f"u{i}",
                    name=f"Enhet {i}",
                    category=category,
                    form=forms[i % len(forms)],
                    parent_id=parent.id,
                    authorities=frozenset(rng.sample(authorities, rng.randint(0, 4))),
                    budget_sek=float(rng.randint(1, 500) * 100_000),
                    staff_fte=float(rng.randint(1, 200)),
                )
                scenario.units[unit.id] = unit
                below.append(unit)
                i += 1
            level = below
        scenario.structure_changed()
        unit_ids = list(scenario.units)
        function_ids = list(project.functions)
        responsibilities = list(Responsibility)
        target = min(assignments, len(unit_ids) * len(function_ids) * len(responsibilities))
        while len(scenario.assignments) < target:
            key = AssignmentKey(rng.choice(unit_ids), rng.choice(function_ids), rng.choice(responsibilities))
            scenario.assignments[key] = rng.choice(roles)
        project.scenarios[scenario.id] = scenario
    return project

