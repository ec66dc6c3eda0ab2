"""Turn values from widgets, the CLI or imports into the types the model stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from orgdesigner.model import limits
from orgdesigner.model.case import CaseInfo
from orgdesigner.model.commands._lines import check_line
from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    StructureType,
    UnitCategory,
    UnitForm,
)


def _amount(maximum: float) -> Callable[[Any], float | None]:
    def convert(value: Any) -> float | None:
        return None if value is None or value == "" else limits.check_amount(float(value), maximum)

    return convert


def _count(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = float(value) if any(c in value for c in ".eE") else int(value)
    return limits.check_count(value)


def _name(value: Any) -> str:
    return limits.check_name(str(value))


def _text(value: Any) -> str:
    return limits.check_text(str(value))


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _case(value: Any) -> CaseInfo:
    if not isinstance(value, CaseInfo):
        raise TypeError("the case must be a CaseInfo")
    for text in value.texts():
        limits.check_text(text)
    return value


def _lines(value: Any) -> tuple[DottedLine, ...]:
    lines = tuple(check_line(line) for line in value)
    if len({line.target_id for line in lines}) != len(lines):
        raise ValueError("two dotted lines to the same unit")
    return lines


UNIT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": _name,
    "category": UnitCategory,
    "form": UnitForm,
    "authorities": lambda v: frozenset(Authority(a) for a in v),
    "decisions": lambda v: tuple(limits.check_id(str(d)) for d in v),
    "budget_sek": _amount(limits.AMOUNT_MAX),
    "staff_fte": _amount(limits.FTE_MAX),
    "listed_patients": _count,
    "notes": _text,
    "dotted_lines": _lines,
}

FUNCTION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": _name,
    "category": FunctionCategory,
    "vardval": bool,
    "description": _text,
}

DECISION_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": _name,
    "valid_from": _date,
    "valid_until": _date,
    "description": _text,
}

SCENARIO_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": _name,
    "description": _text,
    "effective_date": _date,
    "structure": StructureType,
    "economy": lambda v: v,
    "proposal": _text,
}

PROJECT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": _name,
    "organisation": _text,
    "reference": _text,
    "description": _text,
    "created": _date,
    "modified": _date,
    "case": _case,
}


def coerce(table: dict[str, Callable[[Any], Any]], owner: str, field: str, value: Any) -> Any:
    if field not in table:
        raise CommandError(f"{owner} has no editable field '{field}'")
    try:
        return table[field](value)
    except (TypeError, ValueError, OverflowError) as exc:
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "…"
        raise CommandError(f"{owner}.{field}: invalid value {shown} ({exc})") from exc


def validate(table: dict[str, Callable[[Any], Any]], owner: str, entity: object, ident: str) -> None:
    """Check a whole entity that arrives in one piece (added, pasted, imported, made by a
    template) with the same rules an edit of each field meets, and its id with the file's rule."""
    validate_id(owner, ident)
    for field in table:
        if hasattr(entity, field):
            coerce(table, owner, field, getattr(entity, field))


def validate_scenario(scenario: Any) -> None:
    """A scenario with its units, the ids its roles name, and its economic rules' limits."""
    validate(SCENARIO_FIELDS, "scenario", scenario, scenario.id)
    for unit in scenario.units.values():
        validate(UNIT_FIELDS, "unit", unit, unit.id)
    for unit_id, function_id, _ in scenario.assignments:
        for ident in (unit_id, function_id):
            validate_id("role", ident)


def validate_id(owner: str, ident: str) -> None:
    try:
        limits.check_id(ident)
    except ValueError as exc:
        raise CommandError(f"{owner}.id: invalid value {ident[:57]!r} ({exc})") from exc
