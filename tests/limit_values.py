"""Hypothesis strategies for values at, inside and beyond a declared limit
(orgdesigner.model.limits.Limit): the edges of the range or length, one step past each, and what
a file cannot carry (infinity, NaN, 2**70, a lone surrogate), drawn from the declaration itself."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

from orgdesigner.model.limits import Limit

UNCARRIABLE_TEXT = ["\ud800", "Br\udfffnflo", "", " ", "  padded  ", "Åre hälsocentral \U0001F3E5", "a\u0000b"]


def _texts(limit: Limit) -> st.SearchStrategy[Any]:
    high, low = int(limit.high), int(limit.low)
    lengths = sorted({max(low - 1, 0), low, low + 1, high - 1, high, high + 1})
    edges = st.sampled_from(lengths).flatmap(lambda n: st.sampled_from(["x" * n, "å" * n, ("a " * n)[:n]]))
    return edges | st.sampled_from(UNCARRIABLE_TEXT) | st.text(max_size=12) | st.integers(-5, 5)


def _numbers(limit: Limit) -> st.SearchStrategy[Any]:
    low, high = limit.low, limit.high
    points: list[Any] = [low, high, (low + high) / 2, low - 1, high + 1, high * (1 + 1e-9) + 1e-9, -1e-9,
                         math.inf, -math.inf, math.nan, 2**70, -(2**70), "1e400", "12,5", "abc", True]
    if limit.kind == "whole":
        points += [int(low), int(high), int(high) + 1, 0.5, float(high)]
    inside = st.floats(min_value=low, max_value=high) if limit.kind == "number" else st.integers(int(low), int(high))
    return st.sampled_from(points) | inside | st.sampled_from([str(low), str(high), f"{high + 1}"])


def around(limit: Limit) -> st.SearchStrategy[Any]:
    """A value at, inside or beyond `limit` (or None, "" and lists, as the declaration allows)."""
    one = _texts(limit) if limit.kind == "text" else _numbers(limit)
    if limit.optional:
        one = one | st.sampled_from([None, ""])
    if limit.many:
        return st.lists(one, max_size=3) | st.just("not a list")
    return one | st.none()
