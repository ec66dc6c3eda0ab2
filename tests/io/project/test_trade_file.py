"""Internal trade survives save and reopen; broken references are named by JSON path."""

from __future__ import annotations

import orjson
import pytest
from trade_case import trade_project

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model.trade import Flow, PricingModel, Service, ServiceKind, TradeAssumptions
from tests.conftest import small_project


def rich_project():
    project = trade_project()
    t = project.scenarios["now"].trade
    t.services["pna"] = Service("pna", "CRP PNA", "lab", ServiceKind.PNA, 45.0, PricingModel.BLANDAD,
                                fixed_charge_sek=1000.0, mixed_price_sek=20.0, description="illustrative")
    t.services["blod"] = Service("blod", "Blodstatus", "lab", ServiceKind.LAB, 40.0, PricingModel.STYCKPRIS,
                                 42.0, private_price_sek=50.0, pna_alternative="pna")
    t.flows[("priv", "pna")] = Flow("priv", "pna", 12.5)
    t.assumptions = TradeAssumptions(pna_share=0.25, consultative_feedback=True, note="guess")
    return project


def test_round_trip_is_exact_and_stable():
    project = rich_project()
    data = project_bytes(project)
    again = parse_project(data)
    assert again.scenarios["now"].trade == project.scenarios["now"].trade
    assert project_bytes(again) == data


def test_untouched_trade_is_written_as_empty_object():
    data = orjson.loads(project_bytes(small_project()))
    assert data["scenarios"][0]["trade"] == {}


def _broken(mutate) -> ProjectFileError:
    data = orjson.loads(project_bytes(rich_project()))
    mutate(data["scenarios"][0]["trade"])
    with pytest.raises(ProjectFileError) as info:
        parse_project(orjson.dumps(data), "x.orgd")
    return info.value


def test_unknown_units_and_services_are_named():
    def mutate(t):
        t["services"][0]["supplier"] = "ghost"
        t["flows"][0]["buyer"] = "nobody"
        t["flows"][1]["service"] = "nothing"
        t["services"][1]["pna_alternative"] = "nope"

    assert "x.orgd: $.scenarios[0].trade.services[0].supplier: unknown unit 'ghost'" in str(_broken(mutate))
    problems = {p.where: p.message for p in _broken(mutate).problems}
    assert problems["$.scenarios[0].trade.services[0].supplier"] == "unknown unit 'ghost'"
    assert problems["$.scenarios[0].trade.flows[0].buyer"] == "unknown unit 'nobody'"
    assert problems["$.scenarios[0].trade.flows[1].service"] == "unknown service 'nothing'"
    assert problems["$.scenarios[0].trade.services[1].pna_alternative"] == "unknown service 'nope'"


def test_duplicates_and_bad_values_are_named():
    def dup(t):
        t["services"].append(dict(t["services"][0]))
        t["flows"].append(dict(t["flows"][0]))

    wheres = {p.where for p in _broken(dup).problems}
    assert "$.scenarios[0].trade.services[2].id" in wheres
    assert "$.scenarios[0].trade.flows[3]" in wheres

    def negative(t):
        t["flows"][0]["volume"] = -5
        t["services"][0]["pricing"] = "gratis"

    wheres = {p.where for p in _broken(negative).problems}
    assert "$.scenarios[0].trade.flows[0].volume" in wheres
    assert "$.scenarios[0].trade.services[0].pricing" in wheres
