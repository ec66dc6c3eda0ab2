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
from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from orgdesigner.io.words.numbers import NBSP
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.ui.dialogs import DISCARD
from orgdesigner.ui.scenarios.protect import COPY
from tests.ui.test_chart_room import smallest_name_pixels
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


def _menu_action(window, menu: str, text: str):
    """The action a planner clicks: menu title and item text as the Swedish window shows them."""
    for top in window.menuBar().actions():
        if top.menu() is not None and top.text().replace("&", "") == menu:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu} → {text}")


def _status_errors(window) -> str:
    """The error count the status bar shows, as the current scenario's analysis has it."""
    c = window.controller
    result = c.analysis.result(c.scenario_id)
    errors = sum(1 for f in result.findings if not f.acknowledged and f.severity.value == "error")
    return f"{errors} fel"


def _cards_inside(view) -> bool:
    port = view.viewport().rect()
    scene = view.chart_scene()
    return bool(scene.cards) and all(port.contains(view.mapFromScene(scene.card_rect(u)).boundingRect()) for u in scene.cards)


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
    qtbot.wait(100)  # the platform's own placement (a first start maximises) settles first
    window.setWindowState(Qt.WindowState.WindowNoState)  # a planner's window, not the whole screen
    window.setGeometry(0, 0, 1400, 900)
    qtbot.waitUntil(lambda: window.windowState() == Qt.WindowState.WindowNoState and window.width() == 1400)
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
    fit = _menu_action(window, "Visa", "Anpassa till fönstret")
    fit.trigger()  # Ctrl+Skift+F
    assert smallest_name_pixels(window.chart.view) >= 9.0  # fitted, names still legible
    assert "4 fel" in window.findings_summary.text()  # the status bar counts Nuläge 2017's errors
    shots.take(window, "1-oppna")
    # … and the whole organisation on one screen, names legible (Visa → Hela organisationen, läsbar)
    whole = next(a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
                 if a.text().replace("&", "") == "Hela organisationen, läsbar")
    whole.trigger()
    qtbot.wait(50)
    view = window.chart.view
    from orgdesigner.ui.chart.legible_fit import fits

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
    # the status bar counts the copy's errors, not the current state's it showed before the edit
    qtbot.waitUntil(lambda: _status_errors(window) in window.findings_summary.text())
    assert _status_errors(window) != "4 fel"
    assert not [f for f in findings.model.findings
                if f.rule == "R02-double-accountable" and vardval in f.subjects.functions]
    from orgdesigner.ui.dialogs import Dialogs

    question = Dialogs(window).current_state_box("Nuläge 2017")
    question.show()
    shots.take(question, "3-fraga")
    question.close()
    qtbot.wait(50)
    shots.take(window, "3-matris")

    # 4. Pröva koncernstrukturen on a new copy of the fixed scenario: select egenregi's head on the
    # chart, Scenario → Använd strukturmall…, Koncern, a name, read "Det här ändras", Tillämpa
    window.tabs.setCurrentWidget(window.chart)
    c.select_units([omrade])
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        from orgdesigner.ui.scenarios.dialogs import TemplateDialog

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TemplateDialog)
        dialog.template_box.setCurrentIndex(dialog.template_box.findText("Koncern"))
        assert dialog.root_box.currentData() == omrade and dialog.copy_check.isChecked()
        dialog.copy_name.setText("Koncern – mitt förslag")
        lines = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
        seen["lines"] = lines
        shots.take(dialog, "4-mall")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.text() == "Tillämpa"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, in_the_dialog)
    _menu_action(window, "Scenario", "Använd strukturmall…").trigger()
    lines = seen["lines"]
    text = "\n".join(lines)  # plain sentences, as the guide promises: no dump of the plan
    assert all(line.startswith("• ") and line.endswith(".") for line in lines), lines
    assert not any(mark in text for mark in ("→", "[", "]", "«", "SEK")), text
    assert "Organisationsformen blir koncern i stället för linjeorganisation." in text
    assert "inrättas tre nya stödenheter: Koncerngemensam utveckling, Koncerngemensam kvalitet och Koncerngemensam HR." in text
    assert "blir resultatenheter i stället för linjeenheter" in text
    assert f"högst 3{NBSP}000{NBSP}000{NBSP}kr" in text
    proposal = c.scenario_id
    assert c.project.scenarios[proposal].name == "Koncern – mitt förslag"
    assert c.project.scenarios[fixed].name == "Nuläge 2017 (kopia)"  # the template worked on a copy
    assert c.undo_stack.undoText() == "Använd mall Koncern"  # one step to undo
    # the shared staff units are laid out as the group management's stab, not among the hälsocentraler
    scene = window.chart.scene
    scene.set_collapsed_units(set())  # every branch unfolded (a fitted chart folds the deepest)
    scene.ensure_layout()
    units = c.project.scenarios[proposal].units
    staff = [u for u in units.values() if u.name.startswith("Koncerngemensam")]
    centres = [u for u in units.values() if u.parent_id == omrade and u.name.endswith("hälsocentral")]
    head = scene.card_rect(omrade)
    assert len(staff) == 3 and centres
    for unit in staff:
        card = scene.card_rect(unit.id)
        assert card.top() > head.bottom() and (card.right() < head.center().x() or card.left() > head.center().x())
        assert all(card.bottom() < scene.card_rect(h.id).top() for h in centres)

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
    export.close()

    # 7. Presentera för nämnden: F5, then Esc returns the window as it was
    window.tabs.setCurrentWidget(window.chart)
    view = window.chart.view
    docks = {d: (d.toggleViewAction().isChecked(), d.isVisible()) for d in window.findChildren(type(window.findings_dock))}
    geometry, where = window.geometry(), (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.wait(300)  # full screen and its resize have arrived
    assert window.presentation.active and not window.menuBar().isVisible()
    title = window.chart.title
    assert title.isVisible() and "Koncern – mitt förslag" in title.text()
    assert title.heightForWidth(title.width()) <= title.height()  # the whole title, wrapped if need be
    assert window.chart.legend.isVisible()
    assert not any(card.finding_count_text() for card in window.chart.scene.cards.values())  # no badges unless asked
    assert _cards_inside(view)  # everything inside the screen
    # and legible in the room (offscreen's 800×800 screen holds the five top cards at 8 px)
    assert smallest_name_pixels(view) >= (10.0 if window.screen().geometry().width() >= 1280 else 8.0)
    shots.take(window, "7-presentation")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.menuBar().isVisible())
    qtbot.wait(200)
    assert window.geometry() == geometry
    assert {d: (d.toggleViewAction().isChecked(), d.isVisible()) for d in docks} == docks  # the same docks, same tabs in front
    qtbot.waitUntil(lambda: (view.transform(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == where)
    arkiv = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "Arkiv")
    QTimer.singleShot(200, lambda: (seen.__setitem__("menu", arkiv.menu().isVisible()), arkiv.menu().close()))
    window.menuBar().setActiveAction(arkiv)  # the menus open again after the presentation
    qtbot.waitUntil(lambda: "menu" in seen)
    assert seen["menu"]

    assert len(shots.taken) == 9 and all(p.stat().st_size > 0 for p in shots.taken)
