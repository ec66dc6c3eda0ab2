"""`orgdesigner install-desktop`: menu entry, icon and the .orgd file type for this user (Linux)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from orgdesigner.cli_commands.errors import CliError

#: desktops without freedesktop.org menus and MIME database
_NOT_FREEDESKTOP = {"win32": "Windows", "cygwin": "Windows", "darwin": "macOS"}


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "install-desktop",
        help="add orgdesigner to the desktop's menu and open .orgd files with it (Linux, per user)",
        description="Install the menu entry, the icon and the .orgd file type under $XDG_DATA_HOME "
        "(default ~/.local/share), so a double-click on a project opens it in orgdesigner.",
    )
    parser.add_argument("--data-home", type=Path, help="install here instead of $XDG_DATA_HOME")
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier install wrote")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from orgdesigner import desktop

    system = _NOT_FREEDESKTOP.get(sys.platform)
    if system and args.data_home is None:  # the files would land where no desktop reads them
        raise CliError(f"menu entries and file types installed this way are for Linux desktops; "
                       f"on {system}, associate .orgd files with orgdesigner as the README "
                       f"describes (Installing)")
    try:
        if args.uninstall:
            removed = desktop.uninstall(args.data_home)
            print(f"removed {len(removed.removed)} files")
            if removed.refreshed:
                print(f"refreshed with {', '.join(removed.refreshed)}")
            return 0
        result = desktop.install(args.data_home)
    except OSError as exc:  # a folder that cannot be written (read-only, not a folder, disk full)
        raise CliError(f"{exc.filename or args.data_home}: cannot write ({exc.strerror or exc})") from None
    for path in result.written:
        print(f"wrote {path}")
    if result.refreshed:
        print(f"refreshed with {', '.join(result.refreshed)}")
    return 0
