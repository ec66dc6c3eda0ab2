"""Compare 2–4 scenarios of a project: what differs from the first, and how the metrics move.

Units are matched by id (a scenario copy keeps its ids), so "moved" means a new parent and
"changed" means a property differs. Findings are matched by their stable `Finding.key`:
resolved = in the first scenario but not in the other, introduced = the reverse.
`diff_scenarios` is pure structure and fast (the charts colour from it); `compare` adds the
analysis. JSON shape: docs/compare-json.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from enum import Enum
from operator import attrgetter
from typing import Any, Literal

from orgdesigner._gc import gc_paused
from orgdesigner.analysis.findings import SEVERITY_RANK, Finding, finding_to_json
from orgdesigner.analysis.metric_paths import deltas as metric_deltas
from orgdesigner.analysis.metric_paths import is_headline, metric_values, nest
from orgdesigner.model import fields
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Project, Scenario, Unit
from orgdesigner.model.enums import Responsibility, Role

UnitStatus = Literal["added", "removed", "moved", "changed"]
UNIT_FIELDS = fields.UNIT_VALUES  # what "changed" looks at; a move and dotted lines are diffed apart
_RESP_ORDER = {r: i for i, r in enumerate(Responsibility)}
COMPARE_FORMAT = "orgdesigner-compare"
COMPARE_VERSION = 2  # 2: metrics nested as in every JSON output (docs/json-output.md)


def plain(value: Any) -> Any:
    """A JSON-ready form of a model value (enums as values, sets sorted, dates ISO)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class UnitDiff:
    unit_id: str
    name: str
    status: UnitStatus  # a unit both moved and changed is "moved", with its `fields` too
    old_parent: str | None = None
    new_parent: str | None = None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.unit_id, "name": self.name, "status": self.status}
        if self.status == "moved":
            out["old_parent"], out["new_parent"] = self.old_parent, self.new_parent
        if self.fields:
            out["fields"] = {k: {"old": plain(o), "new": plain(n)} for k, (o, n) in self.fields.items()}
        return out


@dataclass(frozen=True, slots=True)
class AssignmentDiff:
    unit_id: str
    function_id: str
    responsibility: Responsibility
    old: Role | None
    new: Role | None

    def to_json(self, names: dict[str, str], functions: dict[str, str]) -> dict[str, Any]:
        return {
            "unit": self.unit_id,
            "unit_name": names.get(self.unit_id, self.unit_id),
            "function": self.function_id,
            "function_name": functions.get(self.function_id, self.function_id),
            "responsibility": self.responsibility.value,
            "old": plain(self.old),
            "new": plain(self.new),
        }


@dataclass(frozen=True)
class DottedLineDiff:
    """A dotted line present in one scenario only, or whose kind, note or decision changed."""

    source_id: str
    target_id: str
    status: str  # "added", "removed" or "changed"
    old: DottedLine | None
    new: DottedLine | None

    def to_json(self, names: dict[str, str]) -> dict[str, Any]:
        def line(value: DottedLine | None) -> dict[str, str] | None:
            if value is None:
                return None
            return {"kind": value.kind.value, "note": value.note, "decision": value.decision}

        return {
            "from": self.source_id,
            "from_name": names.get(self.source_id, self.source_id),
            "to": self.target_id,
            "to_name": names.get(self.target_id, self.target_id),
            "status": self.status,
            "old": line(self.old),
            "new": line(self.new),
        }


def _lines(scenario: Scenario) -> dict[tuple[str, str], DottedLine]:
    return {(u.id, line.target_id): line for u in scenario.units.values() for line in u.dotted_lines}


def diff_dotted(base: Scenario, other: Scenario) -> list[DottedLineDiff]:
    """Dotted lines added, removed or changed in `other` relative to `base`, by (from, to)."""
    old, new = _lines(base), _lines(other)
    out = [DottedLineDiff(*key, "removed", line, None) for key, line in old.items() if key not in new]
    for key, line in new.items():
        before = old.get(key)
        if before is None:
            out.append(DottedLineDiff(*key, "added", None, line))
        elif before != line:
            out.append(DottedLineDiff(*key, "changed", before, line))
    out.sort(key=lambda d: (d.source_id, d.target_id))
    return out


