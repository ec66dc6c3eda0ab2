"""Property: any command sequence reverted in reverse order restores the project exactly,
and re-applied reproduces the end state; and every step of it, apply and revert, is announced by
the Document's primitives alone, naming every entity it changed (tests/event_coverage.py)."""

from __future__ import annotations

from event_coverage import Spy, snapshot, uncovered
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import command_for  # tests/strategies.py: every kind of edit

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.project.project_file import project_bytes
from orgdesigner.model import Document
from orgdesigner.model.commands import CommandError


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_revert_in_reverse_restores_and_reapply_reproduces(data):
    doc = Document(synthetic_project(units=12, functions=4, assignments=20, scenarios=2, seed=7))
    spy = Spy(doc)

    def announced(step) -> None:
        seen = snapshot(doc.project)
        with spy.watch() as heard:
            step()
        assert uncovered(seen, snapshot(doc.project), heard) == []

    start = project_bytes(doc.project)
    applied = []
    for n in range(data.draw(st.integers(1, 15))):
        command = data.draw(command_for(doc, n, dotted=True))
        before = project_bytes(doc.project)
        try:
            announced(lambda c=command: c.apply(doc))
        except CommandError:
            assert project_bytes(doc.project) == before  # a refused command changes nothing
            continue
        applied.append(command)
    end = project_bytes(doc.project)
    for command in reversed(applied):
        announced(lambda c=command: c.revert(doc))
    assert project_bytes(doc.project) == start
    for command in applied:
        command.apply(doc)
    assert project_bytes(doc.project) == end
