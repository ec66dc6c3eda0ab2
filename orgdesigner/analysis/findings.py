"""What the analysis reports: findings, the rules that make them, and the rule registry.

Every rule module registers its rules here with `@rule(...)`, which holds the rule's id and
severity: the rule itself yields `Found` (its messages and subjects), and the registry makes the
`Finding`s, so neither is written twice. A rule is called with the run's `Context`, passed
explicitly. `apply_settings` applies the project's settings (rules switched off, severity
overrides) and marks acknowledged findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import chain, groupby
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from orgdesigner.analysis.context import Context
from orgdesigner.model.entities import Project
from orgdesigner.model.enums import Responsibility


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


#: responsibility -> its value as a plain str (formatting an enum member is slower), None -> ""
_RESP_TEXT: dict[Responsibility | None, str] = {None: "", **{r: r.value for r in Responsibility}}


@dataclass(frozen=True, slots=True, init=False)
class Subjects:
    """The ids a finding is about, so views can highlight them."""

    units: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    responsibility: Responsibility | None = None
    decisions: tuple[str, ...] = ()
    #: the subjects' part of `Finding.key`, made once (every finding's key is needed)
    part: str = field(default="", init=False, repr=False, compare=False)

    # A hand-written __init__ that sets the slots directly: a full analysis makes ~20,000 of
    # these, and the generated frozen __init__ (object.__setattr__ per field) is twice as slow.
    def __init__(
        self,
        units: tuple[str, ...] = (),
        functions: tuple[str, ...] = (),
        responsibility: Responsibility | None = None,
        decisions: tuple[str, ...] = (),
    ) -> None:
        _set_units(self, units)
        _set_functions(self, functions)
        _set_responsibility(self, responsibility)
        _set_decisions(self, decisions)
        _set_part(
            self,
            f"{','.join(units)}|{','.join(functions)}|{_RESP_TEXT[responsibility]}|{','.join(decisions)}",
        )

    def key_part(self) -> str:
        return self.part


_set_units, _set_functions, _set_responsibility, _set_decisions, _set_part = (
    Subjects.__dict__[name].__set__ for name in ("units", "functions", "responsibility", "decisions", "part")
)
_NO_SUBJECTS = Subjects()


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    rule: str  # stable rule id, e.g. "R02-double-accountable"
    severity: Severity
    message_sv: str
    message_en: str
    subjects: Subjects = _NO_SUBJECTS
    acknowledged: str | None = None  # the planner's comment when acknowledged
    #: stable across runs and saves: identifies the finding for acknowledgements and diffs
    key: str = field(default="", init=False, repr=False, compare=False)

    def __init__(
        self,
        rule: str,
        severity: Severity,
        message_sv: str,
        message_en: str,
        subjects: Subjects = _NO_SUBJECTS,
        acknowledged: str | None = None,
    ) -> None:
        _set_rule(self, rule)
        _set_severity(self, severity)
        _set_message_sv(self, message_sv)
        _set_message_en(self, message_en)
        _set_subjects(self, subjects)
        _set_acknowledged(self, acknowledged)
        _set_key(self, f"{rule}:{subjects.part}")

    def message(self, lang: str = "sv") -> str:
        return self.message_en if lang == "en" else self.message_sv


_set_rule, _set_severity, _set_message_sv, _set_message_en, _set_subjects, _set_acknowledged, _set_key = (
    Finding.__dict__[name].__set__
    for name in ("rule", "severity", "message_sv", "message_en", "subjects", "acknowledged", "key")
)


class Found(NamedTuple):
    """What a rule yields for one finding; the registry adds the rule's id and severity."""

    message_sv: str
    message_en: str
    subjects: Subjects = _NO_SUBJECTS


def finding_to_json(finding: Finding, lang: str) -> dict[str, Any]:
    """A finding as every JSON output gives it (`check`'s findings, `compare`'s resolved and
    introduced ones; docs/json-output.md)."""
    subjects = finding.subjects
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message(lang),
        "key": finding.key,
        "acknowledged": finding.acknowledged,
        "subjects": {
            "units": list(subjects.units),
            "functions": list(subjects.functions),
            "responsibility": subjects.responsibility.value if subjects.responsibility else None,
            "decisions": list(subjects.decisions),
        },
    }


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity  # default; a project may override it
    title_sv: str
    title_en: str
    why_sv: str  # why it matters
    why_en: str
    fix_sv: str  # how a planner usually fixes it
    fix_en: str
    check: Callable[[Context], list[Finding]]  # the findings of one run, id and severity set

    def title(self, lang: str = "sv") -> str:
        return self.title_en if lang == "en" else self.title_sv

    def why(self, lang: str = "sv") -> str:
        """Why it matters, without the planner's how-to (what a decision paper quotes)."""
        return self.why_en if lang == "en" else self.why_sv

    def explanation(self, lang: str = "sv") -> str:
        if lang == "en":
            return f"{self.why_en}\n\nHow to fix: {self.fix_en}"
        return f"{self.why_sv}\n\nSå åtgärdar du: {self.fix_sv}"


