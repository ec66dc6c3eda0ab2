"""The bundled example's illustrative internal trade tells the story of RS/1042/2017."""

from __future__ import annotations

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import RULES
from orgdesigner.analysis.rules import trade as _trade_rules  # noqa: F401  (registers the rules)
from orgdesigner.analysis.trade import compare
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import UnitCategory
from tests.conftest import EXAMPLE


def _trade_findings(project, scenario):
    return [f for rid, r in RULES.items() if rid.startswith("T0") for f in r.check(Context.of(project, scenario))]


def test_every_halsocentral_buys_lab_radiology_and_pna():
    project = load_project(EXAMPLE)
    for scenario in project.scenarios.values():
        trade = scenario.trade
        kinds = {s.kind.value for s in trade.services.values()}
        assert {"lab", "microbiology", "xray", "ct", "ultrasound", "pna"} <= kinds
        assert all("llustrativ" in s.description for s in trade.services.values())
        buyers = {b for b, _ in trade.flows}
        own = {u.id for u in scenario.units.values() if u.category is UnitCategory.OWN_PROVIDER and u.listed_patients}
        assert own <= buyers


def test_example_findings_and_comparison():
    project = load_project(EXAMPLE)
    now, koncern = project.scenarios["nulage-2017"], project.scenarios["koncern-2018"]
    rules = {f.rule for f in _trade_findings(project, now)}
    assert rules == {"T03-price-differs-for-private"}  # radiology charges private providers more
    assert _trade_findings(project, koncern) == []
    now_results, koncern_results = compare(now), compare(koncern)
    # free services cost the region more than styckpris under the example's assumptions
    assert now_results["free"].net_cost_sek > now_results["per_item"].net_cost_sek
    # PNA at the hälsocentral and consultative feedback make Koncern 2018 cheaper as set
    assert koncern_results["as_set"].production_cost_sek < now_results["as_set"].production_cost_sek
