"""`orgdesigner trade FILE --scenario S [--format text|json]`: the internal trade evaluated on its
volume history — the three questions of the evaluation answered with figures, each event's
effect with its uncertainty, or why the history cannot tell (JSON shape: docs/trade-json.md)."""

from __future__ import annotations

import argparse
import sys

from orgdesigner.cli_commands._common import (
    add_file_argument,
    add_lang_option,
    open_project,
    pick_scenarios,
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "trade",
        help="evaluate the internal trade on its volume history: the three questions answered with figures",
        description="Evaluate the internal trade (lab, radiology, PNA) on the project's volume history: volume and "
        "cost per 1,000 listed patients per year, the change around each pricing change, start of consultative "
        "feedback and PNA introduction against buyers it did not touch (difference in differences, 95%% interval), "
        "the spread between buyers and the PNA share, and the what-if calibrated by what the history estimates.",
    )
    add_file_argument(parser)
    parser.add_argument("--scenario", required=True, metavar="SCENARIO", help="the scenario (id or name) whose units and services the history is read against")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    add_lang_option(parser, "the answers")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from orgdesigner.io.words.trade_evaluation import build_report, render_text, report_json

    project = open_project(args.file)
    (scenario,) = pick_scenarios(project, [args.scenario])
    report = build_report(project, scenario, args.lang)
    if args.format == "json":
        import orjson

        sys.stdout.buffer.write(orjson.dumps(report_json(report), option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
    else:
        print(render_text(report))
    return 0
