"""Split at a glance: shares of accountabilities per responsibility and side, drawn as bars."""

from __future__ import annotations

import pytest

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.model import Responsibility
from orgdesigner.ui.findings.split_chart import SplitChart, split_shares
from tests.conftest import small_project


def test_shares_sum_to_one_or_zero():
    shares = split_shares({"development": {"purchaser": 1, "own_provider": 3, "other": 0}, "ordering": {}})
    assert shares[Responsibility.DEVELOPMENT] == {"purchaser": 0.25, "own_provider": 0.75, "other": 0.0}
    assert sum(shares[Responsibility.ORDERING].values()) == 0.0
    assert sum(shares[Responsibility.DELIVERY].values()) == 0.0


def test_chart_draws_stacked_bars_from_metrics(qtbot):
    from PySide6.QtGui import QColor

    from orgdesigner.ui.findings.split_chart import side_colour

    project = small_project()
    scenario = project.scenarios["now"]
    split = analyze_scenario(project, scenario).metrics.responsibility_split
    chart = SplitChart("sv")
    qtbot.addWidget(chart)
    chart.resize(420, 180)
    chart.set_split(split, scenario.name)
    chart.show()
    qtbot.waitExposed(chart)
    # small_project: ordering of vv by the beställarenhet, delivery by egenregi (Primärvården)
    assert chart.shares[Responsibility.ORDERING]["purchaser"] == pytest.approx(1.0)
    assert chart.shares[Responsibility.DELIVERY]["own_provider"] == pytest.approx(1.0)
    assert len(chart.segments) == 3  # one stacked series per side
    widths = [w for _start, w in chart.segments["purchaser"]]
    assert widths == [0.0, 100.0, 0.0]  # utveckling, beställning, leverans
    assert "beställning: beställarenhet 1" in chart.toolTip()
    # what is painted: the ordering bar in the beställarenhet's colour, delivery in egenregi's
    image = chart.bars.grab().toImage()
    for row, side in ((1, "purchaser"), (2, "own_provider")):
        centre = chart.bars.bar_rect(row, 0.0, 100.0).center().toPoint()
        assert QColor(image.pixel(centre)).name() == side_colour(side).name()


def test_split_chart_needs_no_plotting_library():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from orgdesigner.ui.findings.split_chart import SplitChart\n"
        "chart = SplitChart('en'); chart.set_split({'ordering': {'purchaser': 2}}); chart.grab()\n"
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip().splitlines()[-1] == "[]"
