"""The live analysis of one scenario: its indexes, findings and matrix tally, patched per model
event (`apply_event`) and re-checked on demand. Used by `live.LiveAnalysis`, which imports this
module (and with it every rule) only when the first result is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from orgdesigner._gc import gc_paused
from orgdesigner.analysis import rules as _rules  # noqa: F401  (registers every rule)
from orgdesigner.analysis._live_state import FindingStore, MatrixTally, live_metrics
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.engine import AnalysisResult
from orgdesigner.analysis.findings import RULES, Finding
from orgdesigner.analysis.metrics import DottedCounts, dotted_counts
from orgdesigner.analysis.scoped import (
    ALL_TRIGGERS,
    SCOPED,
    Scope,
    ScopedRule,
    Trigger,
    key_exists,
    scope_keys,
)
from orgdesigner.model.entities import AssignmentKey, Project, Scenario
from orgdesigner.model.enums import Responsibility, UnitCategory, UnitForm
from orgdesigner.model.events import Change, ModelEvent

#: unit fields whose change can alter function-scope findings (sides, authority); not the name:
#: a name reaches findings only through messages, and those scopes are re-checked by mention
_FUNCTION_FIELDS = {"category", "authorities", "form"}


class ScenarioState:
    def __init__(self, project: Project, scenario: Scenario) -> None:
        # the indexes are ~100,000 long-lived objects per 10,000 units, none in a cycle
        with gc_paused(len(scenario.units) > 5_000):
            self.context = Context.of(project, scenario)
            self.context.depths()
        self.store = FindingStore(project)
        self.tally = MatrixTally()
        self.full: set[str] = set(RULES)
        self.dirty: dict[str, set[str | None]] = {}
        self.tally_dirty: set[str] = set()  # functions to re-tally once `tally_built`
        self.tally_built = False
        self.unit_counts: tuple[dict[str, int], dict[str, int]] | None = None
        self.spans: dict[str, int] | None = None  # direct reports of each unit that has any
        self.dotted: DottedCounts | None = None
        self.result: AnalysisResult | None = None
        self.top = self.top_key()

    def prepare_edits(self) -> None:
        """Build what edits need beyond the first result: the per-unit matrix index, the
        findings' mentions of units and the matrix tally per function (~0.45 s at 50,000 units).
        After the first result is on screen, not before it, and not on the first edit."""
        with gc_paused(len(self.context.scenario.units) > 5_000):
            self.context.index.unit_cells  # noqa: B018  (built on first use)
            self.store.mentions  # noqa: B018  (what a rename re-checks: built on first use)
            if self.tally_built and self.tally.per_function is None:
                self.tally.index(self.context)  # what re-tallying one function takes back

    def top_key(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """Where top management ends, with the names messages quote."""
        top = self.context.top_management()
        return top.units, tuple(self.context.names(top.boundary))

    def check_top(self) -> None:
        """Re-run the rules reading the top management level when it moved."""
        top = self.top_key()
        if top != self.top:
            self.top = top
            self.trigger({Trigger.TOP})

    # -- marking what an edit touched --
    def mark_units(self, unit_ids: Iterable[str], lines_only: bool = False) -> None:
        """Re-check these units; `lines_only`: only their chains of command changed (units under
        a moved or recategorised unit), which only the unit rules that read lines see."""
        for rule in SCOPED.values():
            if rule.scope is Scope.UNIT and (rule.reads_lines or not lines_only):
                self.dirty.setdefault(rule.id, set()).update(unit_ids)

    def mark_functions(self, function_ids: Iterable[str], lines_only: bool = False) -> None:
        """Re-check these functions; `lines_only`: only reporting lines changed (a move), so
        neither the matrix tally nor rules that do not read reporting lines are affected."""
        if not lines_only:
            self.tally_dirty.update(function_ids)
        for rule in SCOPED.values():
            if rule.scope is Scope.FUNCTION and (rule.reads_lines or not lines_only):
                self.dirty.setdefault(rule.id, set()).update(function_ids)

    def mark_mentions(self, unit_ids: Iterable[str]) -> None:
        for uid in unit_ids:
            for rule_id, key in self.store.mentions.get(uid, ()):
                self.dirty.setdefault(rule_id, set()).add(key)

    def trigger(self, triggers: set[Trigger]) -> None:
        for rule_id in RULES:
            scoped = SCOPED.get(rule_id)
            wanted = scoped.triggers if scoped is not None else ALL_TRIGGERS
            if wanted & triggers:
                self.full.add(rule_id)

    # -- bringing findings up to date --
    def refresh(self) -> None:
        context = self.context
        store = self.store
        bulk = len(self.full) > 1  # a first analysis or a change that re-runs several rules
        # only the first analysis makes enough long-lived objects to be worth pausing the GC for
        with gc_paused(not store.by_scope and bulk):
            if bulk:
                store.begin_bulk()
            for rule_id in list(self.full):
                rule = RULES.get(rule_id)
                scoped = SCOPED.get(rule_id)
                if rule is None:
                    continue
                if rule_id not in store.by_scope:  # nothing of it stored (a first analysis)
                    store.fill(rule_id, _found_by_scope(context, rule.check, scoped))
                    continue
                if scoped is None:
                    store.put(rule_id, None, rule.check(context))
                    continue
                # candidates: every key that can have findings; stale keys are cleared below
                keys = scope_keys(context, scoped.scope) if scoped.candidates is None else scoped.candidates(context)
                for stale in set(store.scope_keys(rule_id)) - set(keys):
                    store.put(rule_id, stale, [])
                for key in keys:
                    store.put(rule_id, key, scoped.check_one(context, key))
            if bulk:
                store.end_bulk()
            for rule_id, keys in self.dirty.items():
                if rule_id in self.full:
                    continue
                scoped = SCOPED[rule_id]
                for key in keys:
                    self._check(scoped, key)
        self.full.clear()
        self.dirty.clear()
        if not self.tally_built:
            self.tally.build(context)
            self.tally_built = True
        else:
            for fid in self.tally_dirty:
                self.tally.refresh(context, fid)
        self.tally_dirty.clear()

    def _check(self, scoped: ScopedRule, key: str | None) -> None:
        if key_exists(self.context, scoped.scope, key):
            self.store.put(scoped.id, key, scoped.check_one(self.context, key))
        else:
            self.store.put(scoped.id, key, [])

    def analysis(self) -> AnalysisResult:
        if self.result is None:
            self.refresh()
            context = self.context
            findings, acknowledged = self.store.assemble(context.scenario.id)
            if self.unit_counts is None:
                self.unit_counts = _unit_counts(context.scenario)
            if self.spans is None:
                units = context.scenario.units
                self.spans = {parent: len(kids) for parent, kids in context.index.children.items() if parent in units and kids}
            if self.dotted is None:
                self.dotted = dotted_counts(context.scenario)
            metrics = live_metrics(context, self.store, self.tally, self.unit_counts, self.spans, acknowledged, self.dotted)
            self.result = AnalysisResult(findings, metrics)
        return self.result

    def patch_spans(self, parents: Iterable[str]) -> None:
        """Bring the spans of `parents` up to date after units moved between them."""
        spans = self.spans
        if spans is None:
            return
        units = self.context.scenario.units
        children = self.context.index.children
        for parent in parents:
            kids = children.get(parent)
            if parent in units and kids:
                spans[parent] = len(kids)
            else:
                spans.pop(parent, None)

    # -- layers, patched per structural edit --
    def redepth(self, roots: Iterable[str]) -> None:
        """Recompute the layer of each root's subtree; give up (recompute lazily) on a cycle."""
        context = self.context
        depth, count = context.depth, context.depth_count
        if depth is None or count is None:
            return
        units = context.scenario.units
        children = context.index.children
        for root in roots:
            if root not in units:
                continue
            parent = units[root].parent_id
            if parent is None or parent not in units:
                base = 0
            elif parent in depth:
                base = depth[parent]
            else:
                context.forget_depths()  # under a cycle: full recompute
                return
            queue = [(root, base + 1)]
            seen = {root}
            while queue:
                uid, d = queue.pop()
                if uid == parent:  # the root's subtree contains its parent: a cycle
                    context.forget_depths()
                    return
                old = depth.get(uid)
                if old != d:
                    if old is not None:
                        count[old] -= 1
                        if not count[old]:
                            del count[old]
                    depth[uid] = d
                    count[d] += 1
                    context.depth_changed(uid, old, d)
                for child in children.get(uid, ()):
                    if child not in seen:
                        seen.add(child)
                        queue.append((child, d + 1))

    def forget_depth(self, unit_id: str) -> None:
        depth, count = self.context.depth, self.context.depth_count
        if depth is None or count is None:
            return
        old = depth.pop(unit_id, None)
        if old is not None:
            count[old] -= 1
            if not count[old]:
                del count[old]
            self.context.depth_changed(unit_id, old, None)


