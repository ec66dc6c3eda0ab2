"""The internal trade tab's own words follow the window's language: no Swedish heading in the
English window, and English writes "95% interval" as English does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox

from orgdesigner.ui.trade.tab import AssumptionsPanel


def _titles(window) -> list[str]:
    panels = window.findChildren(AssumptionsPanel)
    assert panels, "the assumptions panel was built"
    return [p.title() for p in panels]


def test_english_window_heads_the_assumptions_in_english(english_window):
    assert _titles(english_window) == ["Assumptions (not facts)"]
    texts = " ".join(box.title() for box in english_window.findChildren(QGroupBox))
    assert "Antaganden" not in texts and "95 % interval" not in texts


def test_swedish_window_heads_the_assumptions_in_swedish(swedish_window):
    assert _titles(swedish_window) == ["Antaganden (inte fakta)"]


@pytest.fixture
def english_started(qapp):
    """As start_window leaves an English application (the autouse fixture restores it)."""
    qapp.setProperty("lang", "en")


def test_english_percent_spin_boxes_write_12_5_percent(english_started, english_window):
    suffixes = {spin.suffix() for p in english_window.findChildren(AssumptionsPanel) for spin in p.spins.values()}
    assert suffixes == {"%"}


def test_swedish_percent_spin_boxes_write_12_5_space_percent(swedish_window):
    suffixes = {spin.suffix() for p in swedish_window.findChildren(AssumptionsPanel) for spin in p.spins.values()}
    assert suffixes == {"\u00a0%"}
