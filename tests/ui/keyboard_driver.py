"""Drive the application with key events only, as a keyboard user would.

Keys go where a real keyboard sends them: to an open popup menu, else to the widget with the
focus. A modal dialog runs its own event loop inside the key press that opened it, so a task is
a list of steps run one by one from timers: a step waits for its condition (a dialog is up), then
presses its keys; a step that opens a modal returns only when it closes, while the next steps
already run inside the dialog's loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

Step = tuple[Callable[[], bool], Callable[[], None], str]


def target() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeModalWidget() \
        or QApplication.activeWindow()
    assert widget is not None, "no widget takes keys"
    return widget


_unseen: list[str] | None = None  # while focus_always_seen() is on: where the focus went out of sight


@contextmanager
def focus_always_seen() -> Iterator[list[str]]:
    """While on, every key `press` must leave the focus on a control one can see (WCAG 2.4.7):
    shown, not covered by another dock's tab, not lost. The list says where it was not."""
    global _unseen
    _unseen = []
    try:
        yield _unseen
    finally:
        _unseen = None


def _check_focus_seen(key: Qt.Key) -> None:
    from orgdesigner.ui.keyboard_nav import behind_another_tab

    if _unseen is None or QApplication.activePopupWidget() is not None:
        return  # an open menu shows where the keys go
    window = QApplication.activeWindow()
    if window is None or not window.isVisible():
        return  # a dialog just closed: the window manager activates the window below
    widget = QApplication.focusWidget()
    if widget is None:
        _unseen.append(f"after {key!r}: no control has the focus in {window.windowTitle()!r}")
    elif not widget.isVisible() or widget.visibleRegion().isEmpty() or any(
            behind_another_tab(dock) and dock.isAncestorOf(widget) for dock in window.findChildren(QDockWidget)):
        _unseen.append(f"after {key!r}: the focus is on {type(widget).__name__} {widget.accessibleName()!r}, out of sight")


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(target(), key, modifier)
        _check_focus_seen(key)


def type_text(text: str) -> None:
    """Type `text`; letters beyond ASCII (å, ä, ö, –) arrive as a keyboard layout sends them: a key
    event carrying the character (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(target(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target(), QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def tab_to(found: Callable[[QWidget], bool], limit: int = 80, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) until the focus is on a widget `found` accepts."""
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and found(widget):
            return widget
        if backwards:
            press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {QApplication.focusWidget()!r}")


def named(name: str) -> Callable[[QWidget], bool]:
    """A widget whose accessible name (or text) is `name`."""
    from PySide6.QtGui import QAccessible

    def check(widget: QWidget) -> bool:
        iface = QAccessible.queryAccessibleInterface(widget)
        return iface is not None and iface.text(QAccessible.Text.Name).replace("&", "").casefold() == name.casefold()
    return check


def always() -> bool:
    return True


def modal(kind: type) -> Callable[[], bool]:
    return lambda: isinstance(QApplication.activeModalWidget(), kind) and QApplication.activeModalWidget().isVisible()


def no_modal() -> bool:
    return QApplication.activeModalWidget() is None


def modal_activated() -> QWidget:
    """The open modal dialog, active as a window manager makes a new dialog (offscreen has none,
    and a menu closing after it opened can hand the activation back to the window)."""
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    if not dialog.isActiveWindow():
        dialog.activateWindow()
        QApplication.processEvents()
    return dialog


def window_manager_activates(window: QWidget) -> Callable[[], None]:
    """What the window manager does when a dialog closes: the window below is active again
    (the offscreen platform has no window manager to do it)."""
    def act() -> None:
        window.activateWindow()
        QApplication.processEvents()
    return act


class Script:
    """Runs steps in order from timers; `errors` collects what failed (a failed step stops it)."""

    def __init__(self, steps: list[Step], timeout_ms: int = 15000) -> None:
        self.steps = steps
        self.done = False
        self.errors: list[str] = []
        self._waited = 0
        self._timeout = timeout_ms

    def start(self) -> None:
        QTimer.singleShot(0, lambda: self._run(0))

    def _run(self, index: int) -> None:
        if self.errors:
            return
        if index >= len(self.steps):
            self.done = True
            return
        ready, act, what = self.steps[index]
        if not ready():
            self._waited += 20
            if self._waited > self._timeout:
                self.errors.append(f"timed out before: {what}; modal {QApplication.activeModalWidget()!r} focus {QApplication.focusWidget()!r}")
                self._close_modals()
                return
            QTimer.singleShot(20, lambda: self._run(index))
            return
        self._waited = 0
        QTimer.singleShot(20, lambda: self._run(index + 1))  # runs inside a modal this step opens
        try:
            act()
        except Exception as exc:
            self.errors.append(f"{what}: {exc!r}")
            self._close_modals()

    @staticmethod
    def _close_modals() -> None:
        while (dialog := QApplication.activeModalWidget()) is not None:
            dialog.close()
            QApplication.processEvents()
