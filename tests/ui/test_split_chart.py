"""Split at a glance: shares of accountabilities per responsibility and side, drawn as bars."""

from __future__ import annotations

import pytest

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.model import Responsibility
from orgdesigner.ui.split_chart import SplitChart, split_shares
from tests.conftest import small_project


def test_shares_sum_to_one_or_zero():
    shares = split_shares({"development": {"purchaser": 1, "own_provider": 3, "other": 0}, "ordering": {}})
    assert shares[Responsibility.DEVELOPMENT] == {"purchaser": 0.25, "own_provider": 0.75, "other": 0.0}
    assert sum(shares[Responsibility.ORDERING].values()) == 0.0
    assert sum(shares[Responsibility.DELIVERY].values()) == 0.0


def test_chart_draws_stacked_bars_from_metrics(qtbot):
    project = small_project()
    scenario = project.scenarios["now"]
    split = analyze_scenario(project, scenario).metrics.responsibility_split
    chart = SplitChart("sv")
    qtbot.addWidget(chart)
    chart.set_split(split, scenario.name)
    assert chart.plot_widget is None  # pyqtgraph waits until the chart is shown
    chart.show()
    qtbot.waitUntil(lambda: chart.plot_widget is not None)
    # small_project: ordering of vv by the beställarenhet, delivery by egenregi (Primärvården)
    assert chart.shares[Responsibility.ORDERING]["purchaser"] == pytest.approx(1.0)
    assert chart.shares[Responsibility.DELIVERY]["own_provider"] == pytest.approx(1.0)
    bars = chart._bars
    assert len(bars) == 3  # one stacked series per side
    purchaser = bars[0].opts
    assert list(purchaser["width"]) == [0.0, 100.0, 0.0]  # utveckling, beställning, leverans
    assert "beställning: beställarenhet 1" in chart.toolTip()
