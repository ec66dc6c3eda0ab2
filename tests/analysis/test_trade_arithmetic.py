"""Internal-trade arithmetic against hand-computed cases, one per pricing model."""

from __future__ import annotations

import dataclasses

import pytest
from trade_case import trade_project

from orgdesigner.analysis.trade import AS_SET, compare, compute, cost_by_kind, trade_summary
from orgdesigner.model.trade import Flow, PricingModel, Service, ServiceKind, TradeAssumptions

approx = pytest.approx


def scenario():
    return trade_project().scenarios["now"]


# Default assumptions: response free +15 %, styckpris 0, fast avgift +10 %, blandad +5 %,
# no PNA shift, no feedback, blandad per-item price = 50 % of the full price when not set.


def test_styckpris_by_hand():
    # volumes 1000, 500 (response 0); charges 42×1000 = 42,000 and 42×500 = 21,000
    # production 40×1500 = 60,000; revenue 63,000; coverage 63,000/60,000 = 1.05
    r = compute(scenario(), PricingModel.STYCKPRIS)
    assert r.volumes == {("hc1", "blod"): approx(1000), ("hc2", "blod"): approx(500)}
    assert r.buyers == {"hc1": approx(42_000), "hc2": approx(21_000)}
    assert r.production_cost_sek == approx(60_000)
    assert r.suppliers["lab"].revenue_sek == approx(63_000)
    assert r.suppliers["lab"].coverage == approx(1.05)
    assert r.central_funding_sek == approx(-3_000)  # a surplus at the lab
    assert r.net_cost_sek == approx(60_000)


def test_fri_nyttighet_by_hand():
    # volumes +15 %: 1150 and 575 = 1725; buyers pay 0; production 40×1725 = 69,000,
    # all of it funded centrally; coverage 0
    r = compute(scenario(), PricingModel.FRI_NYTTIGHET)
    assert r.total_volume == approx(1725)
    assert r.buyers == {"hc1": 0.0, "hc2": 0.0}
    assert r.production_cost_sek == approx(69_000)
    assert r.central_funding_sek == approx(69_000)
    assert r.suppliers["lab"].coverage == 0.0
    assert r.net_cost_sek == approx(69_000)


def test_fast_avgift_derived_by_hand():
    # no fixed charge set: F = 42 × planned 1500 = 63,000, shared by planned volume:
    # Brunflo 1000/1500 → 42,000, Frösö 500/1500 → 21,000 (the same as styckpris at baseline)
    # volumes +10 %: 1100 + 550 = 1650; production 40×1650 = 66,000; coverage 63,000/66,000
    r = compute(scenario(), PricingModel.FAST_AVGIFT)
    assert r.buyers == {"hc1": approx(42_000), "hc2": approx(21_000)}
    assert r.total_volume == approx(1650)
    assert r.production_cost_sek == approx(66_000)
    assert r.suppliers["lab"].coverage == approx(63_000 / 66_000)


def test_blandad_derived_by_hand():
    # per item q = 42 × 0.5 = 21; fixed F = (42 − 21) × 1500 = 31,500
    # volumes +5 %: 1050 and 525
    # Brunflo: 31,500 × 2/3 = 21,000 + 21 × 1050 = 22,050 → 43,050
    # Frösö:   31,500 × 1/3 = 10,500 + 21 × 525  = 11,025 → 21,525
    # revenue 64,575; production 40 × 1575 = 63,000; coverage 64,575 / 63,000
    r = compute(scenario(), PricingModel.BLANDAD)
    assert r.buyers == {"hc1": approx(43_050), "hc2": approx(21_525)}
    assert r.production_cost_sek == approx(63_000)
    assert r.suppliers["lab"].coverage == approx(64_575 / 63_000)


