"""Internal trade of medical services (lab, radiology, PNA): services, flows and assumptions.

Services and flows are frozen values: commands swap whole values, so an undo can never see a
half-changed service. The arithmetic lives in `orgdesigner.analysis.trade`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PricingModel(StrEnum):
    """How a buyer pays for a medical service."""

    FRI_NYTTIGHET = "free"  # free at use, the supplier is funded centrally
    STYCKPRIS = "per_item"  # a price per analysis / examination
    FAST_AVGIFT = "fixed"  # a fixed yearly charge (or budget transfer), shared by planned volume
    BLANDAD = "mixed"  # a fixed yearly part plus a reduced price per item


class ServiceKind(StrEnum):
    LAB = "lab"  # clinical chemistry
    MICROBIOLOGY = "microbiology"
    XRAY = "xray"  # plain radiography
    CT = "ct"
    MRI = "mri"
    ULTRASOUND = "ultrasound"
    PNA = "pna"  # patientnära analys, point-of-care test
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Service:
    """A service a medical-service unit sells. Money in SEK per year or per item."""

    id: str
    name: str
    supplier_id: str  # the unit that produces the service
    kind: ServiceKind = ServiceKind.LAB
    unit_cost_sek: float | None = None  # full cost per item incl. overheads; None = not known
    pricing: PricingModel = PricingModel.STYCKPRIS
    price_sek: float | None = None  # per-item price (styckpris); also the anchor for what-ifs
    fixed_charge_sek: float | None = None  # yearly charge of fast avgift, or fixed part of blandad
    mixed_price_sek: float | None = None  # reduced per-item price under blandad
    private_price_sek: float | None = None  # per-item price for private providers, if different
    pna_alternative: str | None = None  # id of a PNA service that can replace it at the HC
    description: str = ""

    def needs_price(self) -> bool:
        """True when the service's own pricing model lacks a parameter it needs."""
        if self.pricing is PricingModel.STYCKPRIS:
            return self.price_sek is None
        if self.pricing is PricingModel.FAST_AVGIFT:
            return self.fixed_charge_sek is None
        if self.pricing is PricingModel.BLANDAD:
            return self.fixed_charge_sek is None or self.mixed_price_sek is None
        return False


@dataclass(frozen=True, slots=True)
class Flow:
    """A buyer unit's yearly baseline volume of one service (items per year)."""

    buyer_id: str
    service_id: str
    volume: float

    @property
    def key(self) -> FlowKey:
        return (self.buyer_id, self.service_id)


FlowKey = tuple[str, str]  # (buyer unit id, service id)


@dataclass(frozen=True, slots=True)
class TradeAssumptions:
    """A scenario's assumptions (antaganden): not facts, shown as such in the UI and exports.

    Baseline volumes are taken as measured under styckpris; each response is the relative change
    in volume when a buyer pays under that model (0.15 = 15 % more).
    """

    response_free: float = 0.15
    response_per_item: float = 0.0
    response_fixed: float = 0.10
    response_mixed: float = 0.05
    pna_share: float = 0.0  # share of PNA-replaceable analyses moved to PNA at the hälsocentral
    consultative_feedback: bool = False  # suppliers advise buyers on appropriate use
    feedback_effect: float = -0.05  # relative volume change when they do
    mixed_variable_share: float = 0.5  # blandad per-item price as a share of the full price, if not set
    note: str = ""

    def response(self, model: PricingModel) -> float:
        return {
            PricingModel.FRI_NYTTIGHET: self.response_free,
            PricingModel.STYCKPRIS: self.response_per_item,
            PricingModel.FAST_AVGIFT: self.response_fixed,
            PricingModel.BLANDAD: self.response_mixed,
        }[model]


@dataclass(slots=True)
class InternalTrade:
    """Services offered by medical-service units and the flows bought by other units."""

    services: dict[str, Service] = field(default_factory=dict)  # order = table order
    flows: dict[FlowKey, Flow] = field(default_factory=dict)  # order = table order
    assumptions: TradeAssumptions = field(default_factory=TradeAssumptions)

    def is_empty(self) -> bool:
        return not self.services and not self.flows and self.assumptions == TradeAssumptions()
