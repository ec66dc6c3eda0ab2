"""The function catalogue editor: every edit is an undoable catalogue command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from orgdesigner.model import Document, FunctionCategory
from orgdesigner.ui.matrix import catalogue
from orgdesigner.ui.matrix.catalogue import (
    CATEGORY,
    NAME,
    VARDVAL,
    CatalogueDialog,
    FunctionCatalogueModel,
    new_function_id,
)
from orgdesigner.ui.undo import DocumentController
from tests.conftest import small_project


@pytest.fixture
def controller(qtbot):
    return DocumentController(Document(small_project()))


def test_model_contract(qtmodeltester, controller):
    model = FunctionCatalogueModel(controller.doc, controller.push, "sv")
    qtmodeltester.check(model)
    model.detach()


def test_new_ids_are_readable_and_unique():
    assert new_function_id("Röntgen (radiologi)", {}) == "rontgen-radiologi"
    assert new_function_id("Lab", {"lab": 1, "lab-2": 1}) == "lab-3"
    assert new_function_id("!!!", {}) == "function"


def test_rename_category_vardval_and_undo(controller):
    model = FunctionCatalogueModel(controller.doc, controller.push, "en")
    row = model.row_of("lab")
    assert model.setData(model.index(row, NAME), "Laboratorieanalyser")
    assert controller.project.functions["lab"].name == "Laboratorieanalyser"
    assert not model.setData(model.index(row, NAME), "   ")  # an empty name is refused
    assert model.setData(model.index(row, CATEGORY), FunctionCategory.SUPPORT.value)
    assert controller.project.functions["lab"].category is FunctionCategory.SUPPORT
    assert model.index(row, CATEGORY).data() == "support"
    assert model.setData(model.index(row, VARDVAL), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert controller.project.functions["lab"].vardval is True
    stack = controller.undo_stack
    while stack.canUndo():
        stack.undo()
    lab = controller.project.functions["lab"]
    assert (lab.name, lab.category, lab.vardval) == ("Labbanalyser", FunctionCategory.MEDICAL_SERVICE, False)
    model.detach()


def test_add_and_delete_with_confirmation(qtbot, controller, monkeypatch):
    dialog = CatalogueDialog(controller, "sv")
    qtbot.addWidget(dialog)
    dialog.add_new()
    assert len(controller.project.functions) == 3
    assert dialog.model.rowCount() == 3
    dialog.view.selectRow(dialog.model.row_of("vv"))
    asked = []

    def no(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(catalogue, "question", lambda *a: no(*a) == QMessageBox.StandardButton.Yes)
    assert not dialog.delete_selected()
    assert "vv" in controller.project.functions
    assert "3" in asked[0]  # names how many role assignments go with it
    monkeypatch.setattr(catalogue, "question", lambda *a: True)
    assert dialog.delete_selected()
    assert "vv" not in controller.project.functions
    assert not any(k.function_id == "vv" for k in controller.scenario.assignments)
    controller.undo_stack.undo()
    assert "vv" in controller.project.functions and len(controller.scenario.assignments) == 3
    assert dialog.model.rowCount() == 3
    dialog.model.detach()


def test_mark_a_function_as_the_follow_up_of_a_vardval_function_and_undo(qtbot, controller):
    from orgdesigner.ui.matrix.catalogue import FOLLOWS_UP

    dialog = CatalogueDialog(controller, "sv")
    qtbot.addWidget(dialog)
    model = dialog.model
    row = model.row_of("lab")
    assert model.headerData(FOLLOWS_UP, Qt.Orientation.Horizontal) == "Follows up"  # no translator here
    assert model.follow_up_choices("lab") == [("vv", "Vårdval primärvård")]
    assert model.follow_up_choices("vv") == []  # not itself
    index = model.index(row, FOLLOWS_UP)
    editor = dialog.view.itemDelegateForColumn(FOLLOWS_UP).createEditor(dialog.view.viewport(), None, index)
    assert [editor.itemData(i) for i in range(editor.count())] == ["", "vv"]
    editor.setCurrentIndex(1)
    dialog.view.itemDelegateForColumn(FOLLOWS_UP).setModelData(editor, model, index)
    assert controller.project.functions["lab"].follows_up == "vv"
    assert index.data() == "Vårdval primärvård"
    assert model.setData(index, "vv")  # unchanged: no second step
    controller.undo_stack.undo()
    assert controller.project.functions["lab"].follows_up is None and index.data() == ""
    assert not controller.undo_stack.canUndo()
