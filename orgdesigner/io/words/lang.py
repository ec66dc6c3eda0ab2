"""The one choice every text made outside Qt makes: Swedish, or English when asked for."""

from __future__ import annotations


def in_lang(lang: str, sv: str, en: str) -> str:
    """`en` when `lang` is "en", else `sv` (Swedish is the default language)."""
    return en if lang == "en" else sv
