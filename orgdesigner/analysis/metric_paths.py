"""The one metric vocabulary of the JSON outputs (`check`, `compare`, `diff`, `merge`) and displays.

A metric is named by its path in the nested `metrics` object, written with dots:
`findings.error` is `metrics["findings"]["error"]`, `split.delivery.own_provider` is
`metrics["split"]["delivery"]["own_provider"]`. Every command builds its `metrics` (and
`metric_deltas`) with `metric_values` + `nest`, so one scenario gets the same object everywhere
(docs/json-output.md).
"""

from __future__ import annotations

from typing import Any

from orgdesigner.analysis.metrics import Metrics
from orgdesigner.model.entities import Project, Scenario

#: groups that break a headline number down; the JSON carries them, tables and the comparison's
#: text show only the headline metrics (planners asked for those, the rest is for scripts)
DETAIL_PREFIXES = ("units_by_category.", "units_by_form.", "pairs", "clear_pairs", "findings.acknowledged",
                   "dotted.units", "dotted.max_per_unit")


def metric_values(project: Project, scenario: Scenario, metrics: Metrics) -> dict[str, float]:
    """Every metric of one analysed scenario by its dotted path, in the order documents list them."""
    severities = metrics.findings_by_severity
    out: dict[str, float] = {
        "clarity_index": round(metrics.clarity_index, 4),
        "pairs": metrics.pairs,
        "clear_pairs": metrics.clear_pairs,
        "units": metrics.units,
        "layers": metrics.layers,
        "span_mean": round(metrics.span_mean, 2),
        "span_max": metrics.span_max,
        "findings.total": sum(severities.values()),
    }
    for severity, count in severities.items():
        out[f"findings.{severity}"] = count
    out["findings.acknowledged"] = metrics.acknowledged
    for resp, sides in metrics.responsibility_split.items():
        for side, count in sides.items():
            out[f"split.{resp}.{side}"] = count
    for category, count in metrics.units_by_category.items():
        out[f"units_by_category.{category}"] = count
    for form, count in metrics.units_by_form.items():
        out[f"units_by_form.{form}"] = count
    out["dotted.total"] = metrics.dotted_lines
    for kind, count in metrics.dotted_by_kind.items():
        out[f"dotted.{kind}"] = count
    out["dotted.units"] = metrics.dotted_units
    out["dotted.max_per_unit"] = metrics.dotted_max_per_unit
    out.update(trade_values(project, scenario))
    return out


def trade_values(project: Project, scenario: Scenario) -> dict[str, float]:
    """`trade.*`: internal trade under each service's own pricing model (only with trade services)."""
    if not getattr(scenario.trade, "services", None):
        return {}
    from orgdesigner.analysis.trade import trade_summary

    totals = trade_summary(project, scenario).get("models", {}).get("as_set", {})
    return {f"trade.{k}": totals[k] for k in ("net_cost_sek", "charged_sek", "production_cost_sek") if k in totals}


def is_headline(path: str) -> bool:
    """Whether tables and the comparison show this metric (the JSON has all of them)."""
    return not path.startswith(DETAIL_PREFIXES)


def nest(values: dict[str, float]) -> dict[str, Any]:
    """`{"findings.error": 7}` -> `{"findings": {"error": 7}}`: the JSON shape of a metrics object."""
    out: dict[str, Any] = {}
    for path, value in values.items():
        *groups, leaf = path.split(".")
        node = out
        for group in groups:
            node = node.setdefault(group, {})
        node[leaf] = value
    return out


def deltas(base: dict[str, float], other: dict[str, float]) -> dict[str, float]:
    """`other - base` for every metric of either (a metric one side lacks counts as 0)."""
    keys = dict.fromkeys([*base, *other])
    return {k: round(other.get(k, 0) - base.get(k, 0), 6) for k in keys}


def project_metrics(project: Project) -> dict[str, dict[str, float]]:
    """Scenario id -> its metrics, each scenario analysed as `check` analyses it."""
    from orgdesigner.analysis.engine import analyze_scenario

    return {sid: metric_values(project, s, analyze_scenario(project, s).metrics) for sid, s in project.scenarios.items()}


def scenarios_json(project: Project) -> list[dict[str, Any]]:
    """`[{"id", "name", "metrics"}]` of every scenario: the `scenarios` of a merge report."""
    values = project_metrics(project)
    return [{"id": sid, "name": s.name, "metrics": nest(values[sid])} for sid, s in project.scenarios.items()]


def scenario_changes_json(old: Project | None, new: Project | None) -> list[dict[str, Any]]:
    """Every scenario of either project with its metrics in each and the change (a diff's
    `scenarios`): `old_metrics`, `metrics` (the new file's; `null` where the scenario is absent)
    and `metric_deltas` (new minus old, shaped like `metrics`)."""
    before = project_metrics(old) if old is not None else {}
    after = project_metrics(new) if new is not None else {}
    names = {sid: s.name for p in (old, new) if p is not None for sid, s in p.scenarios.items()}
    return [
        {
            "id": sid,
            "name": names[sid],
            "old_metrics": nest(before[sid]) if sid in before else None,
            "metrics": nest(after[sid]) if sid in after else None,
            "metric_deltas": nest(deltas(before.get(sid, {}), after.get(sid, {}))),
        }
        for sid in dict.fromkeys([*before, *after])
    ]
