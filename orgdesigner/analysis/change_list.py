"""The change list: what carrying out a scenario takes, starting from its base, in the order a
planner would do it — new units first (parents before children), then moves, then changes to
units (form, authorities …), then roles, then economic rules, and units closed down last, once
their roles have moved. Each step names the units it concerns, so the chart can select them.
Wording and the genomförandeplan export: orgdesigner.io.paper.change_plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from orgdesigner.analysis.compare import diff_scenarios
from orgdesigner.model.entities import Project
from orgdesigner.model.enums import Responsibility

StepKind = Literal["new_unit", "move", "unit_change", "role", "rule", "close_unit"]
KIND_ORDER: tuple[StepKind, ...] = ("new_unit", "move", "unit_change", "role", "rule", "close_unit")


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    unit_ids: tuple[str, ...] = ()  # what the chart selects
    unit_name: str = ""
    old: Any = None  # the old parent / field value / role / rule value
    new: Any = None
    field: str = ""  # unit_change and rule: which field; role: the function id
    responsibility: Responsibility | None = None
    function_name: str = ""


def change_list(project: Project, scenario_id: str, base_id: str) -> list[Step]:
    base, other = project.scenarios[base_id], project.scenarios[scenario_id]
    diff = diff_scenarios(base, other)
    by_kind: dict[StepKind, list[Step]] = {k: [] for k in KIND_ORDER}
    added = {u.unit_id for u in diff.units if u.status == "added"}
    for uid in other.units:  # chart order: a parent comes before its children
        if uid in added:
            unit = other.units[uid]
            by_kind["new_unit"].append(Step("new_unit", (uid,), unit.name, None, unit.parent_id))
    for u in diff.units:
        if u.status == "moved":
            by_kind["move"].append(Step("move", (u.unit_id,), u.name, u.old_parent, u.new_parent))
        if u.status in {"moved", "changed"}:
            for name, (old, new) in u.fields.items():
                by_kind["unit_change"].append(Step("unit_change", (u.unit_id,), u.name, old, new, name))
        if u.status == "removed":
            by_kind["close_unit"].append(Step("close_unit", (u.unit_id,), u.name, u.old_parent, None))
    for a in diff.assignments:
        holder = other.units.get(a.unit_id) or base.units.get(a.unit_id)
        function = project.functions.get(a.function_id)
        by_kind["role"].append(Step(
            "role", (a.unit_id,) if a.unit_id in other.units else (), holder.name if holder else a.unit_id,
            a.old, a.new, a.function_id, a.responsibility, function.name if function else a.function_id))
    for name, (old, new) in {**diff.economy, **diff.scenario}.items():
        by_kind["rule"].append(Step("rule", (), "", old, new, name))
    return [step for kind in KIND_ORDER for step in by_kind[kind]]

