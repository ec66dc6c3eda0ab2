"""Bring older project files up to the current format version, one step at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgdesigner.io.file_models import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
MIGRATIONS: dict[int, Migration] = {}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"no migration from format version {version}")
        data = step(data)
        version += 1
        data["format_version"] = version
    return data
