"""The faster paths of a first analysis give exactly what the plain ones give: the index built in
one pass over the assignments, in any order; a live first result with settings and
acknowledgements in place from the start; the matrix tally counted in one pass and the one kept
per function for edits; the phrase of a responsibility of a function."""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis._live_scenario import ScenarioState
from orgdesigner.analysis.context import Context, ScenarioIndex
from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import RULES
from orgdesigner.analysis.texts import RESPONSIBILITY, of_function
from orgdesigner.model import Role
from orgdesigner.model.entities import Acknowledgement, Scenario


def plain_index(scenario: Scenario) -> ScenarioIndex:
    """The index as one loop per derived table would build it."""
    index = ScenarioIndex()
    cells: dict = {}
    for key, role in scenario.assignments.items():
        cells.setdefault((key.function_id, key.responsibility), {})[key.unit_id] = role
    index.cells = cells
    for cell, holders in cells.items():
        if Role.ACCOUNTABLE in holders.values():
            index.accountable[cell] = {u for u, r in holders.items() if r is Role.ACCOUNTABLE}
        index.function_load[cell[0]] = index.function_load.get(cell[0], 0) + len(holders)
    index.unit_load = dict(Counter(key.unit_id for key in scenario.assignments))
    return index


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), order=st.sampled_from(["random", "by cell", "by unit"]))
def test_the_index_equals_the_plain_build_in_any_order(seed, order):
    project = synthetic_project(units=40, functions=12, assignments=400, seed=seed, max_children=4)
    scenario = project.scenarios["s0"]
    items = list(scenario.assignments.items())
    if order == "by cell":  # how a saved file lists them
        items.sort(key=lambda item: (item[0].function_id, item[0].responsibility))
    elif order == "by unit":
        items.sort(key=lambda item: item[0].unit_id)
    scenario.assignments = dict(items)
    got, expected = ScenarioIndex.build(scenario), plain_index(scenario)
    assert list(got.cells.items()) == list(expected.cells.items())  # same cells, holders, orders
    assert list(got.accountable.items()) == list(expected.accountable.items())
    assert [list(s) for s in got.accountable.values()] == [list(s) for s in expected.accountable.values()]
    assert got.function_load == expected.function_load
    assert got.unit_load == expected.unit_load


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_a_first_live_result_equals_the_full_run_with_settings_in_place(data):
    """Severity overrides, switched-off rules and acknowledgements present before the first
    result (the rules' findings are filled in one pass per rule, not put key by key)."""
    seed = data.draw(st.integers(0, 10_000))
    project = synthetic_project(units=60, functions=15, assignments=700, seed=seed, max_children=5)
    scenario = project.scenarios["s0"]
    full = analyze_scenario(project, scenario)
    rule_ids = sorted(RULES)
    project.settings.disabled_rules = frozenset(data.draw(st.lists(st.sampled_from(rule_ids), max_size=3)))
    project.settings.severity_overrides = data.draw(
        st.dictionaries(st.sampled_from(rule_ids), st.sampled_from(["error", "warning", "info"]), max_size=4)
    )
    if full.findings:
        for finding in data.draw(st.lists(st.sampled_from(full.findings), max_size=5)):
            project.acknowledgements[("s0", finding.key)] = Acknowledgement("s0", finding.key, "known")
    expected = analyze_scenario(project, scenario)
    state = ScenarioState(project, scenario)
    got = state.analysis()
    assert got.findings == expected.findings
    assert got.metrics == expected.metrics


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_the_tally_counted_at_once_equals_the_one_kept_per_function(seed):
    project = synthetic_project(units=60, functions=15, assignments=700, seed=seed, max_children=5)
    rng = random.Random(seed)
    for function in project.functions.values():
        function.vardval = rng.random() < 0.5
    context = Context.of(project, project.scenarios["s0"])
    at_once = ScenarioState(project, project.scenarios["s0"]).tally
    at_once.build(context)
    assert at_once.per_function is None  # left for the first edit
    per_function = ScenarioState(project, project.scenarios["s0"]).tally
    per_function.index(context)
    assert at_once.singles == per_function.singles
    assert at_once.split == per_function.split


def plain_of_function(responsibility: str, name: str) -> str:
    """of_function as first written: the name folded once per responsibility word."""
    for word, _ in RESPONSIBILITY.values():
        head = f"{word} av "
        if name.casefold().startswith(head):
            rest = name[len(head):]
            return f"{responsibility} av {rest}" if word == responsibility else f"{responsibility} av {head}{rest}"
    return f"{responsibility} av {name}"


_WORDS = [sv for sv, _en in RESPONSIBILITY.values()]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_WORDS),
    st.one_of(
        st.text(max_size=12),
        st.builds(lambda w, rest: w + rest, st.sampled_from([*_WORDS, "Utveckling", "UTFÖRANDE", "ß", "İ"]),
                  st.sampled_from([" av ", " AV ", "av", " "]).flatmap(lambda sep: st.text(max_size=8).map(sep.__add__))),
    ),
)
def test_the_phrase_of_a_function_is_the_plain_one(responsibility, name):
    assert of_function(responsibility, name) == plain_of_function(responsibility, name)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_a_function_rule_names_its_function_in_every_finding(seed):
    """What lets the clarity index skip function rules when it looks for errors about no pair of
    the catalogue (metrics.compute_metrics, FindingStore.pairless_error_units)."""
    from orgdesigner.analysis.scoped import SCOPED, Scope

    project = synthetic_project(units=60, functions=15, assignments=700, seed=seed, max_children=5)
    rng = random.Random(seed)
    for function in project.functions.values():
        function.vardval = rng.random() < 0.5
    function_ids = list(project.functions)
    for function in project.functions.values():
        if not function.vardval and rng.random() < 0.3:
            function.follows_up = rng.choice(function_ids)
    context = Context.of(project, project.scenarios["s0"])
    for rule_id, scoped in SCOPED.items():
        if scoped.scope is Scope.FUNCTION:
            for key in function_ids:
                for finding in scoped.check_one(context, key):
                    assert key in finding.subjects.functions, rule_id


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_units_with_a_nearest_unit_of_a_category_as_one_call_answers_as_each_alone(data):
    """`with_nearest` reads the shared memo inline; on forests with missing parents and reporting
    cycles, whatever the memo already holds, it keeps the units `nearest` finds a unit for."""
    from orgdesigner.model import UnitCategory
    from orgdesigner.model.entities import Project
    from tests.strategies import tangled_units

    units = data.draw(tangled_units(25, [UnitCategory.OWN_PROVIDER, UnitCategory.SUPPORT, UnitCategory.PURCHASER]))
    scenario = Scenario("s", "S", units=units)
    context = Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))
    plain = Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))
    ids = list(units)
    for asked in data.draw(st.lists(st.lists(st.sampled_from(ids)), min_size=1, max_size=4)):
        for early in data.draw(st.lists(st.sampled_from(ids), max_size=3)):  # a memo filled by others
            context.nearest(early, UnitCategory.OWN_PROVIDER)
        expected = [u for u in asked if plain.nearest(u, UnitCategory.OWN_PROVIDER) is not None]
        assert context.with_nearest(asked, UnitCategory.OWN_PROVIDER) == expected
