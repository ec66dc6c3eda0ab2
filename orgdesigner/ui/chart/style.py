"""Colours, pens and labels of the chart: one place, shared by cards, legend and the overview."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from orgdesigner.model.enums import UnitCategory, UnitForm
from orgdesigner.ui import colours
from orgdesigner.ui.i18n import plural

CATEGORY_COLOURS: dict[UnitCategory, str] = {
    UnitCategory.GOVERNANCE: "#4a5a7a",
    UnitCategory.PURCHASER: "#c77c0e",
    UnitCategory.OWN_PROVIDER: "#2e8b57",
    UnitCategory.PRIVATE_PROVIDER: "#7d5ba6",
    UnitCategory.MEDICAL_SERVICE: "#1f7f99",
    UnitCategory.SUPPORT: "#7a7a7a",
    UnitCategory.UNKNOWN: "#b0413e",  # stands out: the planner has yet to say what it is
}

SELECTION_COLOUR = "#1e66f5"
DROP_TARGET_COLOUR = "#e0a000"
CONNECTOR_COLOUR = "#8c96a3"
FINDING_COLOUR = "#d1342f"
WARNING_COLOUR = "#a86400"  # badges carry a white count: ≥ 4.5:1 on each (test_contrast.py)
INFO_COLOUR = "#4a6aa8"
# the badge's shape tells the worst severity without its colour: ● error, ◆ warning, ■ info
BADGE_SHAPES = {FINDING_COLOUR: "circle", WARNING_COLOUR: "diamond", INFO_COLOUR: "square"}

LIGHT, DARK = colours.LIGHT, colours.DARK
# Per scheme: the chart's background, card text, secondary text, connectors, and how far a card's
# fill is mixed from its category colour toward the background (text contrast ≥ 4.5:1 either way).
SCHEMES: dict[str, dict[str, str | float]] = {
    LIGHT: {"background": colours.SCHEMES[LIGHT]["chart"], "text": "#111111", "secondary": "#333333", "connector": CONNECTOR_COLOUR,
            "fold": SELECTION_COLOUR, "mix_base": "#ffffff", "mix": 0.84},
    DARK: {"background": colours.SCHEMES[DARK]["chart"], "text": "#f3f3f3", "secondary": "#d6d6d6", "connector": "#7f8996",
           "fold": "#8fb4ff", "mix_base": "#1b1e23", "mix": 0.72},
}
_scheme = LIGHT


def scheme() -> str:
    return _scheme


def set_scheme(name: str) -> None:
    """Switch the chart's colours (the scene restyles its cards; see ChartScene.restyle)."""
    global _scheme
    _scheme = DARK if name == DARK else LIGHT
    colours.set_scheme(_scheme)  # the widgets' colours follow


@contextmanager
def using(name: str) -> Iterator[None]:
    """Build something in a given scheme, e.g. exports, which are always light (paper)."""
    before = _scheme
    set_scheme(name)
    try:
        yield
    finally:
        set_scheme(before)


def colour(role: str) -> QColor:
    """A colour of the current scheme: background, text, secondary, connector, fold."""
    return QColor(str(SCHEMES[_scheme][role]))


def card_fill(category: UnitCategory, name: str | None = None) -> QColor:
    """The category colour mixed toward the scheme's background: a tint on light, a shade on dark."""
    spec = SCHEMES[name or _scheme]
    base, toward, t = QColor(CATEGORY_COLOURS[category]), QColor(str(spec["mix_base"])), float(spec["mix"])
    return QColor(
        int(base.red() + (toward.red() - base.red()) * t),
        int(base.green() + (toward.green() - base.green()) * t),
        int(base.blue() + (toward.blue() - base.blue()) * t),
    )


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:  # lupdate files bare tr() under the empty context (see i18n.py)
    return QCoreApplication.translate("Chart", text, disambiguation, n)


def folded_count(count: int) -> str:
    """A folded card's count: '+12 enheter', '+3 834 enheter' (the language's digit grouping)."""
    return "+" + plural(tr("%Ln unit(s)", "", count), count)


def folded_text(count: int) -> str:
    """What a folded card's tooltip says is inside it."""
    return plural(tr("%Ln unit(s) folded into this card", "", count), count)


def fold_hint(folded: bool) -> str:
    """The +/− handle's tooltip."""
    return tr("Show the units below (+)") if folded else tr("Fold the units below into this card (−)")


def category_label(category: UnitCategory) -> str:
    return {
        UnitCategory.GOVERNANCE: tr("Governance"),
        UnitCategory.PURCHASER: tr("Purchaser (beställarenhet)"),
        UnitCategory.OWN_PROVIDER: tr("Own provider (egenregi)"),
        UnitCategory.PRIVATE_PROVIDER: tr("Private provider"),
        UnitCategory.MEDICAL_SERVICE: tr("Medical service"),
        UnitCategory.SUPPORT: tr("Support"),
        UnitCategory.UNKNOWN: tr("Unknown category"),
    }[category]


def form_label(form: UnitForm) -> str:
    return {
        UnitForm.LINE: tr("Line unit"),
        UnitForm.RESULT: tr("Result unit"),
        UnitForm.INTRAPRENAD: "Intraprenad",  # a label, as "Resultatenhet" beside it; the same word in English
        UnitForm.GROUP_MANAGEMENT: tr("Group management"),
    }[form]


def fill_brush(category: UnitCategory) -> QBrush:
    return _fill_brush(category, _scheme)


@cache
def _fill_brush(category: UnitCategory, name: str) -> QBrush:
    return QBrush(card_fill(category, name))


def border_pen(category: UnitCategory) -> QPen:
    return _border_pen(category, _scheme)


@cache
def _border_pen(category: UnitCategory, name: str) -> QPen:
    base = QColor(CATEGORY_COLOURS[category])
    pen = QPen(base.lighter(150) if name == DARK else base, 1.6)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def selection_pen() -> QPen:
    pen = QPen(QColor(SELECTION_COLOUR), 3.2)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


@cache
def drop_target_pen() -> QPen:
    return QPen(QColor(DROP_TARGET_COLOUR), 4.0, Qt.PenStyle.DashLine)


def connector_pen() -> QPen:
    return _connector_pen(_scheme)


@cache
def _connector_pen(name: str) -> QPen:
    pen = QPen(QColor(str(SCHEMES[name]["connector"])), 1.4)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@cache
def name_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    font.setWeight(QFont.Weight.DemiBold)
    return font


@cache
def small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(7.5)
    return font


def relative_luminance(c: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    def channel(v: int) -> float:
        x = v / 255.0
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); AA asks 4.5 for normal text."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
