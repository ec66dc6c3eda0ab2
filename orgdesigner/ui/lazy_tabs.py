"""Tabs built the first time they are shown (or asked for), so start-up pays only for the chart.

`LazyTab` puts a placeholder page in a QTabWidget until the tab is first made current, or until code asks for
its widget (`LazyTab.widget()`); then the real widget replaces it at the same index, with the
same title, and the placeholder is gone. The factory runs once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTab:
    """A placeholder page that builds its real widget on first show or first request."""

    def __init__(self, tabs: QTabWidget, factory: Callable[[], QWidget], title: str) -> None:
        self._tabs = tabs
        self._factory: Callable[[], QWidget] | None = factory
        self._widget: QWidget | None = None
        self.placeholder: QWidget | None = QWidget()
        tabs.addTab(self.placeholder, title)
        tabs.currentChanged.connect(self._on_current)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> QWidget:
        """The real widget, built now if it was not yet."""
        if self._widget is None:
            assert self._factory is not None
            factory, self._factory = self._factory, None
            tabs = self._tabs
            tabs.currentChanged.disconnect(self._on_current)
            placeholder, self.placeholder = self.placeholder, None
            assert placeholder is not None  # set until the real widget is built
            index = tabs.indexOf(placeholder)
            was_current = tabs.currentIndex() == index
            widget = factory()
            self._widget = widget
            if index >= 0:
                title, tip = tabs.tabText(index), tabs.tabToolTip(index)
                blocked = tabs.blockSignals(True)  # one swap, not a remove and an insert
                tabs.removeTab(index)
                tabs.insertTab(index, widget, title)
                tabs.setTabToolTip(index, tip)
                if was_current:
                    tabs.setCurrentIndex(index)
                tabs.blockSignals(blocked)
                if was_current:
                    tabs.currentChanged.emit(index)
            placeholder.deleteLater()
        return self._widget

    def _on_current(self, index: int) -> None:
        if index >= 0 and self.placeholder is not None and self._tabs.widget(index) is self.placeholder:
            self.widget()
