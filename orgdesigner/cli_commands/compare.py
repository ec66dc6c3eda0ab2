"""`orgdesigner compare FILE --scenarios A B [C D] [--format text|json]`: differences, metrics
with deltas, and findings resolved/introduced relative to the first scenario (JSON shape:
docs/compare-json.md)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from orgdesigner.cli_commands._common import add_file_argument, open_project, pick_scenarios
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
    parser.add_argument("--lang", choices=["sv", "en"], default="en", help="language of messages in text output (default: en)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 2 <= len(args.scenarios) <= 4:
        raise CliError(f"--scenarios takes 2 to 4 scenarios, got {len(args.scenarios)}")
    project = open_project(args.file)
    scenarios = pick_scenarios(project, args.scenarios)
    from orgdesigner.analysis.compare import compare

    comparison = compare(project, [s.id for s in scenarios])
    if args.format == "json":
        import orjson

        sys.stdout.buffer.write(orjson.dumps(comparison.to_json(), option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
    else:
        print(render_text(comparison, args.lang))
    return 0


def _number(value: float, lang: str = "en") -> str:
    from orgdesigner.io.numbers import number

    return number(value, lang) if isinstance(value, int | float) else str(value)


def _delta(value: float, lang: str = "en") -> str:
    from orgdesigner.io.numbers import signed

    return "" if not value else f" ({signed(value, lang)})"


def render_text(comparison: Comparison, lang: str = "en") -> str:
    from orgdesigner.analysis.compare import describe_value
    from orgdesigner.model.vocabulary import label

    names = comparison.unit_names
    lines = [f"{comparison.project_name}: comparing with {comparison.scenarios[0][1]} ({comparison.base_id})", ""]
    ids = [sid for sid, _ in comparison.scenarios]
    width = max(len(k) for m in comparison.metrics.values() for k in m) if comparison.metrics else 10
    lines.append("metrics".ljust(width) + "".join(f"  {sid[:22]:>24}" for sid in ids))
    keys = list(dict.fromkeys(k for sid in ids for k in comparison.metrics[sid]))
    for key in keys:
        cells = []
        for i, sid in enumerate(ids):
            value = comparison.metrics[sid].get(key, 0)
            delta = "" if i == 0 else _delta(comparison.deltas(sid).get(key, 0), lang)
            cells.append(f"  {(_number(value, lang) + delta)[:24]:>24}")
        lines.append(key.ljust(width) + "".join(cells))
    for (sid, name), diff in zip(comparison.scenarios[1:], comparison.diffs, strict=True):
        lines += ["", f"== {name} ({sid}) vs {comparison.scenarios[0][1]}"]
        if diff.is_empty:
            lines.append("  no differences")
            continue
        counts = diff.counts()
        lines.append("  units: " + ", ".join(f"{counts[k]} {k}" for k in ("added", "removed", "moved", "changed")))
        for u in diff.units:
            extra = ""
            if u.status == "moved":
                extra = f": {names.get(u.old_parent or '', u.old_parent or '–')} → {names.get(u.new_parent or '', u.new_parent or '–')}"
            fields = "; ".join(f"{k} {describe_value(k, o, lang)} → {describe_value(k, n, lang)}" for k, (o, n) in u.fields.items())
            lines.append(f"    {u.status:<8} {u.name} [{u.unit_id}]{extra}{'; ' + fields if fields and extra else (': ' + fields if fields else '')}")
        if diff.assignments:
            lines.append(f"  roles changed: {len(diff.assignments)}")
            for a in diff.assignments:
                fname = comparison.function_names.get(a.function_id, a.function_id)
                lines.append(f"    {fname} / {label(a.responsibility, lang)}: {names.get(a.unit_id, a.unit_id)} {label(a.old, lang)} → {label(a.new, lang)}")
        for title, changes in (("economic rules", diff.economy), ("scenario", diff.scenario)):
            for key, (old, new) in changes.items():
                lines.append(f"  {title}: {key} {describe_value(key, old, lang)} → {describe_value(key, new, lang)}")
        lines.append(f"  findings resolved (clearer): {len(diff.resolved)}")
        lines += [f"    - [{f.severity.value}] {f.message(lang)}" for f in diff.resolved]
        lines.append(f"  findings introduced (worse): {len(diff.introduced)}")
        lines += [f"    + [{f.severity.value}] {f.message(lang)}" for f in diff.introduced]
    return "\n".join(lines)
