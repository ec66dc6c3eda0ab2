"""Paint in the paper's language, whatever language the window speaks.

The chart's card texts (form names such as "Resultatenhet") come through Qt's translations, so a
Swedish paper exported from the command line (no translator installed) or an English paper from
a Swedish window would mix languages. While a paper is painted, a translator of the paper's
language is installed on top (Qt asks the most recently installed translator first).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from orgdesigner.resources import resource_path
from orgdesigner.ui.i18n import FallbackTranslator


class _English(QTranslator):
    """Answers every text with its English source, hiding a Swedish translator below it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return source


@contextmanager
def paper_language(lang: str) -> Iterator[None]:
    app = QCoreApplication.instance()
    translator: QTranslator | None = None
    if app is not None:
        if lang == "en":
            translator = _English()
        else:
            candidate = FallbackTranslator()
            qm = resource_path("translations", f"orgdesigner_{lang}.qm")
            if qm.is_file() and candidate.load(str(qm)):
                translator = candidate
        if translator is not None:
            app.installTranslator(translator)
    try:
        yield
    finally:
        if app is not None and translator is not None:
            app.removeTranslator(translator)