def _found_by_scope(
    context: Context, check: Callable[[Context], list[Finding]], scoped: ScopedRule | None
) -> dict[str | None, list[Finding]]:
    """A rule's findings per scope key, as `put` of each key stores them (no empty lists)."""
    if scoped is None:
        found = check(context)
        return {None: found} if found else {}
    keys = scope_keys(context, scoped.scope) if scoped.candidates is None else scoped.candidates(context)
    check_one = scoped.check_one
    out: dict[str | None, list[Finding]] = {}
    for key in keys:
        found = check_one(context, key)
        if found:
            out[key] = found
    return out


def _unit_counts(scenario: Scenario) -> tuple[dict[str, int], dict[str, int]]:
    by_category = dict.fromkeys((c.value for c in UnitCategory), 0)
    by_form = dict.fromkeys((f.value for f in UnitForm), 0)
    for unit in scenario.units.values():
        by_category[unit.category.value] += 1
        by_form[unit.form.value] += 1
    return by_category, by_form



def apply_event(state: ScenarioState, event: ModelEvent) -> None:
    """Patch `state` for one model event and mark what the event may have changed."""
    state.result = None
    if event.change in _STRUCTURAL and event.change is not Change.UNITS_MOVED:
        state.context.structure_changed()  # a move forgets only its subtree's (_units_moved)
    if event.change in _UNIT_EVENTS:
        state.context.units_changed(event.ids)
    handler = _HANDLERS.get(event.change)
    if handler is not None:
        handler(state, event)
    if event.change in _UNIT_EVENTS or event.change in _STRUCTURAL or event.field == "settings":
        state.check_top()
    if event.change in _UNIT_EVENTS and (event.change is not Change.UNITS_CHANGED or event.field == "dotted_lines"):
        state.dotted = None


