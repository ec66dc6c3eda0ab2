"""What differs between two project files, entity by entity, in the comparison's plain words.

Units are matched by id within a scenario of the same id, as the scenario comparison
(orgdesigner.analysis.compare) matches them, and named the same way: added, removed, moved (a new
parent), changed. `orgdesigner diff` prints `render_text` or `to_json` (`format` orgdesigner-diff, version 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from orgdesigner.io.merging.flat import ECONOMY, SCALAR_FIELD, TRADE_ASSUMPTIONS, Flat, Key, flatten
from orgdesigner.io.words.wording import CHANGE_WORDS, counted_change, field_name, value
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.vocabulary import label

Status = Literal["added", "removed", "moved", "changed"]
DIFF_FORMAT = "orgdesigner-diff"
DIFF_VERSION = 2  # 2: each scenario's metrics, nested as in every JSON output
_MISSING = object()


@dataclass(frozen=True, slots=True)
class EntityChange:
    key: Key
    status: Status
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new); None: absent
    old: Any = None  # the whole entity, for added/removed
    new: Any = None

    @property
    def kind(self) -> str:
        return self.key[0]


@dataclass(frozen=True, slots=True)
class ProjectDiff:
    changes: list[EntityChange]
    old_names: dict[Key, str]  # display names of functions, scenarios, units, services
    new_names: dict[Key, str]

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def name(self, key: Key) -> str:
        return self.new_names.get(key) or self.old_names.get(key) or key[-1]


def _names(flat: Flat) -> dict[Key, str]:
    return {k: v["name"] for k, v in flat.items() if k[0] in {"function", "scenario", "unit", "service", "decision"}
            and isinstance(v, dict) and "name" in v} | {
        k: v["title"] for k, v in flat.items() if k[0] == "decision" and isinstance(v, dict)}


def diff_flat(old: Flat, new: Flat) -> ProjectDiff:
    changes: list[EntityChange] = []
    for key, o in old.items():
        n = new.get(key, _MISSING)
        if n is _MISSING:
            changes.append(EntityChange(key, "removed", old=o))
        elif n != o:
            if not isinstance(o, dict):
                changes.append(EntityChange(key, "changed", {SCALAR_FIELD.get(key[0], "value"): (o, n)}))
                continue
            fields = {f: (o.get(f), n.get(f)) for f in dict.fromkeys([*o, *n]) if o.get(f) != n.get(f)}
            moved = key[0] == "unit" and "parent" in fields
            changes.append(EntityChange(key, "moved" if moved else "changed", fields))
    changes += [EntityChange(k, "added", new=v) for k, v in new.items() if k not in old]
    return ProjectDiff(changes, _names(old), _names(new))


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> ProjectDiff:
    return diff_flat(flatten(old), flatten(new))


# -- words --
_W = {
    lang: {**CHANGE_WORDS[lang], **own}
    for lang, own in {
        "sv": {"project": "projekt", "case": "ärendet", "settings": "analysinställningar",
               "function": "funktionskatalogen", "decision": "beslutsregistret", "trade": "internhandel",
               "ack": "kvitterade fynd", "service": "tjänst", "flow": "flöde", "assumptions": "antaganden",
               "top": "högst upp", "finding": "fynd", "history": "volymhistorik",
               "note": "källa", "buyers": "köpare", "records": "volymer", "events": "händelser"},
        "en": {"project": "project", "case": "the case", "settings": "analysis settings",
               "function": "function catalogue", "decision": "decision register", "trade": "internal trade",
               "ack": "acknowledged findings", "service": "service", "flow": "flow", "assumptions": "assumptions",
               "top": "top level", "finding": "finding", "history": "volume history",
               "note": "source", "buyers": "buyers", "records": "volumes", "events": "events"},
    }.items()
}

_ENUM_FIELDS: dict[str, Any] = {
    "category": None,  # unit or function category: decided by the entity kind
    "form": UnitForm, "authorities": Authority, "structure": StructureType, "surplus_model": SurplusModel,
    "role": Role,
}
_DATE_FIELDS = {"effective_date", "valid_from", "valid_until", "created", "modified"}


def typed(kind: str, name: str, raw: Any) -> Any:
    """A file value as the model value the wording module knows how to say."""
    try:
        if raw is None:
            return None
        if name in _DATE_FIELDS and isinstance(raw, str):
            return date.fromisoformat(raw)
        enum = _ENUM_FIELDS.get(name, _MISSING)
        if name == "category":
            enum = FunctionCategory if kind == "function" else UnitCategory
        if enum is _MISSING:
            return tuple(raw) if isinstance(raw, list) else raw
        return tuple(enum(v) for v in raw) if isinstance(raw, list) else enum(raw)
    except (ValueError, TypeError):
        return raw


def say(kind: str, name: str, raw: Any, lang: str) -> str:
    if isinstance(raw, dict):
        return "; ".join(f"{field_name(k, lang)}: {say(kind, k, v, lang)}" for k, v in raw.items()) or "–"
    return value(name, typed(kind, name, raw), lang)


def say_change(kind: str, name: str, old: Any, new: Any, lang: str) -> str:
    shown = name[len(ECONOMY):] if name.startswith(ECONOMY) else name
    if name == TRADE_ASSUMPTIONS:
        shown = _W[lang]["assumptions"]
    return f"{field_name(shown, lang)}: {say(kind, shown, old, lang)} → {say(kind, shown, new, lang)}"


def entity_label(d: ProjectDiff, key: Key, lang: str) -> str:
    """"Hälsocentral Åre [hc-are]", "Vårdval primärvård / utveckling: Område Primärvård", …"""
    kind = key[0]
    if kind == "role":
        _, sid, fid, resp, uid = key
        return f"{d.name(('function', fid))} / {label(Responsibility(resp), lang)}: {d.name(('unit', sid, uid))}"
    if kind == "flow":
        _, sid, buyer, service = key
        return f"{d.name(('unit', sid, buyer))} × {d.name(('service', sid, service))}"
    if kind == "ack":
        return f"{_W[lang]['finding']} {key[2]}"
    if kind in {"project", "case", "settings", "history"}:
        return _W[lang][kind]
    return f"{d.name(key)} [{key[-1]}]"


def _fields_text(c: EntityChange, lang: str, names: ProjectDiff) -> str:
    parts: list[str] = []
    for f, (o, n) in c.fields.items():
        if f == "parent" and c.kind == "unit":
            sid = c.key[1]
            top = _W[lang]["top"]
            parts.insert(0, f"{names.name(('unit', sid, o)) if o else top} → {names.name(('unit', sid, n)) if n else top}")
        else:
            parts.append(say_change(c.kind, f, o, n, lang))
    return "; ".join(parts)


def change_line(d: ProjectDiff, c: EntityChange, lang: str) -> str:
    w = _W[lang]
    text = f"{w[c.status]:<9} {entity_label(d, c.key, lang)}"
    if c.kind in SCALAR_FIELD:  # a role cell, a flow, an acknowledgement: "old → new"
        f = SCALAR_FIELD[c.kind]
        old, new = c.fields.get(f, (c.old, c.new))
        return f"{entity_label(d, c.key, lang)}: {say(c.kind, f, old, lang)} → {say(c.kind, f, new, lang)}"
    if c.kind == "history":  # thousands of records: name what changed, not every value
        return f"{text}: {', '.join(w[f] for f in c.fields)}" if c.fields else text
    fields = _fields_text(c, lang, d)
    return f"{text}: {fields}" if fields else text


def render_text(d: ProjectDiff, old_title: str, new_title: str, lang: str = "en") -> str:
    w = _W[lang]
    lines = [f"--- {old_title}", f"+++ {new_title}"]
    if d.is_empty:
        return "\n".join([*lines, w["none"]])
    top = [c for c in d.changes if c.kind in {"project", "case", "settings", "function", "decision", "history"}]
    for group in ("project", "case", "settings", "function", "decision", "history"):
        items = [c for c in top if c.kind == group]
        if items:
            lines.append(f"{w[group]}:")
            lines += [f"  {change_line(d, c, lang)}" for c in items]
    by_scenario: dict[str, list[EntityChange]] = {}
    for c in d.changes:
        if c.kind in {"scenario", "unit", "role", "service", "flow", "ack"}:
            by_scenario.setdefault(c.key[1], []).append(c)
    for sid, items in by_scenario.items():
        own = next((c for c in items if c.kind == "scenario"), None)
        head = f"== {w['scenario']} {d.name(('scenario', sid))} ({sid})"
        if own is not None and own.status in {"added", "removed"}:
            lines.append(f"{head}: {w[own.status]}")
            continue
        lines.append(head)
        if own is not None:
            plain = {f: v for f, v in own.fields.items() if not f.startswith(ECONOMY) and f != TRADE_ASSUMPTIONS}
            lines += [f"  {say_change('scenario', f, o, n, lang)}" for f, (o, n) in plain.items()]
            economy = {f: v for f, v in own.fields.items() if f.startswith(ECONOMY)}
            if economy:
                lines.append(f"  {w['economy']}: " + "; ".join(say_change("scenario", f, o, n, lang) for f, (o, n) in economy.items()))
        units = [c for c in items if c.kind == "unit"]
        if units:
            counts = {s: sum(c.status == s for c in units) for s in ("added", "removed", "moved", "changed")}
            lines.append(f"  {w['units']}: " + ", ".join(counted_change(counts[s], s, lang) for s in counts))
            lines += [f"    {change_line(d, c, lang)}" for c in units]
        roles = [c for c in items if c.kind == "role"]
        if roles:
            lines.append(f"  {w['roles']}: {len(roles)}")
            lines += [f"    {change_line(d, c, lang)}" for c in roles]
        trade = [c for c in items if c.kind in {"service", "flow"}]
        if trade or (own is not None and TRADE_ASSUMPTIONS in own.fields):
            lines.append(f"  {w['trade']}:")
            if own is not None and TRADE_ASSUMPTIONS in own.fields:
                o, n = own.fields[TRADE_ASSUMPTIONS]
                lines.append(f"    {w['assumptions']}: {say('scenario', 'assumptions', o, lang)} → {say('scenario', 'assumptions', n, lang)}")
            lines += [f"    {change_line(d, c, lang)}" for c in trade]
        acks = [c for c in items if c.kind == "ack"]
        if acks:
            lines.append(f"  {w['ack']}:")
            lines += [f"    {change_line(d, c, lang)}" for c in acks]
    return "\n".join(lines)


def change_to_json(c: EntityChange) -> dict[str, Any]:
    out: dict[str, Any] = {"entity": c.kind, "key": list(c.key[1:]), "status": c.status}
    if c.fields:
        out["fields"] = {f: {"old": o, "new": n} for f, (o, n) in c.fields.items()}
    if c.status == "added":
        out["new"] = c.new
    elif c.status == "removed":
        out["old"] = c.old
    return out


def summary(d: ProjectDiff) -> dict[str, dict[str, int]]:
    """Counts by entity kind and status: {"unit": {"added": 1, "moved": 2, …}, …}."""
    out: dict[str, dict[str, int]] = {}
    for c in d.changes:
        by_status = out.setdefault(c.kind, {})
        by_status[c.status] = by_status.get(c.status, 0) + 1
    return out


def to_json(d: ProjectDiff, old_title: str, new_title: str,
            scenarios: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """`scenarios`: each scenario's metrics in both files (analysis.metric_paths.scenario_changes_json)."""
    out = {
        "format": DIFF_FORMAT,
        "format_version": DIFF_VERSION,
        "old": old_title,
        "new": new_title,
        "summary": summary(d),
        "changes": [change_to_json(c) for c in d.changes],
    }
    if scenarios is not None:
        out["scenarios"] = scenarios
    return out
