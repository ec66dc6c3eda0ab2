"""`orgdesigner diff A.orgd B.orgd [--format text|json]`: what differs between two project files,
entity by entity, in the comparison's words. Also git's diff driver: given git's seven arguments
(path old-file old-hex old-mode new-file new-hex new-mode) it compares old-file with new-file;
`--textconv FILE` prints one file as sorted lines for git's own line diff."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from orgdesigner.cli_commands._common import add_lang_option
from orgdesigner.cli_commands.errors import CliError

if TYPE_CHECKING:
    from orgdesigner.io.merging.flat import Flat
    from orgdesigner.model.entities import Project


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "diff",
        help="what differs between two project files, entity by entity",
        description="Compare two project files entity by entity: project settings, function "
        "catalogue, decision register, scenarios and in each its units, reporting lines, roles, "
        "economic rules, internal trade and acknowledged findings. With git's seven arguments it "
        "works as a git diff driver (see `orgdesigner git-setup`).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="A.orgd B.orgd (or git's seven diff-driver arguments)")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    add_lang_option(parser, "text output")
    parser.add_argument("--textconv", action="store_true", help="print FILE as one sorted line per entity (a git textconv filter)")
    parser.set_defaults(func=run)


def entities(path: Path) -> Flat:
    """A file's entities (validated and migrated as on opening); git's /dev/null has none."""
    if str(path) == os.devnull:
        return {}
    from orgdesigner.io.errors import ProjectFileError
    from orgdesigner.io.merging.flat import flatten_model
    from orgdesigner.io.project.project_file import parse_file_model, read_project_bytes

    try:
        return flatten_model(parse_file_model(read_project_bytes(path), path))
    except ProjectFileError as exc:
        raise CliError(exc.summary()) from None


def project_or_none(path: Path) -> Project | None:
    """The project for its metrics (read again: the entity diff works on the file's own form)."""
    if str(path) == os.devnull:
        return None
    from orgdesigner.cli_commands._common import open_project

    return open_project(path)


def run(args: argparse.Namespace) -> int:
    import orjson

    from orgdesigner.io.merging import diff

    files = [Path(f) for f in args.files]
    if args.textconv:
        if len(files) != 1:
            raise CliError("--textconv takes one file")
        print(textconv(entities(files[0])))
        return 0
    if len(files) == 7:  # git diff driver: path old-file old-hex old-mode new-file new-hex new-mode
        name = str(files[0])
        (old, new), titles = (files[1], files[4]), (f"a/{name}", f"b/{name}")
    elif len(files) == 2:
        (old, new), titles = (files[0], files[1]), (str(files[0]), str(files[1]))
    else:
        raise CliError(f"diff takes two files (or git's seven diff-driver arguments), got {len(files)}")
    result = diff.diff_flat(entities(old), entities(new))
    if args.format == "json":
        from orgdesigner.analysis.metric_paths import scenario_changes_json

        scenarios = scenario_changes_json(project_or_none(old), project_or_none(new))
        document = diff.to_json(result, *titles, scenarios)
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        print(diff.render_text(result, *titles, args.lang))
    return 0


def textconv(flat: Flat) -> str:
    """One line per entity, `kind id…: {fields}`, so git's line diff reads as an entity diff."""
    import orjson

    return "\n".join(
        f"{' '.join(key)}: {orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()}"
        for key, value in flat.items()
    )
