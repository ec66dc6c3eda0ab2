"""The one error a subcommand raises for bad input (kept apart from `orgdesigner.cli`, which can
open the window, so that no subcommand imports the GUI)."""


class CliError(Exception):
    """Bad input: printed as one line to stderr, exit 2."""
