"""Cold start: `orgdesigner examples/jamtland-primarvard-2017.orgd` to the first paint of the main
window with the example loaded (issue: start-up, target 0.4 s; a bare Qt window is ~0.11 s).

Each run is a fresh process (QT_QPA_PLATFORM=offscreen) started with
ORGDESIGNER_EXIT_AFTER_FIRST_PAINT=1: the window prints one line at its first paint after the
file has loaded and quits. The time is measured here, from spawning the process to reading that
line, so interpreter start-up counts. Settings and recovery files live in a throwaway folder (HOME
stays: a fresh HOME would also lose the font cache, which no user starts without). Byte-code is cached (in
build/pycache) as an installed package's would be, and one warm-up run fills that cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._harness import Bench, main_for, relative_to

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "orgdesigner" / "data" / "examples" / "jamtland-primarvard-2017.orgd"
BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QMainWindow(); w.resize(1400, 860); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('painted', flush=True), app.exit(0))); app.exec()\n"
)


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ORGDESIGNER_EXIT_AFTER_FIRST_PAINT="1",
        PYTHONPYCACHEPREFIX=str(ROOT / "build" / "pycache"),
        XDG_CONFIG_HOME=str(Path(home) / "config"),
        XDG_STATE_HOME=str(Path(home) / "state"),
        ORGDESIGNER_RECOVERY_DIR=str(Path(home) / "recovery"),
    )
    return env


def _time_until_line(args: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from spawning `args` to the first stdout line containing `marker`."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if marker in line:
                return time.perf_counter() - start
        raise RuntimeError(f"{args} ended without printing {marker!r}")
    finally:
        proc.wait(timeout=60)


def run(bench: Bench) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        gui = [sys.executable, "-m", "orgdesigner", str(EXAMPLE)]
        bare = [sys.executable, "-c", BARE]
        _time_until_line(gui, env, "first paint")  # warm-up: byte-code cache, file system cache
        _time_until_line(bare, env, "painted")
        reference = bench.measure("start-up: bare QMainWindow shown (reference)",
                                  lambda: _time_until_line(bare, env, "painted"), repeat=5)
        record = bench.measure("start-up: orgdesigner EXAMPLE to first paint with the project",
                               lambda: _time_until_line(gui, env, "first paint"),
                               repeat=7, target_s=0.6, note="fresh process each run, offscreen")
        # issue 20: 0.6 s on this kind of machine and 2.5x a bare window measured in the same run
        relative_to(record, reference, 2.5, "issue 20: at most 2.5x a bare QMainWindow in the same run")


if __name__ == "__main__":
    main_for(run)
