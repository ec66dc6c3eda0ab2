"""Light or dark: follow the system (Qt's styleHints().colorScheme()) or force one (View menu).

The chart has its own colours (chart/style.py); this module decides which scheme is in force,
gives the widgets that scheme's palette (colours.py), and restyles every chart.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QWidget

from orgdesigner.ui import colours
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene

SETTING = "view/colour_scheme"
SYSTEM, LIGHT, DARK = "system", style.LIGHT, style.DARK


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
    """The View → Colour scheme choice, saved in `settings` and applied to the application and
    to every chart under `root` (the window)."""

    def __init__(self, settings: QSettings, root: QWidget) -> None:
        super().__init__(root)
        self.settings, self.root = settings, root
        value = settings.value(SETTING, SYSTEM)
        self.choice = value if value in (SYSTEM, LIGHT, DARK) else SYSTEM
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.apply())

    def effective(self) -> str:
        return system_scheme() if self.choice == SYSTEM else self.choice

    def set_choice(self, choice: str) -> None:
        self.choice = choice
        self.settings.setValue(SETTING, choice)
        self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        hints = QGuiApplication.styleHints()
        if self.choice == SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if self.choice == DARK else Qt.ColorScheme.Light)
        scheme = self.effective()
        style.set_scheme(scheme)  # first: widgets repainting on the palette change read this scheme
        if isinstance(app, QApplication):
            # one palette per scheme (colours.py), whatever the platform offers: every pair is tested
            base = dark_palette() if scheme == DARK else app.style().standardPalette()
            app.setPalette(colours.palette(scheme, base))
        colours.restyle()
        for view in self.root.findChildren(QGraphicsView):
            scene = view.scene()
            if isinstance(scene, ChartScene):
                view.setBackgroundBrush(style.colour("background"))
                scene.restyle()
                view.viewport().update()

    def build_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        for text, value in ((self.tr("Follow the &system"), SYSTEM), (self.tr("&Light"), LIGHT), (self.tr("&Dark"), DARK)):
            action = QAction(text, self.root)
            action.setCheckable(True)
            action.setChecked(value == self.choice)
            action.triggered.connect(partial(self.set_choice, value))
            group.addAction(action)
            menu.addAction(action)
