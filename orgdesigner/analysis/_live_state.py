"""The findings and metrics of one scenario, kept in the shapes a re-analysis can patch.

Findings live per (rule, scope key) as the rule produced them, and again in sorted groups per
(severity rank, rule), so assembling the full sorted list after an edit is a few list copies
instead of a sort of every finding. The order and content equal `findings.apply_settings`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from operator import itemgetter

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
    single_owner,
)
from orgdesigner.analysis.scoped import SCOPED, Scope
from orgdesigner.model.entities import Project
from orgdesigner.model.enums import Responsibility

ScopeKey = str | None
Entry = tuple[str, Finding]  # (finding key, finding as the rule produced it)


def finding_cells(finding: Finding) -> list[Cell]:
    """The (function, responsibility) pairs a finding is about, as metrics.error_pairs counts them."""
    subjects = finding.subjects
    resps = (subjects.responsibility,) if subjects.responsibility else tuple(Responsibility)
    return [(fid, r) for fid in subjects.functions for r in resps]


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

    def order(self) -> None:
        if not self.in_order:
            pairs = sorted(zip(self.keys, self.findings, strict=True), key=itemgetter(0))
            self.keys = [k for k, _ in pairs]
            self.findings = [f for _, f in pairs]
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
        self.by_scope: dict[str, dict[ScopeKey, list[Entry]]] = {}
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
                for scope_key, entries in scopes.items():
                    pair = (rule_id, scope_key)
                    for _key, raw in entries:
                        for unit_id in raw.subjects.units:
                            named = mentions.get(unit_id)
                            if named is None:
                                mentions[unit_id] = {pair}
                            else:
                                named.add(pair)
        return mentions

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

    def _add(self, key: str, raw: Finding) -> None:
        finding = self._placed(raw)
        rank = SEVERITY_RANK[finding.severity]
        group = self.groups.get((rank, finding.rule))
        if group is None:
            group = self.groups[(rank, finding.rule)] = Group()
        bulk = self._bulk
        if bulk is not None and (group in bulk or not group.keys):
            bulk.add(group)
            group.append(key, finding)
        else:
            group.insert(key, finding)
        if rank == 0:
            if bulk is not None:
                self._bulk_cells += finding_cells(finding)  # counted in one C-level pass
            else:
                self.error_cells.update(finding_cells(finding))

    def _drop(self, key: str, raw: Finding) -> None:
        finding = self._placed(raw)
        rank = SEVERITY_RANK[finding.severity]
        group = self.groups.get((rank, finding.rule))
        if group is not None:
            group.remove(key)
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
        old = scopes.get(scope_key, ())
        if not old and not findings:  # the common case of a full re-check: nothing before or now
            return
        if len(old) == len(findings) and all(f is o[1] or f == o[1] for f, o in zip(findings, old, strict=True)):
            return
        mentions = self._mentions
        for key, raw in old:
            self._drop(key, raw)
            if mentions is not None:
                for unit_id in raw.subjects.units:
                    named = mentions.get(unit_id)
                    if named is not None:
                        named.discard((rule_id, scope_key))
        entries = [(f.key, f) for f in findings]
        for key, raw in entries:
            self._add(key, raw)
            if mentions is not None:
                for unit_id in raw.subjects.units:
                    mentions.setdefault(unit_id, set()).add((rule_id, scope_key))
        if entries:
            scopes[scope_key] = entries
        else:
            scopes.pop(scope_key, None)

    def scope_keys(self, rule_id: str) -> list[ScopeKey]:
        return list(self.by_scope.get(rule_id, {}))

    def regroup(self) -> None:
        """Rebuild the groups, e.g. after severity overrides changed."""
        self.groups.clear()
        self.error_cells.clear()
        self.begin_bulk()
        for scopes in self.by_scope.values():
            for entries in scopes.values():
                for key, raw in entries:
                    self._add(key, raw)
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

    def pairless_error_units(self, functions: Collection[str]) -> set[str]:
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
        self.per_function: dict[str, tuple[list[Cell], list[tuple[str, str]]]] = {}
        self.singles: set[Cell] = set()
        self.split = {r.value: dict.fromkeys(SPLIT_SIDES, 0) for r in Responsibility}

    def refresh(self, context: Context, function_id: str) -> None:
        old = self.per_function.pop(function_id, None)
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
        for r in Responsibility:
            owners = accountable.get((function_id, r))
            if not owners:
                continue
            if single_owner(vardval, r, len(owners)):
                singles.append((function_id, r))
            for uid in owners:
                sides.append((r.value, _SIDE[units[uid].category]))
        if not singles and not sides:
            return
        self.per_function[function_id] = (singles, sides)
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
