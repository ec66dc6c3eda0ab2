"""Values JSON cannot carry, found before a save: NaN and infinity, which orjson would write as
null (an optional number then silently reads back empty, so the loader cannot catch it), and
whole numbers beyond 64 bits in conflict records, which JSON readers refuse."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from orgdesigner.io.errors import Problem
from orgdesigner.model.fields import UNIT_FIELDS

if TYPE_CHECKING:
    from orgdesigner.model.entities import Project

_INT_MAX = 2**63 - 1
_SERVICE_AMOUNTS = ("unit_cost_sek", "price_sek", "fixed_charge_sek", "mixed_price_sek", "private_price_sek")
_UNIT_NUMBERS = tuple(f.name for f in UNIT_FIELDS if f.limit is not None and f.limit.kind != "text")
_ASSUMPTIONS = ("response_free", "response_per_item", "response_fixed", "response_mixed", "pna_share",
                "feedback_effect", "mixed_variable_share")


def _bad_number(value: object) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    return isinstance(value, int) and not isinstance(value, bool) and not -_INT_MAX - 1 <= value <= _INT_MAX


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
        for ui, unit in enumerate(scenario.units.values()):
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
