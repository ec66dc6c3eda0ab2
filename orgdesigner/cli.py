"""The command line: `orgdesigner [FILE]` opens the GUI; subcommands never need a display.

Each subcommand lives in `orgdesigner/cli_commands/<name>.py` with `register(subparsers)`;
heavy imports happen inside the command, so `--version` and `--help` stay instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from orgdesigner import version
from orgdesigner.cli_commands.errors import CliError

#: subcommand name -> module under orgdesigner.cli_commands
SUBCOMMANDS: dict[str, str] = {
    "info": "info",
    "check": "check",
    "compare": "compare",
    "diff": "diff",
    "omvarld": "omvarld",
    "merge": "merge",
    "git-setup": "git_setup",
    "export": "export",
    "trade": "trade",
    "import": "import_",
    "import-history": "import_history",
    "install-desktop": "install_desktop",
}



def subcommand_modules() -> list[str]:
    """The full names of the subcommand modules (imported by name: the frozen app's hidden imports)."""
    return [f"orgdesigner.cli_commands.{module_name}" for module_name in SUBCOMMANDS.values()]


EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class _PrintVersion(argparse.Action):
    """`--version`: reads the package metadata only when asked (start-up does not pay for it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        print(f"orgdesigner {version()}")
        parser.exit()


class _PrintExample(argparse.Action):
    """`--example`: the bundled example's path, e.g. `orgdesigner "$(orgdesigner --example)"`."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help=kwargs.get("help"))

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from orgdesigner.resources import example_path

        print(example_path())
        parser.exit()


def _add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_PrintVersion)


def _subcommand_parser(command: str) -> argparse.ArgumentParser:
    """The parser of one subcommand: importing every subcommand's module (and what each imports
    at its top) would cost each run the start-up of all of them."""
    parser = argparse.ArgumentParser(prog="orgdesigner", description="orgdesigner command line")
    _add_version(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    importlib.import_module(f"orgdesigner.cli_commands.{SUBCOMMANDS[command]}").register(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgdesigner",
        description="Open the orgdesigner window, optionally with a project file. "
        f"Subcommands (no display needed): {', '.join(SUBCOMMANDS)}; "
        "see `orgdesigner COMMAND --help`.",
    )
    _add_version(parser)
    parser.add_argument("--example", action=_PrintExample, help="print the path of the bundled example project and exit")
    parser.add_argument("file", nargs="?", help="project file (.orgd) to open")
    parser.add_argument("--lang", choices=["sv", "en"], help="user interface language (default: sv)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = _subcommand_parser(args_list[0]).parse_args(args_list)
        try:
            code = int(args.func(args))
            sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
            return code
        except CliError as exc:
            error = "fel" if getattr(args, "lang", None) == "sv" else "error"  # a subcommand's --lang
            print(f"orgdesigner {args.command}: {error}: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except BrokenPipeError:
            # The reader went away (`orgdesigner check … | head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_FINDINGS
    if len(args_list) == 1 and not args_list[0].startswith("-"):
        # `orgdesigner FILE`, the usual start: nothing for argparse to check, and building its
        # parser costs the first paint ~2.5 ms
        path: str | None = args_list[0]
        lang = None
    else:
        args = _gui_parser().parse_args(args_list)
        path, lang = args.file, args.lang
    from orgdesigner.ui.app import run_gui

    return run_gui(path, lang)


if __name__ == "__main__":
    sys.exit(main())
