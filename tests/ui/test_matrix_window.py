"""The matrix, findings dock and overlay inside the real main window, wired by install.py."""
# ruff: noqa: F811  (pytest fixtures imported from window_fixtures)

from __future__ import annotations

from orgdesigner.model import AssignmentKey, Responsibility, Role
from orgdesigner.model.commands import SetRoles
from orgdesigner.ui.findings.dock import FindingsPanel
from orgdesigner.ui.matrix.table_model import FINDING_ROLE
from orgdesigner.ui.matrix.widget import MatrixTab
from tests.ui.window_fixtures import (  # noqa: F401
    dialogs,
    project_path,
    recovery_dir,
    settings,
    window,
)

ORDERING = Responsibility.ORDERING


def test_installed_in_the_window(window):
    views = window.responsibility_views
    assert isinstance(views.matrix, MatrixTab)
    assert window.tabs.indexOf(views.matrix) >= 0
    assert window.findings_dock.widget() is views.findings
    assert isinstance(views.findings, FindingsPanel)
    assert views.chooser is not None and views.chooser.parent() is window.chart
    assert views.matrix.model.columnCount() == len(window.controller.scenario.units)


def test_finding_selects_units_on_the_chart_and_cells_in_the_matrix(window, qtbot):
    views = window.responsibility_views
    c = window.controller
    c.push(SetRoles(c.scenario_id, [(AssignmentKey("hc1", "vv", ORDERING), Role.ACCOUNTABLE)]))
    finding = next(f for f in views.findings.model.findings if f.rule == "R02-double-accountable")
    assert views.matrix.model.cell_index("hc1", "vv", ORDERING).data(FINDING_ROLE)
    views.findings.select_finding(finding.key)
    assert set(c.selection) == {"best", "hc1"}
    assert window.chart.scene.selected_units == {"best", "hc1"}
    selected = {views.matrix.model.key_at(i.row(), i.column()) for i in views.matrix.view.selectedIndexes()}
    assert selected == {AssignmentKey("best", "vv", ORDERING), AssignmentKey("hc1", "vv", ORDERING)}


def test_overlay_badges_follow_findings_in_the_window(window):
    views = window.responsibility_views
    c = window.controller
    views.chooser.choose("vv")
    c.push(SetRoles(c.scenario_id, [(AssignmentKey("hc1", "vv", ORDERING), Role.ACCOUNTABLE)]))
    assert {"best", "hc1"} <= views.overlay.flagged_units()
    c.undo_stack.undo()
    assert "hc1" not in views.overlay.flagged_units()
