"""The internal-trade tab: models pass the model tester, edits are undoable commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QFontMetrics
from trade_case import trade_project

from orgdesigner.analysis.trade import MODEL_KEYS
from orgdesigner.model import Document
from orgdesigner.model.trade import PricingModel
from orgdesigner.ui.trade.models import FlowsModel, ServicesModel
from orgdesigner.ui.trade.results import ComparisonModel, comparison
from orgdesigner.ui.trade.tab import TradeTab
from orgdesigner.ui.undo import DocumentController


@pytest.fixture
def ctl(qtbot):
    return DocumentController(Document(trade_project()))


def trade(ctl):
    return ctl.scenario.trade


def test_models_pass_the_model_tester(qtmodeltester, ctl):
    services = ServicesModel(ctl)
    flows = FlowsModel(ctl)
    results = ComparisonModel()
    results.set_results(ctl.scenario, comparison(ctl.scenario))
    for model in (services, flows, results):
        qtmodeltester.check(model)
    assert services.rowCount() == 1 and flows.rowCount() == 2
    assert results.columnCount() == len(MODEL_KEYS)


def test_editing_a_price_is_one_undoable_command(ctl):
    model = ServicesModel(ctl)
    index = model.index(0, model.columns.index("price_sek"))
    assert model.data(index) == "42"
    assert model.setData(index, "45,5")
    assert trade(ctl).services["blod"].price_sek == 45.5
    assert model.data(index) == "45,5"  # redrawn from the event
    assert not model.setData(index, "45.5")  # unchanged: no command
    assert ctl.undo_stack.count() == 1
    ctl.undo_stack.undo()
    assert trade(ctl).services["blod"].price_sek == 42.0
    assert model.data(index) == "42"


def test_bad_edit_is_refused_with_a_message(qtbot, ctl):
    model = ServicesModel(ctl)
    with qtbot.waitSignal(ctl.statusMessage) as blocker:
        assert not model.setData(model.index(0, model.columns.index("price_sek")), "-3")
    assert "negative" in blocker.args[0]
    assert ctl.undo_stack.count() == 0


def test_pricing_choices_and_flow_edits(ctl):
    services = ServicesModel(ctl)
    pricing = services.index(0, services.columns.index("pricing"))
    assert [v for v, _ in services.choices(pricing)] == [m.value for m in PricingModel]
    assert services.setData(pricing, "fixed")
    assert trade(ctl).services["blod"].pricing is PricingModel.FAST_AVGIFT
    flows = FlowsModel(ctl)
    volume = flows.index(0, flows.columns.index("volume"))
    assert flows.setData(volume, "1 200")
    assert trade(ctl).flows[("hc1", "blod")].volume == 1200.0
    buyer = flows.index(1, flows.columns.index("buyer_id"))
    assert flows.setData(buyer, "priv")
    assert list(trade(ctl).flows) == [("hc1", "blod"), ("priv", "blod")]
    assert flows.data(buyer) == "Privat hälsocentral AB"
    assert ctl.undo_stack.count() == 3


def test_tab_adds_removes_and_shows_results(qtbot, ctl, tmp_path):
    tab = TradeTab(ctl)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    assert tab.add_service() == "service2"
    assert tab.add_flow()
    assert len(trade(ctl).flows) == 3
    # not selectRow(): it reads the application's keyboard modifiers, which an earlier test's
    # Ctrl+Shift key click can leave set (then it extends or toggles instead of selecting)
    flows_index = tab.flows_model.index(2, 0)
    tab.flows_view.selectionModel().select(
        flows_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    tab.remove_selected_flows()
    assert len(trade(ctl).flows) == 2
    tab.show_results()
    assert tab.charts is not None
    # stacked bars as set: Brunflo 42,000 and Frösö 21,000 of lab
    assert tab.charts.bars["lab"] == [42_000.0, 21_000.0]
    # totals per model: as set 60,000, free 69,000, per item 60,000, fixed 66,000, mixed 63,000
    assert tab.charts.bars["total"] == pytest.approx([60_000, 69_000, 60_000, 66_000, 63_000])
    tab.assumptions.spins["response_free"].setValue(20.0)  # one command, +20 %
    assert trade(ctl).assumptions.response_free == pytest.approx(0.2)
    assert tab.charts.bars["total"][1] == pytest.approx(40 * 1500 * 1.2)
    ctl.undo_stack.undo()
    assert tab.assumptions.spins["response_free"].value() == pytest.approx(15.0)
    tab.grab().save(str(tmp_path / "trade.png"))


def test_import_is_one_step_and_errors_change_nothing(qtbot, ctl, tmp_path):
    tab = TradeTab(ctl)
    qtbot.addWidget(tab)
    bad = tmp_path / "bad.csv"
    bad.write_text("buyer;service;volume\nhc1;blod;x\n", encoding="utf-8")
    problems = tab.import_file(bad, show_errors=False)
    assert problems == ["row 2, column 'volume': 'x' is not a number"]
    assert ctl.undo_stack.count() == 0
    good = tmp_path / "good.csv"
    good.write_text("köpare;tjänst;antal\nhc1;blod;10\npriv;blod;5\n", encoding="cp1252")
    assert tab.import_file(good) == []
    assert ctl.undo_stack.count() == 1
    assert trade(ctl).flows[("hc1", "blod")].volume == 10.0
    ctl.undo_stack.undo()
    assert trade(ctl).flows[("hc1", "blod")].volume == 1000.0


def test_scenario_switch_redraws(qtbot, ctl):
    from orgdesigner.model.commands import AddScenario
    from orgdesigner.model.commands.scenarios import copied_scenario

    tab = TradeTab(ctl)
    qtbot.addWidget(tab)
    clone = copied_scenario(ctl.scenario, "b", "B")
    clone.trade.flows = {}
    ctl.push(AddScenario(clone))
    ctl.set_current_scenario("b")
    assert tab.flows_model.rowCount() == 0
    assert tab.services_model.rowCount() == 1


def test_main_window_shows_the_trade_tab_on_the_example(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from window_fixtures import FakeDialogs, make_window

    from tests.conftest import EXAMPLE

    monkeypatch.setenv("ORGDESIGNER_RECOVERY_DIR", str(tmp_path / "recovery"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, FakeDialogs(), settings, EXAMPLE)
    tab = window.trade_tab
    assert window.tabs.indexOf(tab) >= 0
    assert tab.flows_model.rowCount() == len(window.controller.scenario.trade.flows) > 100
    window.controller.set_current_scenario("koncern-2018")
    assert tab.assumptions.feedback.isChecked()  # Koncern 2018 assumes consultative feedback
    window.tabs.setCurrentWidget(tab)
    tab.show_results()
    assert tab.charts.bars["total"][0] > 0
    # Issue 32: no internal ids as a column; every buyer has a bar label that fits the axis
    assert "id" not in tab.services_model.columns
    axis = tab.charts.buyer_plot.getAxis("left")
    labels = [text for _y, text in axis._tickLevels[0]]
    assert len(labels) == len(tab.charts.bars["lab"])
    metrics = QFontMetrics(axis.style["tickFont"] or tab.charts.font())
    room = tab.charts.AXIS_WIDTH - 2 * axis.style["tickTextOffset"][0]
    assert all(label.strip() and metrics.horizontalAdvance(label) <= room for label in labels)
    # the results table's figures are shown whole (columns as wide as their contents)
    view = tab.comparison_view
    qtbot.waitUntil(view.isVisible)
    for column in range(view.model().columnCount()):
        assert view.columnWidth(column) >= view.sizeHintForColumn(column)
    window.grab().save(str(tmp_path / "window-trade.png"))
    window.controller.undo_stack.clear()
    window.close()
