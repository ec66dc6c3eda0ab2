"""The findings panel: live update, selection to chart and matrix, acknowledgement round trip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.io.project.project_file import load_project, save_project
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role
from orgdesigner.model.commands import SetRoles
from orgdesigner.ui.findings.dock import FindingsPanel
from orgdesigner.ui.findings.model import GROUP_BY_RULE, FindingsModel
from orgdesigner.ui.matrix.table_model import FINDING_ROLE
from orgdesigner.ui.matrix.widget import MatrixTab
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE, small_project

ORDERING = Responsibility.ORDERING


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


@pytest.fixture
def panel(qtbot, controller):
    panel = FindingsPanel(controller, "en")
    qtbot.addWidget(panel)
    return panel


def _double(panel: FindingsPanel) -> list[Finding]:
    return [f for f in panel.model.findings if f.rule == "R02-double-accountable"]


def test_model_contract_both_groupings(qtmodeltester):
    project = load_project(EXAMPLE) if EXAMPLE.exists() else small_project()
    scenario = next(iter(project.scenarios.values()))
    findings = analyze_scenario(project, scenario).findings
    assert findings, "the example is meant to show findings"
    model = FindingsModel(project, scenario.id, "sv")
    model.set_findings(findings)
    qtmodeltester.check(model)
    model.set_group_by(GROUP_BY_RULE)
    qtmodeltester.check(model)
    assert model.rowCount() == len({f.rule for f in findings})
    model.set_text_filter("zzz-no-such-text")
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.counts()["shown"] == 0


def test_grouping_counts_and_text_filter():
    project = small_project()
    findings = [
        Finding("R-a", Severity.ERROR, "fel ett", "error one", Subjects(("best",))),
        Finding("R-b", Severity.WARNING, "varning", "warning", Subjects(("pv",))),
        Finding("R-a", Severity.ERROR, "fel två", "error two", Subjects(("hc1",)), acknowledged="known"),
    ]
    model = FindingsModel(project, "now", "en")
    model.set_findings(findings)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Errors (1/2)"  # open / all
    assert model.counts() == {"error": 1, "warning": 1, "info": 0, "acknowledged": 1, "shown": 3}
    ack = model.index(1, 0, model.index(0, 0))  # acknowledged sinks to the end of its group
    assert model.finding_at(ack).acknowledged == "known"
    assert ack.data(Qt.ItemDataRole.ForegroundRole) is not None  # dimmed
    assert model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_text_filter("Frösö")  # unit names are searched too (hc2 has no finding)
    assert model.counts()["shown"] == 0
    model.set_text_filter("brunflo")
    assert [f.message_en for f in model.visible_findings()] == ["error two"]


def test_new_double_accountable_appears_in_the_same_turn_and_selects_units(qtbot, controller, panel):
    tab = MatrixTab(controller, "en")
    qtbot.addWidget(tab)
    panel.findingSelected.connect(tab.show_finding)
    panel.findingsChanged.connect(tab.set_findings)
    assert not _double(panel)
    controller.push(SetRoles(controller.scenario_id, [(AssignmentKey("hc1", "vv", ORDERING), Role.ACCOUNTABLE)]))
    found = _double(panel)  # no event-loop turn in between
    assert len(found) == 1
    assert set(found[0].subjects.units) == {"best", "hc1"}
    assert tab.model.cell_index("hc1", "vv", ORDERING).data(FINDING_ROLE)  # the matrix marks the cell
    with qtbot.waitSignal(controller.selectionChanged, timeout=1000):
        assert panel.select_finding(found[0].key)
    assert set(controller.selection) == {"best", "hc1"}
    selected = {tab.model.key_at(i.row(), i.column()) for i in tab.view.selectedIndexes()}
    assert selected == {AssignmentKey("best", "vv", ORDERING), AssignmentKey("hc1", "vv", ORDERING)}
    assert "How to fix" in panel.explanation.toPlainText()
    controller.undo_stack.undo()
    assert not _double(panel)
    tab.model.detach()


def test_acknowledgement_is_undoable_and_survives_save_and_reopen(qtbot, controller, panel, tmp_path):
    controller.push(SetRoles(controller.scenario_id, [(AssignmentKey("hc1", "vv", ORDERING), Role.ACCOUNTABLE)]))
    key = _double(panel)[0].key
    assert panel.select_finding(key)
    assert panel.acknowledge("Decided by the board, transition until 2019")
    assert _double(panel)[0].acknowledged == "Decided by the board, transition until 2019"
    assert panel.model.index_of_key(key).data(Qt.ItemDataRole.ForegroundRole) is not None
    controller.undo_stack.undo()
    assert _double(panel)[0].acknowledged is None
    controller.undo_stack.redo()
    path = tmp_path / "acknowledged.orgd"
    save_project(controller.project, path)

    reopened = DocumentController(Document(load_project(path)))
    panel2 = FindingsPanel(reopened, "en")
    qtbot.addWidget(panel2)
    again = _double(panel2)
    assert len(again) == 1 and again[0].key == key
    assert again[0].acknowledged == "Decided by the board, transition until 2019"
    assert panel2.model.counts()["acknowledged"] >= 1
    assert panel2.select_finding(key)
    assert panel2.withdraw_button.isEnabled()


def _rows(tree, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(tree.model().rowCount(parent)):
        index = tree.model().index(row, 0, parent)
        yield index
        yield from _rows(tree, index)


def test_whole_titles_in_a_narrow_dock_and_no_rule_ids_for_the_planner(qtbot):
    """Issue 32: at a side dock's width every title is shown whole (wrapped), not elided."""
    from PySide6.QtCore import QRect

    controller = DocumentController(Document(load_project(EXAMPLE)))
    panel = FindingsPanel(controller, "sv")
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    assert tree.isColumnHidden(1) and tree.isColumnHidden(2)  # the title gets the whole width
    qtbot.waitUntil(lambda: tree.visualRect(tree.model().index(0, 0)).height() > tree.fontMetrics().height() * 1.5)
    metrics = tree.fontMetrics()
    wrapped = 0
    for index in _rows(tree):
        rect = tree.visualRect(index)
        if not rect.isValid():
            continue  # scrolled out of the viewport: visualRect is still computed, but check laid-out rows
        text = index.data()
        font = index.data(Qt.ItemDataRole.FontRole)
        fm = metrics if font is None else type(metrics)(font)
        room = rect.width() - tree.iconSize().width() - 12  # icon and the style's margins
        needed = fm.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
        assert needed <= rect.height(), text
        wrapped += rect.height() > 1.5 * fm.height()
    assert wrapped > 0  # the example's titles do not fit on one line at this width
    # the explanation names the rule for a planner, not its id
    finding = next(f for f in panel.model.findings if f.rule == "R02-double-accountable")
    panel.select_finding(finding.key)
    text = panel.explanation.toPlainText()
    assert "Flera ansvariga" in text
    assert "R02" not in text and "double-accountable" not in text


def test_a_candidate_for_intraprenad_terms_cites_other_regions_experience(qtbot):
    project = load_project(EXAMPLE)
    ctl = DocumentController(Document(project))
    ctl.set_current_scenario(next(s.id for s in project.scenarios.values() if s.structure.value == "koncern"))
    panel = FindingsPanel(ctl, "sv")
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: any(f.rule == "R13-intraprenad-candidate" for f in panel.model.findings), timeout=10_000)
    candidate = next(f for f in panel.model.findings if f.rule == "R13-intraprenad-candidate")
    panel.select_finding(candidate.key)
    text = panel.explanation.toPlainText()
    # lab and radiology: the sources on other regions have no precedent, and the panel says so
    assert "Källorna om andra regioner visar ingen erfarenhet av intraprenad" in text
    other = next(f for f in panel.model.findings if f.rule != "R13-intraprenad-candidate")
    panel.select_finding(other.key)
    assert "andra regioner" not in panel.explanation.toPlainText()
