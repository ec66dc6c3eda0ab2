"""Do the model's events tell the truth? Every entity a change touched must be named by an event
that observers redraw from (a view that heard nothing about a unit keeps showing it as it was).

`record(doc)` collects the events a document tells; `Spy(doc).watch()` also checks that only the
Document's primitives told them, one each; `uncovered(before, after, events)` lists the places
that differ between two `snapshot`s and that no event names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from orgdesigner.io.merging.flat import flatten_project
from orgdesigner.model import Change, Document, ModelEvent, Project
from orgdesigner.model.document import PRIMITIVES

Place = tuple[Any, ...]


def snapshot(project: Project) -> dict[Place, Any]:
    """Every field of every entity as one entry, plus the orders a file keeps and the conflicts."""
    out: dict[Place, Any] = {}
    for key, entity in flatten_project(project).items():
        if isinstance(entity, dict):
            for field, value in entity.items():
                out[(*key, field)] = value
        else:
            out[key] = entity
    out[("scenario order",)] = tuple(project.scenarios)
    for sid, scenario in project.scenarios.items():
        out[("unit order", sid)] = tuple(scenario.units)
        out[("service order", sid)] = tuple(scenario.trade.services)
    out[("conflicts",)] = tuple(project.conflicts)
    return out


@contextmanager
def record(doc: Document) -> Iterator[list[ModelEvent]]:
    heard: list[ModelEvent] = []
    doc.events.subscribe(heard.append)
    try:
        yield heard
    finally:
        doc.events.unsubscribe(heard.append)


class Spy:
    """Which primitives a command called and the events each told; events told outside any."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.calls: list[tuple[str, list[ModelEvent]]] = []
        self.stray: list[ModelEvent] = []
        self._open: list[list[ModelEvent]] = []
        emit = doc._emit

        def spied_emit(event: ModelEvent) -> None:
            (self._open[-1] if self._open else self.stray).append(event)
            emit(event)

        doc._emit = spied_emit  # type: ignore[method-assign]  # the spy listens where the primitives tell
        for name in PRIMITIVES:
            setattr(doc, name, self._wrap(name, getattr(doc, name)))

    def _wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def spied(*args: Any, **kwargs: Any) -> Any:
            told: list[ModelEvent] = []
            self._open.append(told)
            try:
                return method(*args, **kwargs)
            finally:
                self._open.pop()
                self.calls.append((name, told))
        return spied

    @contextmanager
    def watch(self) -> Iterator[list[ModelEvent]]:
        """Record one change: afterwards, every event was told by a primitive, each primitive
        told exactly one, and observers heard exactly those, in order (the list yielded)."""
        self.calls, self.stray = [], []
        with record(self.doc) as heard:
            yield heard
        assert not self.stray, f"events told outside the primitives: {self.stray}"
        assert all(len(told) == 1 for _name, told in self.calls), f"a primitive told not one event: {self.calls}"
        assert heard == [told[0] for _name, told in self.calls]


_PROJECT_FIELD_PLACES = {"case": "case", "settings": "settings", "trade_history": "history", "conflicts": "conflicts"}


def covers(event: ModelEvent, place: Place) -> bool:
    """Whether `event` names the entity at `place` (a key of `snapshot`)."""
    change, kind = event.change, place[0]
    if change is Change.RESET:
        return True
    if change is Change.PROJECT_CHANGED:
        if kind == "ack":
            return event.field == "acknowledgements" and event.scenario_id == place[1]
        return kind == _PROJECT_FIELD_PLACES.get(event.field or "", "project")
    if kind == "function":
        return change is Change.FUNCTIONS_CHANGED and place[1] in event.ids
    if kind == "decision":
        return change is Change.DECISIONS_CHANGED and place[1] in event.ids
    if kind == "scenario order":
        return change is Change.SCENARIOS_CHANGED
    if kind == "role" and change is Change.FUNCTIONS_CHANGED and event.field is None:
        return place[2] in event.ids  # a function added or removed with its column of roles
    sid = place[1] if len(place) > 1 else None
    if sid is None or event.scenario_id != sid:
        return False
    if change is Change.SCENARIOS_CHANGED:
        return sid in event.ids  # a scenario added or removed: all it holds
    if kind == "scenario":
        if place[-1] == "trade_assumptions":
            return change is Change.TRADE_CHANGED
        return change is Change.SCENARIO_CHANGED
    if kind in {"service", "flow", "service order"}:
        return change is Change.TRADE_CHANGED
    if kind == "unit order":
        return change in {Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED}
    if kind == "unit":
        return change in {Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED, Change.UNITS_CHANGED} \
            and place[2] in event.ids
    if kind == "role":
        return change is Change.ASSIGNMENTS_CHANGED and place[4] in event.ids and place[2] in event.function_ids
    return False


def uncovered(before: dict[Place, Any], after: dict[Place, Any], events: list[ModelEvent]) -> list[Place]:
    changed = [p for p in before.keys() | after.keys() if before.get(p, _GONE) != after.get(p, _GONE)]
    return sorted((p for p in changed if not any(covers(e, p) for e in events)), key=repr)


_GONE = object()
