"""A DocumentController freed by the garbage collector with commands on its undo stack must not
crash the process (it did: the collector freed the commands' Python wrappers before the C++ stack
deleted them). Run in a fresh interpreter, since the failure is a segmentation fault."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import gc, random
from PySide6.QtWidgets import QApplication
app = QApplication([])
from orgdesigner.model import Document
from orgdesigner.model.commands import MoveUnit
from benchmarks.synthetic import synthetic_project
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.undo import DocumentController
random.seed(7)
for n in range(40):
    ctl = DocumentController(Document(synthetic_project(units=120, functions=6, assignments=40)))
    scene = ChartScene()
    scene.show_scenario(ctl.scenario)
    ctl.modelChanged.connect(scene.apply_event)
    units = list(ctl.scenario.units)
    for _ in range(8):
        ctl.push(MoveUnit(ctl.scenario.id, random.choice(units[1:]), random.choice(units[:20])))
        scene.ensure_layout()
    if n % 5 == 0:
        gc.collect()
gc.collect()
print("survived")
"""


def test_controllers_with_undo_history_survive_garbage_collection():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "survived" in out.stdout
