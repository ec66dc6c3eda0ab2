"""File shape and conversion of a scenario's economic rules."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from orgdesigner.model import limits
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.enums import Authority, UnitForm

Share = Annotated[float, Field(ge=0, le=1)]


class EconomyModel(BaseModel):
    """Surplus/deficit handling, its governing decisions (ids in the decision register) and,
    optionally, the authorities each unit form implies when they differ from the defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    surplus_model: SurplusModel = SurplusModel.NONE
    surplus_share: Share = 0.0
    deficit_share: Share = 0.0
    cap_sek: Annotated[float, Field(ge=0, le=limits.AMOUNT_MAX, allow_inf_nan=False)] | None = None
    decisions: list[Annotated[str, Field(min_length=1, max_length=limits.ID_MAX)]] = []
    form_authorities: dict[UnitForm, list[Authority]] = {}


# The conversions live in economy_codec (no pydantic: reading a current file never imports it).
from orgdesigner.io.economy_codec import economy_from_model, economy_to_json  # noqa: E402

__all__ = ["EconomyModel", "economy_from_model", "economy_to_json"]
