"""Turn values from widgets, the CLI or imports into the types the model stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from orgdesigner.model import fields, limits
from orgdesigner.model.case import CaseInfo
from orgdesigner.model.commands._lines import check_line
from orgdesigner.model.commands.base import CommandError, InvalidValue
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.economy import EconomicRules, SurplusModel
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.paper import PaperInfo


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _case(value: Any) -> CaseInfo:
    if not isinstance(value, CaseInfo):
        raise TypeError("the case must be a CaseInfo")
    check_case(value)
    return value


def check_case(case: CaseInfo) -> None:
    """The case's texts, receivers and signatories, each against its declared limit."""
    fields.check(fields.CASE, "case", case)
    for signatory in case.signatories:
        fields.check(fields.SIGNATORY, "signatory", signatory)


def check_economy(value: Any) -> EconomicRules:
    """Economic rules within their limits (shares 0..1, a finite cap); the decisions they name
    must also be in the register, which the commands check against the project."""
    if not isinstance(value, EconomicRules):
        raise TypeError("the economic rules must be EconomicRules")
    SurplusModel(value.surplus_model)
    fields.check(fields.ECONOMY, "economy", value)
    for form, authorities in value.form_authorities.items():
        UnitForm(form)
        for authority in authorities:
            Authority(authority)
    return value


def _editable(table: dict[str, limits.Limit]) -> dict[str, Callable[[Any], Any]]:
    """A field table without what no field edit may change (ids name the entity; a unit's parent
    is changed by MoveUnit)."""
    return {name: limit for name, limit in table.items() if name not in {"id", "parent_id"}}


def _paper(value: Any) -> PaperInfo:
    if not isinstance(value, PaperInfo):
        raise TypeError("the paper must be a PaperInfo")
    fields.check(fields.PAPER, "paper", value)
    for entry in value.plan:
        fields.check(fields.PLAN_ENTRY, "plan step", entry)
    return value


def _lines(value: Any) -> tuple[DottedLine, ...]:
    lines = tuple(check_line(line) for line in value)
    if len({line.target_id for line in lines}) != len(lines):
        raise ValueError("two dotted lines to the same unit")
    return lines


UNIT_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.UNIT),
    "category": UnitCategory,
    "form": UnitForm,
    "authorities": lambda v: frozenset(Authority(a) for a in v),
    "dotted_lines": _lines,
}

FUNCTION_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.FUNCTION),
    "category": FunctionCategory,
    "vardval": bool,
}

DECISION_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.DECISION),
    "valid_from": _date,
    "valid_until": _date,
}

SCENARIO_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.SCENARIO),
    "effective_date": _date,
    "structure": StructureType,
    "economy": check_economy,
    "paper": _paper,
}

PROJECT_FIELDS: dict[str, Callable[[Any], Any]] = {
    **_editable(fields.PROJECT),
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
        raise InvalidValue(owner, field, shown, str(exc)) from exc


def validate(table: dict[str, Callable[[Any], Any]], owner: str, entity: object, ident: str) -> None:
    """Check a whole entity that arrives in one piece (added, pasted, imported, made by a
    template) with the same rules an edit of each field meets, and its id with the file's rule."""
    validate_id(owner, ident)
    for field, check in table.items():
        if hasattr(entity, field):
            value = getattr(entity, field)
            if isinstance(check, limits.Limit):  # a declared limit: the value as held, not as typed
                try:
                    check.held(value)
                except limits.LimitError as exc:
                    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "…"
                    raise InvalidValue(owner, field, shown, str(exc)) from None
            else:
                coerce(table, owner, field, value)


def validate_scenario(scenario: Any) -> None:
    """A scenario with its units, the ids its roles name, and its economic rules' limits."""
    validate(SCENARIO_FIELDS, "scenario", scenario, scenario.id)
    for unit in scenario.units.values():
        validate(UNIT_FIELDS, "unit", unit, unit.id)
    for unit_id, function_id, _ in scenario.assignments:
        for ident in (unit_id, function_id):
            validate_id("role", ident)


def check_decisions_known(project: Any, ids: tuple[str, ...], owner: str, name: str) -> None:
    """Decision ids must be in the project's register (the file refuses any other); `owner` is
    the kind of thing that names them (a `refusals.THINGS` key), `name` which one."""
    for ident in ids:
        if ident not in project.decisions:
            raise CommandError(Refusal.UNKNOWN_REFERENCE, owner=owner, name=name, thing="decision", id=ident)


def validate_id(owner: str, ident: str) -> None:
    try:
        limits.ID.held(ident)
    except ValueError as exc:
        raise InvalidValue(owner, "id", repr(str(ident)[:57]), str(exc)) from exc
