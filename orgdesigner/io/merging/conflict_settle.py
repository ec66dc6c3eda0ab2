"""Settle a merge conflict by taking either side's value, for every place the merge can conflict.

Where the model has its own command (a unit's field or parent, a role cell, a function or
decision field, a scenario's plain fields, the project's header) that command does it: fine
events, fast on a large project. Every other place — analysis settings, the case header, economic
rules, trade assumptions and services, flows, dotted lines, acknowledgements, deleting a decision,
service or scenario, restoring an entity — is set on the project's entities
(orgdesigner.io.merging.flat) and the project rebuilt from them. Either way it is one undo step that
also brings the conflict record back.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.io.merging.flat import (
    ECONOMY,
    SCALAR_FIELD,
    Entity,
    Flat,
    Key,
    flatten_project,
    references,
    unflatten,
)
from orgdesigner.model.commands.base import Command, CommandError, MacroCommand
from orgdesigner.model.commands.conflicts import SETTLED, DropConflict, held_side, model_edit
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Project

_REMOVE: Any = object()  # "absent" in the edits below (None is a real value: a root's parent)


def side_value(c: MergeConflict, side: str) -> Any:
    return c.ours if side == "ours" else c.theirs


def settle(c: MergeConflict, take: str) -> Command:
    """Put side `take` ("ours" or "theirs") in the conflict's place and drop the record."""
    if take == held_side(c):
        return DropConflict(c)
    value = side_value(c, take)
    if c.kind == "cycle":
        edit: Command = MoveOutOfLoop(c.entity[1], c.entity[2], value)
    else:
        edit = model_edit(c, value) or SetEntry(c.entity, c.field, value)
    return MacroCommand(SETTLED, [edit, DropConflict(c)])


class MoveOutOfLoop(Command):
    """Move a unit under `parent` although that closes a loop: the unit of the loop that reports
    to the moved unit takes the moved unit's old place (as when a chief swaps places with a
    deputy), so the chart stays a tree."""

    def __init__(self, scenario_id: str, unit_id: str, parent: str | None) -> None:
        self.scenario_id, self.unit_id, self.parent = scenario_id, unit_id, parent
        self.description = SETTLED
        self._moves = MacroCommand(SETTLED, [])

    def apply(self, doc: Document) -> None:
        from orgdesigner.model.commands.units import MoveUnit

        units = doc.project.scenarios[self.scenario_id].units
        moves: list[Command] = []
        below = self.parent
        while below is not None and below in units:  # walk up from the new parent
            above = units[below].parent_id
            if above == self.unit_id:
                moves.append(MoveUnit(self.scenario_id, below, units[self.unit_id].parent_id))
                break
            below = above
        moves.append(MoveUnit(self.scenario_id, self.unit_id, self.parent))
        # The moves depend on the tree as it is at apply time; the macro reverts a partial run.
        self._moves = MacroCommand(SETTLED, moves)
        self._moves.apply(doc)

    def revert(self, doc: Document) -> None:
        self._moves.revert(doc)


class SetEntry(Command):
    """Set one field of one entity (or the whole entity; `None` as a whole entity: delete it with
    what depends on it) and rebuild the project from its entities."""

    def __init__(self, key: Key, field: str | None, value: Any) -> None:
        self.key, self.field, self.value = key, field, value
        self.description = SETTLED
        self._before: Project | None = None

    def apply(self, doc: Document) -> None:
        before = doc.project
        flat = flatten_project(before)
        if self.key not in flat and self.value is not None and self.field is not None:
            raise CommandError(Refusal.CONFLICT_GONE)
        attempts = [_REMOVE, None] if self.value is None and self.field not in (None, "parent") else [self.value]
        error: Exception | None = None
        for value in attempts:  # an unset optional field: absent where the file omits it, else null
            edited = dict(flat)
            _set(edited, self.key, self.field, value)
            try:
                project = _rebuilt(before, edited)
            except CommandError as exc:
                error = exc
                continue
            self._before = before
            doc.replace_project(project)
            return
        assert error is not None
        raise error

    def revert(self, doc: Document) -> None:
        assert self._before is not None
        doc.replace_project(self._before)


def _set(flat: Flat, key: Key, field: str | None, value: Any) -> None:
    scalar = SCALAR_FIELD.get(key[0])
    if field is None or field == scalar:
        if value is None or value is _REMOVE:
            remove_with_dependents(flat, key)
        else:
            flat[key] = value
        return
    entity = dict(flat.get(key) or {})
    if value is _REMOVE:
        entity.pop(field, None)
    else:
        entity[field] = value
    flat[key] = entity


def _rebuilt(before: Project, flat: Flat) -> Project:
    import orjson

    from orgdesigner.io.errors import ProjectFileError
    from orgdesigner.io.project.codec import project_to_json
    from orgdesigner.io.project.project_file import parse_project

    document = project_to_json(before)  # the conflict records and the format head stay as they are
    document.update(unflatten(flat, {}))
    try:
        project = parse_project(orjson.dumps(document), "settled project")
    except ProjectFileError as exc:
        raise CommandError(Refusal.CONFLICT_MISFIT, reason="; ".join(str(p) for p in exc.problems[:3])) from None
    return project


def remove_with_dependents(flat: Flat, key: Key) -> None:
    """Remove `key` and what cannot stand without it, as deleting it in the window would: a
    unit's subtree, roles, trade and dotted lines into it; a function's roles; a service's flows;
    a scenario's entries. Lists that name it (decisions, dotted lines) just lose the entry."""
    removed = {key}
    flat.pop(key, None)
    changed = True
    while changed:
        changed = False
        for k, v in list(flat.items()):
            gone = {r for r in references(k, v) if r in removed}
            if not gone:
                continue
            kept = _without(k, v, gone)
            if kept is _REMOVE:
                del flat[k]
                removed.add(k)
                changed = True
            else:
                flat[k] = kept


def _without(key: Key, value: Entity, gone: set[Key]) -> Entity:
    kind = key[0]
    if kind in {"role", "flow", "ack"} or ("scenario", key[1]) in gone:
        return _REMOVE
    if kind == "unit":
        sid = key[1]
        if value.get("parent") is not None and ("unit", sid, value["parent"]) in gone:
            return _REMOVE  # a subtree goes with its root, as RemoveUnits does
        out = dict(value)
        if "decisions" in out:
            out["decisions"] = [d for d in out["decisions"] if ("decision", d) not in gone]
        if "dotted" in out:
            out["dotted"] = [line for line in out["dotted"] if ("unit", sid, line["to"]) not in gone]
        return out
    if kind == "scenario":
        field = ECONOMY + "decisions"
        return {**value, field: [d for d in value.get(field) or () if ("decision", d) not in gone]}
    if kind == "service":
        if ("unit", key[1], value["supplier"]) in gone:
            return _REMOVE
        return {**value, "pna_alternative": None}
    return value
