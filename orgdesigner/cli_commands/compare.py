"""`orgdesigner compare FILE --scenarios A B [C D] [--format text|json]`: differences, metrics
with deltas, and findings resolved/introduced relative to the first scenario (JSON shape:
docs/compare-json.md)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from orgdesigner._gc import gc_paused
from orgdesigner.cli_commands._common import (
    add_file_argument,
    add_lang_option,
    open_project,
    pick_scenarios,
)
from orgdesigner.cli_commands.errors import CliError

if TYPE_CHECKING:
    from orgdesigner.analysis.compare import Comparison


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "compare",
        help="compare 2-4 scenarios: differences, metrics, findings resolved/introduced",
        description="Compare scenarios with the first one (by id or name): units added, removed, "
        "moved or changed, roles and economic rules changed, metrics with deltas, and the "
        "findings each scenario resolves or introduces.",
    )
    add_file_argument(parser)
    parser.add_argument("--scenarios", nargs="+", required=True, metavar="SCENARIO", help="2 to 4 scenario ids or names; the first is the base")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    add_lang_option(parser, "messages in text output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 2 <= len(args.scenarios) <= 4:
        raise CliError(f"--scenarios takes 2 to 4 scenarios, got {len(args.scenarios)}")
    project = open_project(args.file)
    scenarios = pick_scenarios(project, args.scenarios)
    from orgdesigner.analysis.compare import compare

    comparison = compare(project, [s.id for s in scenarios])
    # the report of two very different scenarios lists every changed role: hundreds of
    # thousands of short-lived lists the cyclic collector would scan the whole project for
    with gc_paused():
        if args.format == "json":
            import orjson

            sys.stdout.buffer.write(orjson.dumps(comparison.to_json(args.lang), option=orjson.OPT_INDENT_2) + b"\n")
            sys.stdout.flush()
        else:
            print(render_text(comparison, args.lang))
    return 0


def _compare_words() -> dict[str, dict[str, str]]:
    from orgdesigner.io.words.wording import CHANGE_WORDS

    own = {
        "sv": {"comparing": "jämfört med", "metrics": "mått", "vs": "jämfört med",
               "resolved": "lösta fynd (tydligare)", "introduced": "nya fynd (otydligare)",
               "error": "fel", "warning": "varning", "info": "info"},
        "en": {"comparing": "comparing with", "metrics": "metrics", "vs": "vs",
               "resolved": "findings resolved (clearer)", "introduced": "findings introduced (worse)",
               "error": "error", "warning": "warning", "info": "info"},
    }
    return {lang: {**CHANGE_WORDS[lang], **words} for lang, words in own.items()}


def _metric_value(key: str, value: float, lang: str) -> str:
    from orgdesigner.io.words.wording import amount, number

    return amount(value, lang) if key.endswith("_sek") else number(value, lang)


def _metric_delta(key: str, value: float, lang: str) -> str:
    from orgdesigner.io.words.wording import number, signed

    if not value:
        return ""
    if key.endswith("_sek"):
        return f" ({signed(round(value), lang)})"
    return f" ({signed(value, lang)})" if abs(value) < 1e15 else f" ({number(value, lang)})"


def render_text(comparison: Comparison, lang: str = "en") -> str:
    from orgdesigner.io.exchange.tables import metric_label
    from orgdesigner.io.words.wording import change, counted_change
    from orgdesigner.model.vocabulary import label

    w = _compare_words()[lang]
    names = comparison.unit_names
    lines = [f"{comparison.project_name}: {w['comparing']} {comparison.scenarios[0][1]} ({comparison.base_id})", ""]
    ids = [sid for sid, _ in comparison.scenarios]
    keys = list(dict.fromkeys(k for sid in ids for k in comparison.shown_metrics(sid)))
    labels = {k: metric_label(k, lang) for k in keys}
    width = max([len(w["metrics"]), *map(len, labels.values())])
    # columns headed by the names a reader knows (the ids stay in the section titles, for --scenarios)
    lines.append(w["metrics"].ljust(width) + "".join(f"  {name[:24]:>24}" for _sid, name in comparison.scenarios))
    for key in keys:
        cells = []
        for i, sid in enumerate(ids):
            value = comparison.metrics[sid].get(key, 0)
            delta = "" if i == 0 else _metric_delta(key, comparison.deltas(sid).get(key, 0), lang)
            cells.append(f"  {(_metric_value(key, value, lang) + delta)[:30]:>24}")
        lines.append(labels[key].ljust(width) + "".join(cells))
    for (sid, name), diff in zip(comparison.scenarios[1:], comparison.diffs, strict=True):
        lines += ["", f"== {name} ({sid}) {w['vs']} {comparison.scenarios[0][1]}"]
        if diff.is_empty:
            lines.append(f"  {w['none']}")
            continue
        counts = diff.counts()
        lines.append(f"  {w['units']}: " + ", ".join(counted_change(counts[k], k, lang) for k in ("added", "removed", "moved", "changed")))
        for u in diff.units:
            extra = ""
            if u.status == "moved":
                extra = f": {names.get(u.old_parent or '', u.old_parent or '–')} → {names.get(u.new_parent or '', u.new_parent or '–')}"
            fields = "; ".join(change(k, o, n, lang) for k, (o, n) in u.fields.items())
            lines.append(f"    {w[u.status]:<9} {u.name} [{u.unit_id}]{extra}{'; ' + fields if fields and extra else (': ' + fields if fields else '')}")
        if diff.assignments:
            lines.append(f"  {w['roles']}: {len(diff.assignments)}")
            for a in diff.assignments:
                fname = comparison.function_names.get(a.function_id, a.function_id)
                lines.append(f"    {fname} / {label(a.responsibility, lang)}: {names.get(a.unit_id, a.unit_id)} {label(a.old, lang)} → {label(a.new, lang)}")
        for title, changes in ((w["economy"], diff.economy), (w["scenario"], diff.scenario)):
            for key, (old, new) in changes.items():
                lines.append(f"  {title}: {change(key, old, new, lang)}")
        lines.append(f"  {w['resolved']}: {len(diff.resolved)}")
        lines += [f"    - [{w[f.severity.value]}] {f.message(lang)}" for f in diff.resolved]
        lines.append(f"  {w['introduced']}: {len(diff.introduced)}")
        lines += [f"    + [{w[f.severity.value]}] {f.message(lang)}" for f in diff.introduced]
    return "\n".join(lines)