# -- one handler per kind of change: patch the indexes, mark what may have changed --


def _units_added(state: ScenarioState, event: ModelEvent) -> None:
    context = state.context
    index = context.index
    units = context.scenario.units
    touched: set[str] = set()
    for uid in event.ids:
        if uid in units and uid not in index.parent:
            index.attach(uid, units[uid].parent_id)
    for uid in event.ids:
        if uid not in units:
            continue
        parent = units[uid].parent_id
        touched.update((uid, *index.children.get(uid, ())))
        if parent is not None:
            touched.add(parent)
        subtree = index.subtree(uid)
        state.mark_units(subtree, lines_only=True)
        state.mark_functions(index.functions_of(subtree + ([parent] if parent else [])))
    added = {uid for uid in event.ids if uid in units}
    state.redepth([uid for uid in added if units[uid].parent_id not in added])
    state.mark_units(touched)
    state.trigger({Trigger.STRUCTURE})
    state.unit_counts = state.spans = None


def _units_removed(state: ScenarioState, event: ModelEvent) -> None:
    index = state.context.index
    orphans: set[str] = set()
    touched: set[str] = set()
    for uid in event.ids:
        state.mark_functions(index.functions_of([uid]))
        for (fid, resp) in list(index.unit_cells.get(uid, ())):
            index.set_role(uid, fid, resp, None)
        parent = index.detach(uid)
        if parent is not None:
            touched.add(parent)
            state.mark_functions(index.functions_of([parent]))
        orphans.update(index.children.get(uid, ()))
        touched.add(uid)
        state.forget_depth(uid)
    orphans -= set(event.ids)
    orphans = {o for o in orphans if o in state.context.scenario.units}
    for orphan in orphans:
        subtree = index.subtree(orphan)
        state.mark_units(subtree, lines_only=True)
        state.mark_functions(index.functions_of(subtree))
    state.redepth(orphans)
    state.mark_units(touched | orphans)
    state.mark_mentions(event.ids)
    state.trigger({Trigger.STRUCTURE})
    state.unit_counts = state.spans = None


def _units_moved(state: ScenarioState, event: ModelEvent) -> None:
    context = state.context
    index = context.index
    units = context.scenario.units
    touched: set[str] = set()
    parents: set[str] = set()
    for uid in event.ids:
        if uid not in units:
            continue
        old = index.detach(uid)
        new = units[uid].parent_id
        index.attach(uid, new)
        touched.update(p for p in (uid, old, new) if p is not None)
        parents.update(p for p in (old, new) if p is not None)
        subtree = index.subtree(uid)
        context.subtree_moved(subtree)
        state.mark_units(subtree, lines_only=True)
        # the subtree's chains changed; the parents' sets of children changed (R03 delivery)
        state.mark_functions(index.functions_of(subtree + [p for p in (old, new) if p is not None]), lines_only=True)
    state.redepth([uid for uid in event.ids if uid in units])
    state.mark_units(touched)
    state.trigger({Trigger.STRUCTURE})
    state.patch_spans(parents)


