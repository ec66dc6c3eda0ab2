"""A unit ⇄ the file's JSON, field by field from the unit's table (model.fields.UNIT_FIELDS).

The writer, the reader and the merge flattener (which reads the file's structs without building
the project) take every field from the table, so a field added there is saved, loaded, diffed
and merged with no change here. Only a field's role and the model's types decide how its value
is carried: sets are written sorted, tuples as lists, dotted lines as their own records.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields as dataclass_fields
from operator import attrgetter
from typing import Any

from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Unit
from orgdesigner.model.fields import UNIT_FIELDS, Field

_id = sys.intern  # see codec: ids are interned so the maps keyed by them share one string

_DEFAULTS = {f.name: f.default for f in dataclass_fields(Unit)}
_SETS = frozenset(name for name, default in _DEFAULTS.items() if isinstance(default, frozenset))
_TUPLES = frozenset(name for name, default in _DEFAULTS.items() if isinstance(default, tuple))

# A save writes every unit and a load reads every one (100,000 in a large file), so each pass
# takes all values in one C-level call and spends Python only on the fields that need it.
_VALUES = attrgetter(*(f.name for f in UNIT_FIELDS))
_ENTRY_VALUES = attrgetter(*(f.file_key for f in UNIT_FIELDS))
# How the file writes a field: always as it is, or, left out when empty, as it is unless None (a
# number: 0 is a value) or unless empty (text), a set sorted, a tuple as a list, dotted lines as
# their records.
_ALWAYS, _NUMBER, _PLAIN, _SORTED, _LISTED, _LINES = range(6)


def _mode(f: Field) -> int:
    if f.always:
        return _ALWAYS
    if f.role == "lines":
        return _LINES
    if f.name in _SETS:
        return _SORTED
    if f.name in _TUPLES:
        return _LISTED
    return _NUMBER if f.limit is not None and f.limit.kind != "text" else _PLAIN


_WRITE = tuple((f.file_key, _mode(f)) for f in UNIT_FIELDS)


def _line(line: Any) -> dict[str, Any]:
    return {"to": line.target_id, "kind": line.kind, "note": line.note, "decision": line.decision}


def _entry_line(line: Any) -> dict[str, Any]:
    return {"to": line.to, "kind": line.kind, "note": line.note, "decision": line.decision}


def _to_json(values: tuple[Any, ...], line: Callable[[Any], dict[str, Any]], unique: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for (key, mode), value in zip(_WRITE, values, strict=True):
        if mode == _ALWAYS:
            out[key] = value
        elif mode == _NUMBER:
            if value is not None:
                out[key] = value
        elif not value:
            continue
        elif mode == _PLAIN:
            out[key] = value
        elif mode == _SORTED:
            out[key] = sorted(set(value) if unique else value)
        elif mode == _LISTED:
            out[key] = list(value)
        else:
            out[key] = [line(x) for x in value]
    return out


def unit_to_json(unit: Unit) -> dict[str, Any]:
    """The unit as the file writes it; enum members are written by orjson as their values."""
    return _to_json(_VALUES(unit), _line, False)


def entry_to_json(entry: Any) -> dict[str, Any]:
    """`unit_to_json` of the unit a file struct (`fast_file.UnitEntry`) holds, without building it."""
    return _to_json(_ENTRY_VALUES(entry), _entry_line, True)


def _lines(entries: Any) -> tuple[DottedLine, ...]:
    return tuple(DottedLine(_id(d.to), d.kind, d.note, d.decision) for d in entries) if entries else ()


def _parent(value: str | None) -> str | None:
    return None if value is None else _id(value)


_CONVERT_ROLE: dict[str, Callable[[Any], Any]] = {"key": _id, "place": _parent, "lines": _lines}
_BY_KEY = {f.name: f for f in UNIT_FIELDS}
#: the file's values in the order of the model's attributes, and those that need converting
_MODEL_ORDER = attrgetter(*(_BY_KEY[name].file_key for name in _DEFAULTS))
_CONVERTED: tuple[tuple[int, Callable[[Any], Any]], ...] = tuple(
    (i, _CONVERT_ROLE.get(_BY_KEY[name].role) or (frozenset if name in _SETS else tuple))
    for i, name in enumerate(_DEFAULTS)
    if _BY_KEY[name].role in _CONVERT_ROLE or name in _SETS | _TUPLES
)


def unit_from_entry(entry: Any) -> Unit:
    """The model's unit from a validated file struct (`fast_file.UnitEntry` or its pydantic model)."""
    values = list(_MODEL_ORDER(entry))
    for i, convert in _CONVERTED:
        values[i] = convert(values[i])
    return Unit(*values)
