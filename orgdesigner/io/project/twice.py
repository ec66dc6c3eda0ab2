"""Keys written twice in one JSON object (a hand-merged file): every JSON reader here keeps the
last and drops the first unseen, so such a file is refused.

The exact pass (`duplicate_key`) parses the whole file again into Python objects: a quarter of a
50,000-unit load. A file the strict reader accepted gets a cheap proof first (`keys_once`, a
tenth of that), which counts colons. It either shows that no object holds a key twice or leaves
the question to the exact pass; it never answers "twice" itself, so what is refused, and the
message, stay the exact pass's.

Why counting colons proves it: in JSON each key is followed by exactly one structural colon. The
file is decoded a second time into "key structs" (the file's structs with every field optional,
UNSET when absent, and every value that holds no struct kept as the file's own bytes, msgspec.Raw)
and encoded again: each struct object is written with the keys it kept, one colon each (field
names hold none), every other value byte for byte, and each dict (an object with free keys) as
`{}`, its distinct keys counted from the validated model instead. A colon inside a string only
adds to the file's side. With C the file's colons, C' the copy's and D the dicts' distinct keys,
C >= C' + D always, and C == C' + D only when no key was dropped anywhere, that is when no object
holds a key twice. A value of any JSON shape (`Any`, a merge conflict's sides) that holds an
object leaves the question to the exact pass.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from types import UnionType
from typing import Any

import msgspec
from msgspec import UNSET, Raw, Struct, UnsetType

from orgdesigner.io.errors import Problem


def duplicate_key(data: bytes) -> Problem | None:
    """The first object (in the order objects close) that holds a key twice, as a problem; None
    when none does or the bytes are not JSON (the readers then say where)."""
    import json

    twice: list[list[tuple[str, Any]]] = []

    def pairs(items: list[tuple[str, Any]]) -> None:
        # dict() counts the distinct keys in C; returning None builds no objects to throw away
        if len(items) > 1 and len(dict(items)) != len(items):
            twice.append(items)

    try:
        json.loads(data, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    if not twice:
        return None
    items = twice[0]
    seen: set[str] = set()
    for key, _ in items:
        if key in seen:
            break
        seen.add(key)
    owner = next((v for k, v in items if k == "id" and isinstance(v, str)), None)
    if owner is None:
        return Problem("", f"the key \"{key}\" appears twice in one object; keep one (a merge done by hand?)", "twice", (key,))
    return Problem("", f"the key \"{key}\" appears twice in one object of the entry with id '{owner}'; keep one "
                   "(a merge done by hand?)", "twice_in_entry", (key, owner))


class _Dict(Struct):
    """A JSON object with free keys: skipped by the key structs, written again as `{}`."""


class _Unsure(Exception):
    """A value of any shape holds an object: only the exact pass can tell."""


Count = Callable[[Any], int]  # distinct dict keys in a validated value


def keys_once(data: bytes, model: Struct) -> bool:
    """True when no JSON object in `data` holds a key twice; False when the exact pass must
    tell. `model` is what msgspec decoded from `data` into `type(model)`."""
    decoder, count = _plan(type(model))
    try:
        kept = decoder.decode(data)
        dict_keys = count(model)
    except (msgspec.DecodeError, msgspec.ValidationError, _Unsure):
        return False
    return data.count(b":") == msgspec.json.encode(kept).count(b":") + dict_keys


_PLANS: dict[type, tuple[msgspec.json.Decoder[Any], Count]] = {}


def _plan(tp: type[Struct]) -> tuple[msgspec.json.Decoder[Any], Count]:
    plan = _PLANS.get(tp)
    if plan is None:
        plan = _PLANS[tp] = (msgspec.json.Decoder(_mirror(tp, {})), _counter(tp) or _none)
    return plan


def _none(value: Any) -> int:
    return 0


def _unwrap(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return _unwrap(args[0])
    return origin, args


def _mirror(tp: Any, done: dict[type, Any]) -> Any:
    """The key-struct type for values of `tp`: structs mirrored (every field optional), dicts
    skipped, lists and optionals of those kept, every other value a Raw."""
    if isinstance(tp, type) and issubclass(tp, Struct):
        if tp not in done:
            fields = msgspec.structs.fields(tp)
            done[tp] = msgspec.defstruct(
                f"{tp.__name__}Keys",
                [(f.name, _mirror(f.type, done) | UnsetType, UNSET) for f in fields],
                rename={f.name: f.encode_name for f in fields},
                module=__name__,
            )
        return done[tp]
    origin, args = _unwrap(tp)
    if tp is Any:
        return Raw
    if origin is dict:
        return _Dict
    if origin in (list, tuple, set, frozenset):
        item = _mirror(args[0], done)
        return Raw if item is Raw else list[item]  # type: ignore[valid-type]  # a type built at run time
    if origin in (typing.Union, UnionType):
        kinds = [_mirror(a, done) for a in args]
        shaped = {k for k in kinds if k is not Raw}
        if not shaped:
            return Raw
        if len(shaped) == 1 and all(k is not Raw or a is type(None) for a, k in zip(args, kinds, strict=True)):
            return shaped.pop() | None  # an optional struct, list or dict
        # kept as Raw, its objects would go unchecked
        raise TypeError(f"the key check cannot count {tp}: teach orgdesigner.io.project.twice")
    return Raw


def _counter(tp: Any) -> Count | None:
    """How to count the distinct dict keys a validated value of `tp` holds; None when it can
    hold no dict."""
    if isinstance(tp, type) and issubclass(tp, Struct):
        parts = [(f.name, c) for f in msgspec.structs.fields(tp) if (c := _counter(f.type)) is not None]
        if not parts:
            return None
        return lambda value: sum(c(getattr(value, name)) for name, c in parts)
    if tp is Any:
        return _any
    origin, args = _unwrap(tp)
    if origin is dict:
        inner = _counter(args[1])
        if inner is None:
            return len
        return lambda value: len(value) + sum(map(inner, value.values()))
    if origin in (list, tuple, set, frozenset):
        item = _counter(args[0])
        return None if item is None else lambda value: sum(map(item, value))
    if origin in (typing.Union, UnionType):
        counts = [c for a in args if (c := _counter(a)) is not None]
        if not counts:
            return None
        if len(counts) == 1:
            one = counts[0]
            return lambda value: 0 if value is None else one(value)
        return _any
    return None


def _any(value: Any) -> int:
    if isinstance(value, dict):
        raise _Unsure
    if isinstance(value, list):
        return sum(map(_any, value))
    return 0
