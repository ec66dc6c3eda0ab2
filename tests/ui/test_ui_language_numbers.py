"""The language chosen at start (--lang, the setting) reaches the numbers the window formats
itself: an English window writes 1,876 and 12.5%, a Swedish one 1 876 and 12,5 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator

from orgdesigner.io.words.numbers import NBSP
from orgdesigner.ui.i18n import install_translator, ui_lang
from orgdesigner.ui.trade.models import fmt_number


@pytest.fixture
def restore_translators(qapp) -> Iterator[None]:
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    yield
    for added in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(added)
        added.deleteLater()
    QLocale.setDefault(locale)


def test_english_chosen_at_start_formats_english_numbers(qapp, restore_translators):
    qapp.setProperty("lang", None)
    install_translator(qapp, "en")
    assert ui_lang() == "en"
    assert fmt_number(1876, 0) == "1,876" and fmt_number(12.5, 1) == "12.5"


def test_swedish_chosen_at_start_formats_swedish_numbers(qapp, restore_translators):
    qapp.setProperty("lang", "en")  # whatever a previous window left
    install_translator(qapp, "sv")
    assert ui_lang() == "sv"
    assert fmt_number(1876, 0) == f"1{NBSP}876" and fmt_number(12.5, 1) == "12,5"
