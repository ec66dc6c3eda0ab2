"""Values JSON cannot carry, found before a save: NaN and infinity, which orjson would write as
null (an optional number then silently reads back empty, so the loader cannot catch it), and
whole numbers beyond 64 bits in conflict records, which JSON readers refuse."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from orgdesigner.io.errors import Problem
from orgdesigner.model.fields import UNIT_FIELDS

if TYPE_CHECKING:
    from orgdesigner.model.entities import Project

_INT_MAX = 2**63 - 1
_SERVICE_AMOUNTS = ("unit_cost_sek", "price_sek", "fixed_charge_sek", "mixed_price_sek", "private_price_sek")
_UNIT_NUMBERS = tuple(f.name for f in UNIT_FIELDS if f.limit is not None and f.limit.kind != "text")
_figures = attrgetter(*_UNIT_NUMBERS)
#: a unit's figures as a tuple (attrgetter of a single name gives the bare value)
_UNIT_FIGURES: Callable[[Any], Any] = _figures if len(_UNIT_NUMBERS) > 1 else lambda unit: (_figures(unit),)
_ASSUMPTIONS = ("response_free", "response_per_item", "response_fixed", "response_mixed", "pna_share",
                "feedback_effect", "mixed_variable_share")


def _bad_number(value: object) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    return isinstance(value, int) and not isinstance(value, bool) and not -_INT_MAX - 1 <= value <= _INT_MAX


def all_writable(numbers: Iterable[float | None]) -> bool:
    """True when none of `numbers` (None skipped) can be one `_bad_number` refuses, asked with C-level
    calls (a save checks some 30,000 unit figures at 10,000 units). False does not mean one is bad:
    a large but finite float, or a sum that overflows, sends the caller to the exact check."""
    present = [n for n in numbers if n is not None]
    if not present:
        return True
    try:
        if not math.isfinite(math.fsum(present)):  # NaN or an infinity anywhere makes the sum so
            return False
    except (OverflowError, ValueError, TypeError):  # ValueError: inf + -inf
        return False
    return min(present) >= -_INT_MAX - 1 and max(present) <= _INT_MAX


def _walk(value: object, where: str, depth: int = 0) -> Iterator[str]:
    """The places inside a conflict's JSON value that cannot be written."""
    if depth > 100 or _bad_number(value):
        yield where
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{where}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{where}.{key}", depth + 1)


def unwritable_values(project: Project) -> list[Problem]:
    """Each place (as a JSON path of the saved file) holding a number the file cannot carry."""
    reason = "a number the file cannot store (not finite, or beyond 64 bits)"
    places: list[str] = []
    for si, scenario in enumerate(project.scenarios.values()):
        here = f"$.scenarios[{si}]"
        units = scenario.units.values()
        if not all_writable(chain.from_iterable(map(_UNIT_FIGURES, units))):
            for ui, unit in enumerate(units):
                places += [f"{here}.units[{ui}].{name}" for name in _UNIT_NUMBERS if _bad_number(getattr(unit, name))]
        economy = scenario.economy
        places += [f"{here}.economy.{name}" for name in ("surplus_share", "deficit_share", "cap_sek")
                   if _bad_number(getattr(economy, name))]
        trade = scenario.trade
        for i, service in enumerate(trade.services.values()):
            places += [f"{here}.trade.services[{i}].{name}" for name in _SERVICE_AMOUNTS
                       if _bad_number(getattr(service, name))]
        places += [f"{here}.trade.flows[{i}].volume" for i, flow in enumerate(trade.flows.values())
                   if _bad_number(flow.volume)]
        places += [f"{here}.trade.assumptions.{name}" for name in _ASSUMPTIONS
                   if _bad_number(getattr(trade.assumptions, name))]
    for ci, conflict in enumerate(project.conflicts):
        for side in ("base", "ours", "theirs"):
            places += _walk(getattr(conflict, side), f"$.conflicts[{ci}].{side}")
    return [Problem(place, reason) for place in places]
