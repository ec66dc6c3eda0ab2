"""Three-way merge of project files at the level of entities and fields, never of JSON text.

Each side's change to an entity (orgdesigner.io.merging.flat) is taken when the other side left it as
in the base; an entity both changed is merged field by field. What cannot be merged is never
decided silently and never dropped: it becomes a `MergeConflict` kept in the merged file, which
holds ours in the conflicting place and both values in the record:

- field: one field changed two different ways (or one cell given two different roles);
- deleted: one side deleted an entity the other changed (the changed entity is kept);
- cycle: the two sides' moves together make a unit report to itself (theirs' move is undone);
- reference: one side deleted an entity the other side's new or changed entry points at (a unit
  that gets a role, the parent of a new unit, …); the entity is restored so the file stays whole.

The merged document is always a valid project: `merge_files` reads it back through the loader,
reference checks included, before returning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from orgdesigner.io.merging.flat import (
    SCALAR_FIELD,
    Entity,
    Flat,
    Key,
    flatten,
    flatten_model,
    flatten_project,
    references,
    unflatten,
)
from orgdesigner.io.merging.merge_order import order_siblings
from orgdesigner.model.conflicts import ConflictKind, MergeConflict
from orgdesigner.model.entities import Project


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # absent entity or field (None is a real value: "reports to nobody")


def _json(value: Any) -> Any:
    """A value as the file stores it: enum members become their values (a report prints
    "functional", never DottedKind.FUNCTIONAL), MISSING becomes null."""
    if value is MISSING:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    return value


@dataclass
class _Merger:
    base: Flat
    ours: Flat
    theirs: Flat
    ours_label: str
    theirs_label: str

    def __post_init__(self) -> None:
        self.merged: Flat = {}
        self.conflicts: list[MergeConflict] = []
        self.touched: list[Key] = []  # entries whose merged value is not the base's: check their references

    def conflict(self, kind: ConflictKind, key: Key, field: str | None, b: Any, o: Any, t: Any, referrer: Key = ()) -> None:
        self.conflicts.append(
            MergeConflict(kind, key, field, _json(b), _json(o), _json(t), self.ours_label, self.theirs_label, referrer)
        )

    # -- entities and fields --
    def run(self) -> None:
        base, theirs, merged, touched = self.base, self.theirs, self.merged, self.touched
        for key, o in self.ours.items():
            t = theirs.get(key, MISSING)
            if t is o or t == o:
                merged[key] = o
                if key not in base or base[key] != o:
                    touched.append(key)
                continue
            b = base.get(key, MISSING)
            touched.append(key)
            if b == o:  # only theirs changed it (or deleted it)
                if t is not MISSING:
                    merged[key] = t
            elif b == t:
                merged[key] = o
            else:
                value = self.both(key, b, o, t)
                if value is not MISSING:
                    merged[key] = value
        ours = self.ours
        for key, t in theirs.items():
            if key in ours:
                continue
            b = base.get(key, MISSING)
            if b is MISSING:
                merged[key] = t  # new on their side
                touched.append(key)
            elif b != t:  # we deleted what they changed: keep their version, and say so
                merged[key] = t
                touched.append(key)
                self.conflict("deleted", key, None, b, MISSING, t)

    def both(self, key: Key, b: Entity, o: Entity, t: Entity) -> Entity:
        """An entity both sides changed, differently."""
        if o is MISSING or t is MISSING:
            self.conflict("deleted", key, None, b, o, t)
            return t if o is MISSING else o
        scalar = SCALAR_FIELD.get(key[0])
        if scalar is not None:
            self.conflict("field", key, scalar, b, o, t)
            return o
        bf = b if isinstance(b, dict) else {}
        out: dict[str, Any] = {}
        for field in dict.fromkeys([*o, *t]):
            ov, tv, bv = o.get(field, MISSING), t.get(field, MISSING), bf.get(field, MISSING)
            if ov == tv or tv == bv:
                value = ov
            elif ov == bv:
                value = tv
            elif key == ("project",) and field == "modified" and ov and tv:
                value = max(ov, tv)  # both saved on different days: the later one, no question
            elif key[0] == "unit" and field == "dotted":
                value = self.lines(key, bv, ov, tv)
            else:
                self.conflict("field", key, field, bv, ov, tv)
                value = ov
            if value is not MISSING:
                out[field] = value
        return out

    def lines(self, key: Key, b: Any, o: Any, t: Any) -> Any:
        """A unit's dotted lines merged line by line (keyed by the unit each ends at): two lines
        added on two sides are two lines; one line changed two ways is a conflict over the list."""
        def by_target(lines: Any) -> dict[str, Any]:
            return {} if lines is MISSING or lines is None else {line["to"]: line for line in lines}

        bl, ol, tl = by_target(b), by_target(o), by_target(t)
        out = []
        for target in dict.fromkeys([*ol, *tl]):  # ours in their order, then theirs' new ones
            ov, tv, bv = ol.get(target, MISSING), tl.get(target, MISSING), bl.get(target, MISSING)
            if ov == tv or tv == bv:
                value = ov
            elif ov == bv:
                value = tv
            else:
                self.conflict("field", key, "dotted", b, o, t)
                return o
            if value is not MISSING:
                out.append(value)
        return out if out else MISSING

    # -- what the merge must not break --
    def repair(self) -> None:
        """Undo their half of reporting loops and restore what a kept entry points at."""
        pending = list(self.touched)
        while pending:
            self.break_cycles(pending)
            restored = self.restore_references(pending)
            pending = restored

    def break_cycles(self, keys: Iterable[Key]) -> None:
        merged, ours = self.merged, self.ours
        for key in keys:
            if key[0] != "unit" or key not in merged:
                continue
            _, sid, uid = key
            if not self._loops(sid, uid):
                continue
            # The loop closes through a move: put back ours' parent of the first unit on it whose
            # parent came from their side.
            for member in self._loop_members(sid, uid):
                mkey: Key = ("unit", sid, member)
                mine = ours.get(mkey)
                if mine is None or mine.get("parent") == merged[mkey].get("parent"):
                    continue
                theirs_parent = merged[mkey].get("parent")
                merged[mkey] = {**merged[mkey], "parent": mine.get("parent")}
                base_unit = self.base.get(mkey)
                self.conflict("cycle", mkey, "parent", None if base_unit is None else base_unit.get("parent"),
                              mine.get("parent"), theirs_parent)
                break

    def _parent(self, sid: str, uid: str) -> str | None:
        unit = self.merged.get(("unit", sid, uid))
        return None if unit is None else unit.get("parent")

    def _loops(self, sid: str, uid: str) -> bool:
        seen = {uid}
        parent = self._parent(sid, uid)
        while parent is not None:
            if parent == uid:
                return True
            if parent in seen:
                return False  # a loop above, not through this unit: its own members are checked
            seen.add(parent)
            parent = self._parent(sid, parent)
        return False

    def _loop_members(self, sid: str, uid: str) -> list[str]:
        members = [uid]
        parent = self._parent(sid, uid)
        while parent is not None and parent != uid:
            members.append(parent)
            parent = self._parent(sid, parent)
        return members

    def restore_references(self, keys: Iterable[Key]) -> list[Key]:
        merged = self.merged
        restored: list[Key] = []
        for key in keys:
            value = merged.get(key)
            if value is None:
                continue
            for ref in references(key, value):
                if ref in merged:
                    continue
                source = next((side for side in (self.ours, self.theirs, self.base) if ref in side), None)
                if source is None:
                    continue  # cannot happen with valid inputs; the loader reports it if it does
                merged[ref] = source[ref]
                restored.append(ref)
                self.conflict("reference", ref, None, self.base.get(ref, MISSING), self.ours.get(ref, MISSING),
                              self.theirs.get(ref, MISSING), key)
                if ref[0] == "scenario":  # a scenario comes back whole, as the side that kept it had it
                    for k, v in source.items():
                        if len(k) > 1 and k[0] != "scenario" and k[1] == ref[1] and k not in merged:
                            merged[k] = v
                            restored.append(k)
        return restored

    # -- order --
    def ordered(self) -> Flat:
        """Ours' order; theirs' when only they reordered; entries new on their side follow the
        entry they follow there; restored ones follow their place in the base. A unit's children
        are then ordered parent by parent (orgdesigner.io.merging.merge_order)."""
        # Role cells are left out: the file writes them in unit and function order anyway.
        def placed(flat: Flat) -> list[Key]:
            return [k for k in flat if k[0] != "role"]

        base, ours, theirs = placed(self.base), placed(self.ours), placed(self.theirs)
        in_base, in_ours = set(base), set(ours)
        mine_reordered = [k for k in base if k in in_ours] != [k for k in ours if k in in_base]
        primary, secondary = (ours, theirs) if mine_reordered else (theirs, ours)
        merged = self.merged
        order = _interleave(primary, secondary, merged)
        roles = [k for k in merged if k[0] == "role"]
        if len(order) + len(roles) < len(merged):
            order = _interleave(order, [*base, *ours, *theirs], merged)
        order = order_siblings(order, merged, self.base, self.ours, self.theirs)  # parent by parent
        return {k: merged[k] for k in [*order, *roles]}


def _interleave(primary: list[Key], secondary: Iterable[Key], keep: Flat) -> list[Key]:
    """`primary` (filtered to `keep`), with the kept entries only `secondary` has placed after
    the entry they follow in `secondary`."""
    in_primary = set(primary)
    after: dict[Key | None, list[Key]] = {}
    placed: set[Key] = set()
    prev: Key | None = None
    for key in secondary:
        if key in in_primary:
            prev = key
        elif key in keep and key not in placed:
            after.setdefault(prev, []).append(key)
            placed.add(key)
    out = list(after.get(None, ()))
    for key in primary:
        if key in keep:
            out.append(key)
        extra = after.get(key)
        if extra:
            out.extend(extra)
    return out


@dataclass(frozen=True, slots=True)
class MergeResult:
    project: Project  # merged, loaded back, with every conflict record (earlier ones too)
    new_conflicts: list[MergeConflict]

    @property
    def clean(self) -> bool:
        return not self.new_conflicts


def merge_flat(base: Flat, ours: Flat, theirs: Flat, ours_label: str = "ours",
               theirs_label: str = "theirs") -> tuple[Flat, list[MergeConflict]]:
    """The merged entities, in order, and the conflicts this merge found."""
    m = _Merger(base, ours, theirs, ours_label, theirs_label)
    m.run()
    m.repair()
    return m.ordered(), m.conflicts


def merge_documents(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
                    ours_label: str = "ours", theirs_label: str = "theirs") -> tuple[dict[str, Any], list[MergeConflict]]:
    """The merged document and the conflicts this merge found (documents as `project_to_json`)."""
    merged, conflicts = merge_flat(flatten(base), flatten(ours), flatten(theirs), ours_label, theirs_label)
    head: dict[str, Any] = {k: ours[k] for k in ("format", "format_version") if k in ours}
    return unflatten(merged, head), conflicts


def merge_projects(base: Project, ours: Project, theirs: Project,
                   ours_label: str = "ours", theirs_label: str = "theirs") -> MergeResult:
    """Merge three loaded projects; the result is read back through the file loader, so it is a
    project any orgdesigner opens, reference checks included."""
    from orgdesigner._gc import gc_paused

    with gc_paused():
        earlier = list(ours.conflicts) + [c for c in theirs.conflicts if c not in ours.conflicts]
        return _merged_project(flatten_project(base), flatten_project(ours), flatten_project(theirs),
                               earlier, ours_label, theirs_label)


def merge_files(base: Path | str, ours: Path | str, theirs: Path | str,
                ours_label: str = "ours", theirs_label: str = "theirs") -> MergeResult:
    """Merge three project files (each validated, migrated and reference-checked as on opening;
    ProjectFileError names the file that is not a project). Reads the files' models into
    entities directly, without building the three projects."""
    from orgdesigner._gc import gc_paused
    from orgdesigner.io.project.codec import conflicts_from_model
    from orgdesigner.io.project.project_file import parse_file_model, read_project_bytes

    with gc_paused():  # some 400,000 entries of a large merge, none in a reference cycle
        data = [read_project_bytes(p) for p in (base, ours, theirs)]
        # git gives an empty base when both branches added the file (add/add): merge against an
        # empty project, so every difference is a conflict kept in the file, not a refusal
        models = [parse_file_model(d, p) for d, p in zip(data, (base, ours, theirs), strict=True) if d.strip() or p != base]
        flats = [flatten_model(m) for m in models]
        if len(flats) == 2:
            flats.insert(0, {})
        earlier = conflicts_from_model(models[-2])
        earlier += [c for c in conflicts_from_model(models[-1]) if c not in earlier]
        del models
        return _merged_project(flats[0], flats[1], flats[2], earlier, ours_label, theirs_label)


def _merged_project(base: Flat, ours: Flat, theirs: Flat, earlier: list[MergeConflict],
                    ours_label: str, theirs_label: str) -> MergeResult:
    import orjson

    from orgdesigner.io.project.file_format import FORMAT_NAME, FORMAT_VERSION
    from orgdesigner.io.project.project_file import parse_project

    merged, conflicts = merge_flat(base, ours, theirs, ours_label, theirs_label)
    doc = unflatten(merged, {"format": FORMAT_NAME, "format_version": FORMAT_VERSION})
    project = parse_project(orjson.dumps(doc), "merged project")
    project.conflicts = earlier + conflicts
    return MergeResult(project, conflicts)
