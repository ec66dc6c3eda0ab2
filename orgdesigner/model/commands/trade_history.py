"""Commands on the project's volume history: an import, a cleared history, an edited event.

The history is one frozen value, so each command swaps it whole: an import of 100,000 records
is one undo step, and an undo can never see half of one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from orgdesigner.model import fields
from orgdesigner.model.commands.base import Command, CommandError, invalid
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.document import Document
from orgdesigner.model.trade_history import EventKind, TradeEvent, TradeHistory

FIELD = "trade_history"


def check_event(event: TradeEvent, decisions: Iterable[str]) -> None:
    """CommandError when the event lacks what its kind needs or a field is past its limit (the
    file's checks, for edits)."""
    if not event.id.strip():
        raise CommandError(Refusal.NEEDS_ID, thing="event")
    try:
        fields.check(fields.TRADE_EVENT, "event", event)
    except fields.FieldError as exc:
        raise invalid(exc, event) from None
    if event.decision is not None and event.decision not in set(decisions):
        raise CommandError(Refusal.UNKNOWN_REFERENCE, owner="event", name=event.id, thing="decision", id=event.decision)
    if event.kind is EventKind.PRICING and event.decision is None and event.on is None:
        raise CommandError(Refusal.EVENT_DECISION_OR_DATE, id=event.id)
    if event.kind is not EventKind.PRICING and event.on is None:
        raise CommandError(Refusal.EVENT_DATE, id=event.id)
    if event.kind is EventKind.FEEDBACK and not event.supplier:
        raise CommandError(Refusal.EVENT_SUPPLIER, id=event.id)
    if event.kind is not EventKind.PRICING and not event.buyers:
        raise CommandError(Refusal.EVENT_BUYERS, id=event.id)


class SetTradeHistory(Command):
    """Replace the volume history (an import, a cleared history, an added or edited event)."""

    def __init__(self, history: TradeHistory, description: Description | None = None) -> None:
        self.history = history
        self.description = description or Description(Action.CHANGE, Subject.VOLUME_HISTORY)
        self._old: TradeHistory | None = None

    def apply(self, doc: Document) -> None:
        try:
            fields.check(fields.TRADE_HISTORY, "volume history", self.history)
        except fields.FieldError as exc:
            raise invalid(exc, self.history) from None
        ids: set[str] = set()
        for event in self.history.events:
            if event.id in ids:
                raise CommandError(Refusal.EXISTS, thing="event", id=event.id)
            ids.add(event.id)
            check_event(event, doc.project.decisions)
        self._old = doc.set_project(FIELD, self.history)

    def revert(self, doc: Document) -> None:
        assert self._old is not None
        doc.set_project(FIELD, self._old)


def with_event(history: TradeHistory, event: TradeEvent, replace: str | None = None) -> TradeHistory:
    """`history` with `event` added at the end, or put in the place of event `replace`."""
    if replace is None:
        return dataclasses.replace(history, events=(*history.events, event))
    return dataclasses.replace(history, events=tuple(event if e.id == replace else e for e in history.events))


def without_event(history: TradeHistory, event_id: str) -> TradeHistory:
    return dataclasses.replace(history, events=tuple(e for e in history.events if e.id != event_id))
