"""The matrix, findings dock and overlay inside the real main window, wired by install.py."""

from __future__ import annotations

from orgdesigner.model import AssignmentKey, Responsibility, Role
from orgdesigner.model.commands import SetRoles
from orgdesigner.ui.dialogs import DISCARD
from orgdesigner.ui.findings.dock import FindingsPanel
from orgdesigner.ui.matrix.table_model import FINDING_ROLE
from orgdesigner.ui.matrix.widget import MatrixTab

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


def _painted_role_cells(view) -> tuple[int, int]:
    """(cells in view holding a role, those whose pixels show the role's colour) in a grab."""
    from PySide6.QtGui import QColor

    from orgdesigner.ui.matrix.roles import COLOURS

    model = view.matrix_model()
    image = view.viewport().grab().toImage()
    selected = {(i.row(), i.column()) for i in view.selectedIndexes()}
    shown = painted = 0
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            role = model.role_at(row, col)
            rect = view.visualRect(model.index(row, col))
            if role is None or (row, col) in selected or not view.viewport().rect().contains(rect):
                continue
            shown += 1
            # the cell's left edge, clear of the letter in the middle and the finding mark top right
            if image.pixelColor(rect.left() + 3, rect.center().y()) == QColor(COLOURS[role]):
                painted += 1
    return shown, painted


def test_matrix_first_shown_after_a_finding_was_chosen_paints_its_cells(qtbot, dialogs, settings, recovery_dir):
    """Issue 32: choose a finding, then open the never-shown matrix tab in a never-resized window.

    The example has more unit columns than fit, so the finding's cells need a scroll."""
    from orgdesigner.resources import example_path
    from orgdesigner.ui.main_window import MainWindow

    window = MainWindow(dialogs=dialogs, settings=settings, lang="en")  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(100)  # the platform's own placement settles first
    assert window.files.open_path(example_path(), ask=False)
    # The Fynd dock floats beside the window so the matrix gets the window's width, as on a
    # real screen (the offscreen screen is only 800 px wide).
    window.findings_dock.setFloating(True)
    qtbot.wait(50)
    size = window.size()
    views = window.responsibility_views
    assert not views.matrix_built
    finding = next(f for f in views.findings.model.findings if f.rule == "R02-double-accountable")
    views.findings.select_finding(finding.key)
    assert not views.matrix_built  # choosing a finding does not build the tab
    window.tabs.setCurrentIndex(window.tabs.indexOf(views._lazy_matrix.placeholder))
    view = views.matrix.view
    header = view.horizontalHeader()
    assert header.length() > view.viewport().width()
    qtbot.waitUntil(lambda: view.visualRect(view.currentIndex()).intersects(view.viewport().rect()))
    qtbot.wait(50)  # nothing later scrolls it away again
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    assert 0 <= header.offset() <= header.length() - view.viewport().width()
    shown, painted = _painted_role_cells(view)
    assert shown > 0 and painted == shown
    assert window.size() == size
    # rotated unit names are not cut: the header is as tall as the longest needs (within its limit)
    from orgdesigner.ui.matrix.header import _MAX_HEIGHT, _PAD

    names = [views.matrix.model.headerData(i, header.orientation()) for i in range(header.count())]
    needed = max(header.fontMetrics().horizontalAdvance(n) for n in names) + _PAD
    assert header.height() == min(needed, _MAX_HEIGHT)
    assert needed <= header.height()  # every name of the example whole, "(anonymiserad)" of the private ones too
    assert any(n == "Område Primärvård (primärvårdschef)" for n in names)
    assert header.fontMetrics().horizontalAdvance("Område Primärvård (primärvårdschef)") + _PAD <= header.height()
    dialogs.save_answer = DISCARD
    window.close()
