"""The volume history in the project file (format 3): round trip, migration, refused files, undo."""

from __future__ import annotations

import json
from datetime import date

import pytest

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.file_format import FORMAT_VERSION
from orgdesigner.io.project.migrations import migrate
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document
from orgdesigner.model.commands import CommandError, RemoveDecision, SetTradeHistory
from orgdesigner.model.history import CommandStack
from orgdesigner.model.trade import PricingModel
from orgdesigner.model.trade_history import (
    BuyerKind,
    EventKind,
    TradeEvent,
    TradeHistory,
    VolumeRecord,
)


def _history() -> TradeHistory:
    return TradeHistory(
        records=(VolumeRecord("2015", "hc1", "crp", 1200.5, 42.0), VolumeRecord("2016", "Hoting", "crp", 300.0)),
        listed={("hc1", "2015"): 5000, ("Hoting", "2016"): 2100},
        buyer_kinds={"hc1": BuyerKind.OWN, "Hoting": BuyerKind.PRIVATE},
        events=(
            TradeEvent("pris", EventKind.PRICING, decision="LS/1/2009", pricing_from=PricingModel.FRI_NYTTIGHET,
                       pricing_to=PricingModel.STYCKPRIS),
            TradeEvent("fb", EventKind.FEEDBACK, on=date(2016, 1, 1), supplier="lab", buyers=("hc1",), note="start"),
        ),
        note="illustrativ",
    )


def test_the_history_survives_a_save(project):
    project.trade_history = _history()
    again = parse_project(project_bytes(project))
    assert again.trade_history == project.trade_history


def test_a_project_without_history_writes_no_history(project):
    data = json.loads(project_bytes(project))
    assert data["format_version"] == FORMAT_VERSION >= 3  # the history came with version 3
    assert "trade_history" not in data


def test_version_1_and_2_files_migrate_to_an_empty_history(project):
    project.trade_history = _history()
    data = json.loads(project_bytes(project))
    del data["trade_history"]
    for old in (1, 2):
        older = dict(data, format_version=old)
        migrated = migrate(json.loads(json.dumps(older)), old)
        assert migrated["format_version"] == FORMAT_VERSION
        assert migrated["trade_history"] == {}
        assert parse_project(json.dumps(older).encode()).trade_history == TradeHistory()


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda h: h["records"].append(dict(h["records"][0])), "records[2]"),
        (lambda h: h["records"].append({"period": "2015-03", "buyer": "x", "service": "y", "volume": 1}), "records[2].period"),
        (lambda h: h["records"].append({"period": "15", "buyer": "x", "service": "y", "volume": 1}), "records"),
        (lambda h: h["records"].append({"period": "2015", "buyer": "x", "service": "y", "volume": -1}), "records"),
        (lambda h: h["events"].append({"id": "pris", "kind": "pna", "on": "2016-01-01", "buyers": ["hc1"]}), "events[2].id"),
        (lambda h: h["events"].append({"id": "x", "kind": "pricing", "decision": "nope"}), "events[2].decision"),
        (lambda h: h["events"].append({"id": "x", "kind": "feedback", "on": "2016-01-01", "buyers": ["hc1"]}), "events[2].supplier"),
        (lambda h: h["events"].append({"id": "x", "kind": "pna", "on": "2016-01-01"}), "events[2].buyers"),
    ],
)
def test_a_broken_history_is_refused_naming_where(project, change, where):
    project.trade_history = _history()
    data = json.loads(project_bytes(project))
    change(data["trade_history"])
    with pytest.raises(ProjectFileError) as caught:
        parse_project(json.dumps(data).encode())
    assert any(where in p.where for p in caught.value.problems), caught.value.problems


def test_setting_the_history_is_one_undo_step(project):
    doc = Document(project)
    stack = CommandStack(doc)
    stack.push(SetTradeHistory(_history()))
    assert project.trade_history == _history()
    stack.undo()
    assert project.trade_history == TradeHistory()
    stack.redo()
    assert project.trade_history.events[1].buyers == ("hc1",)


def test_an_event_without_what_its_kind_needs_is_refused(project):
    stack = CommandStack(Document(project))
    bad = TradeHistory(events=(TradeEvent("fb", EventKind.FEEDBACK, on=date(2016, 1, 1), buyers=("hc1",)),))
    with pytest.raises(CommandError, match="supplier"):
        stack.push(SetTradeHistory(bad))
    assert project.trade_history == TradeHistory()


def test_a_decision_an_event_rests_on_cannot_be_deleted(project):
    stack = CommandStack(Document(project))
    stack.push(SetTradeHistory(_history()))
    with pytest.raises(CommandError, match="event pris"):
        stack.push(RemoveDecision("LS/1/2009"))


def test_diff_and_merge_carry_the_history(project):
    from orgdesigner.io.merging.diff import diff_documents, render_text
    from orgdesigner.io.merging.flat import flatten, flatten_project, unflatten
    from orgdesigner.io.merging.merge import merge_documents

    old = json.loads(project_bytes(project))
    project.trade_history = _history()
    new = json.loads(project_bytes(project))
    assert flatten_project(project) == flatten(new)
    assert unflatten(flatten(new), {})["trade_history"] == new["trade_history"]
    assert "volymhistorik" in render_text(diff_documents(old, new), "a", "b", "sv")
    changed = json.loads(json.dumps(new))
    changed["trade_history"]["records"][0]["volume"] = 1.0
    text = render_text(diff_documents(new, changed), "a", "b", "sv")
    assert "volymer" in text and "1200.5" not in text and "händelser" not in text
    merged, conflicts = merge_documents(old, new, old)
    assert not conflicts and merged["trade_history"] == new["trade_history"]


def test_an_event_past_a_limit_is_refused_at_the_edit(project):
    stack = CommandStack(Document(project))
    long_note = TradeHistory(events=(TradeEvent("p", EventKind.PNA, on=date(2016, 1, 1), buyers=("hc1",), note="x" * 100_001),))
    with pytest.raises(CommandError, match="note"):
        stack.push(SetTradeHistory(long_note))
    with pytest.raises(CommandError, match="note"):
        stack.push(SetTradeHistory(TradeHistory(note="x" * 100_001)))
    assert project.trade_history == TradeHistory()
