"""Every place the merge can conflict on can be settled in the conflict dock with either side's
value, each one undoable step.

The places are derived from the merge's own entities: every (entity kind, field) that
`orgdesigner.io.merging.flat.flatten_project` gives the example (an acknowledgement added so every kind
is there). A new kind or field the merge starts flattening shows up here by itself; it fails
until `VALUES` below can make two conflicting values for it and the dock can take each."""

from __future__ import annotations

import datetime as dt
import re
import typing
from typing import Any

import orjson
import pytest

from orgdesigner.io.merging.conflict_settle import remove_with_dependents
from orgdesigner.io.merging.flat import SCALAR_FIELD, Flat, Key, flatten_project, unflatten
from orgdesigner.io.merging.merge import merge_projects
from orgdesigner.io.project.project_file import parse_project
from orgdesigner.model import Document, Project
from orgdesigner.model.conflicts import ConflictKind, MergeConflict
from orgdesigner.model.entities import Acknowledgement
from orgdesigner.ui.conflicts.dock import ConflictPanel
from orgdesigner.ui.undo import DocumentController
from tests.conftest import EXAMPLE

S = "nulage-2017"
ACK = (S, "R02-double-accountable:best,pv|utv-pv|development|")


def example() -> Project:
    project = parse_project(EXAMPLE.read_bytes())
    project.acknowledgements[ACK] = Acknowledgement(*ACK, "Vi vet")
    return project


def plain(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value))


BASE: Flat = {k: plain(v) for k, v in flatten_project(example()).items()}


def places() -> list[tuple[str, str]]:
    """(entity kind, field) of every field the example's entities have."""
    out: dict[tuple[str, str], None] = {}
    for key, value in BASE.items():
        if isinstance(value, dict):
            out.update(dict.fromkeys((key[0], f) for f in value))
        else:
            out[(key[0], SCALAR_FIELD[key[0]])] = None
    return list(out)


#: fields the merge cannot conflict on, and why
NO_CONFLICT = {
    ("function", "vardval"): "a yes/no field changed on both sides is changed the same way",
    ("project", "modified"): "the merge takes the later of two save dates",
}


def _units(flat: Flat) -> list[str]:
    return [k[2] for k in flat if k[0] == "unit" and k[1] == S]


def _leaves(flat: Flat) -> list[str]:
    parents = {v.get("parent") for k, v in flat.items() if k[0] == "unit" and k[1] == S}
    return [u for u in _units(flat) if u not in parents]


