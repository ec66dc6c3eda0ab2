"""`orgdesigner merge BASE OURS THEIRS -o OUT`: a three-way merge of project files at the level of
entities and fields. Conflicts are written into OUT (with both values) and give exit 1; OUT is
always a project that loads. As a git merge driver: `orgdesigner merge %O %A %B -o %A`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orgdesigner.cli_commands.errors import CliError


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "merge",
        help="three-way merge of project files; conflicts are kept in the result (exit 1)",
        description="Merge the changes OURS and THEIRS each made to BASE, entity by entity and field "
        "by field. A field changed two different ways, an entity deleted on one side and changed on "
        "the other, two moves that together make a reporting loop, and a deletion of something the "
        "other side refers to are conflicts: OUT holds ours there and records both values. Exit 0: "
        "merged cleanly; 1: conflicts (OUT written); 2: bad input (OUT untouched).",
    )
    parser.add_argument("base", type=Path, help="the common ancestor (git's %%O)")
    parser.add_argument("ours", type=Path, help="our version (git's %%A)")
    parser.add_argument("theirs", type=Path, help="their version (git's %%B)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the merged project (may be OURS)")
    parser.add_argument("--ours-label", help="name of our side in conflict records (default: ours; as git's "
                        "driver, git's %%X or the current branch)")
    parser.add_argument("--theirs-label", help="name of their side in conflict records (default: theirs; as "
                        "git's driver, git's %%Y or the branch being merged)")
    parser.add_argument("--path", help="the file's path in the repository (git's %%P): names the file in "
                        "messages and says the merge runs as git's driver")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import orjson

    from orgdesigner.io.errors import ProjectFileError
    from orgdesigner.io.merging.merge import merge_files
    from orgdesigner.io.merging.merge_report import merge_report, render_conflicts
    from orgdesigner.io.project.atomic import write_atomic
    from orgdesigner.io.project.project_file import storable_bytes

    ours_label, theirs_label = side_labels(args.ours_label, args.theirs_label, as_driver=args.path is not None)
    try:
        result = merge_files(args.base, args.ours, args.theirs, ours_label, theirs_label)
    except ProjectFileError as exc:
        if args.path is not None and exc.path is not None:  # as git's driver: name the project, not git's temporary copy
            side = {args.base: "the common base", args.ours: ours_label, args.theirs: theirs_label}.get(exc.path, "")
            exc.path = Path(f"{args.path} ({side})" if side else args.path)
        raise CliError(exc.summary()) from None
    try:
        # no .bak: as a git driver OUT is git's temporary copy of ours
        write_atomic(args.output, storable_bytes(result.project, args.output), keep_backup=False)
    except ProjectFileError as exc:
        raise CliError(f"the merge could not be written: {exc.summary()}") from None
    except OSError as exc:
        raise CliError(f"{args.output}: {exc.strerror or exc}") from None
    if args.format == "json":
        from orgdesigner.cli_commands._common import open_project

        report = merge_report(result, str(args.output), open_project(args.base))
        sys.stdout.buffer.write(orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
    elif result.new_conflicts:
        # stderr: git shows a merge driver's output to the user
        print(f"{args.path or args.output}: {len(result.new_conflicts)} conflict(s) kept in the file:", file=sys.stderr)
        print(render_conflicts(result.project, result.new_conflicts), file=sys.stderr)
    return 1 if result.new_conflicts else 0


def _given(label: str | None) -> str | None:
    # git before 2.44 leaves a placeholder it does not know (%X, %Y) as it is
    return label if label and not (len(label) == 2 and label.startswith("%")) else None


def side_labels(ours: str | None, theirs: str | None, as_driver: bool) -> tuple[str, str]:
    """Names for the two sides in conflict records: as given; as git's merge driver, the branch
    checked out and the branch being merged (git names it in GITHEAD_<commit> for merges);
    otherwise "ours" and "theirs"."""
    ours, theirs = _given(ours), _given(theirs)
    if as_driver and ours is None:
        ours = _current_branch()
    if as_driver and theirs is None:
        import os

        names = sorted(v for k, v in os.environ.items() if k.startswith("GITHEAD_") and v)
        theirs = " + ".join(names) or None
    return ours or "ours", theirs or "theirs"


def _current_branch() -> str | None:
    import subprocess

    try:
        done = subprocess.run(["git", "symbolic-ref", "--short", "-q", "HEAD"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None
