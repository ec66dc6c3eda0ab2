"""Accessible names and descriptions: what a screen reader says about a control.

Callers pass texts already translated with their own `self.tr(...)` (so lupdate files them under
the caller's context); the standard dialog buttons get their descriptions here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

# The dialog classes (QMessageBox, QDialogButtonBox ...) are imported where a dialog is made:
# importing a PySide6 class makes it and its enums, which the window's first paint does not need
# (start-up, issue 34). The text dialog (QInputDialog) is in text_dialog.py for that reason.


def describe(widget: QWidget, description: str, name: str = "") -> None:
    """Give `widget` an accessible description (and a name, where no label or text names it)."""
    if name:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def label_for(widget: QWidget, text: str, parent: QWidget | None = None, name: str = "") -> QLabel:
    """A visible label that names `widget` through the buddy relation (Alt+letter focuses it).

    On Linux Qt reads a combo box's current value as its name and its label from this relation
    only, so a combo without a buddy label is heard as "(ingen)". `name`: what the relation says
    when the visible text alone is too short to ("with", "and").
    """
    label = QLabel(text, parent)
    label.setBuddy(widget)
    if name:
        label.setAccessibleName(name)
    return label


def name_dock_buttons(dock: QDockWidget) -> None:
    """The float and close buttons of a dock's title bar say which dock they act on (Qt names
    them "Float" and "Close" only, again whenever it updates them: on show, style, floating
    and title changes, so the names are put back after each)."""
    namer = _DockButtonNames(dock)
    dock.installEventFilter(namer)
    dock.topLevelChanged.connect(namer.later)
    dock.featuresChanged.connect(namer.later)
    namer.apply()


class _DockButtonNames(QObject):
    _EVENTS = (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.ParentChange, QEvent.Type.WindowTitleChange,
               QEvent.Type.LanguageChange, QEvent.Type.Polish)

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.dock = dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS:
            self.later()
        return False

    def later(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self.apply)  # after Qt's own update of the buttons

    def apply(self) -> None:
        def tr(text: str) -> str:
            return QCoreApplication.translate("Accessibility", text)

        title = self.dock.windowTitle().replace("&", "")
        for name, text in (("qt_dockwidget_floatbutton", tr("Float %1")), ("qt_dockwidget_closebutton", tr("Close %1"))):
            button = self.dock.findChild(QWidget, name)
            if button is not None and button.accessibleName() != text.replace("%1", title):
                button.setAccessibleName(text.replace("%1", title))


def no_tab_trap(view: QAbstractItemView) -> None:
    """Tab leaves a table for the next control instead of walking its cells (the arrow keys walk
    the cells): a keyboard user can always Tab out, as WCAG 2.1.2 asks."""
    view.setTabKeyNavigation(False)


def _standard_descriptions() -> dict[QDialogButtonBox.StandardButton, str]:
    from PySide6.QtWidgets import QDialogButtonBox

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
    box.installEventFilter(_ButtonTabOrder(box))
    if box.window() is not box:
        show_focus_at_once(box.window())


def show_focus_at_once(dialog: QWidget) -> None:
    """The dialog's first control shows its focus mark as the dialog opens: Qt's styles draw it
    only in a window where a key has moved the focus (WA_KeyboardFocusChange), and Qt clears
    that flag as a window takes the focus, so it is set again just after each activation."""
    if dialog.findChild(_FocusShown, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        dialog.installEventFilter(_FocusShown(dialog))


class _FocusShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and isinstance(watched, QWidget):
            QTimer.singleShot(0, watched, lambda: _show_focus(watched))
        return False


class _ButtonTabOrder(QObject):
    """Tab goes through a button box's buttons as the platform lays them out (known once the box
    is shown, in its final dialog), not in the order they were added."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtWidgets import QDialogButtonBox

        if event.type() == QEvent.Type.Show and isinstance(watched, QDialogButtonBox):
            show_focus_at_once(watched.window())
            layout = watched.layout()
            if layout is None:
                return False
            buttons = watched.buttons()
            shown = [w for i in range(layout.count()) if (item := layout.itemAt(i)) is not None and (w := item.widget()) in buttons]
            for before, after in zip(shown, shown[1:], strict=False):
                QWidget.setTabOrder(before, after)
        return False


def _show_focus(window: QWidget) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focus = window.focusWidget()
    if focus is not None:
        focus.update()


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton | None = None) -> QMessageBox:
    """A QMessageBox with described buttons (exec it, or show it in a test); OK unless `buttons`."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    for button_box in box.findChildren(QDialogButtonBox):
        describe_buttons(button_box)
    return box


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no; True for yes."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return message_box(parent, QMessageBox.Icon.Question, title, text, buttons).exec() == QMessageBox.StandardButton.Yes


def warning(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()
