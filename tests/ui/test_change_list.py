"""The change list (genomförandeplan): order, selection on the chart, XLSX export, promote."""

from __future__ import annotations

import openpyxl

from orgdesigner.analysis.change_list import KIND_ORDER, change_list
from orgdesigner.io.paper.change_plan import plan_section
from orgdesigner.io.project.project_file import parse_project, project_bytes
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window


def test_steps_come_in_the_order_a_planner_carries_them_out():
    project = parse_project(EXAMPLE.read_bytes())
    steps = change_list(project, "koncern-2018", "nulage-2017")
    kinds = [s.kind for s in steps]
    assert kinds == sorted(kinds, key=KIND_ORDER.index)
    assert {"new_unit", "move", "role", "rule", "close_unit"} <= set(kinds)
    new = [s.unit_ids[0] for s in steps if s.kind == "new_unit"]
    scenario = project.scenarios["koncern-2018"]
    for uid in new:  # a new unit's new parent is set up before it
        parent = scenario.units[uid].parent_id
        assert parent not in new or new.index(parent) < new.index(uid)
    heading, lines = plan_section(project, "koncern-2018", "nulage-2017", "sv")
    assert heading == "Genomförandeplan" and lines[0] == "1. Primärvårdens egenregi – koncernledning inrättas under Regiondirektör."
    assert "120. Primärvårdens stab och utvecklingsenhet avvecklas." in lines


def test_the_dock_selects_exports_and_promotes(qtbot, dialogs, settings, recovery_dir, tmp_path):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    ctl = window.controller
    ctl.set_current_scenario("koncern-2018")
    window.change_list_dock.show()
    panel = window.change_list_dock.widget()
    assert panel.base_id() == "nulage-2017" and panel.steps.count() > 100
    panel.steps.setCurrentRow(0)
    first_new = change_list(ctl.project, "koncern-2018", "nulage-2017")[0].unit_ids[0]
    assert ctl.selection == [first_new]

    out = panel.export(tmp_path / "plan.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("step", "action", "unit", "description") and len(rows) == panel.steps.count() + 1  # window in English
    assert rows[1][1] == "Set up unit"

    before = project_bytes(ctl.project)
    panel.promote()
    names = [s.name for s in ctl.project.scenarios.values()]
    assert names[0] == "Nuläge 2018-03-01" and names[1].startswith("Nuläge 2017 (historik")
    ctl.undo_stack.undo()  # one step
    assert project_bytes(ctl.project) == before
    window.close()


def test_on_the_current_state_the_dock_plans_towards_the_proposal(qtbot, dialogs, settings, recovery_dir):
    """Issue 30: the dock offers the way from today to a proposal, never the way back."""
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    ctl = window.controller
    ctl.set_current_scenario("nulage-2017")
    window.change_list_dock.show()
    panel = window.change_list_dock.widget()
    panel.base.setCurrentIndex(panel.base.findData("koncern-2018"))
    assert panel.ends() == ("koncern-2018", "nulage-2017")
    forward = change_list(ctl.project, "koncern-2018", "nulage-2017")
    assert panel.steps.count() == len(forward) and panel.steps.item(0).text().endswith(" is set up under Regiondirektör.")
    assert panel.base_label.text() == "Changes to"
    ctl.set_current_scenario("koncern-2018")
    assert panel.ends()[1] == "nulage-2017" and panel.base_label.text() == "Changes from"
    window.close()


def test_phase_date_and_owner_are_edited_in_the_dock_one_undo_step_each(qtbot, dialogs, settings, recovery_dir):
    from datetime import date

    from orgdesigner.io.paper.plan_steps import board_steps

    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    ctl = window.controller
    ctl.set_current_scenario("koncern-2018")
    window.change_list_dock.show()
    table = window.change_list_dock.widget().schedule
    koncern = ctl.project.scenarios["koncern-2018"]
    assert table.rowCount() == len(board_steps(ctl.project, koncern, ctl.project.scenarios["nulage-2017"]))
    assert table.keys[0] == "mbl" and table.item(0, 1).text() == "Before the decision"  # the window is in English
    table.item(0, 3).setText("HR-direktör")
    assert koncern.paper.entry("mbl").owner == "HR-direktör"
    table.item(0, 2).setText("2018-01-20")
    assert koncern.paper.entry("mbl").date == date(2018, 1, 20)
    assert table.item(0, 3).text() == "HR-direktör"  # redrawn from the model
    table.item(0, 2).setText("20 januari")  # not a date: refused, the table shows the stored one again
    assert koncern.paper.entry("mbl").date == date(2018, 1, 20) and table.item(0, 2).text() == "2018-01-20"
    ctl.undo_stack.undo()
    assert koncern.paper.entry("mbl").date is None and koncern.paper.entry("mbl").owner == "HR-direktör"
    ctl.undo_stack.undo()
    assert koncern.paper.plan == ()
    window.close()
