"""The what-if calibrated by the history: which responses the history estimates, which stay assumed.

The assumptions (`TradeAssumptions`) give each pricing model's volume response relative to
styckpris and the effect of consultative feedback. A pricing change from one model to another
whose effect the history can estimate fixes the response of one model relative to the other:
(1 + response after) = (1 + response before) × (1 + effect). Feedback events estimate the
feedback effect directly (several are pooled by precision). Everything else stays as assumed.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from orgdesigner.analysis import trade
from orgdesigner.analysis._did import Estimate, pooled
from orgdesigner.analysis.trade_history import Evaluation
from orgdesigner.model.entities import Scenario
from orgdesigner.model.trade import InternalTrade, PricingModel, TradeAssumptions
from orgdesigner.model.trade_history import EventKind

RESPONSE_FIELD = {
    PricingModel.FRI_NYTTIGHET: "response_free",
    PricingModel.STYCKPRIS: "response_per_item",
    PricingModel.FAST_AVGIFT: "response_fixed",
    PricingModel.BLANDAD: "response_mixed",
}
CALIBRATED_FIELDS = (*RESPONSE_FIELD.values(), "feedback_effect")


@dataclass(frozen=True, slots=True)
class Calibrated:
    """One figure of the what-if: its value, and the estimate behind it (None: assumed)."""

    field: str
    value: float
    assumed: float
    estimate: Estimate | None = None
    low: float | None = None  # the value at the ends of the estimate's interval
    high: float | None = None
    events: tuple[str, ...] = ()  # the events it was estimated from

    @property
    def estimated(self) -> bool:
        return self.estimate is not None


@dataclass(frozen=True, slots=True)
class Calibration:
    assumptions: TradeAssumptions  # the scenario's, with what the history estimates put in
    figures: dict[str, Calibrated]

    @property
    def any_estimated(self) -> bool:
        return any(f.estimated for f in self.figures.values())


def calibrate(assumed: TradeAssumptions, evaluation: Evaluation) -> Calibration:
    figures = {f: Calibrated(f, getattr(assumed, f), getattr(assumed, f)) for f in CALIBRATED_FIELDS}
    values = {f: getattr(assumed, f) for f in CALIBRATED_FIELDS}
    for effect in evaluation.effects_of(EventKind.PRICING):
        e, event = effect.estimate, effect.event
        if e is None or event.pricing_from is None or event.pricing_to is None or event.pricing_from is event.pricing_to:
            continue
        before, after = RESPONSE_FIELD[event.pricing_from], RESPONSE_FIELD[event.pricing_to]
        if event.pricing_to is PricingModel.STYCKPRIS:  # styckpris is the anchor the responses are relative to
            target, anchor, sign = before, values[after], -1  # (1 + before) = (1 + after) / (1 + effect)
        else:
            target, anchor, sign = after, values[before], 1
        if figures[target].estimated:
            continue  # the first event that estimates a response keeps it

        def solve(log_effect: float, anchor: float = anchor, sign: int = sign) -> float:
            return (1 + anchor) * math.exp(sign * log_effect) - 1

        ends = sorted((solve(e.low), solve(e.high)))
        values[target] = solve(e.log_effect)
        figures[target] = Calibrated(target, values[target], getattr(assumed, target), e, ends[0], ends[1], (event.id,))
    feedback = [f for f in evaluation.effects_of(EventKind.FEEDBACK) if f.estimate is not None]
    if feedback:
        e = pooled([f.estimate for f in feedback if f.estimate is not None])
        values["feedback_effect"] = e.relative
        figures["feedback_effect"] = Calibrated("feedback_effect", e.relative, assumed.feedback_effect, e,
                                                e.relative_low, e.relative_high, tuple(f.event.id for f in feedback))
    bounded = {f: min(max(v, -1.0), 10.0) for f, v in values.items()}  # the limits every assumption has
    return Calibration(dataclasses.replace(assumed, **bounded), figures)


def calibrated_results(scenario: Scenario, calibration: Calibration) -> dict[str, trade.TradeResult]:
    """The scenario's trade under every pricing model with the calibrated assumptions."""
    t = scenario.trade
    copy = dataclasses.replace(scenario, trade=InternalTrade(t.services, t.flows, calibration.assumptions))
    return trade.compare(copy)
