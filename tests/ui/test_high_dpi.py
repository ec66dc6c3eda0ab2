"""High DPI: at 150 % and 200 % scaling (QT_SCALE_FACTOR) the chart renders at device resolution,
not upscaled, and names keep their legible size. Each factor runs in its own process, because
the factor is read when the QApplication starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import EXAMPLE

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.undo import DocumentController
controller = DocumentController(Document(load_project(sys.argv[1])))
view = ChartView(controller)
view.chart_scene().show_scenario(controller.scenario)
view.resize(900, 600)
view.show()
app.processEvents()
view.fit()
app.processEvents()
pixmap = view.viewport().grab()
pixmap.save(sys.argv[2])
print(json.dumps({"dpr": pixmap.devicePixelRatio(), "width": pixmap.width(), "logical": view.viewport().width(),
                  "name_px": view.name_pixels() * view.devicePixelRatioF()}))
"""


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_chart_is_rendered_at_device_resolution(tmp_path, factor):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(factor)}
    image = tmp_path / f"chart-{factor}.png"
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(EXAMPLE), str(image)], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["dpr"] == pytest.approx(factor)
    assert facts["width"] == pytest.approx(facts["logical"] * factor, abs=1)  # real device pixels
    assert facts["name_px"] >= 9.0 * factor  # names as legible in physical pixels as at 100 %
    assert QImage(str(image)).width() == facts["width"]
