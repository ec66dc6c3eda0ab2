"""Menus from the keyboard: within one menu (and in the menu bar) no two entries share an Alt
letter, so one key press always reaches the entry (a shared letter only cycles between them)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.test_accessible_dialogs import _window


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).casefold() if found else None


def _clashes(title: str, actions) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _letter(action.text())
        if letter is not None:
            if letter in seen:
                clashes.append(f"{title}: {seen[letter]!r} and {action.text()!r} share {letter!r}")
            seen[letter] = action.text()
        if action.menu() is not None:
            clashes += _clashes(action.text(), action.menu().actions())
    return clashes


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_two_menu_entries_share_an_alt_letter(qtbot, request, dialogs, settings, recovery_dir, lang):
    window = _window(qtbot, request, dialogs, settings, lang)
    bar = window.menuBar()
    clashes = _clashes("menu bar", bar.actions())
    assert all(isinstance(a.menu(), QMenu) for a in bar.actions())
    assert not clashes, "\n".join(clashes)
    window.close()
