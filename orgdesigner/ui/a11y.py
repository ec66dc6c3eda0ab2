"""Accessible names and descriptions: what a screen reader says about a control.

Callers pass texts already translated with their own `self.tr(...)` (so lupdate files them under
the caller's context); the standard dialog buttons get their descriptions here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget


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
        b.Save: tr("Save and close the dialog"),
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