def _units_changed(state: ScenarioState, event: ModelEvent) -> None:
    index = state.context.index
    ids = [uid for uid in event.ids if uid in state.context.scenario.units]
    state.mark_units(ids)
    if event.field == "category":
        subtree: set[str] = set()
        for uid in ids:
            subtree.update(index.subtree(uid))
        state.mark_units(subtree, lines_only=True)
        state.mark_functions(index.functions_of(subtree))
    elif event.field in _FUNCTION_FIELDS:
        state.mark_functions(index.functions_of(ids))
    if event.field == "name":
        state.mark_mentions(ids)
        state.trigger({Trigger.NAMES})
        return
    if event.field in {"category", "form"}:
        state.unit_counts = None
    state.trigger({Trigger.UNITS})


def _assignments_changed(state: ScenarioState, event: ModelEvent) -> None:
    context = state.context
    index = context.index
    units = context.scenario.units
    assignments = context.scenario.assignments
    present = [uid for uid in event.ids if uid in units]
    for uid in event.ids:
        if uid not in units:  # removed with its unit: drop whatever the index still holds
            for (fid, resp) in list(index.unit_cells.get(uid, ())):
                index.set_role(uid, fid, resp, None)
    if len(present) * len(event.function_ids) * 3 <= len(assignments):
        for uid in present:
            for fid in event.function_ids:
                for resp in Responsibility:
                    index.set_role(uid, fid, resp, assignments.get(AssignmentKey(uid, fid, resp)))
    else:  # a whole subtree restored: one pass over the matrix beats the cross product
        unit_set, function_set = set(present), set(event.function_ids)
        new = {k: r for k, r in assignments.items() if k.unit_id in unit_set and k.function_id in function_set}
        unit_cells = index.unit_cells
        old = [
            AssignmentKey(uid, fid, resp)
            for uid in present
            for (fid, resp) in unit_cells.get(uid, ())
            if fid in function_set
        ]
        for key in old:
            if key not in new:
                index.set_role(key.unit_id, key.function_id, key.responsibility, None)
        for key, role in new.items():
            index.set_role(key.unit_id, key.function_id, key.responsibility, role)
    state.mark_functions(event.function_ids)
    state.mark_units(event.ids)
    state.trigger({Trigger.ASSIGNMENTS})


def _functions_changed(state: ScenarioState, event: ModelEvent) -> None:
    context = state.context
    index = context.index
    if event.field is None:  # added or removed (with its assignments): resync its cells
        for fid in event.ids:
            old = {(u, r) for r in Responsibility for u in index.holders(fid, r)}
            new = {}
            if fid in context.project.functions:
                new = {(k.unit_id, k.responsibility): role for k, role in context.scenario.assignments.items() if k.function_id == fid}
            for uid, resp in old | set(new):
                index.set_role(uid, fid, resp, new.get((uid, resp)))
            state.mark_units({u for u, _r in old | set(new)})
    state.mark_functions(event.ids)
    state.trigger({Trigger.FUNCTIONS})


def _decisions_changed(state: ScenarioState, _event: ModelEvent) -> None:
    state.trigger({Trigger.DECISIONS})


def _scenario_changed(state: ScenarioState, _event: ModelEvent) -> None:
    state.trigger({Trigger.SCENARIO})


def _project_changed(state: ScenarioState, event: ModelEvent) -> None:
    if event.field == "settings":
        state.store.regroup()
        state.trigger({Trigger.SETTINGS})


def _trade_changed(state: ScenarioState, _event: ModelEvent) -> None:
    state.trigger({Trigger.TRADE})


_STRUCTURAL = frozenset({Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED})
_UNIT_EVENTS = frozenset({Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_CHANGED})

_HANDLERS: dict[Change, Callable[[ScenarioState, ModelEvent], None]] = {
    Change.UNITS_ADDED: _units_added,
    Change.UNITS_REMOVED: _units_removed,
    Change.UNITS_MOVED: _units_moved,
    Change.UNITS_CHANGED: _units_changed,
    Change.ASSIGNMENTS_CHANGED: _assignments_changed,
    Change.FUNCTIONS_CHANGED: _functions_changed,
    Change.DECISIONS_CHANGED: _decisions_changed,
    Change.SCENARIO_CHANGED: _scenario_changed,
    Change.PROJECT_CHANGED: _project_changed,
    Change.TRADE_CHANGED: _trade_changed,
}
