"""The interface language: Swedish by default, English on request (--lang en or the setting)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from orgdesigner.resources import resource_path

LANGUAGES = ("sv", "en")
SETTING = "ui/language"


def ui_lang() -> str:
    """The UI language: the application's "lang" property ("sv" or "en"), Swedish by default."""
    app = QCoreApplication.instance()
    value = app.property("lang") if app is not None else None
    return "en" if value == "en" else "sv"


def translation_lang() -> str:
    """The language the installed translation speaks ("en" when none is installed): what a text
    worded outside Qt (a refusal, an import's reason) must agree with, the sentence tr() gives
    around it. The "lang" property (`ui_lang`) says what the window was started in."""
    return "en" if QCoreApplication.translate("CommandText", "Change %1") == "Change %1" else "sv"


def percent_suffix() -> str:
    """A spin box's percent sign as the UI language writes it: "12.5%" / "12,5 %"."""
    return "%" if ui_lang() == "en" else "\u00a0%"


def chosen_language(cli_lang: str | None, settings: QSettings) -> str:
    if cli_lang in LANGUAGES:
        return cli_lang
    saved = settings.value(SETTING, "sv")
    return saved if saved in LANGUAGES else "sv"


def _qt_class(context: str) -> bool:
    """QLineEdit, QPlatformTheme …: Qt's own texts are left to qtbase_<lang>.qm."""
    return len(context) > 1 and context[0] == "Q" and context[1].isupper()


_PLURAL = re.compile(r"(\w+)\(s\)")


def plural(translated: str, n: int) -> str:
    """Finish a numerus text: Swedish comes from the .qm with its own forms; the English source
    writes "%n unit(s)", which no translator finishes, so "7 error(s)" becomes "7 errors"."""
    return _PLURAL.sub(lambda m: m.group(1) + ("" if n == 1 else "s"), translated)


class FallbackTranslator(QTranslator):
    """Looks a text up in its own context, then in the empty one.

    lupdate files a bare `tr("…")` (module-level helpers such as compare.models.tr, or a
    `tr = self.tr` alias) under the empty context, while at run time the call carries the
    helper's or the calling class's context; the fallback joins the two.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text and context and not _qt_class(context):
            text = super().translate("", source, disambiguation, n)
        return text or None  # None = not found: Qt then tries the next translator


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load resources/translations/orgdesigner_<lang>.qm when it exists (English needs none).

    Qt's own qtbase_<lang>.qm comes too, so standard buttons (OK, Cancel, Yes, No) match.
    """
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English))
    # what ui_lang() reads: numbers, dates and counts the window formats itself (the trade tables,
    # undo steps' counts) follow it; unset, an English window wrote "1 876" and "12,5 %"
    app.setProperty("lang", lang)
    if lang == "en":
        return None
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    qm = resource_path("translations", f"orgdesigner_{lang}.qm")
    translator = FallbackTranslator(app)
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None
