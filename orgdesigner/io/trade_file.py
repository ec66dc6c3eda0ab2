"""File shape and conversion of a scenario's internal trade (filled in by the trade issue)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from orgdesigner.model.trade import InternalTrade


class TradeModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def trade_to_json(trade: InternalTrade) -> dict[str, Any]:
    return {}


def trade_from_model(model: TradeModel) -> InternalTrade:
    return InternalTrade()
