"""What a screen reader hears when an action has a result (EN 301 549 / WCAG 4.1.3 status messages).

Each action's result is said in one short sentence through Qt's announcement event
(QAccessibleAnnouncementEvent, Qt 6.8 and later), politely, so it waits for what is being read:
an edit, undo or redo says its undo text and how the figures moved ("Ange roll. Tydlighetsindex
62 % → 67 %, fel 11 → 10."); switching scenario says the new one's figures; a status message
(a refusal, "Exporterade …") is said as shown. Long descriptions stay where a screen reader asks
for them (the chart's accessible description) and are not announced.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from orgdesigner.io.words.numbers import counted, percent
from orgdesigner.ui.findings.open_counts import open_errors_and_warnings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from orgdesigner.ui.undo import DocumentController

Figures = tuple[float | None, int, int]  # clarity index, open errors, open warnings


def say(source: QObject, text: str) -> None:
    """Announce `text` politely for `source` (a widget of the window)."""
    # imported here: QAccessible's large enums cost start-up time (see chart/accessible.py)
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class ActionAnnouncer(QObject):
    """Says the result of each action on the window; `said` keeps the last texts (tests read it)."""

    DELAY_MS = 150  # a burst of steps (a drag, typing) is one sentence, after the analysis

    def __init__(self, window: QWidget, controller: DocumentController, lang: str = "sv") -> None:
        super().__init__(window)
        self.window, self.controller, self.lang = window, controller, lang
        self.said: deque[str] = deque(maxlen=50)
        self._action = ""
        self._before: Figures | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._after_action)
        self._reset()
        controller.undo_stack.indexChanged.connect(self._on_index)  # one stack for the window's life
        controller.documentReplaced.connect(self._reset)
        controller.currentScenarioChanged.connect(lambda _sid: self._after_switch())
        controller.statusMessage.connect(self.announce)

    def announce(self, text: str) -> None:
        if text:
            self.said.append(text)
            say(self.window, text)

    # -- edits, undo, redo --
    def _reset(self) -> None:
        """A document opened: its figures are the ones the next action is measured from."""
        stack = self.controller.undo_stack
        self._index = stack.index()
        self._next = stack.command(self._index)  # what a redo would apply (None: nothing)
        self._timer.stop()
        self._before = None
        # the figures after the first paint, as the status bar's (the rules load after it)
        self.controller.paint_first.run("announcer", self._take_figures)

    def _take_figures(self) -> None:
        self._before = self._figures_now()

    def _on_index(self, index: int) -> None:
        if not isValid(self.controller) or not isValid(stack := self.controller.undo_stack):
            return  # the window is closing: its stack clears itself as it goes
        if index > self._index:  # a redo applies the step that was next; a push a new one
            done = stack.command(index - 1)
            redone = self._next is not None and done is self._next
            text = stack.text(index - 1)
            self._action = self.tr("Redone: %1").replace("%1", text) if redone else text
        elif index < self._index:
            self._action = self.tr("Undone: %1").replace("%1", stack.text(index))
        self._index, self._next = index, stack.command(index)
        self._timer.start()

    def _after_action(self) -> None:
        if not isValid(self.controller):
            return
        after = self._figures_now()
        moved = self._moved(self._before, after)
        self._before = after
        self.announce(f"{self._action}." + (f" {moved}." if moved else ""))

    # -- switching scenario --
    def _after_switch(self) -> None:
        scenario = self.controller.scenario
        if scenario is None:
            return
        figures = self._before = self._figures_now()
        parts = [self.tr("Scenario %1").replace("%1", scenario.name)]
        if figures is not None:
            clarity, errors, warnings = figures
            if clarity is not None:
                parts.append(self.tr("clarity index %1").replace("%1", percent(clarity, self.lang)))
            parts += [counted(errors, "error", self.lang), counted(warnings, "warning", self.lang)]
        self.announce(", ".join(parts) + ".")

    # -- figures --
    def _figures_now(self) -> Figures | None:
        analysis, scenario = self.controller.analysis, self.controller.scenario
        if analysis is None or scenario is None:
            return None
        try:
            result = analysis.result(scenario.id)
        except Exception:  # a failing rule must not silence the announcement
            return None
        errors, warnings = open_errors_and_warnings(result.findings)
        clarity = getattr(result.metrics, "clarity_index", None)
        return clarity, errors, warnings

    def _moved(self, before: Figures | None, after: Figures | None) -> str:
        """Only what changed: "Tydlighetsindex 62 % → 67 %, fel 11 → 10"."""
        if before is None or after is None:
            return ""
        parts = []
        if before[0] is not None and after[0] is not None and round(before[0], 2) != round(after[0], 2):
            parts.append(self.tr("Clarity index %1 → %2").replace("%1", percent(before[0], self.lang))
                         .replace("%2", percent(after[0], self.lang)))
        for i, word in ((1, self.tr("errors")), (2, self.tr("warnings"))):
            if before[i] != after[i]:
                parts.append(f"{word} {before[i]} → {after[i]}")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]  # a sentence of its own

