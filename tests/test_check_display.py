"""`make run` checks for Qt's xcb libraries first and prints the apt-get line instead of crashing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = ROOT / "tools" / "check-display.sh"


def _run(tmp_path: Path, libraries: str, display: str | None) -> subprocess.CompletedProcess:
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    ldconfig = fake / "ldconfig"
    ldconfig.write_text(f"#!/bin/sh\nprintf '%s\\n' '{libraries}'\n")
    ldconfig.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["PATH"] = f"{fake}:/usr/bin:/bin"
    if display:
        env["DISPLAY"] = display
    return subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env)


def test_missing_xcb_libraries_print_the_install_line(tmp_path):
    out = _run(tmp_path, "libxcb-icccm.so.4 (libc6,x86-64) => /usr/lib/libxcb-icccm.so.4", ":0")
    assert out.returncode == 1
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in out.stderr
    assert "libxcb-cursor.so.0" in out.stderr and "libxcb-keysyms.so.1" in out.stderr


def test_no_display_suggests_xvfb(tmp_path):
    libs = "libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1"
    out = _run(tmp_path, libs, None)
    assert out.returncode == 1 and "xvfb-run" in out.stderr


def test_all_present_with_a_display_passes(tmp_path):
    libs = "libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1"
    out = _run(tmp_path, libs, ":0")
    assert out.returncode == 0, out.stderr
