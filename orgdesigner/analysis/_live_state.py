"""The findings and metrics of one scenario, kept in the shapes a re-analysis can patch.

Findings live per (rule, scope key) as the rule produced them, and again in sorted groups per
(severity rank, rule), so assembling the full sorted list after an edit is a few list copies
instead of a sort of every finding. The order and content equal `findings.apply_settings`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from collections.abc import Set as AbstractSet
from dataclasses import replace
from itertools import chain
from operator import attrgetter

from orgdesigner.analysis.context import Cell, Context
from orgdesigner.analysis.findings import SEVERITY_RANK, Finding, Severity
from orgdesigner.analysis.metrics import (
    _SIDE,
    SPLIT_SIDES,
    DottedCounts,
    Metrics,
    held_cells,
    metrics_from_counts,
    pairless_error_units,
    side_counts,
    single_owner,
)
from orgdesigner.analysis.scoped import SCOPED, Scope
from orgdesigner.model.entities import Project
from orgdesigner.model.enums import Responsibility

ScopeKey = str | None

_RESPONSIBILITIES = tuple(Responsibility)
_KEY = attrgetter("key")
_SEVERITY = attrgetter("severity")
_SUBJECTS = attrgetter("subjects")
_PART = attrgetter("subjects.part")


def finding_cells(finding: Finding) -> list[Cell]:
    """The (function, responsibility) pairs a finding is about, as metrics.error_pairs counts them."""
    subjects = finding.subjects
    resps = (subjects.responsibility,) if subjects.responsibility else _RESPONSIBILITIES
    return [(fid, r) for fid in subjects.functions for r in resps]


def findings_cells(findings: list[Finding]) -> list[Cell]:
    """`finding_cells` of every finding, in one pass (a first analysis has ~60,000 errors)."""
    cells = [(fid, r) for s in map(_SUBJECTS, findings) if (r := s.responsibility) for fid in s.functions]
    for subjects in map(_SUBJECTS, findings):
        if not subjects.responsibility:
            cells += [(fid, r) for fid in subjects.functions for r in _RESPONSIBILITIES]
    return cells


class Group:
    """Findings of one (rank, rule) in key order, with their severity override applied."""

    __slots__ = ("keys", "findings", "in_order")

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.findings: list[Finding] = []
        self.in_order = True  # False while a bulk fill appends; `order` sorts

    def insert(self, key: str, finding: Finding) -> None:
        if not self.in_order:
            self.order()
        i = bisect_left(self.keys, key)
        self.keys.insert(i, key)
        self.findings.insert(i, finding)

    def append(self, key: str, finding: Finding) -> None:
        """Add without keeping order (a bulk fill); `order` sorts once at the end."""
        self.keys.append(key)
        self.findings.append(finding)
        self.in_order = False

    def extend(self, findings: list[Finding]) -> None:
        """`append` of each finding (its key is its own)."""
        self.keys += map(_KEY, findings)
        self.findings += findings
        self.in_order = False

    def order(self) -> None:
        if not self.in_order:
            # a stable sort by key, as sorting (key, finding) pairs by key would be; a group's
            # keys share the "rule:" prefix, so by the shorter subject parts
            self.findings.sort(key=_PART)
            self.keys = list(map(_KEY, self.findings))
            self.in_order = True

    def remove(self, key: str) -> None:
        if not self.in_order:
            self.order()
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            del self.keys[i]
            del self.findings[i]


class FindingStore:
    """Every finding of a scenario by rule and scope key, mirrored into sorted groups."""

    def __init__(self, project: Project) -> None:
        self.project = project
        #: rule -> scope key -> its findings as the rule produced them (never an empty list)
        self.by_scope: dict[str, dict[ScopeKey, list[Finding]]] = {}
        self.groups: dict[tuple[int, str], Group] = {}
        #: unit -> scopes naming it; built on first need (an edit), not for the first result
        self._mentions: dict[str, set[tuple[str, ScopeKey]]] | None = None
        self.error_cells: Counter[Cell] = Counter()  # cells hit by error findings
        self._bulk: set[Group] | None = None
        self._bulk_cells: list[Cell] = []  # error cells of a bulk fill, not yet counted

    @property
    def mentions(self) -> dict[str, set[tuple[str, ScopeKey]]]:
        """unit -> the (rule, scope key) pairs whose findings name it among their subjects: what a
        rename or removal re-checks. Built from the findings on first use, then kept by `put`."""
        mentions = self._mentions
        if mentions is None:
            mentions = self._mentions = {}
            for rule_id, scopes in self.by_scope.items():
                for scope_key, findings in scopes.items():
                    self._mention(rule_id, scope_key, findings)
        return mentions

    def _mention(self, rule_id: str, scope_key: ScopeKey, findings: list[Finding]) -> None:
        mentions = self._mentions
        assert mentions is not None
        pair = (rule_id, scope_key)
        for subjects in map(_SUBJECTS, findings):
            for unit_id in subjects.units:
                named = mentions.get(unit_id)
                if named is None:
                    mentions[unit_id] = {pair}
                else:
                    named.add(pair)

    def _placed(self, finding: Finding) -> Finding:
        override = self.project.settings.severity_overrides.get(finding.rule)
        if override is not None and override != finding.severity:
            return replace(finding, severity=Severity(override))
        return finding

    def begin_bulk(self) -> None:
        """Until `end_bulk`, findings for groups that start empty are appended and sorted once
        (a first analysis fills ~20,000 findings; inserting each in order would be quadratic)."""
        self._bulk = set()

    def end_bulk(self) -> None:
        for group in self._bulk or ():
            group.order()
        self._bulk = None
        self._count_bulk_cells()

    def _count_bulk_cells(self) -> None:
        if self._bulk_cells:
            self.error_cells.update(self._bulk_cells)
            self._bulk_cells = []

    def _group(self, rank: int, rule_id: str) -> Group:
        group = self.groups.get((rank, rule_id))
        if group is None:
            group = self.groups[(rank, rule_id)] = Group()
        return group

    def _add(self, raw: Finding) -> None:
        finding = self._placed(raw)
        rank = SEVERITY_RANK[finding.severity]
        group = self._group(rank, finding.rule)
        bulk = self._bulk
        if bulk is not None and (group in bulk or not group.keys):
            bulk.add(group)
            group.append(finding.key, finding)
        else:
            group.insert(finding.key, finding)
        if rank == 0:
            if bulk is not None:
                self._bulk_cells += finding_cells(finding)  # counted in one C-level pass
            else:
                self.error_cells.update(finding_cells(finding))

    def _drop(self, raw: Finding) -> None:
        finding = self._placed(raw)
        rank = SEVERITY_RANK[finding.severity]
        group = self.groups.get((rank, finding.rule))
        if group is not None:
            group.remove(finding.key)
        if rank == 0:
            self._count_bulk_cells()  # an add still pending must count before a drop
            self.error_cells.subtract(finding_cells(finding))
            for cell in finding_cells(finding):
                if self.error_cells[cell] <= 0:
                    del self.error_cells[cell]

    def put(self, rule_id: str, scope_key: ScopeKey, findings: list[Finding]) -> None:
        """Replace what `rule_id` found for `scope_key`."""
        scopes = self.by_scope.get(rule_id)
        if scopes is None:
            if not findings:
                return
            scopes = self.by_scope[rule_id] = {}
        old = scopes.get(scope_key)
        if old is None:
            if not findings:  # the common case of a full re-check: nothing before or now
                return
        elif old == findings:  # element by element, identity first
            return
        mentions = self._mentions
        if old is not None:
            for raw in old:
                self._drop(raw)
                if mentions is not None:
                    for unit_id in raw.subjects.units:
                        named = mentions.get(unit_id)
                        if named is not None:
                            named.discard((rule_id, scope_key))
        for raw in findings:
            self._add(raw)
        if mentions is not None:
            self._mention(rule_id, scope_key, findings)
        if findings:
            scopes[scope_key] = findings
        else:
            scopes.pop(scope_key, None)

    def fill(self, rule_id: str, scopes: dict[ScopeKey, list[Finding]]) -> None:
        """What `put` of every scope gives, for a rule the store holds nothing of yet (a first
        analysis): each group takes the rule's findings in one pass, and is sorted once (at
        `end_bulk`, or now outside a bulk fill). `scopes` holds no empty list; the store keeps it."""
        assert rule_id not in self.by_scope
        if not scopes:
            return
        self.by_scope[rule_id] = scopes
        findings = list(chain.from_iterable(scopes.values()))
        override = self.project.settings.severity_overrides.get(rule_id)
        if override is not None:
            severity = Severity(override)
            findings = [f if f.severity == severity else replace(f, severity=severity) for f in findings]
        severities = set(map(_SEVERITY, findings))
        if len(severities) == 1:
            parts = [(severities.pop(), findings)]
        else:  # a rule that varies its severity: each severity's findings in their order
            parts = [(s, [f for f in findings if f.severity is s]) for s in Severity if s in severities]
        for severity, part in parts:
            rank = SEVERITY_RANK[severity]
            group = self._group(rank, rule_id)
            assert not group.keys  # nothing of the rule is stored
            group.extend(part)
            if self._bulk is not None:
                self._bulk.add(group)
            else:
                group.order()
            if rank == 0:
                self._bulk_cells += findings_cells(part)
        if self._bulk is None:
            self._count_bulk_cells()
        if self._mentions is not None:
            for scope_key, found in scopes.items():
                self._mention(rule_id, scope_key, found)

    def scope_keys(self, rule_id: str) -> list[ScopeKey]:
        return list(self.by_scope.get(rule_id, {}))

    def regroup(self) -> None:
        """Rebuild the groups, e.g. after severity overrides changed."""
        self.groups.clear()
        self.error_cells.clear()
        self.begin_bulk()
        for scopes in self.by_scope.values():
            for findings in scopes.values():
                for raw in findings:
                    self._add(raw)
        self.end_bulk()

    def assemble(self, scenario_id: str) -> tuple[list[Finding], int]:
        """All findings, settings applied, in `apply_settings` order; and how many acknowledged."""
        disabled = self.project.settings.disabled_rules
        acks: dict[str, dict[str, str]] = {}
        for (sid, fkey), ack in self.project.acknowledgements.items():
            if sid == scenario_id:
                acks.setdefault(fkey.split(":", 1)[0], {})[fkey] = ack.comment
        out: list[Finding] = []
        acknowledged = 0
        for rank, rule_id in sorted(self.groups):
            if rule_id in disabled:
                continue
            group = self.groups[(rank, rule_id)]
            rule_acks = acks.get(rule_id)
            if not rule_acks:
                out.extend(group.findings)
                continue
            findings = list(group.findings)
            for fkey, comment in rule_acks.items():
                i = bisect_left(group.keys, fkey)
                if i < len(group.keys) and group.keys[i] == fkey:
                    findings[i] = replace(findings[i], acknowledged=comment)
                    acknowledged += 1
            out.extend(findings)
        return out, acknowledged

    def pairless_error_units(self, functions: AbstractSet[str]) -> set[str]:
        """Units of enabled error findings about no pair of the catalogue, as
        `metrics.pairless_error_units` finds them (a function's rules always name their function)."""
        disabled = self.project.settings.disabled_rules
        out: set[str] = set()
        for (rank, rule_id), group in self.groups.items():
            if rank != 0 or rule_id in disabled:
                continue
            scoped = SCOPED.get(rule_id)
            if scoped is not None and scoped.scope is Scope.FUNCTION:
                continue
            out |= pairless_error_units(group.findings, functions)
        return out

    def counts(self) -> tuple[dict[str, int], Collection[Cell]]:
        """Findings per severity and the cells hit by an error, over enabled rules."""
        disabled = self.project.settings.disabled_rules
        severities = dict.fromkeys((s.value for s in Severity), 0)
        names = {SEVERITY_RANK[s]: s.value for s in Severity}
        any_disabled_error = False
        for (rank, rule_id), group in self.groups.items():
            if rule_id in disabled:
                any_disabled_error = any_disabled_error or rank == 0
                continue
            severities[names[rank]] += len(group.keys)
        if not any_disabled_error:
            return severities, self.error_cells.keys()  # a view: no copy of ~10,000 cells per edit
        cells: set[Cell] = set()
        for (rank, rule_id), group in self.groups.items():
            if rank == 0 and rule_id not in disabled:
                for finding in group.findings:
                    cells.update(finding_cells(finding))
        return severities, cells


class MatrixTally:
    """Per function: cells with exactly one accountable, and accountabilities by side."""

    def __init__(self) -> None:
        #: what each function adds to `singles` and `split`, for `refresh` to take back; None
        #: until an edit needs it (a first result counts without it)
        self.per_function: dict[str, tuple[list[Cell], list[tuple[str, str]]]] | None = None
        self.singles: set[Cell] = set()
        self.split = {r.value: dict.fromkeys(SPLIT_SIDES, 0) for r in Responsibility}

    def build(self, context: Context) -> None:
        """Count every function of the catalogue, as `refresh` of each would, in one pass over
        the cells with an accountable; the sides are counted in C (`per_function` is left for
        `index`: ~100,000 accountabilities at 50,000 units)."""
        functions = context.project.functions
        self.per_function = None
        self.singles = singles = set()
        owner_sets: dict[Responsibility, list[set[str]]] = {r: [] for r in Responsibility}
        for cell, owners in context.index.accountable.items():
            function = functions.get(cell[0])
            if function is None:
                continue
            owner_sets[cell[1]].append(owners)
            if single_owner(function.vardval, cell[1], len(owners)):
                singles.add(cell)
        for r, sets in owner_sets.items():
            self.split[r.value] = side_counts(context, sets)

    def index(self, context: Context) -> None:
        """What `refresh` of every function gives, with `per_function` kept for later edits."""
        self.singles = set()
        self.split = {r.value: dict.fromkeys(SPLIT_SIDES, 0) for r in Responsibility}
        self.per_function = {}
        for function_id in context.project.functions:
            self.refresh(context, function_id)

    def refresh(self, context: Context, function_id: str) -> None:
        """Re-count `function_id` (after `build`: every function, once)."""
        per_function = self.per_function
        if per_function is None:
            self.index(context)
            return
        old = per_function.pop(function_id, None)
        if old is not None:
            self.singles.difference_update(old[0])
            for resp, side in old[1]:
                self.split[resp][side] -= 1
        if function_id not in context.project.functions:
            return
        units = context.scenario.units
        singles: list[Cell] = []
        sides: list[tuple[str, str]] = []
        accountable = context.index.accountable
        vardval = context.project.functions[function_id].vardval
        for r in _RESPONSIBILITIES:
            owners = accountable.get((function_id, r))
            if not owners:
                continue
            if single_owner(vardval, r, len(owners)):
                singles.append((function_id, r))
            for uid in owners:
                sides.append((r.value, _SIDE[units[uid].category]))
        if not singles and not sides:
            return
        per_function[function_id] = (singles, sides)
        self.singles.update(singles)
        for resp, side in sides:
            self.split[resp][side] += 1


def live_metrics(
    context: Context,
    store: FindingStore,
    tally: MatrixTally,
    unit_counts: tuple[dict[str, int], dict[str, int]],
    spans: dict[str, int],
    acknowledged: int,
    dotted: DottedCounts,
) -> Metrics:
    """The same Metrics `compute_metrics` gives, from the kept tallies."""
    severities, errors = store.counts()
    functions = context.project.functions
    pairs = 3 * len(context.index.function_load.keys() & functions.keys())
    flagged = store.pairless_error_units(functions.keys())
    held = held_cells(context, flagged) if flagged else ()
    clear = sum(1 for cell in tally.singles if cell not in errors and cell not in held)
    return metrics_from_counts(
        len(context.scenario.units),
        dict(unit_counts[0]),
        dict(unit_counts[1]),
        context.layers(),
        spans.values(),
        severities,
        acknowledged,
        pairs,
        clear,
        {r: dict(row) for r, row in tally.split.items()},
        dotted,
    )
