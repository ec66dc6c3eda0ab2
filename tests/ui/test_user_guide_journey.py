"""The user guide (resources/guide/anvandarguide.md), walked step by step in the Swedish
window on the bundled example, asserting what the planner sees at each step (issue 32):
open, read a finding, fix it in a copy, apply a template, compare, export, present.

Each step's window is grabbed. With ORGDESIGNER_GUIDE_SHOTS=DIR the pictures are written there
(`make guide-screenshots` writes docs/screenshots/guide-*.png from a real X window under Xvfb).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from orgdesigner.io.words.numbers import NBSP
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.ui.dialogs import DISCARD
from orgdesigner.ui.scenarios.protect import COPY
from tests.ui.test_matrix_window import _painted_role_cells


class Pictures:
    def __init__(self, tmp: Path) -> None:
        wanted = os.environ.get("ORGDESIGNER_GUIDE_SHOTS")
        self.folder = Path(wanted) if wanted else tmp
        self.folder.mkdir(parents=True, exist_ok=True)
        self.taken: list[Path] = []

    def take(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = self.folder / f"guide-{name}.png"
        assert widget.grab().save(str(path)), path
        self.taken.append(path)


def _rows(view, parent=None):
    parent = parent or QModelIndex()
    for row in range(view.model().rowCount(parent)):
        index = view.model().index(row, 0, parent)
        yield index
        yield from _rows(view, index)


def _titles_whole(tree) -> int:
    """Checks every laid-out finding title has the height its wrapped text needs; returns how many wrap."""
    wrapped = 0
    for index in _rows(tree):
        rect = tree.visualRect(index)
        if not rect.isValid() or not tree.viewport().rect().intersects(rect):
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = tree.fontMetrics() if font is None else type(tree.fontMetrics())(font)
        room = rect.width() - tree.iconSize().width() - 12
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), index.data()).height()
        assert needed <= rect.height(), index.data()
        wrapped += rect.height() > 1.5 * metrics.height()
    return wrapped


def _unit(scenario, prefix: str) -> str:
    return next(u.id for u in scenario.units.values() if u.name.startswith(prefix))


@pytest.fixture
def journey_window(qtbot, dialogs, settings, recovery_dir, swedish):
    from orgdesigner.ui.main_window import MainWindow

    answers: list[str] = []

    def ask(name: str) -> str:
        dialogs.asked.append(("current_state", name))
        return answers.pop(0)

    dialogs.ask_edit_current_state = ask
    window = MainWindow(dialogs=dialogs, settings=settings, lang="sv")  # type: ignore[arg-type]  # FakeDialogs answers what the tests ask, not the whole Dialogs type
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the platform's own placement settles first
    window.answers = answers
    yield window
    dialogs.save_answer = DISCARD
    window.close()


def test_the_user_guide_step_by_step(journey_window, qtbot, dialogs, tmp_path):
    window = journey_window
    shots = Pictures(tmp_path)
    c = window.controller

    # 1. Öppna exemplet (Hjälp → Öppna exemplet)
    assert window.files.open_example()
    window.chart.scene.ensure_layout()
    qtbot.wait(100)
    base = c.scenario_id
    nulage = c.project.scenarios[base]
    assert nulage.name == "Nuläge 2017"
    assert window.chart.view.isVisible() and window.chart.scene.items()
    shots.take(window, "1-oppna")
    # … and the whole organisation on one screen, names legible (Visa → Hela organisationen, läsbar)
    whole = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                 if a.text().replace("&", "") == "Hela organisationen, läsbar")
    whole.trigger()
    qtbot.wait(50)
    view = window.chart.view
    from orgdesigner.ui.chart.legible_fit import fits
    from tests.ui.test_chart_room import smallest_name_pixels

    rect = view.chart_scene().chart_rect()
    if fits(view):  # a screen large enough (the real window): all of it in sight
        assert view.mapToScene(view.viewport().rect()).boundingRect().contains(rect.adjusted(2, 2, -2, -2))
    assert smallest_name_pixels(view) >= 9.0  # legible: less detail, not smaller text
    folded = [u for u in view.chart_scene().collapsed if u in view.chart_scene().cards]
    assert folded and all(view.chart_scene().cards[u]._fold.text().startswith("+") for u in folded)
    shots.take(window, "1-hela")
    view.chart_scene().set_collapsed_units(set())  # unfolded again (+ on each folded card)
    view.fit()

    # 2. Läs fynden: the Fynd dock, the first finding of the first group
    window.findings_dock.show()
    window.findings_dock.raise_()
    views = window.responsibility_views
    findings = views.findings
    qtbot.waitUntil(lambda: findings.tree.isVisible() and findings.model.rowCount() > 0)
    qtbot.waitUntil(lambda: findings.tree.visualRect(findings.model.index(0, 0)).height() > 1.5 * findings.tree.fontMetrics().height())
    assert _titles_whole(findings.tree) > 0  # whole titles, wrapped, not "2 enheter är ans…"
    group = findings.model.index(0, 0)
    first = findings.model.finding_at(findings.model.index(0, 0, group))
    assert first is not None and first.rule == "R02-double-accountable"
    findings.select_finding(first.key)
    text = findings.explanation.toPlainText()
    assert "Flera ansvariga" in text and "R02" not in text  # the rule for a planner, no id
    assert set(first.subjects.units) <= set(c.selection)  # its units selected on the chart
    shots.take(window, "2-fynd")

    # 3. Rätta ett delat ansvar i en kopia: the matrix, first shown after the finding was chosen
    window.tabs.setCurrentIndex(window.tabs.indexOf(views._lazy_matrix.placeholder))
    matrix = views.matrix
    view = matrix.view
    qtbot.waitUntil(lambda: view.visualRect(view.currentIndex()).intersects(view.viewport().rect()))
    shown, painted = _painted_role_cells(view)
    assert shown > 0 and painted == shown  # cells painted, not a blank grid
    matrix.search.setText("Vårdval primärvård")
    vardval = next(f.id for f in c.project.functions.values() if f.name == "Vårdval primärvård")
    omrade = _unit(nulage, "Område Primärvård")
    cell = matrix.model.cell_index(omrade, vardval, Responsibility.DEVELOPMENT)
    assert cell.data() == "A"  # two accountable for developing the vårdval: this one and the beställarenhet
    view.setCurrentIndex(cell)
    view.scrollTo(cell)
    window.answers.append(COPY)  # "Nuläge 2017 är nuläget …": Ändra en kopia
    errors_before = sum(1 for f in findings.model.findings if f.severity.value == "error")
    qtbot.keyClick(view, Qt.Key.Key_R)
    assert ("current_state", "Nuläge 2017") in dialogs.asked
    fixed = c.scenario_id
    assert fixed != base and list(c.project.scenarios).index(fixed) == 1
    assert c.project.scenarios[fixed].name == "Nuläge 2017 (kopia)"
    assert c.project.scenarios[fixed].assignments[(omrade, vardval, Responsibility.DEVELOPMENT)] is Role.CONSULTED
    assert c.project.scenarios[base].assignments[(omrade, vardval, Responsibility.DEVELOPMENT)] is Role.ACCOUNTABLE
    qtbot.waitUntil(lambda: sum(1 for f in findings.model.findings if f.severity.value == "error") < errors_before)
    assert not [f for f in findings.model.findings
                if f.rule == "R02-double-accountable" and vardval in f.subjects.functions]
    from orgdesigner.ui.dialogs import Dialogs

    question = Dialogs(window).current_state_box("Nuläge 2017")
    question.show()
    shots.take(question, "3-fraga")
    question.close()
    qtbot.wait(50)
    shots.take(window, "3-matris")

    # 4. Pröva koncernstrukturen on a new copy of the fixed scenario
    from orgdesigner.io.bundled.template_file import load_templates
    from orgdesigner.ui.scenarios.dialogs import TemplateDialog

    templates, _errors = load_templates()
    dialog = TemplateDialog(c, templates, [], "sv", window)
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex(dialog.template_box.findText("Koncern"))
    dialog.copy_check.setChecked(True)
    dialog.copy_name.setText("Koncern – mitt förslag")
    dialog.update_preview()
    assert dialog.preview.count() > 0
    dialog.show()
    shots.take(dialog, "4-mall")
    dialog.accept()
    proposal = c.scenario_id
    assert c.project.scenarios[proposal].name == "Koncern – mitt förslag"
    assert c.project.scenarios[fixed].name == "Nuläge 2017 (kopia)"  # the template worked on a copy

    # 5. Jämför scenarierna: Nuläge 2017 with the proposal
    compare = window.scenario_tools.compare_tab_lazy.widget()
    window.tabs.setCurrentWidget(compare)
    compare.set_scenarios([base, proposal])
    compare.details.setCurrentWidget(compare.metrics_table)
    qtbot.wait(50)
    model = compare.metrics_model
    row = model.keys.index("clarity_index")
    base_text, proposal_text = model.index(row, 0).data(), model.index(row, 1).data()
    assert base_text.endswith(f"{NBSP}%") and "procentenheter" in proposal_text and "%-p" not in proposal_text
    assert "." not in proposal_text  # "+37,5", a decimal comma
    shots.take(window, "5-jamfor")

    # 6. Exportera beslutsunderlaget: the proposal against the current state, its förslag filled in
    from orgdesigner.ui.exchange.export_dialog import ExportDialog

    c.project.scenarios[proposal].proposal = "Regionstyrelsen inför koncernstrukturen för den egna primärvården."
    export = ExportDialog(c, window, "sv")
    qtbot.addWidget(export)
    assert export.scenario.currentData() == proposal and export.compare.currentData() == base
    assert export.decision.toPlainText().startswith("Regionstyrelsen inför")
    export.format.setCurrentIndex(export.format.findData(".pdf"))
    export.path.setText("/home/planerare/Dokument/Koncern-mitt-forslag.pdf")  # as a planner's would read
    export.show()
    shots.take(export, "6-export")
    export.path.setText(str(tmp_path / "beslutsunderlag.pdf"))
    with qtbot.waitSignal(export.exportFinished, timeout=120_000) as written:
        export.start_export()
    assert written.args[0] and written.args[0][0].stat().st_size > 0

    # 7. Presentera för nämnden: F5, then Esc returns the window as it was
    window.tabs.setCurrentWidget(window.chart)
    geometry, menus = window.geometry(), window.menuBar().isVisible()
    window.presentation.enter()
    qtbot.wait(200)
    assert not window.menuBar().isVisible()
    shots.take(window, "7-presentation")
    window.presentation.leave()
    qtbot.waitUntil(lambda: window.menuBar().isVisible() == menus)
    qtbot.wait(200)
    assert window.geometry() == geometry

    assert len(shots.taken) == 9 and all(p.stat().st_size > 0 for p in shots.taken)
