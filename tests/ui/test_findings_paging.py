"""The findings list at region size: groups shown a page at a time, refreshed without a reset,
the planner's selection and closed groups kept across a new analysis result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role
from orgdesigner.model.commands import SetRoles
from orgdesigner.ui.findings.dock import EXPAND_AT_MOST, FindingsPanel
from orgdesigner.ui.findings.model import (
    GROUP_BY_CAUSE,
    GROUP_BY_RULE,
    GROUP_BY_SEVERITY,
    PAGE,
    FindingsModel,
)
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


def _findings(n: int, rule: str = "R-x", severity: Severity = Severity.WARNING) -> list[Finding]:
    """`n` findings, each its own cause (no function named)."""
    return [Finding(rule, severity, f"fynd {i}", f"finding {i}", Subjects((f"u{i}",))) for i in range(n)]


def _shown_findings(model: FindingsModel) -> list[str]:
    return [
        model.finding_at(model.index(r, 0, model.index(g, 0))).key
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
    ]


def test_groups_are_shown_a_page_at_a_time(qtmodeltester):
    model = FindingsModel(small_project(), "now", "en")
    model.set_group_by(GROUP_BY_CAUSE)
    model.set_findings(_findings(PAGE * 2 + 5))
    qtmodeltester.check(model)
    assert model.rowCount() == PAGE and model.has_more()
    assert model.counts()["shown"] == PAGE * 2 + 5  # the counts are of every finding
    model.show_more()
    model.show_more()
    assert model.rowCount() == PAGE * 2 + 5 and not model.has_more()
    qtmodeltester.check(model)


def test_a_finding_asked_for_by_key_is_shown_even_beyond_the_first_page():
    model = FindingsModel(small_project(), "now", "en")
    model.set_group_by(GROUP_BY_CAUSE)
    findings = _findings(PAGE * 3)
    model.set_findings(findings)
    last = findings[-1]
    index = model.index_of_key(last.key)
    assert index.isValid() and model.finding_at(index) is last
    assert model.rowCount() > index.parent().row() >= PAGE * 2


def test_new_results_rearrange_rows_without_a_reset_and_keep_the_selection(qtbot):
    model = FindingsModel(small_project(), "now", "en")
    model.set_group_by(GROUP_BY_SEVERITY)
    findings = _findings(30) + _findings(3, "R-e", Severity.ERROR)
    model.set_findings(findings)
    chosen = findings[12]
    kept = model.index_of_key(chosen.key)
    persistent = QPersistentModelIndex(kept)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    # an edit: the errors are gone, one warning fewer, a new warning before the chosen one
    changed = [f for f in findings if f.severity is Severity.WARNING and f is not findings[0]]
    changed.insert(0, Finding("R-x", Severity.WARNING, "ny", "new", Subjects(("u999",))))
    with qtbot.waitSignal(model.layoutChanged, timeout=1000):
        model.set_findings(changed)
    assert not resets
    assert persistent.isValid() and model.finding_at(QModelIndex(persistent)).key == chosen.key
    assert model.group_key(model.index(0, 0)) == "warning"  # the errors group went
    gone = QPersistentModelIndex(model.index_of_key(changed[0].key))
    model.set_findings(changed[1:])
    assert not gone.isValid()  # a finding that went takes its row with it
    assert chosen.key in _shown_findings(model)


@pytest.fixture
def panel(qtbot):
    controller = DocumentController(Document(small_project()))
    panel = FindingsPanel(controller, "en")
    panel.resize(600, 400)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_the_dock_opens_what_is_shown_but_not_a_huge_group_nor_one_the_planner_closed(qtbot, panel):
    model = panel.model
    model.set_group_by(GROUP_BY_RULE)
    model.set_findings(_findings(EXPAND_AT_MOST + 1) + _findings(4, "R-e", Severity.ERROR))
    errors, warnings = model.index(0, 0), model.index(1, 0)
    assert (model.group_key(errors), model.group_key(warnings)) == ("R-e", "R-x")
    assert panel.tree.isExpanded(errors)
    assert not panel.tree.isExpanded(warnings)  # too long to lay out at once: the planner opens it
    panel.tree.collapse(errors)
    model.set_findings(_findings(EXPAND_AT_MOST + 1) + _findings(5, "R-e", Severity.ERROR))
    assert not panel.tree.isExpanded(model.index(0, 0))  # closed by the planner, stays closed


def test_scrolling_to_the_end_shows_the_next_page(qtbot, panel):
    model = panel.model
    model.set_group_by(GROUP_BY_CAUSE)
    model.set_findings(_findings(PAGE * 2))
    assert model.rowCount() == PAGE
    qtbot.waitUntil(lambda: panel.tree.verticalScrollBar().maximum() > 0, timeout=2000)
    bar = panel.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert model.rowCount() == PAGE * 2
    assert panel.tree.isExpanded(model.index(PAGE * 2 - 1, 0))  # the new page opens like the first


def test_an_edit_keeps_the_selected_finding_selected(qtbot, panel):
    controller = panel.controller
    key = AssignmentKey("hc1", "vv", Responsibility.ORDERING)
    controller.push(SetRoles(controller.scenario_id, [(key, Role.ACCOUNTABLE)]))
    double = next(f for f in panel.model.findings if f.rule == "R02-double-accountable")
    assert panel.select_finding(double.key)
    controller.push(SetRoles(controller.scenario_id, [(AssignmentKey("hc2", "lab", Responsibility.DELIVERY), Role.PERFORMS)]))
    selected = panel.selected_finding()
    assert selected is not None and selected.key == double.key
