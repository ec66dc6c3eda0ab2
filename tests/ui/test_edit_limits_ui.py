"""Values the project file cannot keep are refused where they are typed (issue 31): the
Internhandel cells say why in the status bar, the case dialog names the field and line and stays
open; nothing changes and the project still saves."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from limit_values import around
from trade_case import trade_project

from orgdesigner.io.merging.flat import flatten_project
from orgdesigner.io.project.project_file import parse_project, storable_bytes
from orgdesigner.model import Document, fields
from orgdesigner.ui.matrix.catalogue import DESCRIPTION, NAME, FunctionCatalogueModel
from orgdesigner.ui.scenarios.case_dialog import CaseDialog
from orgdesigner.ui.trade.models import FlowsModel, ServicesModel
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.mark.parametrize(("model_type", "column", "value", "reason"), [
    (ServicesModel, "name", "x" * 600, "at most 500 characters"),
    (ServicesModel, "price_sek", "1e300", "must be between 0 and"),
    (ServicesModel, "unit_cost_sek", "inf", "must be a finite number"),
    (FlowsModel, "volume", "5e12", "must be between 0 and 1000000000000"),
])
def test_a_trade_cell_refuses_what_the_file_cannot_keep(qtbot, model_type, column, value, reason) -> None:
    ctl = DocumentController(Document(trade_project()))
    before = storable_bytes(ctl.project)
    model = model_type(ctl)
    with qtbot.waitSignal(ctl.statusMessage) as blocker:
        assert not model.setData(model.index(0, model.columns.index(column)), value)
    assert reason in blocker.args[0]
    assert ctl.undo_stack.count() == 0 and storable_bytes(ctl.project) == before


@pytest.mark.parametrize(("signatories", "receivers", "message"), [
    (", Regiondirektör", "", "Signed by (I tjänsten) line 1: must not be empty"),
    ("Karin Exempel, Regiondirektör\n" + "k" * 501, "", "Signed by (I tjänsten) line 2: at most 500 characters"),
    ("", "Primärvårdschef\n" + "r" * 600, "Extract to (Utdrag till) line 2: at most 500 characters"),
])
def test_the_case_dialog_names_the_field_and_line_and_stays_open(qtbot, signatories, receivers, message) -> None:
    ctl = DocumentController(Document(small_project()))
    dialog = CaseDialog(ctl, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    dialog.signatories.setPlainText(signatories)
    dialog.receivers_edit.setPlainText(receivers)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # still open, nothing pushed
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text() == message
    assert dialog.tabs.currentIndex() == 0  # the page with the field is shown
    assert ctl.undo_stack.count() == 0
    dialog.signatories.setPlainText("Karin Exempel, Regiondirektör")
    dialog.receivers_edit.setPlainText("Primärvårdschef")
    dialog.accept()
    assert ctl.undo_stack.count() == 1 and not dialog.isVisible()
    storable_bytes(ctl.project)  # saves


def test_an_over_long_summary_is_named_too(qtbot) -> None:
    ctl = DocumentController(Document(small_project()))
    dialog = CaseDialog(ctl, "en")
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("s" * 100_001)
    dialog.accept()
    assert dialog.problem.text() == "Summary (sammanfattning): at most 100000 characters"
    assert dialog.tabs.currentIndex() == 1 and ctl.undo_stack.count() == 0


def test_a_pasted_unit_keeps_only_the_dotted_lines_the_scenario_can_hold(qtbot) -> None:
    from orgdesigner.model.commands import AddDottedLine, AddScenario
    from orgdesigner.model.dotted import DottedLine
    from orgdesigner.model.entities import Scenario, Unit
    from orgdesigner.ui.chart.editing import copy_subtrees, paste_command

    ctl = DocumentController(Document(small_project()))
    assert ctl.push(AddDottedLine("now", "hc1", DottedLine("best")))
    assert ctl.push(AddScenario(Scenario("other", "Annat", units={"top": Unit("top", "Top")})))
    clip = copy_subtrees(ctl.project.scenarios["now"], ["hc1"])
    assert ctl.push(paste_command(ctl.project.scenarios["other"], clip, "top", "Paste"))
    pasted = [u for u in ctl.project.scenarios["other"].units.values() if u.id != "top"]
    assert [u.name for u in pasted] == ["Brunflo hälsocentral"] and pasted[0].dotted_lines == ()
    assert ctl.push(paste_command(ctl.project.scenarios["now"], clip, "pv", "Paste"))  # here the target exists
    again = [u for u in ctl.project.scenarios["now"].units.values() if u.name == "Brunflo hälsocentral"]
    assert [len(u.dotted_lines) for u in again] == [1, 1]
    storable_bytes(ctl.project)


# -- the promise through the window's own models and dialogs (issue 31, item 7) --


def _reopens_equal(ctl: DocumentController) -> None:
    data = storable_bytes(ctl.project)
    assert flatten_project(parse_project(data)) == flatten_project(ctl.project)


def _typed(value: object) -> str:
    """What a cell editor hands setData: text."""
    return "" if value is None else str(value)


CELLS = [(ServicesModel, column, fields.SERVICE[column]) for column in ("name", "unit_cost_sek", "price_sek",
         "fixed_charge_sek", "mixed_price_sek", "private_price_sek", "description")] + [
    (FlowsModel, "volume", fields.FLOW["volume"])]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_is_typed_into_a_window_cell_is_refused_or_reopens_equal(qtbot, data) -> None:
    ctl = DocumentController(Document(trade_project()))
    services, flows = ServicesModel(ctl), FlowsModel(ctl)
    catalogue = FunctionCatalogueModel(ctl.doc, ctl.push)
    for _ in range(data.draw(st.integers(1, 6))):
        model_type, column, limit = data.draw(st.sampled_from(CELLS))
        model = services if model_type is ServicesModel else flows
        model.setData(model.index(0, model.columns.index(column)), _typed(data.draw(around(limit))))
        field, col = data.draw(st.sampled_from([("name", NAME), ("description", DESCRIPTION)]))
        catalogue.setData(catalogue.index(0, col), _typed(data.draw(around(fields.FUNCTION[field]))))
        _reopens_equal(ctl)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=around(fields.SIGNATORY["name"]), title=around(fields.SIGNATORY["title"]),
       receiver=around(fields.CASE["receivers"].one), summary=around(fields.CASE["summary"]))
def test_whatever_is_typed_into_the_case_dialog_is_refused_there_or_reopens_equal(qtbot, name, title, receiver, summary) -> None:
    ctl = DocumentController(Document(small_project()))
    dialog = CaseDialog(ctl, "en")
    qtbot.addWidget(dialog)
    dialog.signatories.setPlainText(f"{_typed(name)}, {_typed(title)}")
    dialog.receivers_edit.setPlainText(_typed(receiver))
    dialog.summary.setPlainText(_typed(summary))
    dialog.accept()
    if ctl.undo_stack.count() == 0:  # refused: said in the dialog, unless there was nothing to change
        assert dialog.problem.text() or ctl.project.case == dialog.case()
    _reopens_equal(ctl)


def test_an_over_long_text_of_the_scenarios_own_paper_is_named_in_the_dialog(qtbot) -> None:
    ctl = DocumentController(Document(small_project()))
    dialog = CaseDialog(ctl, "en")
    qtbot.addWidget(dialog)
    dialog.child_rights.setPlainText("b" * 100_001)
    dialog.accept()  # no traceback: the field is named and the dialog stays
    assert dialog.problem.text().endswith("at most 100000 characters") and ctl.undo_stack.count() == 0
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.child_rights)
