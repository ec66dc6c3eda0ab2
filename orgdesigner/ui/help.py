"""Help → User guide and Help → About: the Swedish guide shipped with the package, and who we are."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from orgdesigner import version
from orgdesigner.resources import resource_path
from orgdesigner.ui.a11y import describe, message_box, show_focus_at_once

GUIDE = ("guide", "anvandarguide.md")
LICENCE = "MIT"


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def about_text() -> str:
    """Version from the package metadata, the licence, and what it runs on."""
    import platform  # here: the window's start need not import it

    return tr(
        "<h3>orgdesigner %1</h3>"
        "<p>Design how a region organises its own primary care: units, responsibilities "
        "(development, ordering, delivery), scenarios and unclear responsibility.</p>"
        "<p>Licence: %2</p><p>Qt %3 · PySide6 %4 · Python %5</p>"
    ).replace("%1", version()).replace("%2", LICENCE).replace("%3", qVersion()).replace(
        "%4", PySide6.__version__).replace("%5", platform.python_version())


def show_about(parent: QWidget) -> None:
    about_box(parent).exec()


def about_box(parent: QWidget) -> QMessageBox:
    """Hjälp → Om orgdesigner: the version, the licence and the Qt and Python versions."""
    box = message_box(parent, QMessageBox.Icon.Information, tr("About orgdesigner"), about_text())
    if not parent.windowIcon().isNull():  # as QMessageBox.about shows the application's icon
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    return box




class GuideDialog(QDialog):
    """The user guide (Markdown with pictures) in a browser that follows its links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        self.resize(900, 760)
        show_focus_at_once(self)
        self.browser = QTextBrowser(self)
        describe(self.browser, tr("How to use orgdesigner, step by step through the example; Tab moves between links"),
                 tr("User guide"))

        self.browser.setOpenExternalLinks(True)
        guide = resource_path(*GUIDE)
        self.browser.setSearchPaths([str(guide.parent)])  # the pictures lie beside the text
        self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)


def show_guide(parent: QWidget) -> GuideDialog:
    dialog = GuideDialog(parent)
    dialog.setModal(False)
    dialog.show()
    return dialog
