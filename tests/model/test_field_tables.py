"""One declared limit per field (issue 33, item 1): the file's structs and the tables every edit
checks (orgdesigner.model.fields) name the same limit for each field, so a value an edit accepts
is one a load accepts, and a limit changed in one place is changed for both."""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin, get_type_hints

import msgspec
import pytest

from orgdesigner.io.project import fast_file
from orgdesigner.model import fields, limits

#: entity -> its file struct, and the model attributes the file spells otherwise
STRUCTS: dict[str, tuple[type[msgspec.Struct], dict[str, str]]] = {
    "project": (fast_file.ProjectInfo, {}),
    "case": (fast_file.Case, {}),
    "signatory": (fast_file.Signatory, {}),
    "settings": (fast_file.Settings, {}),
    "function": (fast_file.FunctionEntry, {}),
    "decision": (fast_file.DecisionEntry, {}),
    "scenario": (fast_file.ScenarioEntry, {}),
    "unit": (fast_file.UnitEntry, {"parent_id": "parent"}),
    "dotted line": (fast_file.DottedLineEntry, {"target_id": "to"}),
    "economy": (fast_file.Economy, {}),
    "service": (fast_file.ServiceEntry, {"supplier_id": "supplier"}),
    "flow": (fast_file.FlowEntry, {"buyer_id": "buyer", "service_id": "service"}),
    "assumption": (fast_file.Assumptions, {}),
    "acknowledgement": (fast_file.Acknowledgement, {"scenario_id": "scenario", "finding_key": "finding"}),
    "volume record": (fast_file.VolumeEntry, {}),
    "history buyer": (fast_file.HistoryBuyer, {}),
    "event": (fast_file.TradeEventEntry, {}),
    "volume history": (fast_file.TradeHistoryEntry, {}),
}

_BOUNDS = ("min_length", "max_length", "ge", "le")


def _declared(annotation: Any) -> tuple[dict[str, Any], bool, bool]:
    """The constraints of a struct field's annotation, whether it may be null, whether a list."""
    optional = many = False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional, annotation = True, args[0]
    if get_origin(annotation) is list:
        many, annotation = True, get_args(annotation)[0]
    bounds: dict[str, Any] = {}
    if get_origin(annotation) is Annotated:
        for meta in get_args(annotation)[1:]:
            bounds |= {k: getattr(meta, k) for k in _BOUNDS if getattr(meta, k) is not None}
    return bounds, optional, many


def test_every_entity_has_a_table_and_a_struct() -> None:
    assert set(fields.TABLES) == set(STRUCTS)


@pytest.mark.parametrize("entity", list(STRUCTS))
def test_each_field_of_the_file_keeps_the_limit_its_table_declares(entity: str) -> None:
    struct, renamed = STRUCTS[entity]
    hints = get_type_hints(struct, include_extras=True)
    for name, limit in fields.TABLES[entity].items():
        bounds, optional, many = _declared(hints[renamed.get(name, name)])
        assert bounds == limit.bounds(), (entity, name)
        assert (optional, many) == (limit.optional, limit.many), (entity, name)


@pytest.mark.parametrize("entity", list(STRUCTS))
def test_every_limited_field_of_the_file_is_in_its_table(entity: str) -> None:
    """A struct field with constraints that no table lists would be checked at load only."""
    struct, renamed = STRUCTS[entity]
    spelled = {renamed.get(name, name) for name in fields.TABLES[entity]}
    hints = get_type_hints(struct, include_extras=True)
    limited = {name for name, hint in hints.items() if _declared(hint)[0]}
    assert limited <= spelled, limited - spelled


def test_every_reason_a_limit_gives_is_listed_for_translation() -> None:
    for table in fields.TABLES.values():
        for limit in table.values():
            assert set(limit.reasons()) <= set(limits.REASONS)
