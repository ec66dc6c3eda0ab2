"""Accessible names and descriptions: what a screen reader says about a control.

Callers pass texts already translated with their own `self.tr(...)` (so lupdate files them under
the caller's context); the standard dialog buttons get their descriptions here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)


def describe(widget: QWidget, description: str, name: str = "") -> None:
    """Give `widget` an accessible description (and a name, where no label or text names it)."""
    if name:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _standard_descriptions() -> dict[QDialogButtonBox.StandardButton, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Accessibility", text)

    b = QDialogButtonBox.StandardButton
    return {
        b.Ok: tr("Keep the changes and close the dialog"),
        b.Cancel: tr("Close the dialog without changing anything"),
        b.Close: tr("Close the dialog"),
        b.Apply: tr("Apply the changes"),
        b.Save: tr("Save the changes"),
        b.Discard: tr("Close without saving the changes"),
        b.Help: tr("Show help for this dialog"),
        b.Yes: tr("Answer yes"),
        b.No: tr("Answer no"),
    }


def describe_buttons(box: QDialogButtonBox) -> None:
    """Descriptions for a button box's standard buttons (OK, Cancel, Close …)."""
    texts = _standard_descriptions()
    for button in box.buttons():
        standard = box.standardButton(button)
        if standard in texts and not button.accessibleDescription():
            button.setAccessibleDescription(texts[standard])


class TextDialog(QInputDialog):
    """QInputDialog whose editor and buttons a screen reader can name and describe (Qt makes the
    editor late, so they are described when the dialog is shown)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, value: str, multiline: bool = False,
                 description: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(prompt)
        if multiline:
            self.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        self.setTextValue(value)
        self._prompt, self._description = prompt, description or prompt

    def showEvent(self, event: QShowEvent) -> None:
        editors: list[QWidget] = [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]
        for editor in editors:
            describe(editor, self._description, self._prompt.rstrip(":"))
        for box in self.findChildren(QDialogButtonBox):
            describe_buttons(box)
        super().showEvent(event)


def ask_text(parent: QWidget | None, title: str, prompt: str, value: str, multiline: bool = False,
             description: str = "") -> str | None:
    """The text typed, or None when cancelled."""
    dialog = TextDialog(parent, title, prompt, value, multiline, description)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A QMessageBox with described buttons (exec it, or show it in a test)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    for button_box in box.findChildren(QDialogButtonBox):
        describe_buttons(button_box)
    return box


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no; True for yes."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return message_box(parent, QMessageBox.Icon.Question, title, text, buttons).exec() == QMessageBox.StandardButton.Yes


def warning(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()
