"""Difference in differences over buyers, with its uncertainty (pure Python, no numpy).

Each buyer contributes one number: the mean of its outcome (log volume per 1,000 listed) after an
event minus its mean before. The estimate is the mean change of the buyers the event touched
minus the mean change of the buyers it did not touch; what happened to everyone (a new analysis
everyone orders, population growth) cancels out. Its standard error comes from how much the
buyers' changes vary within each group (Welch), and the 95 % interval uses Student's t with
Welch–Satterthwaite degrees of freedom, which widens it honestly when there are few buyers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom; above 30 interpolated to 1.96
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
         2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
         2.045, 2.042)


def t_quantile(df: float) -> float:
    """The 97.5 % quantile of Student's t with `df` degrees of freedom (df ≥ 1)."""
    if df >= 30:
        return 1.96 + (2.042 - 1.96) * 30 / df  # close to the exact value beyond the table
    low = max(int(math.floor(df)), 1)
    high = min(low + 1, 30)
    frac = df - low
    return _T975[low - 1] + (_T975[high - 1] - _T975[low - 1]) * max(frac, 0.0)


@dataclass(frozen=True, slots=True)
class Estimate:
    """A change on the log scale with its 95 % interval; `relative` reads it as a share (0.1 = +10 %)."""

    log_effect: float
    se: float
    low: float  # log scale
    high: float
    n_treated: int
    n_control: int

    @property
    def relative(self) -> float:
        return math.exp(self.log_effect) - 1.0

    @property
    def relative_low(self) -> float:
        return math.exp(self.low) - 1.0

    @property
    def relative_high(self) -> float:
        return math.exp(self.high) - 1.0

    @property
    def direction(self) -> int:
        """+1 when the whole interval is above no change, −1 when below, 0 when it holds no change."""
        if self.low > 0:
            return 1
        if self.high < 0:
            return -1
        return 0


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs)


def _var(xs: Sequence[float]) -> float:
    m = _mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def did(treated: Sequence[float], control: Sequence[float]) -> Estimate:
    """The difference of mean changes; needs at least two buyers on each side."""
    if len(treated) < 2 or len(control) < 2:
        raise ValueError("difference in differences needs two buyers on each side")
    effect = _mean(treated) - _mean(control)
    a, b = _var(treated) / len(treated), _var(control) / len(control)
    se = math.sqrt(a + b)
    if se > 0:
        df = (a + b) ** 2 / ((a * a) / (len(treated) - 1) + (b * b) / (len(control) - 1))
        half = t_quantile(df) * se
    else:
        half = 0.0
    return Estimate(effect, se, effect - half, effect + half, len(treated), len(control))


def pooled(estimates: Sequence[Estimate]) -> Estimate:
    """Several estimates of one effect as one, each weighted by its precision (1/se²); equal
    weights when an estimate is exact. The interval combines theirs the same way."""
    if len(estimates) == 1:
        return estimates[0]
    if all(e.se > 0 for e in estimates):
        weights = [1 / e.se**2 for e in estimates]
    else:
        weights = [1.0] * len(estimates)
    total = sum(weights)
    effect = sum(w * e.log_effect for w, e in zip(weights, estimates, strict=True)) / total
    half = math.sqrt(sum((w / total) ** 2 * ((e.high - e.low) / 2) ** 2 for w, e in zip(weights, estimates, strict=True)))
    se = math.sqrt(sum((w / total) ** 2 * e.se**2 for w, e in zip(weights, estimates, strict=True)))
    return Estimate(effect, se, effect - half, effect + half, sum(e.n_treated for e in estimates),
                    sum(e.n_control for e in estimates))


def coefficient_of_variation(values: Sequence[float]) -> float | None:
    """Standard deviation over mean (the spread between buyers as a share of the typical level)."""
    if len(values) < 2:
        return None
    m = _mean(values)
    return math.sqrt(_var(values)) / m if m > 0 else None
