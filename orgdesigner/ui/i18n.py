"""The interface language: Swedish by default, English on request (--lang en or the setting)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from orgdesigner.resources import resource_path

LANGUAGES = ("sv", "en")
SETTING = "ui/language"


def chosen_language(cli_lang: str | None, settings: QSettings) -> str:
    if cli_lang in LANGUAGES:
        return cli_lang
    saved = settings.value(SETTING, "sv")
    return saved if saved in LANGUAGES else "sv"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load resources/translations/orgdesigner_<lang>.qm when it exists (English needs none)."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English))
    if lang == "en":
        return None
    qm = resource_path("translations", f"orgdesigner_{lang}.qm")
    translator = QTranslator(app)
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None