def _alternatives(kind: str, field: str, key: Key, base: Any) -> tuple[Any, Any]:
    """Two values, different from `base` and from each other, that a project accepts."""
    special = {  # three valid values each: two of them differ from the base
        ("settings", "disabled_rules"): (["R03-span-of-control"], ["R04-development-split"], ["R01-no-accountable"]),
        ("settings", "severity_overrides"): ({"R03-span-of-control": "info"}, {"R03-span-of-control": "error"}, {}),
        ("settings", "top_management"): ("hsd", "best", "rs"),
        ("case", "signatories"): ([{"name": "Anna", "title": "Chef"}], [{"name": "Bertil", "title": "Chef"}], []),
        ("case", "receivers"): (["Anna"], ["Bertil"], []),
        ("unit", "authorities"): (["budget"], ["budget", "staffing"], ["pricing"]),
        ("unit", "decisions"): (["RS/1039/2017"], ["LS/42/2010"], []),
        ("unit", "category"): ("support", "governance", "purchaser"),
        ("unit", "form"): ("result_unit", "intraprenad", "line_unit"),
        ("function", "category"): ("support", "medical_service", "care"),
        ("scenario", "structure"): ("koncern", "custom", "line"),
        ("scenario", "economy.surplus_model"): ("none", "carry_over", "intraprenad_keeps"),
        ("scenario", "economy.decisions"): (["RS/1039/2017"], ["LS/42/2010"], []),
        ("service", "kind"): ("mri", "ultrasound", "lab"),
        ("service", "pricing"): ("free", "per_item", "fixed"),
        ("role", "role"): ("consulted", "informed", "accountable"),
    }
    if (kind, field) in special:
        ours, theirs = [v for v in special[(kind, field)] if v != base][:2]
        return ours, theirs
    if kind == "unit" and field == "parent":
        a, b = [u for u in _leaves(BASE) if u != key[2] and u != base][:2]
        return a, b
    if kind == "unit" and field == "dotted":  # one line drawn two ways (two different lines merge as two)
        a = next(u for u in _leaves(BASE) if u != key[2])
        return ([*base, {"to": a, "kind": "functional", "note": "", "decision": ""}],
                [*base, {"to": a, "kind": "agreement", "note": "", "decision": ""}])
    if kind == "function" and field == "follows_up":  # another function of the catalogue
        a, b = [k[1] for k in BASE if k[0] == "function" and k[1] != key[1] and k[1] != base][:2]
        return a, b
    if kind == "service" and field == "supplier":
        return "best", "hsd"
    if kind == "service" and field == "pna_alternative":
        others = [k[2] for k in BASE if k[0] == "service" and k[1] == S and k[2] != key[2] and k[2] != base]
        return others[0], others[1]
    if kind == "history" and field == "buyers":  # a buyer's kind one way, its listed patients the other
        listed = {period: n + 10 for period, n in base[0]["listed"].items()}
        return [{**base[0], "kind": "own"}, *base[1:]], [{**base[0], "listed": listed}, *base[1:]]
    if kind == "history" and field == "records":
        return ([{**base[0], "volume": base[0]["volume"] + 1}, *base[1:]],
                [{**base[0], "volume": base[0]["volume"] + 2}, *base[1:]])
    if kind == "history" and field == "events":
        return [{**base[0], "note": "Anna"}, *base[1:]], [{**base[0], "note": "Bertil"}, *base[1:]]
    if kind == "scenario" and field == "paper":  # the paper's title written two ways
        return {**base, "title": f"{base['title']} (Anna)"}, {**base, "title": f"{base['title']} (Bertil)"}
    if kind == "scenario" and field == "trade_assumptions":
        return {**base, "response_free": 0.1}, {**base, "response_free": 0.2}
    if isinstance(base, bool):
        raise AssertionError(f"{kind}.{field}: a yes/no field cannot change two different ways")
    if isinstance(base, int):
        return base + 1, base + 2
    if isinstance(base, float):
        return (base / 2, base / 4) if base else (1.0, 2.0)
    if isinstance(base, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", base):
        day = dt.date.fromisoformat(base)
        return (day - dt.timedelta(days=1)).isoformat(), (day - dt.timedelta(days=2)).isoformat()
    if base is None and field in {"valid_until", "effective_date", "created", "valid_from"}:
        return "2019-01-01", "2019-02-01"
    if isinstance(base, str) or base is None:
        return f"{base or ''} (Anna)", f"{base or ''} (Bertil)"
    raise AssertionError(f"no conflicting values for {kind}.{field} ({base!r}): add them to the test")


def _entry(kind: str, field: str) -> Key:
    """An entity of `kind` with `field`, in the first scenario where the kind is per scenario."""
    keys = [k for k, v in BASE.items() if k[0] == kind and (not isinstance(v, dict) or field in v)]
    in_scenario = [k for k in keys if len(k) > 1 and k[1] == S]
    if kind == "unit" and field == "parent":
        return ("unit", S, "digi")
    return (in_scenario or keys)[0]


def _project(flat: Flat) -> Project:
    head = {"format": "orgdesigner-project", "format_version": orjson.loads(EXAMPLE.read_bytes())["format_version"]}
    return parse_project(orjson.dumps(unflatten(flat, head)), "test side")


def _with(flat: Flat, key: Key, field: str | None, value: Any) -> Flat:
    out = dict(flat)
    if field is None or field == SCALAR_FIELD.get(key[0]):
        out[key] = value
    else:
        out[key] = {**out[key], field: value}
    return out


def _value(project: Project, key: Key, field: str | None) -> Any:
    flat = {k: plain(v) for k, v in flatten_project(project).items()}
    if key not in flat:
        return None
    if field is None or field == SCALAR_FIELD.get(key[0]):
        return flat[key]
    return flat[key].get(field)


def _panel(qtbot, project: Project, conflict: MergeConflict) -> ConflictPanel:
    controller = DocumentController(Document(project))
    panel = ConflictPanel(controller, "en")
    qtbot.addWidget(panel)
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    panel.tree.setCurrentItem(next(r for r in rows if r.data(0, 0x0100) == conflict))
    assert panel.current() == conflict
    return panel


def _check_both_buttons(qtbot, project: Project, c: MergeConflict, held: Any, other: Any, field: str | None) -> None:
    """The take button puts the other side's value in place and the keep button the held one;
    each is one undo step that brings the conflict back."""
    panel = _panel(qtbot, project, c)
    controller = panel.controller
    assert "Bertil" in panel.take_button.text() + panel.keep_button.text()
    for button, expected in ((panel.take_button, other), (panel.keep_button, held)):
        panel.tree.setCurrentItem(next(panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
                                       if panel.tree.topLevelItem(i).data(0, 0x0100) == c))
        button.click()
        assert controller.undo_stack.count() == 1, controller.undo_stack.text(0)
        assert c not in controller.project.conflicts
        assert _value(controller.project, c.entity, field) == plain(expected)
        _project({k: plain(v) for k, v in flatten_project(controller.project).items()})  # still a whole project
        controller.undo_stack.undo()
        assert c in controller.project.conflicts
        assert _value(controller.project, c.entity, field) == plain(held)
        controller.undo_stack.clear()


@pytest.mark.parametrize(("kind", "field"), places(), ids=[f"{k}.{f}" for k, f in places()])
def test_a_field_changed_two_ways_can_take_either_side(qtbot, kind, field):
    if (kind, field) in NO_CONFLICT:
        pytest.skip(NO_CONFLICT[(kind, field)])
    key = _entry(kind, field)
    base_value = BASE[key] if field == SCALAR_FIELD.get(kind) else BASE[key][field]
    ours_value, theirs_value = _alternatives(kind, field, key, base_value)
    base = _project(BASE)
    ours, theirs = _project(_with(BASE, key, field, ours_value)), _project(_with(BASE, key, field, theirs_value))
    result = merge_projects(base, ours, theirs, "Anna", "Bertil")
    [c] = [c for c in result.new_conflicts if c.entity == key and c.field == field]
    assert c.kind == "field"
    assert (c.ours, c.theirs) == (plain(ours_value) or None, plain(theirs_value) or None)
    _check_both_buttons(qtbot, result.project, c, c.ours, c.theirs, field)


DELETABLE = ["function", "decision", "scenario", "unit", "role", "service", "flow", "ack"]
WHOLE: dict[str, tuple[Key, str]] = {  # an entity of each kind, and a field the other side changes
    "function": (("function", "kvalitet"), "name"),
    "decision": (("decision", "LS/42/2010"), "title"),
    "scenario": (("scenario", "intraprenad-are-krokom"), "name"),
    "unit": (("unit", S, "digi"), "name"),
    "role": (next(k for k in BASE if k[0] == "role" and k[1] == S), "role"),
    "service": (next(k for k in BASE if k[0] == "service" and k[1] == S), "name"),
    "flow": (next(k for k in BASE if k[0] == "flow" and k[1] == S), "volume"),
    "ack": (("ack", *ACK), "comment"),
}


def test_every_kind_of_entity_is_covered():
    kinds = list(dict.fromkeys(k[0] for k in BASE))
    assert set(kinds) - {"project", "case", "settings", "history"} == set(DELETABLE) == set(WHOLE)
    # and the conflict kinds the merge emits are each tested below
    assert set(typing.get_args(ConflictKind)) == {"field", "deleted", "cycle", "reference"}


@pytest.mark.parametrize("deleting", ["ours", "theirs"])
@pytest.mark.parametrize("kind", DELETABLE)
def test_deleted_on_one_side_changed_on_the_other_can_take_either_side(qtbot, kind, deleting):
    key, field = WHOLE[kind]
    assert key in BASE, key
    base_value = BASE[key] if field == SCALAR_FIELD.get(kind) else BASE[key][field]
    changed = _with(BASE, key, field, _alternatives(kind, field, key, base_value)[0])
    deleted = dict(BASE)
    remove_with_dependents(deleted, key)
    ours, theirs = (deleted, changed) if deleting == "ours" else (changed, deleted)
    result = merge_projects(_project(BASE), _project(ours), _project(theirs), "Anna", "Bertil")
    [c] = [c for c in result.new_conflicts if c.entity == key]
    assert c.kind == "deleted" and c.field is None
    kept = changed[key]
    _check_both_buttons(qtbot, result.project, c, kept, None, None)


def test_two_moves_making_a_loop_can_take_either_side(qtbot):
    ours = _with(BASE, ("unit", S, "best"), "parent", "digi")
    theirs = _with(BASE, ("unit", S, "digi"), "parent", "best")
    result = merge_projects(_project(BASE), _project(ours), _project(theirs), "Anna", "Bertil")
    [c] = result.new_conflicts
    assert (c.kind, c.entity, c.field) == ("cycle", ("unit", S, "digi"), "parent")
    _check_both_buttons(qtbot, result.project, c, c.ours, "best", "parent")
    # taking Bertil's move of digi under best: best, which reported to digi, takes digi's old place
    panel = _panel(qtbot, result.project, c)
    panel.take_button.click()
    units = panel.controller.project.scenarios[S].units
    assert units["digi"].parent_id == "best" and units["best"].parent_id == c.ours  # digi's old parent
    panel.controller.undo_stack.undo()
    assert (units["digi"].parent_id, units["best"].parent_id) == (c.ours, "digi")


REFERRED: dict[str, tuple[Key, Key, Any]] = {  # deleted entity, the other side's new entry needing it
    "unit": (("unit", S, "digi"), ("role", S, "kvalitet", "ordering", "digi"), "informed"),
    "function": (("function", "kvalitet"), ("role", S, "kvalitet", "ordering", "digi"), "informed"),
    "decision": (("decision", "LS/42/2010"), ("unit", S, "digi"), None),
    "service": (("service", S, "pna-crp"), ("flow", S, "digi", "pna-crp"), 10.0),
    "scenario": (("scenario", "intraprenad-are-krokom"), ("unit", "intraprenad-are-krokom", "ny"),
                 {"name": "Ny enhet", "parent": None, "category": "support", "form": "line_unit"}),
}


@pytest.mark.parametrize("kind", list(REFERRED))
def test_deleted_here_needed_there_can_take_either_side(qtbot, kind):
    gone, needing, value = REFERRED[kind]
    deleted = dict(BASE)
    remove_with_dependents(deleted, gone)
    if kind == "decision":
        theirs = _with(BASE, needing, "decisions", [gone[1]])
    else:
        theirs = {**BASE, needing: value}
    result = merge_projects(_project(BASE), _project(deleted), _project(theirs), "Anna", "Bertil")
    [c] = [c for c in result.new_conflicts if c.entity == gone]
    assert c.kind == "reference" and c.referrer == needing, [(c.kind, c.entity) for c in result.new_conflicts]
    _check_both_buttons(qtbot, result.project, c, BASE[gone], None, None)
