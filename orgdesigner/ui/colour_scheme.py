"""Light or dark: follow the system (Qt's styleHints().colorScheme()) or force one (View menu).

The chart has its own colours (chart/style.py); this module decides which scheme is in force,
gives the widgets a matching palette when the platform does not, and restyles every chart.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu

from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene

if TYPE_CHECKING:
    from orgdesigner.ui.main_window import MainWindow

SETTING = "view/colour_scheme"
SYSTEM, LIGHT, DARK = "system", style.LIGHT, style.DARK
_OWN_PALETTE = "orgdesigner_dark_palette"  # application property: the palette is ours, not the platform's


def dark_palette() -> QPalette:
    """A dark palette for platforms that do not supply one when dark is forced."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, "#2b2e33"), (roles.WindowText, "#f0f0f0"), (roles.Base, "#1f2226"),
        (roles.AlternateBase, "#272a2f"), (roles.Text, "#f0f0f0"), (roles.Button, "#33373c"),
        (roles.ButtonText, "#f0f0f0"), (roles.Highlight, "#2f6fd6"), (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2b2e33"), (roles.ToolTipText, "#f0f0f0"), (roles.PlaceholderText, "#a8a8a8"),
        (roles.Link, "#8fb4ff"), (roles.BrightText, "#ffffff"), (roles.Light, "#4a4e55"),
        (roles.Midlight, "#3c4046"), (roles.Mid, "#2a2d31"), (roles.Dark, "#141619"), (roles.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(value))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return p


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


class ColourScheme(QObject):
    """The View → Colour scheme choice, saved in the settings and applied to the whole window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        value = window.settings.value(SETTING, SYSTEM)
        self.choice = value if value in (SYSTEM, LIGHT, DARK) else SYSTEM
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.apply())

    def effective(self) -> str:
        return system_scheme() if self.choice == SYSTEM else self.choice

    def set_choice(self, choice: str) -> None:
        self.choice = choice
        self.window.settings.setValue(SETTING, choice)
        self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        hints = QGuiApplication.styleHints()
        if self.choice == SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if self.choice == DARK else Qt.ColorScheme.Light)
        scheme = self.effective()
        if isinstance(app, QApplication):
            ours = bool(app.property(_OWN_PALETTE))  # set by an earlier window, maybe
            platform_dark = app.palette().window().color().lightness() < 128
            if scheme == DARK and not platform_dark:
                app.setPalette(dark_palette())  # the platform ignored the request: supply one
                app.setProperty(_OWN_PALETTE, True)
            elif scheme == LIGHT and ours:
                app.setPalette(app.style().standardPalette())
                app.setProperty(_OWN_PALETTE, False)
        style.set_scheme(scheme)
        for view in self.window.findChildren(QGraphicsView):
            scene = view.scene()
            if isinstance(scene, ChartScene):
                view.setBackgroundBrush(style.colour("background"))
                scene.restyle()
                view.viewport().update()

    def build_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        for text, value in ((self.tr("Follow the &system"), SYSTEM), (self.tr("&Light"), LIGHT), (self.tr("&Dark"), DARK)):
            action = QAction(text, self.window)
            action.setCheckable(True)
            action.setChecked(value == self.choice)
            action.triggered.connect(partial(self.set_choice, value))
            group.addAction(action)
            menu.addAction(action)
