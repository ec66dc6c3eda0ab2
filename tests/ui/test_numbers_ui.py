"""The window writes numbers as its reader does, in Swedish and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from orgdesigner.io.words.numbers import NBSP
from orgdesigner.model.commands import SetUnitField


@pytest.fixture
def swedish():
    app = QCoreApplication.instance()
    before = app.property("lang")
    app.setProperty("lang", "sv")
    yield
    app.setProperty("lang", before)


def test_a_large_budget_shows_grouped_and_reads_back(window, swedish):
    ctl = window.controller
    ctl.push(SetUnitField(ctl.scenario_id, ["hc1"], "budget_sek", 4_256_000.0))
    ctl.select_units(["hc1"])
    edit = window.properties.figures["budget_sek"]
    assert edit.text() == f"4{NBSP}256{NBSP}000"  # not 4.256e+06
    edit.setText("4 300 000,5")
    edit.editingFinished.emit()
    assert ctl.scenario.units["hc1"].budget_sek == 4_300_000.5


def test_english_counts_are_singular_and_plural(window):
    from orgdesigner.model.commands import RemoveUnits

    assert window.unit_count.text() == "5 units"
    ctl = window.controller
    ctl.push(RemoveUnits(ctl.scenario_id, ["hc1", "hc2", "pv", "best"]))
    assert window.unit_count.text() == "1 unit"  # not "1 unit(s)"


def test_trade_axis_ticks_are_written_out(qtbot, swedish):
    from orgdesigner.ui.trade.results import TradeCharts

    charts = TradeCharts()
    qtbot.addWidget(charts)
    axis = charts.buyer_plot.getAxis("bottom")
    assert axis.tickStrings([1_000_000.0, 2_500_000.0], 1.0, 500_000.0) == [f"1{NBSP}000{NBSP}000", f"2{NBSP}500{NBSP}000"]


def test_one_number_format_in_the_comparison_trade_and_economy(qtbot, swedish):
    """Issue 32: "62 %", "+37,5 procentenheter", "3 000 000 kr" in the Swedish window."""
    from orgdesigner.analysis.compare import compare
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.model.economy import EconomicRules, SurplusModel
    from orgdesigner.resources import example_path
    from orgdesigner.ui.compare.models import MetricsModel

    project = load_project(example_path())
    first, second = list(project.scenarios)[:2]
    model = MetricsModel()
    model.set_comparison(compare(project, [first, second]))
    row = model.keys.index("clarity_index")
    base, other = model.index(row, 0).data(), model.index(row, 1).data()
    assert base.endswith(f"{NBSP}%") and "%-p" not in other and "procentenheter)" in other
    assert "." not in other  # a decimal comma
    rules = EconomicRules(SurplusModel.CARRY_OVER, 1.0, 1.0, 3_000_000.0)
    assert f"100{NBSP}%" in rules.describe("sv") and f"tak 3{NBSP}000{NBSP}000{NBSP}kr" in rules.describe("sv")
    assert "SEK" not in rules.describe("sv") and "SEK 3,000,000" in rules.describe("en")
