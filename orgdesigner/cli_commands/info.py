"""`orgdesigner info FILE`: a summary of a project file."""

from __future__ import annotations

import argparse

from orgdesigner.cli_commands._common import add_file_argument, open_project


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("info", help="summarise a project file")
    add_file_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    project = open_project(args.file)
    print(f"{project.name}")
    if project.organisation:
        print(f"  organisation: {project.organisation}")
    if project.reference:
        print(f"  reference:    {project.reference}")
    print(f"  functions: {len(project.functions)}, decisions: {len(project.decisions)}")
    print(f"  scenarios: {len(project.scenarios)}")
    for scenario in project.scenarios.values():
        date = scenario.effective_date.isoformat() if scenario.effective_date else "no date"
        functions = {k.function_id for k in scenario.assignments}
        print(
            f"  - {scenario.id}: {scenario.name} [{scenario.structure.value}, {date}] "
            f"units {len(scenario.units)}, functions {len(functions)}, "
            f"assignments {len(scenario.assignments)}"
        )
    return 0
