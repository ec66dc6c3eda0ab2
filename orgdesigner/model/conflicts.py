"""A merge conflict kept in the project: what two people changed two ways, with both values.

`orgdesigner merge` writes these into the merged file (format 2, `conflicts`) instead of
choosing for the user; the file holds "ours" in the conflicting place, and the window lists the
records so a planner can pick a side. Values are as the file stores them (JSON values).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from orgdesigner.model.limits import FINDING_KEY, ID, TEXT, LimitError, check_json_value

FIELD_NAME = replace(ID, low=0)  # the field a conflict is about ("" never occurs, but the file allows it)

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
        """What the file's `conflicts` record keeps (raises LimitError): values the file can
        carry (no NaN, written as null; no whole number beyond 64 bits), one to five keys naming
        the entity, a field name and labels within their limits."""
        if self.kind not in ("field", "deleted", "cycle", "reference") or not 1 <= len(self.entity) <= 5:
            raise LimitError("a conflict names its kind and its entity in one to five keys")
        FINDING_KEY.each.held(self.entity)
        FINDING_KEY.each.held(self.referrer)
        FIELD_NAME.or_none.held(self.field)
        TEXT.held(self.ours_label)
        TEXT.held(self.theirs_label)
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
