"""`orgdesigner git-setup [--repo DIR] [--global]`: install orgdesigner as git's diff and merge
driver for `*.orgd` files, as nbdime does for notebooks: one `.gitattributes` line and the
`git config` lines (printed too, so they can be copied elsewhere)."""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from orgdesigner.cli_commands.errors import CliError

ATTRIBUTES_LINE = "*.orgd diff=orgdesigner merge=orgdesigner"
#: the copy a save keeps of the previous file: never something to commit
EXCLUDE_LINE = "*.orgd.bak"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "git-setup",
        help="install orgdesigner as git's diff and merge driver for .orgd files",
        description=f"Add `{ATTRIBUTES_LINE}` to the repository's .gitattributes, set the git "
        "config entries that run `orgdesigner diff` and `orgdesigner merge` for them, and keep "
        f"the backups a save leaves (`{EXCLUDE_LINE}`) out of git through .git/info/exclude.",
    )
    parser.add_argument("--repo", type=Path, default=Path("."), help="the git repository (default: the current folder)")
    parser.add_argument("--global", dest="global_", action="store_true", help="write the drivers to the user's git config")
    parser.add_argument("--print", dest="print_only", action="store_true", help="only print the lines, change nothing")
    parser.set_defaults(func=run)


def program() -> str:
    """How git should start orgdesigner: the frozen app's own program, the command on PATH, or
    this Python with -m."""
    if getattr(sys, "frozen", False):  # the frozen app's console program is the command itself
        return shlex.quote(sys.executable)
    found = shutil.which("orgdesigner")
    return shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m orgdesigner"


def config_entries(prog: str | None = None) -> dict[str, str]:
    prog = prog or program()
    return {
        "diff.orgdesigner.command": f"{prog} diff",
        "diff.orgdesigner.textconv": f"{prog} diff --textconv",
        "merge.orgdesigner.name": "orgdesigner three-way merge of project files",
        # %P: the path, for messages; %X/%Y: the sides' names (git 2.44+; older git leaves them
        # as they are and the driver asks git for the branch names)
        "merge.orgdesigner.driver": f"{prog} merge %O %A %B -o %A --path %P --ours-label %X --theirs-label %Y",
    }


def run(args: argparse.Namespace) -> int:
    entries = config_entries()
    scope = ["--global"] if args.global_ else []
    print(f".gitattributes: {ATTRIBUTES_LINE}")
    print(f".git/info/exclude: {EXCLUDE_LINE}")
    for key, value in entries.items():
        print(f"git config {' '.join(scope) + ' ' if scope else ''}{key} {shlex.quote(value)}")
    if args.print_only:
        return 0
    if shutil.which("git") is None:
        raise CliError("git is not installed")
    repo = args.repo
    for key, value in entries.items():
        done = subprocess.run(["git", "-C", str(repo), "config", *scope, key, value], capture_output=True, text=True)
        if done.returncode != 0:
            raise CliError(f"{repo}: git config failed: {done.stderr.strip()}")
    _add_line(repo / ".gitattributes", ATTRIBUTES_LINE)
    exclude = _exclude_file(repo)
    if exclude is not None:
        _add_line(exclude, EXCLUDE_LINE)
    return 0


def _exclude_file(repo: Path) -> Path | None:
    """The repository's own ignore list (.git/info/exclude, also in a worktree); None outside git.
    Local like the driver config: nothing to commit, and the team's .gitignore stays theirs."""
    done = subprocess.run(["git", "-C", str(repo), "rev-parse", "--git-path", "info/exclude"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return None
    path = Path(done.stdout.strip())
    return path if path.is_absolute() else repo / path


def _add_line(path: Path, line: str) -> None:
    """Append `line` to the text file `path` unless it is there already."""
    text = path.read_text("utf-8") if path.exists() else ""
    if line not in text.splitlines():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + ("" if not text or text.endswith("\n") else "\n") + line + "\n", "utf-8")
