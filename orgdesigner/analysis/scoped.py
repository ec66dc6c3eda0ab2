"""Rules that check one scope at a time: one function, one unit, or the whole scenario.

A scoped rule is written once, as `check_one(context, key)` yielding what it found. Registering
it with `scoped_rule` also registers an ordinary full-scenario rule in `findings.RULES` that loops
over every key, so a full run and `LiveAnalysis` (which re-checks only the keys an edit touched)
share one source of truth and give identical findings; both hold the rule's id and severity.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Finding, Found, Severity, findings_of, rule


class Scope(StrEnum):
    FUNCTION = "function"  # key: a function id of the catalogue
    UNIT = "unit"  # key: a unit id of the scenario
    SCENARIO = "scenario"  # key: None, the scenario as a whole


class Trigger(StrEnum):
    """Kinds of change after which LiveAnalysis re-runs a rule over ALL its keys.

    Besides these, LiveAnalysis always re-checks the keys an edit touched: a unit scope for the
    units added, removed, moved (and their old and new parents and their children) or edited; a
    function scope for the functions whose roles, catalogue entry, or holders' categories, forms
    and authorities changed, and for every function held in a moved subtree or under a unit whose
    category changed; and every scope whose findings name a renamed or removed unit among their
    subjects. A rename changes only messages: it re-checks those scopes and the rules that declare
    NAMES, nothing else.
    """

    STRUCTURE = "structure"  # units added, removed or moved
    UNITS = "units"  # any field of any unit but its name
    #: a unit renamed. Findings quoting the unit among their subjects are re-checked anyway (by
    #: mention), so only a rule whose messages quote units it does not list needs this.
    NAMES = "names"
    ASSIGNMENTS = "assignments"
    FUNCTIONS = "functions"  # the catalogue
    DECISIONS = "decisions"  # the decision register
    SCENARIO = "scenario"  # a scenario property: effective date, economy, structure, name
    SETTINGS = "settings"  # thresholds, rules switched off, severity overrides
    TRADE = "trade"
    TOP = "top"  # where top management ends moved (a structural, category or settings edit)


ALL_TRIGGERS = frozenset(Trigger)
#: what a scoped rule that declares nothing is re-run on: anything its keys do not cover
DEFAULT_TRIGGERS = {
    "function": frozenset(
        {Trigger.SCENARIO, Trigger.DECISIONS, Trigger.SETTINGS, Trigger.TRADE, Trigger.UNITS, Trigger.NAMES}
    ),
    "unit": frozenset({Trigger.SCENARIO, Trigger.DECISIONS, Trigger.SETTINGS, Trigger.TRADE, Trigger.FUNCTIONS}),
    "scenario": ALL_TRIGGERS,
}

CheckOne = Callable[[Context, str | None], Iterable[Found]]


@dataclass(frozen=True, slots=True)
class ScopedRule:
    id: str
    scope: Scope
    check_one: Callable[[Context, str | None], list[Finding]]  # one key's findings, id and severity set
    triggers: frozenset[Trigger]
    candidates: Callable[[Context], Iterable[str | None]] | None = None
    reads_lines: bool = True


SCOPED: dict[str, ScopedRule] = {}


def scope_keys(context: Context, scope: Scope) -> list[str | None]:
    if scope is Scope.FUNCTION:
        return list(context.project.functions)
    if scope is Scope.UNIT:
        return list(context.scenario.units)
    return [None]


def key_exists(context: Context, scope: Scope, key: str | None) -> bool:
    if scope is Scope.FUNCTION:
        return key in context.project.functions
    if scope is Scope.UNIT:
        return key in context.scenario.units
    return True


def scoped_rule(
    id: str,
    severity: Severity,
    scope: Scope,
    *,
    title_sv: str,
    title_en: str,
    why_sv: str,
    why_en: str,
    fix_sv: str,
    fix_en: str,
    triggers: frozenset[Trigger] | None = None,
    candidates: Callable[[Context], Iterable[str | None]] | None = None,
    reads_lines: bool = True,
) -> Callable[[CheckOne], CheckOne]:
    """Register `check_one(context, key)` as rule `id` checking every key of `scope`.

    `triggers`: the kinds of change after which LiveAnalysis must re-run the rule over all keys
    (beyond the keys an edit touches, see `Trigger`); leave it out to be safe.
    `candidates`: a quick superset of the keys that can have findings, so a full run need not call
    `check_one` for every unit of a large scenario; leave it out to check every key.
    `reads_lines=False`: the findings do not depend on reporting lines (parents, children, chains
    of command), so LiveAnalysis need not re-check the rule's keys after a unit is moved. For a
    unit scope, False means a unit's findings read no further than its own parent and direct
    reports (the units an edit touches are re-checked anyway); with True, every unit under a unit
    moved, added, removed or given another category is re-checked (its chain of command changed).
    """

    def decorate(check_one: CheckOne) -> CheckOne:
        def check(context: Context) -> Iterator[Found]:
            keys = scope_keys(context, scope) if candidates is None else candidates(context)
            for key in keys:
                yield from check_one(context, key)

        def findings_at(context: Context, key: str | None) -> list[Finding]:
            return findings_of(id, severity, check_one(context, key))

        check.__doc__ = check_one.__doc__
        rule(
            id,
            severity,
            title_sv=title_sv,
            title_en=title_en,
            why_sv=why_sv,
            why_en=why_en,
            fix_sv=fix_sv,
            fix_en=fix_en,
        )(check)
        chosen = DEFAULT_TRIGGERS[scope.value] if triggers is None else frozenset(triggers)
        SCOPED[id] = ScopedRule(id, scope, findings_at, chosen, candidates, reads_lines)
        return check_one

    return decorate
