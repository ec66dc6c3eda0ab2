"""Colours, pens and labels of the chart: one place, shared by cards, legend and the overview."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from orgdesigner.model.enums import UnitCategory, UnitForm

CATEGORY_COLOURS: dict[UnitCategory, str] = {
    UnitCategory.GOVERNANCE: "#4a5a7a",
    UnitCategory.PURCHASER: "#c77c0e",
    UnitCategory.OWN_PROVIDER: "#2e8b57",
    UnitCategory.PRIVATE_PROVIDER: "#7d5ba6",
    UnitCategory.MEDICAL_SERVICE: "#1f7f99",
    UnitCategory.SUPPORT: "#7a7a7a",
}

SELECTION_COLOUR = "#1e66f5"
DROP_TARGET_COLOUR = "#e0a000"
CONNECTOR_COLOUR = "#8c96a3"
FINDING_COLOUR = "#d1342f"


def tr(text: str) -> str:  # lupdate files bare tr() under the empty context (see i18n.py)
    return QCoreApplication.translate("Chart", text)


def category_label(category: UnitCategory) -> str:
    return {
        UnitCategory.GOVERNANCE: tr("Governance"),
        UnitCategory.PURCHASER: tr("Purchaser (beställarenhet)"),
        UnitCategory.OWN_PROVIDER: tr("Own provider (egenregi)"),
        UnitCategory.PRIVATE_PROVIDER: tr("Private provider"),
        UnitCategory.MEDICAL_SERVICE: tr("Medical service"),
        UnitCategory.SUPPORT: tr("Support"),
    }[category]


def form_label(form: UnitForm) -> str:
    return {
        UnitForm.LINE: tr("Line unit"),
        UnitForm.RESULT: tr("Result unit"),
        UnitForm.INTRAPRENAD: "intraprenad",
        UnitForm.GROUP_MANAGEMENT: tr("Group management"),
    }[form]


@cache
def fill_brush(category: UnitCategory) -> QBrush:
    """A light tint of the category colour: text stays readable on it."""
    base = QColor(CATEGORY_COLOURS[category])
    white = 0.84
    return QBrush(QColor(
        int(base.red() + (255 - base.red()) * white),
        int(base.green() + (255 - base.green()) * white),
        int(base.blue() + (255 - base.blue()) * white),
    ))


@cache
def border_pen(category: UnitCategory) -> QPen:
    pen = QPen(QColor(CATEGORY_COLOURS[category]), 1.6)
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


@cache
def connector_pen() -> QPen:
    pen = QPen(QColor(CONNECTOR_COLOUR), 1.4)
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
