"""What subcommands share: opening and saving a project file with a one-line error, picking scenarios."""

from __future__ import annotations

import argparse
from pathlib import Path

from orgdesigner.cli_commands.errors import CliError
from orgdesigner.model.entities import Project, Scenario

#: the language of every subcommand's words unless --lang says otherwise: the window's default
DEFAULT_LANG = "sv"


def add_lang_option(parser: argparse.ArgumentParser, what: str) -> None:
    """--lang sv|en with the one default of all subcommands (`what`: what the language is of)."""
    parser.add_argument("--lang", choices=["sv", "en"], default=DEFAULT_LANG,
                        help=f"language of {what} (default: {DEFAULT_LANG})")


def add_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="project file (.orgd)")


def open_project(path: Path) -> Project:
    """Load a project or raise CliError naming the file and the first problems."""
    from orgdesigner.io.errors import ProjectFileError
    from orgdesigner.io.project.project_file import load_project

    try:
        return load_project(path)
    except ProjectFileError as exc:
        raise CliError(exc.summary()) from None


def save_project_or_fail(project: Project, out: Path) -> None:
    """Save a project atomically or raise CliError naming the file and why it was not written."""
    from orgdesigner.io.errors import ProjectFileError
    from orgdesigner.io.project.project_file import save_project

    try:
        save_project(project, out)
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror or exc})") from None
    except ProjectFileError as exc:
        raise CliError(f"{out}: not written: {exc.summary()}") from None


def pick_scenarios(project: Project, keys: list[str] | None) -> list[Scenario]:
    """Scenarios by id or name, all of them when `keys` is empty; unknown keys are an error."""
    if not keys:
        return list(project.scenarios.values())
    chosen = []
    for key in keys:
        try:
            chosen.append(project.scenario(key))
        except KeyError:
            known = ", ".join(f"{s.id} ({s.name})" for s in project.scenarios.values())
            raise CliError(f"unknown scenario '{key}'; the project has: {known}") from None
    return chosen
