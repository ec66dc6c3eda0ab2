"""Desktop integration on Linux (freedesktop.org): menu entry, icon, and `.orgd` files opening in
orgdesigner on a double-click. Installed per user under $XDG_DATA_HOME (default ~/.local/share).

No Qt: the icon's PNG sizes ship pre-rendered (tools/render_icons.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from orgdesigner.resources import resource_path

APP_ID = "orgdesigner"
MIME_TYPE = "application/x-orgdesigner"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@dataclass(slots=True)
class DesktopInstall:
    written: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # the cache tools that ran


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The command the menu entry runs: this installation's own `orgdesigner` (venv, pipx or the
    frozen application), so the entry keeps working whatever is first on PATH."""
    if getattr(sys, "frozen", False):
        return sys.executable
    script = Path(sys.executable).with_name("orgdesigner.exe" if os.name == "nt" else "orgdesigner")
    return str(script) if script.exists() else "orgdesigner"


def _quoted(command: str) -> str:
    # Desktop Entry Specification: arguments with spaces are double-quoted, \ " ` $ escaped.
    if not any(c in command for c in ' \t"\\`$'):
        return command
    escaped = "".join("\\" + c if c in '"\\`$' else c for c in command)
    return f'"{escaped}"'


def _place(target: Path, data: bytes, result: DesktopInstall) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    result.written.append(target)


def install(home: Path | None = None, command: str | None = None, refresh: bool = True) -> DesktopInstall:
    """Write the .desktop file, the MIME type and the icons under `home` (default data_home())."""
    home = home or data_home()
    result = DesktopInstall()
    entry = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace("Exec=orgdesigner %f", f"Exec={_quoted(command or launcher())} %f")
    _place(home / "applications" / f"{APP_ID}.desktop", entry.encode("utf-8"), result)
    _place(home / "mime" / "packages" / f"{APP_ID}.xml",
           resource_path("desktop", f"{APP_ID}-mime.xml").read_bytes(), result)
    icons = home / "icons" / "hicolor"
    svg = resource_path("icons", f"{APP_ID}.svg").read_bytes()
    _place(icons / "scalable" / "apps" / f"{APP_ID}.svg", svg, result)
    _place(icons / "scalable" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.svg", svg, result)
    for size in ICON_SIZES:
        png = resource_path("icons", f"{APP_ID}-{size}.png").read_bytes()
        _place(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png, result)
    if refresh:
        result.refreshed = _refresh_caches(home)
    return result


def _refresh_caches(home: Path) -> list[str]:
    """Rebuild the desktop's MIME and menu caches under `home`; returns the tools that ran.
    The tools are absent on a bare system, where nothing reads the caches."""
    refreshed = []
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        found = shutil.which(tool)
        if found and folder.is_dir() and subprocess.run([found, str(folder)], capture_output=True).returncode == 0:
            refreshed.append(tool)
    return refreshed


@dataclass(slots=True)
class DesktopUninstall:
    removed: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)  # the cache tools that ran


def uninstall(home: Path | None = None, refresh: bool = True) -> DesktopUninstall:
    """Remove what `install` wrote, then refresh the caches as `install` does: without that the
    MIME cache still maps *.orgd to orgdesigner and the menu still lists it."""
    home = home or data_home()
    icons = home / "icons" / "hicolor"
    candidates = [home / "applications" / f"{APP_ID}.desktop", home / "mime" / "packages" / f"{APP_ID}.xml",
                  icons / "scalable" / "apps" / f"{APP_ID}.svg",
                  icons / "scalable" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.svg",
                  *(icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES)]
    result = DesktopUninstall(removed=[p for p in candidates if p.exists()])
    for path in result.removed:
        path.unlink()
    if refresh:
        result.refreshed = _refresh_caches(home)
    return result
