"""Contrast (EN 301 549 / WCAG 2.1 AA, 1.4.3 and 1.4.11): every colour pair of both schemes is
computed, and the window really shows the table's colours.

Text needs 4.5:1 against what it is drawn on; graphics a reader needs (bars, marks, outlines)
and the keyboard focus mark need 3:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from orgdesigner.model.enums import Role
from orgdesigner.ui import colours
from orgdesigner.ui.chart import style
from orgdesigner.ui.colour_scheme import DARK, LIGHT
from orgdesigner.ui.matrix.roles import COLOURS as ROLE_COLOURS
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window

SCHEMES = [LIGHT, DARK]


def ratio(a: str | QColor, b: str | QColor) -> float:
    return style.contrast_ratio(QColor(a), QColor(b))


def test_the_ratio_is_wcags():
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_pair_of_the_scheme_contrasts_enough(scheme):
    table = colours.SCHEMES[scheme]
    failing = [f"{fg} {table[fg]} on {bg} {table[bg]}: {ratio(table[fg], table[bg]):.2f} < {least}"
               for fg, bg, least in colours.PAIRS if ratio(table[fg], table[bg]) < least]
    assert not failing, "\n".join(failing)


def test_both_schemes_name_the_same_roles_and_every_pair_names_known_roles():
    assert set(colours.SCHEMES[LIGHT]) == set(colours.SCHEMES[DARK])
    named = {role for fg, bg, _ in colours.PAIRS for role in (fg, bg)}
    assert named <= set(colours.SCHEMES[LIGHT])
    assert set(colours.SCHEMES[LIGHT]) - named == {"grid"}  # grid lines only decorate


def test_scheme_independent_fills_carry_their_text():
    """The matrix's role cells (a white or black letter) and the chart's finding badges (a white
    count) look the same in both schemes."""
    white, black = "#ffffff", "#000000"
    letters = {Role.ACCOUNTABLE: white, Role.PERFORMS: white, Role.CONSULTED: black, Role.INFORMED: black}
    for role, fill in ROLE_COLOURS.items():
        assert ratio(letters[role], fill) >= colours.TEXT, role
    for badge in (style.FINDING_COLOUR, style.WARNING_COLOUR, style.INFO_COLOUR):
        assert ratio(white, badge) >= colours.TEXT, badge


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_window_shows_the_tables_colours(qtbot, dialogs, settings, recovery_dir, scheme):
    """The palette in force is the table's, whatever the platform offered, and the widgets that
    draw the app's own colours take them from the scheme in force."""
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    try:
        window.colour_scheme.set_choice(scheme)
        table = colours.SCHEMES[scheme]
        palette = QApplication.palette()
        for name, role in colours.PALETTE_ROLES.items():
            assert palette.color(QPalette.ColorGroup.Active, role).name() == table[name], name
        views = window.responsibility_views
        assert table["hint_text"] in views.chooser.key.styleSheet()  # the chart's key (#555 before)
        model = views.matrix.model  # its row headers: light grey on white in dark mode before
        function = window.controller.project.functions[model._rows[0][0]]
        tint = model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole).color().name()
        assert tint == table[f"tint_{function.category.value}"]
        assert ratio(palette.color(QPalette.ColorRole.Text), tint) >= colours.TEXT
        split = views.findings.split_chart  # the Fynd chart: a white block in dark mode before
        split.resize(400, 200)
        split.show()
        image = split.bars.grab().toImage()
        assert image.pixelColor(2, 2).name() == table["base"]
    finally:
        window.colour_scheme.set_choice(LIGHT)
        window.close()
        style.set_scheme(LIGHT)
