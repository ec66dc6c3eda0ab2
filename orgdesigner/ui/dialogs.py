"""Every question the window asks the user, behind one object tests replace with a fake.

Tests pass their own `Dialogs` (answers decided in advance), so no test ever blocks on a modal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from orgdesigner.ui.a11y import critical, message_box, question

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# QMessageBox and QFileDialog are imported where a question is asked: importing a PySide6 class
# makes it and its enums, which the start-up does not need (issue 34).

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Dialogs(QObject):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def ask_save_changes(self, name: str) -> str:
        """SAVE, DISCARD or CANCEL."""
        from PySide6.QtWidgets import QMessageBox

        answer = self.save_changes_box(name).exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def save_changes_box(self, name: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = message_box(self.parent_widget, QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing it?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def ask_open_path(self, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open project"), folder,
                                              self.tr("orgdesigner projects (*.orgd)"))
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save project as"), suggested,
                                              self.tr("orgdesigner projects (*.orgd)"))
        return path or None

    def error(self, title: str, text: str) -> None:
        critical(self.parent_widget, title, text)

    def confirm(self, title: str, text: str) -> bool:
        return question(self.parent_widget, title, text)

    def ask_restore(self, description: str) -> bool:
        return question(
            self.parent_widget, self.tr("Recover unsaved work"),
            self.tr("orgdesigner was closed without saving. Restore the unsaved work?\n\n%1").replace("%1", description))

    def ask_edit_current_state(self, name: str) -> str:
        """Before the first edit of the current state: "copy", "edit" or "cancel"."""
        box = self.current_state_box(name)
        box.exec()
        return str(box.property("answer") or "cancel")

    def current_state_box(self, name: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = message_box(
            self.parent_widget, QMessageBox.Icon.Question, self.tr("The current state"),
            self.tr("“%1” is the current state: every comparison with today and every export compares "
                    "with it. Make the change in a copy, so the current state stays as it is?").replace("%1", name),
            QMessageBox.StandardButton.NoButton)
        copy = box.addButton(self.tr("Change a &copy"), QMessageBox.ButtonRole.AcceptRole)
        edit = box.addButton(self.tr("Change the current &state"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.setEscapeButton(cancel)
        answers = {copy: "copy", edit: "edit"}
        box.buttonClicked.connect(lambda button: box.setProperty("answer", answers.get(button, "cancel")))
        return box

