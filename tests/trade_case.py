"""A small hand-checkable internal-trade case shared by the trade tests."""

from __future__ import annotations

from orgdesigner.model import Authority, Project, Unit, UnitCategory
from orgdesigner.model.trade import Flow, PricingModel, Service, ServiceKind
from tests.conftest import small_project


def trade_project() -> Project:
    """small_project() plus a lab, a private provider, one lab service and two flows.

    Blood count: unit cost 40 SEK, styckpris 42 SEK; Brunflo buys 1,000 a year, Frösö 500.
    Both hälsocentraler have budget authority, so the case raises no finding.
    """
    project = small_project()
    s = project.scenarios["now"]
    s.units["lab"] = Unit("lab", "Laboratoriemedicin", UnitCategory.MEDICAL_SERVICE, parent_id="rs")
    s.units["priv"] = Unit("priv", "Privat hälsocentral AB", UnitCategory.PRIVATE_PROVIDER, parent_id="best")
    for uid in ("hc1", "hc2"):
        s.units[uid].authorities = frozenset({Authority.BUDGET})
    s.structure_changed()
    s.trade.services["blod"] = Service(
        "blod", "Blodstatus", "lab", ServiceKind.LAB, unit_cost_sek=40.0,
        pricing=PricingModel.STYCKPRIS, price_sek=42.0,
    )
    s.trade.flows[("hc1", "blod")] = Flow("hc1", "blod", 1000.0)
    s.trade.flows[("hc2", "blod")] = Flow("hc2", "blod", 500.0)
    return project
