"""`orgdesigner check FILE`: the clarity analysis, read like a compiler's output or as JSON.

Exit 0 when no scenario has an error-level finding, 1 when one has, 2 when the file cannot be read.
The JSON shape is documented in docs/check-json.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgdesigner.analysis.metrics import Metrics
    from orgdesigner.model.entities import Project, Scenario

import argparse
import sys
from pathlib import Path

import orjson

from orgdesigner.cli_commands._common import (
    add_file_argument,
    add_lang_option,
    open_project,
    pick_scenarios,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="find unclear responsibility in a project's scenarios",
        description="Run the clarity analysis on every scenario (or those named with --scenario). "
        "Exit 0: no error-level finding; 1: at least one; 2: the file cannot be read.",
    )
    add_file_argument(parser)
    parser.add_argument(
        "--scenario",
        action="append",
        metavar="ID|NAME",
        help="check only this scenario (id or name; repeatable)",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    add_lang_option(parser, "messages")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.analysis.findings import Severity

    project = open_project(args.file)
    scenarios = pick_scenarios(project, args.scenario)
    results = [(s, analyze_scenario(project, s)) for s in scenarios]
    if args.format == "json":
        # orjson: json.dumps with indent runs the pure-Python encoder (10 s for 29,000 findings)
        options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
        sys.stdout.write(orjson.dumps(to_json(args.file, project, results, args.lang), option=options).decode() + "\n")
    else:
        write_text(args.file, results, args.lang)
    has_error = any(f.severity is Severity.ERROR for _s, r in results for f in r.findings)
    return 1 if has_error else 0


CHECK_FORMAT = "orgdesigner-check"
CHECK_VERSION = 2  # 2: metrics nested as in every JSON output (docs/json-output.md)


def to_json(path: Path, project: Project, results: list, lang: str) -> dict:
    from orgdesigner.analysis.findings import finding_to_json
    from orgdesigner.analysis.metric_paths import metric_values, nest

    return {
        "format": CHECK_FORMAT,  # the envelope every JSON output shares: docs/json-output.md
        "format_version": CHECK_VERSION,
        "file": str(path),
        "scenarios": [
            {
                "id": scenario.id,
                "name": scenario.name,
                "effective_date": scenario.effective_date.isoformat() if scenario.effective_date else None,
                "findings": [finding_to_json(f, lang) for f in result.findings],
                "metrics": nest(metric_values(project, scenario, result.metrics)),
            }
            for scenario, result in results
        ],
    }


_WORDS = {
    "sv": {"error": "fel", "warning": "varning", "info": "info", "ack": "kvitterad"},
    "en": {"error": "error", "warning": "warning", "info": "info", "ack": "acknowledged"},
}


def write_text(path: Path, results: list, lang: str) -> None:
    words = _WORDS[lang]
    out = sys.stdout
    for scenario, result in results:
        for finding in result.findings:
            line = f"{path}: {words[finding.severity.value]} {finding.rule} [{scenario.id}]: {finding.message(lang)}"
            if finding.acknowledged is not None:
                line += f" ({words['ack']}: {finding.acknowledged})"
            out.write(line + "\n")
        out.write(summary_line(path, scenario, result.metrics, lang) + "\n")


def summary_line(path: Path, scenario: Scenario, metrics: Metrics, lang: str) -> str:
    from orgdesigner.io.words.numbers import counted, number

    sev = metrics.findings_by_severity
    counts = ", ".join(counted(sev[s], s, lang) for s in ("error", "warning", "info"))
    clarity = f"{metrics.clarity_index:.2f}" if lang == "en" else f"{metrics.clarity_index:.2f}".replace(".", ",")
    span = number(metrics.span_mean, lang, 1)
    if lang == "sv":
        return (
            f"{path}: [{scenario.id}] {scenario.name}: {counts}; tydlighetsindex {clarity} "
            f"({metrics.clear_pairs}/{metrics.pairs} ansvar), {counted(metrics.units, 'unit', lang)}, "
            f"{metrics.layers} nivåer, kontrollspann {span} i snitt / {metrics.span_max} max"
        )
    return (
        f"{path}: [{scenario.id}] {scenario.name}: {counts}; clarity index {clarity} "
        f"({metrics.clear_pairs}/{metrics.pairs} responsibilities), {counted(metrics.units, 'unit', lang)}, "
        f"{metrics.layers} layers, span of control {span} mean / {metrics.span_max} max"
    )
