"""`orgdesigner omvarld FILE --scenario S`: the scenario beside the archetypes of how other regions
run their own primary care, with the regions' sourced facts (JSON in docs/omvarld-json.md)."""

from __future__ import annotations

import argparse
import json

from orgdesigner.cli_commands._common import (
    add_file_argument,
    add_lang_option,
    open_project,
    pick_scenarios,
)
from orgdesigner.cli_commands.errors import CliError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("omvarld", help="compare a scenario with other regions' ways of running own primary care")
    add_file_argument(parser)
    parser.add_argument("--scenario", required=True, help="scenario id or name")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_lang_option(parser, "the text")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from orgdesigner.io.bundled.reference_file import ReferenceFileError, load_references
    from orgdesigner.io.words.omvarld_report import build_report, to_json, to_text

    project = open_project(args.file)
    scenario = pick_scenarios(project, [args.scenario])[0]
    try:
        references = load_references()
    except ReferenceFileError as exc:
        raise CliError(exc.summary()) from None
    report = build_report(project, scenario.id, references, args.lang)
    if args.format == "json":
        print(json.dumps(to_json(report), ensure_ascii=False, indent=2))
    else:
        print(to_text(report), end="")
    return 0
