"""A full analysis run: every registered rule over one scenario, settings applied, metrics."""

from __future__ import annotations

from dataclasses import dataclass

from orgdesigner._gc import gc_paused
from orgdesigner.analysis import rules as _rules  # noqa: F401  (registers every rule)
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import RULES, Finding, apply_settings
from orgdesigner.analysis.metrics import Metrics, compute_metrics
from orgdesigner.model.entities import Project, Scenario


@dataclass(frozen=True)
class AnalysisResult:
    findings: list[Finding]  # settings applied, sorted by severity, rule and key
    metrics: Metrics


def raw_findings(context: Context) -> list[Finding]:
    """Findings of every enabled rule, before severity overrides and acknowledgements."""
    disabled = context.project.settings.disabled_rules
    out: list[Finding] = []
    for rule in RULES.values():
        if rule.id not in disabled:
            out.extend(rule.check(context))
    return out


def analyze_scenario(project: Project, scenario: Scenario) -> AnalysisResult:
    with gc_paused():
        context = Context.of(project, scenario)
        findings = apply_settings(project, scenario.id, raw_findings(context))
        return AnalysisResult(findings, compute_metrics(context, findings, context.layers()))


def analyze_project(project: Project) -> dict[str, AnalysisResult]:
    return {sid: analyze_scenario(project, s) for sid, s in project.scenarios.items()}
