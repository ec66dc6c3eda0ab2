"""What the analysis reports: findings, the rules that make them, and the rule registry.

Every rule module registers its rules here with `@rule(...)`; `run_rules` applies the project's
settings (rules switched off, severity overrides) and marks acknowledged findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from operator import itemgetter

from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Responsibility


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Subjects:
    """The ids a finding is about, so views can highlight them."""

    units: tuple[str, ...] = ()
    functions: tuple[str, ...] = ()
    responsibility: Responsibility | None = None
    decisions: tuple[str, ...] = ()

    def key_part(self) -> str:
        resp = self.responsibility.value if self.responsibility else ""
        return "|".join([",".join(self.units), ",".join(self.functions), resp, ",".join(self.decisions)])


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # stable rule id, e.g. "R02-double-accountable"
    severity: Severity
    message_sv: str
    message_en: str
    subjects: Subjects = field(default_factory=Subjects)
    acknowledged: str | None = None  # the planner's comment when acknowledged

    @property
    def key(self) -> str:
        """Stable across runs and saves: identifies the finding for acknowledgements and diffs."""
        return f"{self.rule}:{self.subjects.key_part()}"

    def message(self, lang: str = "sv") -> str:
        return self.message_en if lang == "en" else self.message_sv


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
    check: Callable[[Project, Scenario], Iterable[Finding]]

    def title(self, lang: str = "sv") -> str:
        return self.title_en if lang == "en" else self.title_sv

    def explanation(self, lang: str = "sv") -> str:
        if lang == "en":
            return f"{self.why_en}\n\nHow to fix: {self.fix_en}"
        return f"{self.why_sv}\n\nSå åtgärdar du: {self.fix_sv}"


RULES: dict[str, Rule] = {}


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
) -> Callable[[Callable[[Project, Scenario], Iterable[Finding]]], Callable[[Project, Scenario], Iterable[Finding]]]:
    """Register a check function as a rule."""

    def decorate(check: Callable[[Project, Scenario], Iterable[Finding]]):
        if id in RULES:
            raise ValueError(f"rule id {id} registered twice")
        RULES[id] = Rule(id, severity, title_sv, title_en, why_sv, why_en, fix_sv, fix_en, check)
        return check

    return decorate


def apply_settings(project: Project, scenario_id: str, findings: Iterable[Finding]) -> list[Finding]:
    """Drop switched-off rules, apply severity overrides, mark acknowledged findings; sorted."""
    settings = project.settings
    disabled = settings.disabled_rules
    overrides = settings.severity_overrides
    acks = {k[1]: a for k, a in project.acknowledgements.items() if k[0] == scenario_id}
    decorated = []
    for finding in findings:
        if finding.rule in disabled:
            continue
        override = overrides.get(finding.rule)
        if override is not None and override != finding.severity:
            finding = replace(finding, severity=Severity(override))
        key = finding.key  # computed once: it is a formatted string
        if acks:
            ack = acks.get(key)
            if ack is not None:
                finding = replace(finding, acknowledged=ack.comment)
        # one string orders like (rank, rule, key) and compares much faster than a tuple
        decorated.append((f"{SEVERITY_RANK[finding.severity]}{finding.rule}\x00{key}", finding))
    decorated.sort(key=itemgetter(0))
    return [t[1] for t in decorated]
