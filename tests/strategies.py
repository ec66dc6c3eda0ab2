"""Hypothesis strategies shared by tests: random model commands over a document.

`command_for(doc, n)` draws one command that the current project state makes meaningful (it may
still be refused with CommandError, which callers treat as a no-op). It covers every kind of edit
the analysis reacts to: structure, unit fields, roles, catalogue, decisions, scenarios, settings,
acknowledgements and economic rules.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from orgdesigner.model import (
    AnalysisSettings,
    Authority,
    Decision,
    Document,
    DottedKind,
    DottedLine,
    EconomicRules,
    Function,
    Responsibility,
    Role,
    Unit,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.commands import (
    AddDecision,
    AddDottedLine,
    AddFunction,
    AddScenario,
    AddUnit,
    ChangeDottedLine,
    MoveScenario,
    MoveUnit,
    RemoveDottedLine,
    RemoveFunction,
    RemoveScenario,
    RemoveUnits,
    SetAcknowledgement,
    SetDecisionField,
    SetFunctionField,
    SetRoles,
    SetScenarioField,
    SetSettings,
    SetUnitField,
)
from orgdesigner.model.commands.scenarios import copied_scenario

picks = st.integers(min_value=0, max_value=10_000)

KINDS = ["add", "remove", "move", "field", "roles", "roles", "roles", "fn", "scenario", "decision", "settings"]
#: with `dotted=True`: dotted lines too (the undo and live-analysis properties ask for them)
DOTTED_KINDS = [*KINDS, "dotted", "dotted"]


@st.composite
def command_for(draw, doc: Document, n: int, dotted: bool = False):
    project = doc.project
    scenario = project.scenarios[sorted(project.scenarios)[draw(picks) % len(project.scenarios)]]
    units = list(scenario.units)
    functions = list(project.functions)
    unit = units[draw(picks) % len(units)] if units else None
    kind = draw(st.sampled_from(DOTTED_KINDS if dotted else KINDS))
    if kind == "add" or unit is None:
        category = draw(st.sampled_from(list(UnitCategory)))
        new = Unit(f"new{n}", f"New {n}", category, parent_id=draw(st.none() | st.just(unit)))
        return AddUnit(scenario.id, new, index=draw(st.none() | st.integers(0, 5)))
    if kind == "remove":
        return RemoveUnits(scenario.id, [unit])
    if kind == "move":
        return MoveUnit(scenario.id, unit, draw(st.none() | st.sampled_from(units)))
    if kind == "dotted":  # draw, change or remove a dotted line (may be refused: that is tested too)
        target = units[draw(picks) % len(units)]
        choice = draw(st.integers(0, 2))
        line = DottedLine(target, draw(st.sampled_from(list(DottedKind))), draw(st.sampled_from(["", f"note {n}"])))
        if choice == 0:
            return AddDottedLine(scenario.id, unit, line)
        existing = scenario.units[unit].dotted_lines
        if existing:
            line = DottedLine(existing[0].target_id, line.kind, line.note, "RS/1/2017")
            target = existing[0].target_id
        if choice == 1:
            return ChangeDottedLine(scenario.id, unit, line)
        return RemoveDottedLine(scenario.id, unit, target)
    if kind == "field":
        field, value = draw(
            st.sampled_from(
                [
                    ("name", f"Name {n}"),
                    ("form", UnitForm.INTRAPRENAD),
                    ("form", UnitForm.LINE),
                    ("form", UnitForm.RESULT),
                    ("category", UnitCategory.PURCHASER),
                    ("category", UnitCategory.OWN_PROVIDER),
                    ("category", UnitCategory.GOVERNANCE),
                    ("authorities", [Authority.BUDGET, Authority.STAFFING]),
                    ("authorities", list(Authority)),
                    ("authorities", []),
                    ("decisions", sorted(project.decisions)[:1]),
                    ("decisions", []),
                    ("listed_patients", 4200),
                    ("notes", "n"),
                ]
            )
        )
        return SetUnitField(scenario.id, [unit], field, value)
    if kind == "roles":
        changes = [
            (
                (units[draw(picks) % len(units)], functions[draw(picks) % len(functions)], draw(st.sampled_from(list(Responsibility)))),
                draw(st.none() | st.sampled_from(list(Role))),
            )
            for _ in range(draw(st.integers(1, 4)))
        ]
        return SetRoles(scenario.id, changes)
    if kind == "fn":
        choice = draw(st.integers(0, 3))
        if choice == 0:
            return AddFunction(Function(f"fn{n}", f"Function {n}"), index=0)
        if choice == 1 and len(functions) > 1:
            return RemoveFunction(functions[draw(picks) % len(functions)])
        if choice == 2:
            return SetFunctionField(functions[draw(picks) % len(functions)], "name", f"Fn {n}")
        return SetFunctionField(functions[draw(picks) % len(functions)], "vardval", draw(st.booleans()))
    if kind == "decision":
        choice = draw(st.integers(0, 2))
        if choice == 0:
            return AddDecision(Decision(f"D/{n}/2020", f"Decision {n}", date(2016, 1, 1), date(2018, 3, 1)))
        decision = sorted(project.decisions)[draw(picks) % len(project.decisions)] if project.decisions else None
        if decision is None:
            return SetScenarioField(scenario.id, "effective_date", date(2017, 6, 1))
        return SetDecisionField(decision, "valid_until", draw(st.sampled_from([None, date(2018, 3, 1), date(2030, 1, 1)])))
    if kind == "settings":
        choice = draw(st.integers(0, 3))
        if choice == 0:
            return SetSettings(
                AnalysisSettings(
                    span_of_control_max=draw(st.integers(1, 4)),
                    layers_max=draw(st.integers(1, 4)),
                    disabled_rules=frozenset(draw(st.sets(st.sampled_from(["R02-double-accountable", "R10-idle-unit", "R06-accountable-without-authority"]), max_size=2))),
                    severity_overrides=draw(st.sampled_from([{}, {"R02-double-accountable": "warning"}, {"R10-idle-unit": "error"}])),
                    top_management=draw(st.none() | st.sampled_from(units)) if dotted else None,
                )
            )
        if choice == 1:
            from orgdesigner.analysis.engine import analyze_scenario

            findings = analyze_scenario(project, scenario).findings
            if findings:
                finding = findings[draw(picks) % len(findings)]
                return SetAcknowledgement(scenario.id, finding.key, draw(st.none() | st.just(f"ok {n}")))
        if choice == 2:
            return SetScenarioField(scenario.id, "effective_date", draw(st.sampled_from([None, date(2017, 6, 1), date(2019, 1, 1)])))
        decisions = tuple(sorted(project.decisions)[:1])
        return SetScenarioField(scenario.id, "economy", EconomicRules(decisions=draw(st.sampled_from([(), decisions]))))
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return AddScenario(copied_scenario(scenario, f"sc{n}", f"Copy {n}"), index=0)
    if choice == 1 and len(project.scenarios) > 1:
        return RemoveScenario(scenario.id)
    if choice == 2:
        return MoveScenario(scenario.id, draw(picks) % len(project.scenarios))
    return SetScenarioField(scenario.id, "name", f"Renamed {n}")


@st.composite
def tangled_units(draw, max_units: int, categories: list[UnitCategory]) -> dict[str, Unit]:
    """Units u0…un whose parents mostly lie above (a forest), sometimes none, a missing one
    ("ghost") or any unit (reporting cycles): what a chain-of-command walk must survive."""
    n = draw(st.integers(1, max_units))
    ids = [f"u{i}" for i in range(n)]
    units = {}
    for i, uid in enumerate(ids):
        kind = draw(st.sampled_from(["above", "above", "above", "root", "missing", "any"]))
        parent = None
        if kind == "above" and i:
            parent = ids[draw(st.integers(0, i - 1))]
        elif kind == "missing":
            parent = "ghost"
        elif kind == "any":
            parent = ids[draw(st.integers(0, n - 1))]
        units[uid] = Unit(uid, f"Unit {i}", draw(st.sampled_from(categories)), parent_id=parent)
    return units
