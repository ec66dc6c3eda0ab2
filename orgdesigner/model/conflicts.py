"""A merge conflict kept in the project: what two people changed two ways, with both values.

`orgdesigner merge` writes these into the merged file (format 2, `conflicts`) instead of
choosing for the user; the file holds "ours" in the conflicting place, and the window lists the
records so a planner can pick a side. Values are as the file stores them (JSON values).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from orgdesigner.model.limits import check_json_value

ConflictKind = Literal["field", "deleted", "cycle", "reference"]


@dataclass(frozen=True, slots=True)
class MergeConflict:
    kind: ConflictKind  # field: changed two ways; deleted: deleted on one side, changed on the
    # other; cycle: the two sides' moves together close a reporting loop; reference: one side
    # deleted what the other side's new or changed entry points at
    entity: tuple[str, ...]  # ("unit", scenario id, unit id), ("role", sid, fid, resp, uid), …
    field: str | None  # None: the entity as a whole (present or deleted)
    base: object = None
    ours: object = None
    theirs: object = None
    ours_label: str = "ours"
    theirs_label: str = "theirs"
    referrer: tuple[str, ...] = ()  # reference: the entry that needs the entity

    def __post_init__(self) -> None:
        # values the file can carry: no NaN (written as null), no whole number beyond 64 bits
        for value in (self.base, self.ours, self.theirs):
            check_json_value(value)

    @property
    def scenario_id(self) -> str | None:
        kind = self.entity[0]
        if kind == "scenario":
            return self.entity[1]
        if kind in {"unit", "role", "service", "flow", "ack"}:
            return self.entity[1]
        return None
