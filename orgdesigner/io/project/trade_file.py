"""File shape and conversion of a scenario's internal trade (services, flows, assumptions).

The shape is `fast_file.Trade` (pydantic's `TradeModel` is generated from it in `file_models`);
the conversions live in trade_codec, which reading a current file uses without pydantic.
"""

from __future__ import annotations

from orgdesigner.io.project.fast_file import Trade
from orgdesigner.io.project.file_models import model_for
from orgdesigner.io.project.trade_codec import (
    trade_from_model,
    trade_reference_problems,
    trade_to_json,
)

TradeModel = model_for(Trade)

__all__ = ["TradeModel", "trade_from_model", "trade_reference_problems", "trade_to_json"]