RULES: dict[str, Rule] = {}
CheckFn = Callable[[Context], Iterable[Found]]


def findings_of(id: str, severity: Severity, found: Iterable[Found]) -> list[Finding]:
    """The findings a rule's `found` make, with the rule's id and severity."""
    return [Finding(id, severity, sv, en, subjects) for sv, en, subjects in found]


def rule(
    id: str,
    severity: Severity,
    *,
    title_sv: str,
    title_en: str,
    why_sv: str,
    why_en: str,
    fix_sv: str,
    fix_en: str,
) -> Callable[[CheckFn], CheckFn]:
    """Register `check(context)`, which yields what it found, as rule `id` of `severity`."""

    def decorate(check: CheckFn) -> CheckFn:
        if id in RULES:
            raise ValueError(f"rule id {id} registered twice")

        def run(context: Context) -> list[Finding]:
            return findings_of(id, severity, check(context))

        run.__doc__ = check.__doc__  # what docs/rules.md says the rule checks
        RULES[id] = Rule(id, severity, title_sv, title_en, why_sv, why_en, fix_sv, fix_en, run)
        return check

    return decorate


def apply_settings(project: Project, scenario_id: str, findings: Iterable[Finding]) -> list[Finding]:
    """Drop switched-off rules, apply severity overrides, mark acknowledged findings; sorted by
    severity, rule and key."""
    settings = project.settings
    disabled = settings.disabled_rules
    overrides = settings.severity_overrides
    acks = {k[1]: a for k, a in project.acknowledgements.items() if k[0] == scenario_id}
    # Rules yield their findings together, so work per run of one rule with C-level calls;
    # only a rule with an override or an acknowledged finding is looked at one by one.
    by_rule: dict[str, list[Finding]] = {}
    for rule_id, run in groupby(findings, _RULE):
        if rule_id in disabled:
            continue
        bucket = by_rule.get(rule_id)
        if bucket is None:
            by_rule[rule_id] = list(run)
        else:
            bucket.extend(run)
    groups: list[tuple[int, str, list[Finding]]] = []
    for rule_id, bucket in by_rule.items():
        override = overrides.get(rule_id)
        if override is not None:
            severity = Severity(override)
            bucket = [f if f.severity == severity else replace(f, severity=severity) for f in bucket]
        if acks and not acks.keys().isdisjoint(map(_KEY, bucket)):
            bucket = [f if f.key not in acks else replace(f, acknowledged=acks[f.key].comment) for f in bucket]
        # keys within one rule share the "rule:" prefix, so their order is that of the shorter
        # subject parts (cheaper to compare)
        bucket.sort(key=_PART)
        # a rule's findings share its default severity unless the rule varies it
        severities = set(map(_SEVERITY, bucket))
        if len(severities) == 1:
            groups.append((SEVERITY_RANK[severities.pop()], rule_id, bucket))
            continue
        for severity in severities:
            groups.append((SEVERITY_RANK[severity], rule_id, [f for f in bucket if f.severity == severity]))
    groups.sort(key=itemgetter(0, 1))
    return list(chain.from_iterable(map(itemgetter(2), groups)))


_RULE = attrgetter("rule")
_KEY = attrgetter("key")
_PART = attrgetter("subjects.part")
_SEVERITY = attrgetter("severity")


def cause_key(finding: Finding) -> str:
    """What a finding is about at root: one function's one responsibility (R02, R04, R06 and R11
    on the same pair are one problem seen from several sides), else the finding itself."""
    subjects = finding.subjects
    if subjects.functions and subjects.responsibility is not None:
        return f"{','.join(subjects.functions)}/{_RESP_TEXT[subjects.responsibility]}"
    return finding.key


def by_cause(findings: Iterable[Finding]) -> list[list[Finding]]:
    """Findings grouped by root cause, the most important first: inside a group by severity
    (then rule), groups by their worst finding's severity, then the larger group first."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(cause_key(finding), []).append(finding)
    ordered = [sorted(g, key=lambda f: (SEVERITY_RANK[f.severity], f.rule, f.key)) for g in groups.values()]
    ordered.sort(key=lambda g: (SEVERITY_RANK[g[0].severity], -len(g), g[0].rule, g[0].key))
    return ordered
