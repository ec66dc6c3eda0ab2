"""A full analysis run: every registered rule over one scenario, settings applied, metrics."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from orgdesigner.analysis import rules as _rules  # noqa: F401  (registers every rule)
from orgdesigner.analysis.context import Context, ScenarioIndex, active
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
    with active(context):
        for rule in RULES.values():
            if rule.id not in disabled:
                out.extend(rule.check(context.project, context.scenario))
    return out


def analyze_scenario(project: Project, scenario: Scenario) -> AnalysisResult:
    with gc_paused():
        context = Context(project, scenario, ScenarioIndex.build(scenario))
        findings = apply_settings(project, scenario.id, raw_findings(context))
        return AnalysisResult(findings, compute_metrics(context, findings, context.layers()))


@contextmanager
def gc_paused(pause: bool = True) -> Iterator[None]:
    """Hold off the cyclic garbage collector while a run allocates its ~100,000 objects.

    They hold no reference cycles, so collecting during the run frees nothing; yet on a large
    project the allocations set off ~150 young and one full collection (a sixth of the run).
    What the run keeps (findings) is long-lived, so it goes straight to the oldest generation
    (freeze + unfreeze moves the young generations there without scanning them) instead of
    through a young collection that scans every object. Skipped when the application froze
    objects itself, as unfreezing would undo that. `pause=False`: do nothing (small runs).
    """
    if not pause or not gc.isenabled():
        yield
        return
    promote = gc.get_freeze_count() == 0
    gc.disable()
    try:
        yield
    finally:
        if promote:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def analyze_project(project: Project) -> dict[str, AnalysisResult]:
    return {sid: analyze_scenario(project, s) for sid, s in project.scenarios.items()}
