"""The responsibility matrix: model contract, typing, Delete, paste as one undo step, repaint range."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt

from benchmarks.synthetic import synthetic_project
from orgdesigner.model import AssignmentKey, Document, Responsibility, Role, UnitCategory
from orgdesigner.ui.matrix.filters import MatrixFilter
from orgdesigner.ui.matrix.table_model import FINDING_ROLE, MatrixModel
from orgdesigner.ui.matrix.view import MatrixView
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project

D, ORD, L = Responsibility.DEVELOPMENT, Responsibility.ORDERING, Responsibility.DELIVERY


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


@pytest.fixture
def view(qtbot, controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    view = MatrixView()
    view.show_paste_dialogs = False
    view.setModel(model)
    qtbot.addWidget(view)
    yield view
    model.detach()


def _assignments(controller):
    return dict(controller.scenario.assignments)


def test_model_contract_plain_transposed_and_filtered(qtmodeltester, controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    qtmodeltester.check(model)
    model.set_transposed(True)
    qtmodeltester.check(model)
    model.set_filter(MatrixFilter(unit_categories=frozenset({UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER})))
    qtmodeltester.check(model)
    model.detach()


def test_layout_rows_are_functions_times_responsibilities(controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    assert model.rowCount() == 2 * 3
    assert model.columnCount() == 5
    assert model.units == ["rs", "best", "pv", "hc1", "hc2"]  # chart order, depth first
    index = model.cell_index("best", "vv", ORD)
    assert index.data() == "A"
    assert model.key_at(index.row(), index.column()) == AssignmentKey("best", "vv", ORD)
    model.set_transposed(True)
    t = model.cell_index("best", "vv", ORD)
    assert (t.row(), t.column()) == (index.column(), index.row())
    assert t.data() == "A"
    model.detach()


def test_english_letters_differ(controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "en")
    assert model.cell_index("hc1", "vv", L).data() == "R"  # performs is R(esponsible) in English
    model.detach()
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    assert model.cell_index("hc1", "vv", L).data() == "U"
    model.detach()


def test_typing_a_letter_sets_the_role_and_undo_restores(qtbot, view, controller):
    model = view.matrix_model()
    before = _assignments(controller)
    view.setCurrentIndex(model.cell_index("hc2", "lab", L))
    qtbot.keyClicks(view, "u")
    key = AssignmentKey("hc2", "lab", L)
    assert controller.scenario.assignments[key] is Role.PERFORMS
    assert model.cell_index("hc2", "lab", L).data() == "U"
    controller.undo_stack.undo()
    assert _assignments(controller) == before
    assert model.cell_index("hc2", "lab", L).data() == ""


def test_unknown_letter_changes_nothing(qtbot, view, controller):
    before = _assignments(controller)
    view.setCurrentIndex(view.matrix_model().cell_index("hc2", "lab", L))
    qtbot.keyClicks(view, "x")
    assert _assignments(controller) == before
    assert controller.undo_stack.count() == 0


def test_delete_clears_selection_as_one_step(qtbot, view, controller):
    model = view.matrix_model()
    sm = view.selectionModel()
    for uid, resp in [("best", ORD), ("pv", L), ("hc1", L)]:
        sm.select(model.cell_index(uid, "vv", resp), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not any(k.function_id == "vv" for k in controller.scenario.assignments)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert len(controller.scenario.assignments) == 3


def test_setdata_through_the_delegate_path(controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    index = model.cell_index("rs", "lab", D)
    assert model.setData(index, "ansvarig")
    assert controller.scenario.assignments[AssignmentKey("rs", "lab", D)] is Role.ACCOUNTABLE
    assert not model.setData(index, "nonsense")
    count = controller.undo_stack.count()
    assert model.setData(index, "A")  # unchanged: accepted, nothing pushed
    assert controller.undo_stack.count() == count
    model.detach()


def test_paste_3x4_block_is_one_undo_step(view, controller):
    model = view.matrix_model()
    before = _assignments(controller)
    view.setCurrentIndex(model.index(0, 1))  # vv development × best
    block = "A\tU\tR\tI\r\nI\tR\tU\tA\r\nU\t\tA\tR\r\n"  # Excel's CRLF and trailing newline
    result = view.paste_text(block)
    assert result is not None and not result.problems
    assert controller.undo_stack.count() == 1
    for i, line in enumerate(["AURI", "IRUA", "U AR"]):
        for j, letter in enumerate(line):
            assert model.index(i, 1 + j).data() == letter.strip()
    controller.undo_stack.undo()
    assert _assignments(controller) == before
    controller.undo_stack.redo()
    assert model.index(2, 4).data() == "R"


def test_paste_reports_cells_it_could_not_read(view, controller):
    model = view.matrix_model()
    messages = []
    view.pasteReported.connect(messages.append)
    view.setCurrentIndex(model.index(0, 3))  # two columns left: hc1, hc2
    result = view.paste_text("A\tzz\tI\nQ\tU\n")
    assert result is not None
    assert [(p.line, p.column, p.reason) for p in result.problems] == [(1, 2, "role"), (1, 3, "outside"), (2, 1, "role")]
    assert controller.undo_stack.count() == 1  # the readable cells still applied, as one step
    assert model.index(0, 3).data() == "A" and model.index(1, 4).data() == "U"
    assert "line 1, column 2" in messages[-1] and "zz" in messages[-1] and "outside the matrix" in messages[-1]


def test_one_edit_signals_one_narrow_range(qtbot, controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    ranges = []
    model.dataChanged.connect(lambda a, b, roles=None: ranges.append((a.row(), a.column(), b.row(), b.column())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    index = model.cell_index("hc2", "lab", ORD)
    model.setData(index, "A")
    first = model.cell_index("hc2", "lab", D).row()
    assert ranges == [(first, index.column(), first + 2, index.column())]
    assert not resets
    model.detach()


def test_filters(controller):
    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "sv")
    model.set_filter(MatrixFilter(unit_categories=frozenset({UnitCategory.PURCHASER})))
    assert model.units == ["best"]
    model.set_filter(MatrixFilter(subtree="pv"))
    assert model.units == ["pv", "hc1", "hc2"]
    model.set_filter(MatrixFilter(holding_only=True))
    assert model.units == ["best", "pv", "hc1"]
    # a new role makes the unit appear: the holding filter follows assignments
    from orgdesigner.model.commands import SetRoles

    controller.push(SetRoles(controller.scenario_id, [(AssignmentKey("hc2", "lab", D), Role.INFORMED)]))
    assert "hc2" in model.units
    model.set_filter(MatrixFilter(text="lab"))
    assert [fid for fid, _ in model.function_rows] == ["lab"] * 3
    model.detach()


def test_scenario_switch_and_document_replace(qtbot, controller):
    from orgdesigner.ui.matrix.widget import MatrixTab

    tab = MatrixTab(controller, "sv")
    qtbot.addWidget(tab)
    big = Document(synthetic_project(units=40, functions=6, assignments=100, scenarios=2))
    controller.set_document(big, None)
    assert tab.model.columnCount() == 40 and tab.model.rowCount() == 18
    controller.set_current_scenario("s1")
    assert tab.model.scenario_id == "s1"
    tab.transpose.setChecked(True)
    assert tab.model.rowCount() == 40
    tab.set_unit_categories(frozenset({UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER}))
    cats = {big.project.scenarios["s1"].units[u].category for u in tab.model.units}
    assert cats and cats <= {UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER}
    tab.model.detach()


def test_findings_mark_cells_rows_and_units(controller):
    from orgdesigner.analysis.findings import Finding, Severity, Subjects

    model = MatrixModel(controller.doc, controller.scenario_id, controller.push, "en")
    finding = Finding("R-test", Severity.ERROR, "två ansvariga", "two accountable", Subjects(("best", "pv"), ("vv",), ORD))
    headers = []
    model.headerDataChanged.connect(lambda o, a, b: headers.append((o, a, b)))
    model.set_findings([finding])
    assert model.cell_index("best", "vv", ORD).data(FINDING_ROLE) == ["two accountable"]
    assert model.cell_index("best", "vv", D).data(FINDING_ROLE) is None
    row = model.cell_index("best", "vv", ORD).row()
    assert model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(row + 1, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    assert (Qt.Orientation.Vertical, row, row) in headers
    model.set_findings([])  # acknowledged or fixed: the marks go
    assert model.cell_index("best", "vv", ORD).data(FINDING_ROLE) is None
    model.detach()


def test_context_menu_and_delegate_combo_push_commands(qtbot, view, controller):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    model = view.matrix_model()
    index = model.cell_index("hc2", "lab", D)
    view.setCurrentIndex(index)
    menu = view.build_context_menu()
    consulted = next(a for a in menu.actions() if a.text().startswith("R "))  # rådfrågas in Swedish
    consulted.trigger()
    assert controller.scenario.assignments[AssignmentKey("hc2", "lab", D)] is Role.CONSULTED
    delegate = view.itemDelegate()
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == Role.CONSULTED
    count = controller.undo_stack.count()
    delegate.setModelData(editor, model, index)  # unchanged: no command
    assert controller.undo_stack.count() == count
    editor.setCurrentIndex(editor.findData(Role.INFORMED))
    delegate.setModelData(editor, model, index)
    assert controller.scenario.assignments[AssignmentKey("hc2", "lab", D)] is Role.INFORMED
    editor.setCurrentIndex(0)  # "–" clears
    delegate.setModelData(editor, model, index)
    assert AssignmentKey("hc2", "lab", D) not in controller.scenario.assignments
    editor.deleteLater()


def test_paste_into_the_transposed_matrix(view, controller):
    model = view.matrix_model()
    model.set_transposed(True)
    view.setCurrentIndex(model.cell_index("hc2", "lab", D))
    view.paste_text("A\tU\tI\n")  # along one unit's row: lab development, ordering, delivery
    held = {k.responsibility: r for k, r in controller.scenario.assignments.items() if k.unit_id == "hc2"}
    assert held == {D: Role.ACCOUNTABLE, ORD: Role.PERFORMS, L: Role.INFORMED}
    assert controller.undo_stack.count() == 1


def test_copy_gives_the_block_back(view):
    model = view.matrix_model()
    sm = view.selectionModel()
    sm.select(model.cell_index("best", "vv", ORD), QItemSelectionModel.SelectionFlag.Select)
    sm.select(model.cell_index("hc1", "vv", L), QItemSelectionModel.SelectionFlag.Select)
    rows = view.selection_text().splitlines()
    assert rows == ["A\t\t", "\t\tU"]  # best..hc1 columns, ordering..delivery rows


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="AURICaurixyz \t\n\r-", max_size=60), st.integers(0, 5), st.integers(0, 4))
def test_paste_reader_never_fails_and_accounts_for_every_cell(text, top, left):
    from orgdesigner.ui.matrix.paste import read_block, split_block

    project = small_project()
    scenario = project.scenarios["now"]
    doc = Document(project)
    model = MatrixModel(doc, "now", None, "sv")
    result = read_block(text, top, left, model.key_at, scenario.assignments.get, "sv")
    cells = sum(len(r) for r in split_block(text))
    assert len(result.changes) + len(result.problems) <= cells
    keys = [k for k, _ in result.changes]
    assert len(keys) == len(set(keys))  # each block cell lands on its own matrix cell
    for key, role in result.changes:
        assert scenario.assignments.get(key) != role
    model.detach()


def test_subtree_filter_follows_the_subtree_box_after_edits(qtbot, controller):
    """The matrix opened blank after edits: when a unit left the Subtree box (its subtree deleted,
    or its last child gone) the box fell back to “Whole organisation” but the matrix kept filtering
    by that unit, so an undo, or a category filter, left an empty matrix under a box that said
    the whole organisation was shown."""
    from orgdesigner.model.commands import RemoveUnits
    from orgdesigner.ui.matrix.widget import MatrixTab

    tab = MatrixTab(controller, "sv")
    qtbot.addWidget(tab)
    tab.subtree.setCurrentIndex(tab.subtree.findData("pv"))
    tab.set_unit_categories(frozenset({UnitCategory.PURCHASER}))
    assert tab.model.units == []  # no beställarenhet below Primärvården: rightly empty
    controller.push(RemoveUnits(controller.scenario_id, ["hc1", "hc2"]))  # Primärvården has no children now
    assert tab.subtree.currentData() is None  # the box says: whole organisation
    assert tab.model.matrix_filter.subtree is None
    assert tab.model.units == ["best"]  # the matrix shows what the box says, not a blank grid
    controller.undo_stack.undo()  # the children are back; the box still says whole organisation
    assert tab.subtree.currentData() is None and tab.model.units == ["best"]
    tab.set_unit_categories(None)
    assert tab.model.columnCount() == 5
    tab.model.detach()
