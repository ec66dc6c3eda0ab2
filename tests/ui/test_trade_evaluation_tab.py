"""The Internhandel tab's evaluation page: answers, charts, events and the calibrated what-if."""

from __future__ import annotations

import pytest

from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Document
from orgdesigner.ui.trade.tab import TradeTab
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE


@pytest.fixture
def tab(qtbot):
    ctl = DocumentController(Document(load_project(EXAMPLE)))
    ctl.set_current_scenario("nulage-2017")
    tab = TradeTab(ctl)
    qtbot.addWidget(tab)
    tab.show_evaluation()
    return tab


def test_the_page_answers_the_three_questions_and_draws_the_history(tab):
    text = tab.evaluation.answers.text()
    assert [text.index(f"<h3>{n}. ") for n in (1, 2, 3)] == sorted(text.index(f"<h3>{n}. ") for n in (1, 2, 3))
    assert "95" in text and "Illustrativ" in tab.evaluation.summary.text()
    series = tab.evaluation.charts.series
    assert [x for x, _ in series["volume:lab"]] == [float(y) for y in range(2010, 2018)]
    assert len(series["effects"]) == 4  # every example event has a figure
    assert series["cost:own"] and series["cost:private"] and series["pna"]
    assert series["buyers"] == [(20.0, 6.0)]  # a line per buyer, the six with feedback in colour
    assert tab.evaluation.events.rowCount() == 4


def test_deleting_an_event_is_one_undo_step_and_redraws(tab):
    ctl = tab.controller
    tab.evaluation.events.selectRow(1)
    assert tab.evaluation.delete_selected_event()
    assert [e.id for e in ctl.project.trade_history.events] == ["pris-2013", "pna-2014", "pna-2015"]
    assert tab.evaluation.events.rowCount() == 3
    assert "konsultativ återkoppling" not in tab.evaluation.events.item(1, 1).text()
    ctl.undo_stack.undo()
    assert len(ctl.project.trade_history.events) == 4 and tab.evaluation.events.rowCount() == 4


def test_the_estimated_figures_are_marked_and_can_be_used_in_one_step(tab):
    ctl = tab.controller
    marks = tab.assumptions.marks
    assert "historik" in marks["response_free"].text() or "history" in marks["response_free"].text()
    assert marks["response_fixed"].text() in ("antagen", "assumed")
    before = ctl.scenario.trade.assumptions
    assert tab.evaluation.use_estimates()
    after = ctl.scenario.trade.assumptions
    assert after.response_free != before.response_free and after.feedback_effect != before.feedback_effect
    assert after.response_fixed == before.response_fixed
    ctl.undo_stack.undo()
    assert ctl.scenario.trade.assumptions == before


def test_without_a_history_the_page_says_how_to_get_one(qtbot, project):
    ctl = DocumentController(Document(project))
    tab = TradeTab(ctl)
    qtbot.addWidget(tab)
    tab.show_evaluation()
    assert tab.evaluation.charts.series == {}
    assert tab.evaluation.events.rowCount() == 0 and not tab.evaluation.use_button.isEnabled()
    assert "volymhistorik" in tab.evaluation.summary.text().lower() or "volume history" in tab.evaluation.summary.text()


def test_long_chart_titles_wrap_instead_of_widening_the_page(tab, qtbot, swedish):
    from orgdesigner.ui.trade.history_charts import EvaluationCharts

    charts = EvaluationCharts("sv")
    qtbot.addWidget(charts)
    cost = charts.titles["cost"]
    assert cost.wordWrap() and cost.text().endswith("(kr)")  # the whole title, "(kr)" included
    charts.resize(900, 900)
    charts.show()
    qtbot.waitExposed(charts)
    # two charts side by side fit a 900 px page: no title holds its column wider than half of it
    assert charts.minimumSizeHint().width() <= 900
    assert all(label.width() <= 460 for label in charts.titles.values())
    assert cost.height() > cost.fontMetrics().height()  # the long title took a second line
