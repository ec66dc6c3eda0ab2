"""Start Qt for rendering from the command line, with or without a display.

With no X11/Wayland display (a server, CI, ssh), Qt is told to use the offscreen platform
before PySide6 is first imported; rendering to PNG, SVG and PDF needs no window system.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication  # imported when needed: no display may be there yet

import os
import sys


def has_display() -> bool:
    if sys.platform in {"win32", "darwin"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app() -> QCoreApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    if "PySide6.QtGui" not in sys.modules and not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "orgdesigner"])
    return app