@dataclass(slots=True)
class ScenarioDiff:
    base_id: str
    other_id: str
    units: list[UnitDiff] = field(default_factory=list)
    assignments: list[AssignmentDiff] = field(default_factory=list)
    economy: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    scenario: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # structure, effective_date
    resolved: list[Finding] = field(default_factory=list)
    introduced: list[Finding] = field(default_factory=list)
    dotted: list[DottedLineDiff] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.units or self.assignments or self.economy or self.scenario or self.resolved or self.introduced
            or self.dotted
        )

    def unit_status(self) -> dict[str, UnitStatus]:
        """Unit id -> status, for colouring charts (removed ids exist only in the base)."""
        return {d.unit_id: d.status for d in self.units}

    def summary(self) -> dict[str, dict[str, int]]:
        """Changes counted by entity and status, as `diff`'s summary: {"unit": {"moved": 16, …},
        "role": {"changed": 3, …}, "dotted_line": {…}, "scenario": {"changed": 1}}; only what occurs."""
        out: dict[str, dict[str, int]] = {}

        def count(entity: str, status: str) -> None:
            by_status = out.setdefault(entity, {})
            by_status[status] = by_status.get(status, 0) + 1

        for u in self.units:
            count("unit", u.status)
        for a in self.assignments:
            count("role", "added" if a.old is None else "removed" if a.new is None else "changed")
        for x in self.dotted:
            count("dotted_line", x.status)
        if self.economy or self.scenario:
            count("scenario", "changed")
        return out

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("added", "removed", "moved", "changed"), 0)
        for d in self.units:
            out[d.status] += 1
        out["assignments"] = len(self.assignments)
        out["economy"] = len(self.economy)
        for status in ("added", "removed", "changed"):
            out[f"dotted_{status}"] = sum(1 for d in self.dotted if d.status == status)
        return out


_UNIT_VALUES = attrgetter(*(f.name for f in dataclass_fields(Unit) if f.compare))


def _unit_fields(old: Unit, new: Unit) -> dict[str, tuple[Any, Any]]:
    out = {}
    for name in UNIT_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out[name] = (a, b)
    return out


def diff_scenarios(base: Scenario, other: Scenario) -> ScenarioDiff:
    """Structural differences of `other` relative to `base` (no analysis)."""
    diff = ScenarioDiff(base.id, other.id)
    old_units, new_units = base.units, other.units
    for uid, unit in old_units.items():
        new = new_units.get(uid)
        if new is None:
            diff.units.append(UnitDiff(uid, unit.name, "removed", unit.parent_id, None))
            continue
        if new is unit or (type(new) is type(unit) and _UNIT_VALUES(new) == _UNIT_VALUES(unit)):
            continue  # equal: the dataclass equality, with the field tuples built in C
        fields = _unit_fields(unit, new)
        if new.parent_id != unit.parent_id:
            diff.units.append(UnitDiff(uid, new.name, "moved", unit.parent_id, new.parent_id, fields))
        elif fields:
            diff.units.append(UnitDiff(uid, new.name, "changed", unit.parent_id, new.parent_id, fields))
    for uid, unit in new_units.items():
        if uid not in old_units:
            diff.units.append(UnitDiff(uid, unit.name, "added", None, unit.parent_id))
    old_roles, new_roles = base.assignments, other.assignments
    # set difference of the item views runs in C; a role that changed appears twice
    changed = list({k for k, _ in old_roles.items() ^ new_roles.items()})
    changed.sort(key=lambda k: (k.function_id, _RESP_ORDER[k.responsibility], k.unit_id))
    diff.assignments = [AssignmentDiff(k.unit_id, k.function_id, k.responsibility, old_roles.get(k), new_roles.get(k)) for k in changed]
    diff.economy = _economy_diff(base, other)
    diff.dotted = diff_dotted(base, other)
    for name in ("structure", "effective_date"):
        a, b = getattr(base, name), getattr(other, name)
        if a != b:
            diff.scenario[name] = (a, b)
    return diff


ECONOMY_FIELDS = ("surplus_model", "surplus_share", "deficit_share", "cap_sek", "decisions", "form_authorities")


def _economy_diff(base: Scenario, other: Scenario) -> dict[str, tuple[Any, Any]]:
    a, b = base.economy, other.economy
    return {k: (getattr(a, k), getattr(b, k)) for k in ECONOMY_FIELDS if getattr(a, k) != getattr(b, k)}


