"""Where the region's top management ends: the level at and above which ordering and own
delivery may meet (purchaser independence, R05).

A planner may name the unit (`AnalysisSettings.top_management`): it and its chain upward are top
management. Unset (or naming a unit the scenario lacks), the level is derived from the structure:
the chain of governance units from the roots down to the first that directly heads a unit of
another category (in the bundled example: regionfullmäktige, regionstyrelsen, regiondirektör).
Governance units below the level, such as a hälso- och sjukvårdsdirektör who heads the region's
own care, count as part of the line they head.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from orgdesigner.model.entities import Scenario
from orgdesigner.model.enums import UnitCategory


@dataclass(frozen=True, slots=True)
class TopManagement:
    units: frozenset[str]  # every unit counted as top management
    boundary: tuple[str, ...]  # the lowest of them: where top management ends (for messages)
    explicit: bool  # named in the settings rather than derived


def top_management(
    scenario: Scenario, setting: str | None, children: Mapping[str | None, Collection[str]] | None = None
) -> TopManagement:
    units = scenario.units
    if setting is not None and setting in units:
        chain = [setting, *scenario.ancestors(setting)]
        return TopManagement(frozenset(chain), (setting,), True)
    kids = children if children is not None else scenario.children_map()
    governance = UnitCategory.GOVERNANCE
    top: list[str] = []
    heads: list[str] = []  # top units that directly head a unit of another category
    leaves: list[str] = []
    # roots proper (no parent); a unit whose parent is missing is a file being repaired (R09)
    frontier = [uid for uid in kids.get(None, ()) if uid in units and units[uid].category is governance]
    seen = set(frontier)
    while frontier:
        uid = frontier.pop(0)
        top.append(uid)
        below = [c for c in kids.get(uid, ()) if c in units]
        if any(units[c].category is not governance for c in below):
            heads.append(uid)
            continue
        fresh = [c for c in below if c not in seen]
        if not fresh:
            leaves.append(uid)
        seen.update(fresh)
        frontier.extend(fresh)
    return TopManagement(frozenset(top), tuple(sorted(heads or leaves)), False)
