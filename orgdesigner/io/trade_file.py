"""File shape and conversion of a scenario's internal trade (services, flows, assumptions)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from orgdesigner.model import limits
from orgdesigner.model.trade import (
    PricingModel,
    ServiceKind,
    TradeAssumptions,
)

_Id = Annotated[str, Field(min_length=1, max_length=limits.ID_MAX)]
_Name = Annotated[str, Field(min_length=1, max_length=limits.NAME_MAX)]
_Text = Annotated[str, Field(max_length=limits.TEXT_MAX)]
_Sek = Annotated[float, Field(ge=0, le=limits.AMOUNT_MAX, allow_inf_nan=False)]
_Volume = Annotated[float, Field(ge=0, le=1e12, allow_inf_nan=False)]
_Change = Annotated[float, Field(ge=-1, le=10)]
_Share = Annotated[float, Field(ge=0, le=1)]

_DEFAULTS = TradeAssumptions()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ServiceModel(_Strict):
    id: _Id
    name: _Name
    supplier: _Id
    kind: ServiceKind = ServiceKind.LAB
    unit_cost_sek: _Sek | None = None
    pricing: PricingModel = PricingModel.STYCKPRIS
    price_sek: _Sek | None = None
    fixed_charge_sek: _Sek | None = None
    mixed_price_sek: _Sek | None = None
    private_price_sek: _Sek | None = None
    pna_alternative: _Id | None = None
    description: _Text = ""


class FlowModel(_Strict):
    buyer: _Id
    service: _Id
    volume: _Volume


class AssumptionsModel(_Strict):
    """Assumptions (antaganden) of the scenario; see docs/internal-trade.md."""

    response_free: _Change = _DEFAULTS.response_free
    response_per_item: _Change = _DEFAULTS.response_per_item
    response_fixed: _Change = _DEFAULTS.response_fixed
    response_mixed: _Change = _DEFAULTS.response_mixed
    pna_share: _Share = _DEFAULTS.pna_share
    consultative_feedback: bool = _DEFAULTS.consultative_feedback
    feedback_effect: _Change = _DEFAULTS.feedback_effect
    mixed_variable_share: _Share = _DEFAULTS.mixed_variable_share
    note: _Text = ""


class TradeModel(_Strict):
    services: list[ServiceModel] = []
    flows: list[FlowModel] = []
    assumptions: AssumptionsModel = AssumptionsModel()


# The conversions live in trade_codec (no pydantic: reading a current file never imports it).
from orgdesigner.io.trade_codec import trade_from_model, trade_reference_problems, trade_to_json  # noqa: E402

__all__ = ["TradeModel", "trade_from_model", "trade_reference_problems", "trade_to_json"]
