"""The evaluation of the volume history: planted effects are found within the stated uncertainty,
no effect is never claimed where there is none, and the history says when it cannot tell."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis._did import did, t_quantile
from orgdesigner.analysis.trade_calibration import calibrate
from orgdesigner.analysis.trade_history import Unanswerable, evaluate
from orgdesigner.model.trade_history import EventKind
from tests.history_case import Plan, history_project


def _effect(plan: Plan):
    project, scenario = history_project(plan)
    (effect,) = evaluate(project, scenario).effects
    return effect


@settings(max_examples=40, deadline=None)
@given(effect=st.floats(-0.6, 0.6), kind=st.sampled_from(list(EventKind)), touched=st.integers(2, 8),
       untouched=st.integers(2, 8), trend=st.floats(-0.1, 0.1), seed=st.integers(0, 1000),
       year=st.integers(2012, 2016))
def test_a_planted_effect_is_recovered_whatever_the_buyers_levels_sizes_and_common_trend(
        effect, kind, touched, untouched, trend, seed, year):
    found = _effect(Plan(kind, effect, touched, untouched, date(year, 1, 1), 0.0, trend, seed))
    assert found.unanswerable is None and found.estimate is not None
    e = found.estimate
    truth = math.log1p(effect)
    assert e.log_effect == pytest.approx(truth, abs=1e-6)
    assert e.low - 1e-6 <= truth <= e.high + 1e-6
    assert e.direction == (0 if abs(effect) < 1e-6 else int(math.copysign(1, effect))) or abs(effect) < 1e-4


def test_with_noise_the_interval_holds_the_planted_effect_about_95_times_in_100():
    truth = math.log1p(-0.15)
    reps = [_effect(Plan(EventKind.FEEDBACK, -0.15, 6, 8, noise=0.12, seed=seed)).estimate for seed in range(200)]
    covered = sum(e is not None and e.low <= truth <= e.high for e in reps)
    assert covered >= 180, covered  # 95 % nominal; 180/200 leaves room for chance, not for a wrong formula
    found = sum(e is not None and e.direction == -1 for e in reps)
    assert found >= 150  # a 15 % drop among 14 buyers is usually seen


def test_with_noise_and_no_effect_an_effect_is_rarely_claimed():
    reps = [_effect(Plan(EventKind.PRICING, 0.0, 7, 7, noise=0.12, seed=seed)).estimate for seed in range(200)]
    claimed = sum(e is not None and e.direction != 0 for e in reps)
    assert claimed <= 20, claimed  # 5 % nominal


@pytest.mark.parametrize(
    ("plan", "reason"),
    [
        (Plan(untouched=0), Unanswerable.NO_COMPARISON),
        (Plan(untouched=1), Unanswerable.NO_COMPARISON),
        (Plan(touched=1), Unanswerable.TOO_FEW_TOUCHED),
        (Plan(on=date(2011, 1, 1)), Unanswerable.TOO_FEW_YEARS),  # one year before
        (Plan(on=date(2016, 6, 1)), Unanswerable.TOO_FEW_YEARS),  # 2016 is the event's own year: one after
    ],
)
def test_where_the_history_cannot_tell_it_says_why_instead_of_a_number(plan, reason):
    found = _effect(plan)
    assert found.estimate is None and found.unanswerable is reason


def test_a_mid_year_event_leaves_its_own_year_out():
    found = _effect(Plan(on=date(2014, 6, 1)))
    assert found.years_before == (2010, 2011, 2012, 2013) and found.years_after == (2015, 2016, 2017)


def test_a_pricing_change_of_egenregi_is_compared_with_the_private_buyers():
    found = _effect(Plan(EventKind.PRICING, -0.2, 5, 4))
    assert found.on == date(2014, 1, 1)  # from the decision register
    assert all(b.startswith("hc") for b in found.touched) and all(b.startswith("x") for b in found.untouched)
    assert found.estimate is not None and found.estimate.relative == pytest.approx(-0.2, abs=1e-6)


def test_the_estimated_response_goes_into_the_what_if_and_the_rest_stays_assumed():
    project, scenario = history_project(Plan(EventKind.PRICING, -0.2, 5, 4))
    calibration = calibrate(scenario.trade.assumptions, evaluate(project, scenario))
    free = calibration.figures["response_free"]
    assert free.estimated and free.value == pytest.approx(1 / 0.8 - 1, abs=1e-6)  # free buys 25 % more than styckpris
    assert calibration.assumptions.response_free == pytest.approx(0.25, abs=1e-6)
    assert not calibration.figures["response_fixed"].estimated
    assert calibration.assumptions.response_fixed == scenario.trade.assumptions.response_fixed


def test_feedback_that_narrows_the_spread_shows_in_the_spread():
    found = _effect(Plan(EventKind.FEEDBACK, 0.0, 8, 8, converge=0.6, seed=3))
    touched_before, untouched_before = found.spread_before
    touched_after, untouched_after = found.spread_after
    assert touched_after < touched_before * 0.6
    assert untouched_after == pytest.approx(untouched_before, rel=0.05)


def test_rates_per_1000_listed_and_the_pna_share():
    project, scenario = history_project(Plan(EventKind.PNA, 0.3, 3, 3, noise=0.0, trend=0.0))
    ev = evaluate(project, scenario)
    assert ev.years == list(range(2010, 2018))
    rate = ev.rates["lab"][2010]
    assert rate.volume_per_1000 == pytest.approx(rate.volume / rate.listed * 1000)
    assert rate.buyers == 6
    assert set(ev.pna_share) == set(ev.years) and all(0 < v < 1 for v in ev.pna_share.values() if v is not None)
    assert ev.kind_cost["own"][2010] > 0


def test_an_empty_history_evaluates_to_nothing(project):
    ev = evaluate(project, project.scenarios["now"])
    assert ev.empty and not ev.effects


def test_the_t_quantiles_and_the_interval():
    assert t_quantile(1) == pytest.approx(12.706) and t_quantile(10) == pytest.approx(2.228)
    assert 1.96 < t_quantile(200) < 1.98
    e = did([0.1, 0.3], [0.0, 0.0])
    assert e.log_effect == pytest.approx(0.2) and e.se == pytest.approx(0.1)
    assert e.high - e.log_effect == pytest.approx(12.706 * 0.1)


def test_a_buyer_without_listed_patients_in_the_history_borrows_the_units_and_the_limits_say_so():
    import dataclasses

    from orgdesigner.io.words.trade_evaluation import build_report, limits

    project, scenario = history_project(Plan(noise=0.0))
    history = project.trade_history
    project.trade_history = dataclasses.replace(history, listed={k: v for k, v in history.listed.items() if k[0] != "hc0"})
    scenario.units["hc0"].listed_patients = 4000
    report = build_report(project, scenario, "en")
    assert report.evaluation.listed_from_units == ["hc0"]
    assert any("current number is used for every year" in line for line in limits(report))
    assert report.evaluation.buyer_rates["hc0"]["all"][2010] == pytest.approx(
        sum(r.volume for r in history.records if r.buyer == "hc0" and r.period == "2010") / 4000 * 1000)
