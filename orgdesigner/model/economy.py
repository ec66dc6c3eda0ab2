"""Economic rules of a scenario: surplus/deficit handling and the decision it rests on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SurplusModel(StrEnum):
    NONE = "none"  # results are not carried over
    CARRY_OVER = "carry_over"  # a share of surplus and deficit carried into next year, capped
    INTRAPRENAD_KEEPS = "intraprenad_keeps"  # intraprenader keep their surplus


@dataclass(slots=True)
class EconomicRules:
    surplus_model: SurplusModel = SurplusModel.NONE
    surplus_share: float = 0.0  # 0..1 of a surplus carried over
    deficit_share: float = 0.0  # 0..1 of a deficit carried over
    cap_sek: float | None = None
    decisions: tuple[str, ...] = ()  # governing decision ids, e.g. ("LS/42/2010",)
