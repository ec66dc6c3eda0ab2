"""Turn values from widgets, the CLI or imports into the types the model stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    StructureType,
    UnitCategory,
    UnitForm,
)


def _optional_number(kind: type) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None or value == "":
            return None
        number = kind(value)
        if number < 0:
            raise ValueError("must not be negative")
        return number

    return convert


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


UNIT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _non_empty(str(v)),
    "category": UnitCategory,
    "form": UnitForm,
    "authorities": lambda v: frozenset(Authority(a) for a in v),
    "decisions": lambda v: tuple(str(d) for d in v),
    "budget_sek": _optional_number(float),
    "staff_fte": _optional_number(float),
    "listed_patients": _optional_number(int),
    "notes": str,
}

FUNCTION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _non_empty(str(v)),
    "category": FunctionCategory,
    "vardval": bool,
    "description": str,
}

DECISION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": lambda v: _non_empty(str(v)),
    "valid_from": _date,
    "valid_until": _date,
    "description": str,
}

SCENARIO_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _non_empty(str(v)),
    "description": str,
    "effective_date": _date,
    "structure": StructureType,
    "economy": lambda v: v,
}

PROJECT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _non_empty(str(v)),
    "organisation": str,
    "reference": str,
    "description": str,
    "created": _date,
    "modified": _date,
}


def _non_empty(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def coerce(table: dict[str, Callable[[Any], Any]], owner: str, field: str, value: Any) -> Any:
    if field not in table:
        raise CommandError(f"{owner} has no editable field '{field}'")
    try:
        return table[field](value)
    except (TypeError, ValueError) as exc:
        raise CommandError(f"{owner}.{field}: invalid value {value!r} ({exc})") from exc
