"""Bring older project files up to the current format version, one step at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgdesigner.io.project.file_format import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the case of the decision paper (`case`) and each scenario's förslag till
    beslut (`proposal`); a version-1 file has neither, so both start empty. It also adds merge
    conflict records (`conflicts`, issue 18): a version-1 file has none; dotted lines on units
    (`dotted`, none in version 1) and the setting naming where top management ends
    (`settings.top_management`, null: derived from the structure)."""
    data.setdefault("case", {})
    data.setdefault("conflicts", [])
    for scenario in data.get("scenarios", []) if isinstance(data.get("scenarios"), list) else []:
        if isinstance(scenario, dict):
            scenario.setdefault("proposal", "")
            for unit in scenario.get("units", []) if isinstance(scenario.get("units"), list) else []:
                if isinstance(unit, dict):
                    unit.setdefault("dotted", [])
    if isinstance(data.get("settings"), dict):
        data["settings"].setdefault("top_management", None)
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds the internal trade's volume history and its events (`trade_history`,
    issue 35); a version-2 file has none, so it starts empty."""
    data.setdefault("trade_history", {})
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds the unit category `unknown` (issue 28: an ArchiMate import no longer calls
    every Business Actor egenregi); a version-3 file has no unit of it, so nothing changes."""
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 gives each scenario its own decision paper (`paper`: title, sammanfattning, date,
    who decides, the konsekvenser for children and gender equality, the genomförandeplan's
    schedule; issue 30). A version-4 file has none, so every scenario's paper starts empty and
    falls back to the case's title and summary, as before."""
    for scenario in data.get("scenarios", []) if isinstance(data.get("scenarios"), list) else []:
        if isinstance(scenario, dict):
            scenario.setdefault("paper", {})
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 lets a function name the vårdval function whose providers it follows up
    (`functions[].follows_up`, issue 29); no version-5 function does."""
    for function in data.get("functions", []) if isinstance(data.get("functions"), list) else []:
        if isinstance(function, dict):
            function.setdefault("follows_up", None)
    return data


#: MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ValueError(f"no migration from format version {version}")
        data = step(data)
        version += 1
        data["format_version"] = version
    return data
