"""Change notifications: the model tells observers what changed; views redraw from these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    UNITS_ADDED = "units_added"
    UNITS_REMOVED = "units_removed"
    UNITS_MOVED = "units_moved"
    UNITS_CHANGED = "units_changed"  # a property of the units in `ids`
    ASSIGNMENTS_CHANGED = "assignments_changed"  # `ids` are the unit ids touched
    FUNCTIONS_CHANGED = "functions_changed"
    DECISIONS_CHANGED = "decisions_changed"
    SCENARIOS_CHANGED = "scenarios_changed"  # added, removed or reordered
    SCENARIO_CHANGED = "scenario_changed"  # a property of one scenario (name, date, economy …)
    TRADE_CHANGED = "trade_changed"
    PROJECT_CHANGED = "project_changed"  # project properties, settings, acknowledgements
    RESET = "reset"  # everything may have changed (a file was opened)


@dataclass(frozen=True, slots=True)
class ModelEvent:
    change: Change
    scenario_id: str | None = None
    ids: tuple[str, ...] = ()  # unit, function, decision or scenario ids, by `change`
    field: str | None = None
    function_ids: tuple[str, ...] = ()  # with ASSIGNMENTS_CHANGED: the functions touched


Observer = Callable[[ModelEvent], None]


class EventHub:
    """Plain-Python publish/subscribe, one per open project."""

    def __init__(self) -> None:
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer, *, first: bool = False) -> None:
        """Add an observer; `first` puts it before all others (derived state such as the live
        analysis must be current before views that read it hear the same event)."""
        if first:
            self._observers.insert(0, observer)
        else:
            self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    def emit(self, event: ModelEvent) -> None:
        for observer in list(self._observers):
            observer(event)
