"""Analysis that follows a Document edit by edit, for views that redraw after every change.

`LiveAnalysis` listens to `doc.events`, patches its indexes (reporting lines, the matrix, layer
of each unit) and marks only the (rule, scope key) pairs an edit can affect; `result()` then
re-checks those and returns exactly what `engine.analyze_scenario` would (a property test
compares them over random command sequences). Plain Python: the GUI wraps `subscribe` in a
signal.

The per-scenario state and the rules live in `_live_scenario`, imported with the first result:
the window creates its LiveAnalysis before its first paint, and the analysis runs after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from orgdesigner.model.document import Document
from orgdesigner.model.events import Change, ModelEvent

if TYPE_CHECKING:
    from orgdesigner.analysis._live_scenario import ScenarioState
    from orgdesigner.analysis.engine import AnalysisResult

Callback = Callable[[str], None]


class LiveAnalysis:
    """Findings and metrics of every scenario of a document, kept current per edit."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._states: dict[str, ScenarioState] = {}
        self._callbacks: list[Callback] = []
        self._rebuild()
        # Views may ask for results while handling the very event that changed the model; hear
        # it before them, so they never see indexes that lag behind the project.
        doc.events.subscribe(self._on_event, first=True)

    def close(self) -> None:
        self.doc.events.unsubscribe(self._on_event)

    def subscribe(self, callback: Callback) -> None:
        """`callback(scenario_id)` after that scenario's results may have changed."""
        self._callbacks.append(callback)

    def unsubscribe(self, callback: Callback) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def result(self, scenario_id: str) -> AnalysisResult:
        state = self._state(scenario_id)
        return state.analysis()

    def prepare_edits(self, scenario_id: str) -> None:
        """Build what re-analysing an edit needs beyond the first result (the window calls this
        once the findings are shown; an edit before that builds it itself)."""
        if scenario_id in self.doc.project.scenarios:
            self._state(scenario_id).prepare_edits()

    def _state(self, scenario_id: str) -> ScenarioState:
        scenario = self.doc.project.scenarios.get(scenario_id)
        if scenario is None:
            raise KeyError(scenario_id)
        state = self._states.get(scenario_id)
        if state is None or state.context.scenario is not scenario or state.context.project is not self.doc.project:
            # the rules load with the first result, not with the window (start-up, issue 20)
            from orgdesigner.analysis._live_scenario import ScenarioState

            state = self._states[scenario_id] = ScenarioState(self.doc.project, scenario)
        return state

    def _rebuild(self) -> None:
        self._states.clear()  # built lazily by _state on first use

    # -- events --
    def _on_event(self, event: ModelEvent) -> None:
        project = self.doc.project
        change = event.change
        if change is Change.RESET:
            self._rebuild()
            self._notify(list(project.scenarios))
            return
        if change is Change.SCENARIOS_CHANGED:
            for sid in list(self._states):
                state = self._states[sid]
                if project.scenarios.get(sid) is not state.context.scenario:
                    del self._states[sid]
            self._notify([sid for sid in event.ids if sid in project.scenarios])
            return
        if event.scenario_id is not None and change is not Change.PROJECT_CHANGED:
            touched = self._states.get(event.scenario_id)
            if touched is not None:
                self._apply(touched, event)
            self._notify([event.scenario_id])
            return
        for state in self._states.values():
            self._apply(state, event)
        self._notify(list(project.scenarios))

    def _notify(self, scenario_ids: list[str]) -> None:
        for sid in scenario_ids:
            for callback in list(self._callbacks):
                callback(sid)

    def _apply(self, state: ScenarioState, event: ModelEvent) -> None:
        from orgdesigner.analysis._live_scenario import apply_event  # loaded with the first state

        apply_event(state, event)


__all__ = ["Callback", "LiveAnalysis"]
