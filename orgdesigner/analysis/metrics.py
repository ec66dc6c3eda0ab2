"""Metrics of one scenario: shape of the organisation, findings, clarity and where responsibility sits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass, field
from itertools import compress, groupby, repeat
from operator import attrgetter, is_
from typing import Any

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Finding, Severity
from orgdesigner.analysis.scoped import SCOPED, Scope
from orgdesigner.model.dotted import DottedKind
from orgdesigner.model.entities import Scenario
from orgdesigner.model.enums import Responsibility, Role, UnitCategory, UnitForm

SPLIT_SIDES = ("purchaser", "own_provider", "other")


@dataclass
class Metrics:
    units: int = 0
    units_by_category: dict[str, int] = field(default_factory=dict)
    units_by_form: dict[str, int] = field(default_factory=dict)
    layers: int = 0
    span_mean: float = 0.0  # direct reports per unit that has any
    span_max: int = 0
    findings_by_severity: dict[str, int] = field(default_factory=dict)
    acknowledged: int = 0
    pairs: int = 0  # (function, responsibility) pairs of the functions used in the scenario
    clear_pairs: int = 0  # of those: one accountable (vårdval delivery: one per provider) and no error
    clarity_index: float = 0.0  # clear_pairs / pairs, 0 when nothing is assigned
    #: responsibility value -> {"purchaser": n, "own_provider": n, "other": n} accountabilities
    responsibility_split: dict[str, dict[str, int]] = field(default_factory=dict)
    dotted_lines: int = 0  # secondary lines, never part of layers or spans
    dotted_by_kind: dict[str, int] = field(default_factory=dict)  # kind value -> lines
    dotted_units: int = 0  # units at either end of at least one dotted line
    dotted_max_per_unit: int = 0  # most dotted lines starting or ending at one unit

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span_mean"] = round(self.span_mean, 2)
        data["clarity_index"] = round(self.clarity_index, 4)
        return data


def error_pairs(findings: Iterable[Finding]) -> set[tuple[str, Responsibility]]:
    """(function, responsibility) pairs an error finding is about (no responsibility: all three)."""
    hit: set[tuple[str, Responsibility]] = set()
    for finding in findings:
        if finding.severity is not Severity.ERROR:
            continue
        subjects = finding.subjects
        resps = (subjects.responsibility,) if subjects.responsibility else tuple(Responsibility)
        for fid in subjects.functions:
            for r in resps:
                hit.add((fid, r))
    return hit


def split_side(category: UnitCategory) -> str:
    if category is UnitCategory.PURCHASER:
        return "purchaser"
    if category is UnitCategory.OWN_PROVIDER:
        return "own_provider"
    return "other"


def compute_metrics(context: Context, findings: list[Finding], layers: int) -> Metrics:
    """Metrics from the scenario, its index and its (settings-applied) findings."""
    scenario = context.scenario
    units = scenario.units
    index = context.index
    # counted with C-level map/Counter: this runs on every full analysis of 10,000 units
    categories = Counter(map(attrgetter("category"), units.values()))
    forms = Counter(map(attrgetter("form"), units.values()))
    by_category = {c.value: categories.get(c, 0) for c in UnitCategory}
    by_form = {f.value: forms.get(f, 0) for f in UnitForm}
    spans = [len(kids) for parent, kids in index.children.items() if parent in units and kids]
    severity_of = list(map(_SEVERITY, findings))
    severities = {s.value: severity_of.count(s) for s in Severity}
    acknowledged = len(findings) - list(map(attrgetter("acknowledged"), findings)).count(None)
    errors = list(compress(findings, map(is_, severity_of, repeat(Severity.ERROR))))
    flagged: set[str] = set()
    for rule_id, run in groupby(errors, _RULE):  # a rule's findings are together
        scoped = SCOPED.get(rule_id)
        if scoped is None or scoped.scope is not Scope.FUNCTION:  # those always name their function
            flagged |= pairless_error_units(run, context.project.functions.keys())
    held = held_cells(context, flagged) if flagged else set()
    pairs, clear, split = matrix_counts(context, _ErrorCells(errors, held))
    return metrics_from_counts(
        len(units), by_category, by_form, layers, spans, severities, acknowledged, pairs, clear, split,
        dotted_counts(scenario),
    )


@dataclass(frozen=True, slots=True)
class DottedCounts:
    total: int
    by_kind: dict[str, int]
    units: int
    max_per_unit: int


def dotted_counts(scenario: Scenario) -> DottedCounts:
    """Dotted lines per kind and per unit (lines to a unit the scenario lacks are not counted)."""
    units = scenario.units
    by_kind = dict.fromkeys((k.value for k in DottedKind), 0)
    ends: Counter[str] = Counter()
    for unit in units.values():
        for line in unit.dotted_lines:
            if line.target_id in units:
                by_kind[line.kind.value] += 1
                ends[unit.id] += 1
                ends[line.target_id] += 1
    return DottedCounts(sum(by_kind.values()), by_kind, len(ends), max(ends.values(), default=0))


def metrics_from_counts(
    units: int,
    by_category: dict[str, int],
    by_form: dict[str, int],
    layers: int,
    spans: Collection[int],
    severities: dict[str, int],
    acknowledged: int,
    pairs: int,
    clear: int,
    split: dict[str, dict[str, int]],
    dotted: DottedCounts,
) -> Metrics:
    """Metrics from raw counts: the one place span and clarity are derived (full and live runs)."""
    if not by_category.get(UnitCategory.UNKNOWN.value):  # only an import leaves a category unknown
        by_category = {k: n for k, n in by_category.items() if k != UnitCategory.UNKNOWN.value}
    return Metrics(
        units=units,
        units_by_category=by_category,
        units_by_form=by_form,
        layers=layers,
        span_mean=sum(spans) / len(spans) if spans else 0.0,
        span_max=max(spans, default=0),
        findings_by_severity=severities,
        acknowledged=acknowledged,
        pairs=pairs,
        clear_pairs=clear,
        clarity_index=clear / pairs if pairs else 0.0,
        responsibility_split=split,
        dotted_lines=dotted.total,
        dotted_by_kind=dict(dotted.by_kind),
        dotted_units=dotted.units,
        dotted_max_per_unit=dotted.max_per_unit,
    )


_SIDE = {c: split_side(c) for c in UnitCategory}


class _ErrorCells:
    """`cell in self` answers like `cell in error_pairs(findings)`, built in one C-level pass per
    responsibility instead of a set of every pair (an analysis of 10,000 units has ~10,000 errors)."""

    __slots__ = ("any", "by_resp", "held")

    def __init__(self, errors: Iterable[Finding], held: Collection[tuple[str, Responsibility]] = ()) -> None:
        """`errors`: the error-level findings; `held`: the cells units named by an error about no
        pair hold (see `pairless_error_units`)."""
        self.any: set[str] = set()  # functions of errors about all three responsibilities
        self.by_resp: dict[Responsibility, set[str]] = {r: set() for r in Responsibility}
        self.held = held
        for subjects in map(_SUBJECTS, errors):
            resp = subjects.responsibility
            (self.by_resp[resp] if resp else self.any).update(subjects.functions)

    def __contains__(self, cell: tuple[str, Responsibility]) -> bool:
        fid, resp = cell
        return fid in self.any or fid in self.by_resp[resp] or cell in self.held


def pairless_error_units(errors: Iterable[Finding], functions: AbstractSet[str]) -> set[str]:
    """Units named by error findings about no responsibility pair of the catalogue (a dotted line
    across the purchaser split, egenregi under the purchaser, a reporting cycle). The pairs such a
    unit holds count as unclear, so the clarity index and the error count never tell two stories."""
    out: set[str] = set()
    for subjects in map(_SUBJECTS, errors):
        if subjects.units and functions.isdisjoint(subjects.functions):
            out.update(subjects.units)
    return out


def held_cells(context: Context, unit_ids: Iterable[str]) -> set[tuple[str, Responsibility]]:
    """The cells in which one of the units is accountable or performs."""
    unit_cells = context.index.unit_cells
    return {cell for uid in unit_ids for cell, role in unit_cells.get(uid, {}).items()
            if role is Role.ACCOUNTABLE or role is Role.PERFORMS}


def single_owner(vardval: bool, responsibility: Responsibility, owners: int) -> bool:
    """One accountable, as clarity asks: under vårdval delivery is plural, each provider
    accountable for its own, so any number of them is clear there."""
    return owners == 1 or (vardval and responsibility is Responsibility.DELIVERY and owners > 0)


def matrix_counts(
    context: Context, errors: set[tuple[str, Responsibility]] | _ErrorCells
) -> tuple[int, int, dict[str, dict[str, int]]]:
    """(pairs, clear pairs, responsibility split) in one pass over the matrix."""
    functions = context.project.functions
    owners_of: dict[Responsibility, list[set[str]]] = {r: [] for r in Responsibility}
    clear = 0
    for cell, owners in context.index.accountable.items():
        if cell[0] not in functions:
            continue
        owners_of[cell[1]].append(owners)
        if single_owner(functions[cell[0]].vardval, cell[1], len(owners)) and cell not in errors:
            clear += 1
    split = {r.value: side_counts(context, owner_sets) for r, owner_sets in owners_of.items()}
    pairs = 3 * len(context.index.function_load.keys() & functions.keys())
    return pairs, clear, split


def side_counts(context: Context, owner_sets: list[set[str]]) -> dict[str, int]:
    """How many of the units in `owner_sets` (counted once per set) are on each side of
    SPLIT_SIDES. Counted by set intersections in C, which compare the sets' stored hashes: no
    unit is looked up (a 50,000-unit region has ~100,000 accountabilities)."""
    total = sum(map(len, owner_sets))
    on_purchaser = sum(map(len, map(context.in_category(UnitCategory.PURCHASER).intersection, owner_sets)))
    on_own = sum(map(len, map(context.in_category(UnitCategory.OWN_PROVIDER).intersection, owner_sets)))
    return {"purchaser": on_purchaser, "own_provider": on_own, "other": total - on_purchaser - on_own}


_SEVERITY = attrgetter("severity")
_SUBJECTS = attrgetter("subjects")
_RULE = attrgetter("rule")
