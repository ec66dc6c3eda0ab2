"""Scenario actions and dialogs: every change one undo step, delete asks first, templates preview."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from orgdesigner.io.bundled.template_file import load_templates
from orgdesigner.io.project.project_file import project_bytes
from orgdesigner.model import Document, UnitForm
from orgdesigner.model.economy import SurplusModel
from orgdesigner.ui.scenarios.dialogs import EconomyDialog, TemplateDialog
from orgdesigner.ui.scenarios.tools import ScenarioStatusDelegate, ScenarioTools
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


class FakeAsker:
    def __init__(self) -> None:
        self.answers: list[object] = []
        self.confirm_answer = True
        self.errors: list[str] = []
        self.asked: list[str] = []

    def text(self, title, prompt, value):
        self.asked.append(title)
        return self.answers.pop(0)

    long_text = text

    def confirm(self, title, text):
        self.asked.append(text)
        return self.confirm_answer

    def run(self, dialog):
        self.dialog = dialog
        return False

    def error(self, title, text):
        self.errors.append(text)


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


@pytest.fixture
def tools(controller):
    return ScenarioTools(controller, asker=FakeAsker(), lang="en")


def test_copy_rename_describe_date_are_each_one_undo_step(controller, tools):
    before = project_bytes(controller.project)
    tools.asker.answers = ["Koncern", "Koncern 2018", "Group structure", "2018-03-01"]
    assert tools.copy_current()
    assert controller.scenario_id != "now" and controller.scenario.name == "Koncern"
    assert list(controller.project.scenarios)[1] == controller.scenario_id
    assert tools.rename_current() and tools.describe_current() and tools.date_current()
    scenario = controller.scenario
    assert (scenario.name, scenario.description, scenario.effective_date) == ("Koncern 2018", "Group structure", date(2018, 3, 1))
    assert controller.undo_stack.count() == 4
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert project_bytes(controller.project) == before


def test_a_bad_date_is_refused_with_a_message(controller, tools):
    tools.asker.answers = ["1 mars"]
    assert not tools.date_current()
    assert tools.asker.errors and controller.undo_stack.count() == 0


def test_delete_asks_and_can_be_undone(controller, tools):
    tools.asker.answers = ["Kopia"]
    tools.copy_current()
    copy_id = controller.scenario_id
    tools.asker.confirm_answer = False
    assert not tools.delete_current() and copy_id in controller.project.scenarios
    tools.asker.confirm_answer = True
    assert tools.delete_current() and copy_id not in controller.project.scenarios
    assert "Kopia" in tools.asker.asked[-1]
    controller.undo_stack.undo()
    assert copy_id in controller.project.scenarios


def test_the_last_scenario_cannot_be_deleted(controller, tools):
    assert not tools.delete.isEnabled() and not tools.delete_current()


def test_reorder(controller, tools):
    tools.asker.answers = ["B"]
    tools.copy_current()
    assert tools.move_up.isEnabled() and not tools.move_down.isEnabled()
    assert tools.move_current(-1)
    assert list(controller.project.scenarios)[0] == controller.scenario_id
    controller.undo_stack.undo()
    assert list(controller.project.scenarios)[0] == "now"


def templates():
    return {t.id: t for t in load_templates()[0]}


def test_template_dialog_previews_and_applies_one_step(controller, qtbot):
    controller.select_units(["pv"])
    ts = list(templates().values())
    dialog = TemplateDialog(controller, ts, [], "en")
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in ts].index("koncern"))
    assert dialog.root_box.currentData() == "pv"
    dialog.copy_check.setChecked(False)  # in place, this time
    lines = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    assert any("Koncerngemensam utveckling" in line for line in lines)
    before = project_bytes(controller.project)
    dialog.accept()
    assert controller.undo_stack.count() == 1
    assert controller.project.scenarios["now"].units["pv"].form is UnitForm.GROUP_MANAGEMENT
    controller.undo_stack.undo()
    assert project_bytes(controller.project) == before


def test_template_dialog_defaults_to_a_copy_and_the_top_of_egenregi_and_warns_off_it(controller, qtbot):
    """A finding about the beställarenhet selects it; the dialog still proposes egenregi's branch,
    on a new copy, and warns when the planner picks a branch outside egenregi."""
    controller.select_units(["best"])
    ts = list(templates().values())
    dialog = TemplateDialog(controller, ts, [], "en")
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in ts].index("koncern"))
    assert dialog.root_box.currentData() == "pv"  # the top of egenregi, not the selection
    assert dialog.copy_check.isChecked()
    assert dialog.branch_warning.isHidden()
    dialog.root_box.setCurrentIndex(dialog.root_box.findData("best"))
    assert not dialog.branch_warning.isHidden()
    assert "Beställarenheten does not belong to egenregi" in dialog.branch_warning.text()
    dialog.root_box.setCurrentIndex(dialog.root_box.findData("hc1"))  # inside egenregi: fine
    assert dialog.branch_warning.isHidden()
    controller.select_units(["hc2"])
    again = TemplateDialog(controller, ts, [], "en")
    qtbot.addWidget(again)
    assert again.root_box.currentData() == "hc2"  # a selection inside egenregi is kept


def test_intraprenad_dialog_ticks_units_and_adds_the_agreement(controller, qtbot):
    ts = list(templates().values())
    dialog = TemplateDialog(controller, ts, [], "en")
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in ts].index("intraprenad"))
    assert not dialog.agreement_box.isHidden()
    items = {dialog.units_list.item(i).data(Qt.ItemDataRole.UserRole): dialog.units_list.item(i) for i in range(dialog.units_list.count())}
    assert set(items) == {"hc1", "hc2"}
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled() or dialog.plan is not None
    items["hc2"].setCheckState(Qt.CheckState.Checked)
    dialog.agreement_id.setText("RS/7/2018")
    dialog.copy_check.setChecked(True)
    assert dialog.plan is not None
    dialog.accept()
    project = controller.project
    assert "RS/7/2018" in project.decisions
    new_id = controller.scenario_id
    assert new_id != "now" and project.scenarios[new_id].units["hc2"].form is UnitForm.INTRAPRENAD
    assert project.scenarios[new_id].units["hc1"].form is UnitForm.LINE
    assert project.scenarios["now"].units["hc2"].form is UnitForm.LINE


def test_template_dialog_shows_an_error_for_a_bad_agreement_date(controller, qtbot):
    ts = list(templates().values())
    dialog = TemplateDialog(controller, ts, ["mine.json: $.id: broken"], "en")
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in ts].index("intraprenad"))
    dialog.agreement_from.setText("2018-13-01")
    assert dialog.plan is None and "month" in dialog.error.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_economy_dialog_edits_the_rules_as_one_step(controller, qtbot):
    dialog = EconomyDialog(controller, "en")
    qtbot.addWidget(dialog)
    dialog.model_box.setCurrentIndex(dialog.model_box.findData("carry_over"))
    dialog.surplus.setValue(50)
    assert "no governing decision" in dialog.problems.text()
    dialog.decisions.item(0).setCheckState(Qt.CheckState.Checked)  # LS/1/2009 ended 2018-03-01
    assert "no governing decision" not in dialog.problems.text()
    assert "LS/1/2009 is not in force" in dialog.problems.text()
    dialog.cap.setValue(2_000_000)
    dialog.accept()
    rules = controller.project.scenarios["now"].economy
    assert (rules.surplus_model, rules.surplus_share, rules.cap_sek, rules.decisions) == (SurplusModel.CARRY_OVER, 0.5, 2_000_000, ("LS/1/2009",))
    assert rules.form_authorities == {}
    controller.undo_stack.undo()
    assert controller.project.scenarios["now"].economy.surplus_model is SurplusModel.NONE


def test_economy_dialog_stores_only_changed_form_authorities(controller, qtbot):
    dialog = EconomyDialog(controller, "en")
    qtbot.addWidget(dialog)
    dialog.forms.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # result unit: no budget
    rules = dialog.rules()
    assert list(rules.form_authorities) == [UnitForm.RESULT]


def test_scenario_list_badge(controller):
    delegate = ScenarioStatusDelegate(controller)
    text, bad = delegate.badge("now")
    errors = sum(1 for f in controller.analysis.result("now").findings if f.severity.value == "error")
    assert text.startswith(f"{errors} error") and text.endswith("%") and bad is (errors > 0)  # errors lead


def test_the_selected_scenario_keeps_its_badge_visible(qtbot):
    """The badge of the selected row is drawn on the highlight (it was white on white)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QStyle, QStyleOptionViewItem

    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.model import Document
    from orgdesigner.resources import example_path
    from orgdesigner.ui.undo import DocumentController

    controller = DocumentController(Document(load_project(example_path())))
    qtbot.waitUntil(lambda: controller.analysis is not None and not controller.paint_first.pending, timeout=5000)
    delegate = ScenarioStatusDelegate(controller)
    assert delegate.badge(controller.scenario_id) is not None
    model = QStandardItemModel()
    item = QStandardItem("Nuläge 2017")
    item.setData(controller.scenario_id, Qt.ItemDataRole.UserRole)
    model.appendRow(item)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 320, 20)
    option.state |= QStyle.StateFlag.State_Selected
    image = QImage(320, 20, QImage.Format.Format_RGB32)
    image.fill(view.palette().base().color())
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    highlight = view.palette().highlight().color().rgb()
    badge_area = [image.pixel(x, y) for x in range(250, 318) for y in range(2, 18)]
    assert badge_area.count(highlight) > len(badge_area) // 2  # on the highlight
    assert len(set(badge_area)) > 2  # and its text drawn there


def test_the_template_undo_step_is_named_in_the_window_language(controller, qtbot, swedish):
    controller.select_units(["pv"])
    ts = list(templates().values())
    dialog = TemplateDialog(controller, ts, [], "sv")
    qtbot.addWidget(dialog)
    dialog.template_box.setCurrentIndex([t.id for t in ts].index("koncern"))
    dialog.accept()
    assert controller.undo_stack.text(0) == "Använd mall Koncern"  # not "Apply template Koncern (group)"
