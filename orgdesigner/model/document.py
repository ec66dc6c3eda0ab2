"""A project being edited: the project plus the hub that tells observers what changed."""

from __future__ import annotations

from orgdesigner.model.entities import Project
from orgdesigner.model.events import EventHub, ModelEvent


class Document:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.events = EventHub()

    def emit(self, event: ModelEvent) -> None:
        self.events.emit(event)

    def replace_project(self, project: Project) -> None:
        from orgdesigner.model.events import Change

        self.project = project
        self.emit(ModelEvent(Change.RESET))
