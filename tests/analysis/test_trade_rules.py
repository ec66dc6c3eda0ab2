"""Trade findings on planted defects; the clean case stays clean."""

from __future__ import annotations

import dataclasses

import pytest
from trade_case import trade_project

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import RULES, Severity
from orgdesigner.analysis.rules import trade as _trade_rules  # noqa: F401  (registers the rules)
from orgdesigner.model.enums import Authority
from orgdesigner.model.trade import Flow, PricingModel

TRADE_RULES = [rule for rule in RULES.values() if rule.id.startswith("T0")]  # registered by importing trade_rules


def findings(project):
    context = Context.of(project, project.scenarios["now"])
    return [f for rule in TRADE_RULES for f in rule.check(context)]


def set_service(project, **changes):
    t = project.scenarios["now"].trade
    t.services["blod"] = dataclasses.replace(t.services["blod"], **changes)


def test_rules_are_registered():
    assert len(TRADE_RULES) == 7
    assert {f"T0{i}" for i in range(1, 8)} <= {rid[:3] for rid in RULES}
    assert RULES["T02-free-for-egenregi-only"].severity is Severity.ERROR


def test_clean_case_stays_clean():
    project = trade_project()
    # also with a private buyer at the same price, and under every pricing model with its terms
    project.scenarios["now"].trade.flows[("priv", "blod")] = Flow("priv", "blod", 100.0)
    assert findings(project) == []
    for model, extra in [
        (PricingModel.FRI_NYTTIGHET, {}),
        (PricingModel.FAST_AVGIFT, {"fixed_charge_sek": 64_000.0}),  # 64,000/1,600 = 40 = cost
        (PricingModel.BLANDAD, {"fixed_charge_sek": 32_000.0, "mixed_price_sek": 20.0}),  # 20 + 20
    ]:
        set_service(project, pricing=model, **extra)
        assert findings(project) == [], model


def test_price_below_cost_per_item_and_fixed():
    project = trade_project()
    set_service(project, price_sek=35.0)
    (f,) = findings(project)
    assert f.rule == "T01-price-below-cost"
    assert "35 kr" in f.message_sv and "40 kr" in f.message_sv and "korssubventionering" in f.message_sv
    assert f.subjects.units == ("lab",) and f.subjects.functions == ("service:blod",)
    # a fixed charge of 45,000 for 1,500 items is 30 SEK per item, below 40
    set_service(project, price_sek=42.0, pricing=PricingModel.FAST_AVGIFT, fixed_charge_sek=45_000.0)
    (f,) = findings(project)
    assert f.rule == "T01-price-below-cost" and "SEK 30 per item" in f.message_en
    # blandad: 10,000 / 1,500 + 20 = 26.67 per item
    set_service(project, pricing=PricingModel.BLANDAD, fixed_charge_sek=10_000.0, mixed_price_sek=20.0)
    (f,) = findings(project)
    assert "26,67 kr" in f.message_sv


def test_konkurrensneutralitet_free_to_egenregi_charged_to_private():
    project = trade_project()
    project.scenarios["now"].trade.flows[("priv", "blod")] = Flow("priv", "blod", 100.0)
    set_service(project, pricing=PricingModel.FRI_NYTTIGHET, private_price_sek=42.0)
    (f,) = findings(project)
    assert f.rule == "T02-free-for-egenregi-only" and f.severity is Severity.ERROR
    assert f.subjects.units == ("lab", "priv")
    assert "fri nyttighet för egenregi" in f.message_sv


def test_konkurrensneutralitet_priced_differently():
    project = trade_project()
    set_service(project, private_price_sek=55.0)
    (f,) = findings(project)
    assert f.rule == "T03-price-differs-for-private"
    assert "42 kr" in f.message_sv and "55 kr" in f.message_sv
    set_service(project, private_price_sek=30.0)  # cheaper for private and below cost
    assert sorted(x.rule for x in findings(project)) == ["T01-price-below-cost", "T03-price-differs-for-private"]


def test_no_price_and_no_cost():
    project = trade_project()
    set_service(project, price_sek=None, unit_cost_sek=None)
    rules = sorted(f.rule for f in findings(project))
    assert rules == ["T04-no-price", "T05-no-cost"]
    f = next(x for x in findings(project) if x.rule == "T04-no-price")
    assert "(2 flows)" in f.message_en


def test_buyer_of_vardval_without_budget():
    project = trade_project()
    s = project.scenarios["now"]
    s.units["hc1"].authorities = frozenset()  # hc1 performs delivery of vårdval primärvård
    s.units["hc2"].authorities = frozenset()  # hc2 holds no vårdval role: not flagged
    (f,) = findings(project)
    assert f.rule == "T06-buyer-without-budget"
    assert f.subjects.units == ("hc1",) and f.subjects.functions == ("vv",)
    assert "Brunflo hälsocentral" in f.message_sv
    set_service(project, pricing=PricingModel.FRI_NYTTIGHET)  # nothing to pay: no finding
    assert findings(project) == []
    s.units["hc1"].authorities = frozenset({Authority.BUDGET})
    set_service(project, pricing=PricingModel.STYCKPRIS)
    assert findings(project) == []


def test_dangling_trade_after_a_unit_is_removed():
    project = trade_project()
    s = project.scenarios["now"]
    del s.units["hc2"]
    s.structure_changed()
    (f,) = findings(project)
    assert f.rule == "T07-trade-dangling" and "hc2" in f.message_en


@pytest.mark.parametrize("rule_id", [r for r in RULES if r.startswith("T0")])
def test_rule_texts_are_bilingual(rule_id):
    r = RULES[rule_id]
    assert r.title_sv and r.title_en and r.why_sv and r.fix_en and r.title_sv != r.title_en
