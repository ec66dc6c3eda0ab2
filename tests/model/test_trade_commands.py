"""Trade commands change the model, refuse bad input unchanged, and revert exactly."""

from __future__ import annotations

import pytest
from trade_case import trade_project

from orgdesigner.io.project.project_file import project_bytes
from orgdesigner.model import Change, Document
from orgdesigner.model.commands import (
    AddService,
    CommandError,
    RemoveFlows,
    RemoveService,
    SetAssumption,
    SetFlowField,
    SetFlows,
    SetServiceField,
)
from orgdesigner.model.history import CommandStack
from orgdesigner.model.trade import Flow, PricingModel, Service, ServiceKind


@pytest.fixture
def tdoc() -> Document:
    return Document(trade_project())


def trade(doc: Document):
    return doc.project.scenarios["now"].trade


def test_add_and_remove_service_with_its_flows(tdoc):
    before = project_bytes(tdoc.project)
    stack = CommandStack(tdoc)
    stack.push(AddService("now", Service("ct", "DT buk", "lab", ServiceKind.CT, 2500.0), index=0))
    assert list(trade(tdoc).services) == ["ct", "blod"]
    stack.push(RemoveService("now", "blod"))
    assert "blod" not in trade(tdoc).services
    assert trade(tdoc).flows == {}
    stack.undo()
    stack.undo()
    assert project_bytes(tdoc.project) == before


def test_add_service_refuses_unknown_supplier_and_duplicate(tdoc):
    with pytest.raises(CommandError, match="unknown supplier unit 'nope'"):
        AddService("now", Service("x", "X", "nope")).apply(tdoc)
    with pytest.raises(CommandError, match="already exists"):
        AddService("now", Service("blod", "Dup", "lab")).apply(tdoc)
    assert list(trade(tdoc).services) == ["blod"]


def test_remove_service_refused_while_it_is_a_pna_alternative(tdoc):
    stack = CommandStack(tdoc)
    stack.push(AddService("now", Service("crp_pna", "CRP PNA", "lab", ServiceKind.PNA)))
    stack.push(SetServiceField("now", "blod", "pna_alternative", "crp_pna"))
    with pytest.raises(CommandError, match="PNA alternative of Blodstatus"):
        RemoveService("now", "crp_pna").apply(tdoc)


def test_set_service_field_swaps_the_frozen_value_and_emits(tdoc):
    events = []
    tdoc.events.subscribe(events.append)
    old = trade(tdoc).services["blod"]
    cmd = SetServiceField("now", "blod", "pricing", "free")
    cmd.apply(tdoc)
    assert trade(tdoc).services["blod"].pricing is PricingModel.FRI_NYTTIGHET
    assert old.pricing is PricingModel.STYCKPRIS  # the old value is untouched
    assert events[-1].change is Change.TRADE_CHANGED and events[-1].ids == ("blod",)
    cmd.revert(tdoc)
    assert trade(tdoc).services["blod"] is old


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("price_sek", -1, "must not be negative"),
        ("price_sek", "abc", "invalid value"),
        ("pricing", "gratis", "invalid value"),
        ("id", "y", "no editable field"),
    ],
)
def test_set_service_field_refuses_bad_values(field, value, message):
    with pytest.raises(CommandError, match=message):
        SetServiceField("now", "blod", field, value)


def test_empty_price_clears_it(tdoc):
    SetServiceField("now", "blod", "price_sek", "").apply(tdoc)
    assert trade(tdoc).services["blod"].price_sek is None
    assert trade(tdoc).services["blod"].needs_price()


def test_set_flows_is_all_or_nothing_and_one_undo_step(tdoc):
    before = project_bytes(tdoc.project)
    bad = [Flow("hc1", "blod", 5.0), Flow("ghost", "blod", 1.0)]
    with pytest.raises(CommandError, match="unknown buyer unit 'ghost'"):
        SetFlows("now", bad).apply(tdoc)
    with pytest.raises(CommandError, match="must not be negative"):
        SetFlows("now", [Flow("hc1", "blod", -3.0)]).apply(tdoc)
    assert project_bytes(tdoc.project) == before
    stack = CommandStack(tdoc)
    stack.push(SetFlows("now", [Flow("hc1", "blod", 7.0), Flow("priv", "blod", 3.0)], replace_all=True))
    assert trade(tdoc).flows == {("hc1", "blod"): Flow("hc1", "blod", 7.0), ("priv", "blod"): Flow("priv", "blod", 3.0)}
    stack.undo()
    assert project_bytes(tdoc.project) == before


def test_set_flow_field_keeps_position_and_refuses_duplicates(tdoc):
    before = project_bytes(tdoc.project)
    cmd = SetFlowField("now", ("hc1", "blod"), "buyer_id", "priv")
    cmd.apply(tdoc)
    assert list(trade(tdoc).flows) == [("priv", "blod"), ("hc2", "blod")]
    assert cmd.new_key == ("priv", "blod")
    cmd.revert(tdoc)
    assert project_bytes(tdoc.project) == before
    with pytest.raises(CommandError, match="already exists"):
        SetFlowField("now", ("hc1", "blod"), "buyer_id", "hc2").apply(tdoc)
    SetFlowField("now", ("hc1", "blod"), "volume", "250").apply(tdoc)
    assert trade(tdoc).flows[("hc1", "blod")].volume == 250.0


def test_remove_flows_and_assumptions_revert(tdoc):
    before = project_bytes(tdoc.project)
    stack = CommandStack(tdoc)
    stack.push(RemoveFlows("now", [("hc1", "blod")]))
    stack.push(SetAssumption("now", "pna_share", 0.3))
    stack.push(SetAssumption("now", "consultative_feedback", True))
    assert trade(tdoc).assumptions.pna_share == 0.3
    assert list(trade(tdoc).flows) == [("hc2", "blod")]
    with pytest.raises(CommandError, match="between 0 and 1"):
        SetAssumption("now", "pna_share", 1.5)
    while stack.undo():
        pass
    assert project_bytes(tdoc.project) == before