@dataclass(slots=True)
class Comparison:
    project_name: str
    scenarios: list[tuple[str, str]]  # (id, name), the first is the base
    diffs: list[ScenarioDiff]  # one per scenario after the first
    metrics: dict[str, dict[str, float]]  # scenario id -> metric path -> value (analysis.metric_paths)
    findings: dict[str, list[Finding]]
    unit_names: dict[str, str]  # every unit id seen -> a name
    function_names: dict[str, str]

    @property
    def base_id(self) -> str:
        return self.scenarios[0][0]

    def deltas(self, scenario_id: str) -> dict[str, float]:
        return metric_deltas(self.metrics[self.base_id], self.metrics[scenario_id])

    def shown_metrics(self, scenario_id: str) -> dict[str, float]:
        """The headline metrics tables and the text show (the JSON carries every metric)."""
        return {k: v for k, v in self.metrics[scenario_id].items() if is_headline(k)}

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """`lang`: the language of the findings' messages."""

        def finding(f: Finding) -> dict[str, Any]:
            return finding_to_json(f, lang)

        return {
            "format": COMPARE_FORMAT,
            "format_version": COMPARE_VERSION,
            "project": self.project_name,
            "base": self.base_id,
            "scenarios": [
                {"id": sid, "name": name, "metrics": nest(self.metrics[sid])}
                for sid, name in self.scenarios
            ],
            "comparisons": [
                {
                    "base": d.base_id,
                    "scenario": d.other_id,
                    "identical": d.is_empty,
                    "summary": d.summary(),
                    "units": [u.to_json() for u in d.units],
                    "assignments": [a.to_json(self.unit_names, self.function_names) for a in d.assignments],
                    "dotted_lines": [x.to_json(self.unit_names) for x in d.dotted],
                    "economy": {k: {"old": plain(o), "new": plain(n)} for k, (o, n) in d.economy.items()},
                    "scenario_fields": {k: {"old": plain(o), "new": plain(n)} for k, (o, n) in d.scenario.items()},
                    "metric_deltas": nest(self.deltas(d.other_id)),
                    "findings_resolved": [finding(f) for f in d.resolved],
                    "findings_introduced": [finding(f) for f in d.introduced],
                }
                for d in self.diffs
            ],
        }


def _findings_delta(base: list[Finding], other: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    # keys, dicts and set differences built in C: each side has ~20,000 findings at 10,000 units
    old = dict(zip(map(_KEY, base), base, strict=True))
    new = dict(zip(map(_KEY, other), other, strict=True))

    def order(f: Finding) -> tuple[int, str, str]:
        return (SEVERITY_RANK[f.severity], f.rule, f.key)

    # keys are unique within each dict and end the sort key, so the input order does not matter
    resolved = sorted(map(old.__getitem__, old.keys() - new.keys()), key=order)
    introduced = sorted(map(new.__getitem__, new.keys() - old.keys()), key=order)
    return resolved, introduced


_KEY = attrgetter("key")


def compare(project: Project, scenario_ids: list[str], *, analyze: bool = True, results: Mapping[str, Any] | None = None) -> Comparison:
    """Compare the scenarios (ids, 2–4; the first is the base). Raises KeyError for an unknown id.

    `results` maps scenario ids to `AnalysisResult`s already computed (the GUI's live analysis),
    so only the others are analysed; the analysis dominates the time on large scenarios.
    """
    if not 2 <= len(scenario_ids) <= 4:
        raise ValueError(f"compare needs 2 to 4 scenarios, got {len(scenario_ids)}")
    # two analyses and the differences make some 100,000 long-lived objects and no cycles
    with gc_paused():
        return _compare(project, [project.scenarios[sid] for sid in scenario_ids], analyze, results)


def _compare(
    project: Project, scenarios: list[Scenario], analyze: bool, results: Mapping[str, Any] | None
) -> Comparison:
    metrics: dict[str, dict[str, float]] = {}
    findings: dict[str, list[Finding]] = {}
    for scenario in scenarios:
        if scenario.id in metrics:
            continue
        if analyze:
            from orgdesigner.analysis.engine import analyze_scenario

            result = (results or {}).get(scenario.id) or analyze_scenario(project, scenario)
            findings[scenario.id] = list(result.findings)
            metrics[scenario.id] = metric_values(project, scenario, result.metrics)
        else:  # structure only: no findings, so no finding-based metrics either
            findings[scenario.id] = []
            metrics[scenario.id] = {"units": len(scenario.units)}
    base = scenarios[0]
    diffs = []
    for other in scenarios[1:]:
        diff = diff_scenarios(base, other)
        diff.resolved, diff.introduced = _findings_delta(findings[base.id], findings[other.id])
        diffs.append(diff)
    names: dict[str, str] = {}
    for scenario in reversed(scenarios):
        names.update((uid, u.name) for uid, u in scenario.units.items())
    return Comparison(
        project.name,
        [(s.id, s.name) for s in scenarios],
        diffs,
        metrics,
        findings,
        names,
        {fid: f.name for fid, f in project.functions.items()},
    )
