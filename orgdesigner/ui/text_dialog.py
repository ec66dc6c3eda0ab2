"""A text asked for in a dialog a screen reader can name (`ask_text`). Its own module, so that
importing orgdesigner.ui.a11y does not make QInputDialog at start-up."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from orgdesigner.ui.a11y import describe, describe_buttons


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
            if isinstance(editor, QPlainTextEdit):
                editor.setTabChangesFocus(True)  # Tab reaches OK and Cancel: no keyboard trap

        for box in self.findChildren(QDialogButtonBox):
            describe_buttons(box)
        super().showEvent(event)


def ask_text(parent: QWidget | None, title: str, prompt: str, value: str, multiline: bool = False,
             description: str = "") -> str | None:
    """The text typed, or None when cancelled."""
    dialog = TextDialog(parent, title, prompt, value, multiline, description)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
