"""Insert/remove at a position in an ordered dict, shared by catalogue and scenario commands."""

from __future__ import annotations

from typing import TypeVar

V = TypeVar("V")


def insert_at(items: dict[str, V], key: str, value: V, index: int | None) -> dict[str, V]:
    pairs = list(items.items())
    pairs.insert(len(pairs) if index is None else index, (key, value))
    return dict(pairs)


def index_of(items: dict[str, V], key: str) -> int:
    return list(items).index(key)
