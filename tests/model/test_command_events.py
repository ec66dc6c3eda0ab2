"""The model announces its own changes (issue 33, item 2): every command kind, taken from the
registry of command kinds, changes the project only through the Document's primitives; each
primitive tells exactly one event, observers hear exactly those, and the events name every entity
the change touched, on apply, on revert and on apply again."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest
from command_examples import EXAMPLES, S, example, with_line
from event_coverage import Spy, record, snapshot, uncovered
from trade_case import trade_project

from orgdesigner.model import Document
from orgdesigner.model.commands import Command, MoveUnit, RemoveUnits, command_kinds
from orgdesigner.model.document import PRIMITIVES


def test_every_command_kind_has_an_example() -> None:
    """A new command kind fails here until it is given an example: then every test below runs it."""
    assert set(command_kinds()) == set(EXAMPLES)


def _check(doc: Document, spy: Spy, step: Callable[[], None]) -> None:
    before = snapshot(doc.project)
    with spy.watch() as heard:
        step()
    assert spy.calls, "the change called no primitive"
    assert uncovered(before, snapshot(doc.project), heard) == []


@pytest.mark.parametrize("kind", command_kinds(), ids=lambda k: k.__name__)
def test_a_command_changes_the_project_only_through_primitives_that_announce_it(kind: type[Command]) -> None:
    doc, command = example(kind)
    spy = Spy(doc)
    start = snapshot(doc.project)
    _check(doc, spy, lambda: command.apply(doc))
    assert snapshot(doc.project) != start  # the example does change something
    _check(doc, spy, lambda: command.revert(doc))
    assert snapshot(doc.project) == start
    _check(doc, spy, lambda: command.apply(doc))


def test_a_refused_command_tells_nothing() -> None:
    doc = Document(trade_project())
    with record(doc) as heard, pytest.raises(Exception, match="reporting cycle"):
        MoveUnit(S, "pv", "hc1").apply(doc)
    assert heard == []


def test_a_batch_tells_its_events_after_the_whole_change() -> None:
    """RemoveUnits removes units, roles, lines and trade; each observer sees the final project."""
    doc = Document(trade_project())
    with_line(doc)
    seen: list[tuple[str, bool, bool]] = []
    doc.events.subscribe(lambda e: seen.append((e.change, "best" in doc.project.scenarios[S].units,
                                                any(k.unit_id == "best" for k in doc.project.scenarios[S].assignments))))
    RemoveUnits(S, ["best"]).apply(doc)
    assert [s[0] for s in seen] == ["units_removed", "units_changed", "assignments_changed"]
    assert all(not present and not roles for _c, present, roles in seen)


def test_primitives_are_the_documents_only_mutators() -> None:
    """The registry the spy wraps is complete: every public Document method that changes the
    project is listed as a primitive."""
    listed = set(PRIMITIVES)
    public = {name for name, _ in inspect.getmembers(Document, inspect.isfunction) if not name.startswith("_")}
    assert public - listed == {"batch"}
