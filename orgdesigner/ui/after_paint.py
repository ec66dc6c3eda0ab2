"""Work that waits until a widget has painted: the chart shows first, the analysis after.

Opening a file used to run the whole analysis (and fill the findings dock) before the chart
was painted: 1–2 s at 10,000 units, most of the 50,000-unit open. `PaintFirst` queues that work
until the chart's next paint, once per key however often it is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls `callback` once, on the next turn of the event loop after `widget` has painted (or
    after `fallback_ms` if no paint comes, e.g. a window that starts minimised)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int | None = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        if fallback_ms is not None:  # counted from when the event loop runs again, not from now
            self._fallback = QTimer(self)
            self._fallback.setSingleShot(True)
            self._fallback.setInterval(fallback_ms)
            self._fallback.timeout.connect(self._fire)
            QTimer.singleShot(0, self._fallback.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            self._callback()


class PaintFirst(QObject):
    """Runs work at once, or, with a target widget set, after that widget's next paint.

    Work is keyed: asking again for a key still waiting replaces it (the findings dock refreshes
    once, not once per signal). `settled` is emitted when the queue has run empty."""

    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None
        self._pending: dict[str, Callable[[], None]] = {}
        self._waiting: AfterPaint | None = None

    def run(self, key: str, work: Callable[[], None]) -> None:
        if self.target is None:
            work()
            return
        self._pending.pop(key, None)
        self._pending[key] = work  # in the order last asked for
        if self._waiting is None:
            # fallback: a minimised or covered chart may not paint; the work must still happen
            self._waiting = AfterPaint(self.target, self._next_turn, fallback_ms=1000)

    def _next_turn(self) -> None:
        # one more turn of the event loop: the rest of the window paints (the viewport often
        # paints a moment before its window) and whatever waits for that paint runs first
        QTimer.singleShot(0, self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def when_settled(self, callback: Callable[[], None]) -> None:
        """`callback()` once the work waiting now has run (at once when nothing waits)."""
        if not self._pending:
            callback()
            return

        def once() -> None:
            self.settled.disconnect(once)
            callback()

        self.settled.connect(once)

    def flush(self) -> None:
        """Run everything waiting now (after the paint, or when a caller needs it done)."""
        if self._waiting is not None:
            self._waiting._done = True  # a flush by hand ends the wait
            self._waiting.deleteLater()
            self._waiting = None
        while self._pending:
            work = self._pending.pop(next(iter(self._pending)))
            try:
                work()
            except Exception:  # one view failing must not keep the others from updating
                sys.excepthook(*sys.exc_info())
        self.settled.emit()