def test_own_terms_are_used_for_the_services_own_model():
    s = scenario()
    # X-ray at a set fixed yearly charge of 100,000 SEK, unit cost 500, Brunflo 100, Frösö 300
    s.trade.services["rtg"] = Service(
        "rtg", "Slätröntgen", "lab", ServiceKind.XRAY, unit_cost_sek=500.0,
        pricing=PricingModel.FAST_AVGIFT, price_sek=600.0, fixed_charge_sek=100_000.0,
    )
    s.trade.flows[("hc1", "rtg")] = Flow("hc1", "rtg", 100.0)
    s.trade.flows[("hc2", "rtg")] = Flow("hc2", "rtg", 300.0)
    r = compute(s)  # as set: blod styckpris, rtg fast avgift
    # rtg: Brunflo 100,000 × 100/400 = 25,000; Frösö 75,000; volumes +10 %: 110 + 330 = 440
    assert r.charges[("hc1", "rtg")] == approx(25_000)
    assert r.charges[("hc2", "rtg")] == approx(75_000)
    assert r.costs[("hc1", "rtg")] + r.costs[("hc2", "rtg")] == approx(500 * 440)
    # Brunflo in all: 42,000 (blod) + 25,000 (rtg)
    assert r.buyers["hc1"] == approx(67_000)
    # under styckpris the rtg price 600 applies: Brunflo 42,000 + 600 × 100 = 102,000
    assert compute(s, PricingModel.STYCKPRIS).buyers["hc1"] == approx(102_000)
    # a set blandad: fixed part 20,000 and 300 per item; volumes +5 %: 105 and 315
    s.trade.services["rtg"] = dataclasses.replace(
        s.trade.services["rtg"], pricing=PricingModel.BLANDAD, fixed_charge_sek=20_000.0, mixed_price_sek=300.0
    )
    r = compute(s)
    # Brunflo: 20,000 × 1/4 = 5,000 + 300 × 105 = 31,500 → 36,500
    assert r.charges[("hc1", "rtg")] == approx(36_500)
    # Frösö: 15,000 + 300 × 315 = 94,500 → 109,500
    assert r.charges[("hc2", "rtg")] == approx(109_500)


def test_pna_shift_and_feedback_by_hand():
    s = scenario()
    s.trade.services["crp_pna"] = Service(
        "crp_pna", "CRP (PNA)", "lab", ServiceKind.PNA, unit_cost_sek=45.0, price_sek=45.0
    )
    s.trade.services["crp"] = Service(
        "crp", "CRP", "lab", ServiceKind.LAB, unit_cost_sek=60.0, price_sek=60.0, pna_alternative="crp_pna"
    )
    s.trade.flows = {("hc1", "crp"): Flow("hc1", "crp", 1000.0)}
    s.trade.assumptions = TradeAssumptions(pna_share=0.4, consultative_feedback=True, feedback_effect=-0.05)
    r = compute(s)
    # 40 % of 1000 move to PNA at Brunflo: lab 600, PNA 400; feedback −5 %: 570 and 380
    assert r.volumes == {("hc1", "crp"): approx(570), ("hc1", "crp_pna"): approx(380)}
    # Brunflo pays 570 × 60 = 34,200 + 380 × 45 = 17,100 → 51,300 (= production cost here)
    assert r.buyers["hc1"] == approx(51_300)
    assert r.production_cost_sek == approx(51_300)


def test_private_price_applies_under_every_model_and_is_external_income():
    s = scenario()
    s.trade.services["blod"] = dataclasses.replace(s.trade.services["blod"], private_price_sek=50.0)
    s.trade.flows[("priv", "blod")] = Flow("priv", "blod", 200.0)
    for model in PricingModel:
        r = compute(s, model)
        # 200 × 50 = 10,000 whatever the own side's model; private volume has no response
        assert r.buyers["priv"] == approx(10_000)
        assert r.external_income_sek == approx(10_000)
        assert r.net_cost_sek == approx(r.production_cost_sek - 10_000)
    # the fixed charge is shared among own buyers only: 42 × 1500 = 63,000 as before
    assert compute(s, PricingModel.FAST_AVGIFT).buyers["hc1"] == approx(42_000)


def test_compare_and_summary_cover_every_model():
    project = trade_project()
    s = project.scenarios["now"]
    results = compare(s)
    assert set(results) == {AS_SET, "free", "per_item", "fixed", "mixed"}
    assert results[AS_SET].buyers == results["per_item"].buyers  # blod is styckpris as set
    summary = trade_summary(project, s)
    assert summary["models"]["free"]["net_cost_sek"] == 69_000.0
    assert summary["models"]["fixed"]["volume"] == 1650.0
    assert summary["buyers"][0] == {
        "id": "hc1", "name": "Brunflo hälsocentral", "as_set": 42_000.0, "free": 0.0,
        "per_item": 42_000.0, "fixed": 42_000.0, "mixed": 43_050.0,
    }
    assert summary["suppliers"][0]["per_item"]["coverage"] == 1.05
    import json

    json.dumps(summary)  # JSON-ready
    by_kind = cost_by_kind(s, results[AS_SET])
    assert by_kind == {"hc1": {"lab": approx(42_000)}, "hc2": {"lab": approx(21_000)}}


def test_empty_trade_gives_zero_everywhere():
    project = trade_project()
    s = project.scenarios["now"]
    s.trade.flows = {}
    r = compute(s)
    assert r.production_cost_sek == 0 and r.buyers == {}
    assert r.suppliers["lab"].coverage is None
