"""The context's lookups up a chain of command (`first_of`, `first_above`, `nearest`, `above`)
answer as the whole chain would, on random forests with missing parents and reporting cycles,
whatever order the units are asked in and however the memo was filled before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis.context import Context, ScenarioIndex
from orgdesigner.model import Unit, UnitCategory
from orgdesigner.model.entities import Project, Scenario
from tests.strategies import tangled_units

CATEGORIES = [UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER, UnitCategory.SUPPORT]


@st.composite
def forests(draw):
    units = draw(tangled_units(30, CATEGORIES))
    ids = list(units)
    members = set(draw(st.lists(st.sampled_from(ids), unique=True)))
    asked = draw(st.permutations(ids))
    return units, members, asked


def _context(units: dict[str, Unit]) -> Context:
    scenario = Scenario("s", "S", units=units)
    return Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))


@settings(max_examples=300, deadline=None)
@given(forests())
def test_first_of_and_first_above_answer_as_the_whole_chain(case):
    units, members, asked = case
    context = _context(units)
    memo: dict[str, str | None] = {}
    above: dict[str, str | None] = {}
    for uid in asked:  # one memo each for all units, as a rule shares it over a cell's holders
        chain = context.chain(uid)
        assert context.first_of(uid, members, memo) == next((u for u in chain if u in members), None)
        assert context.first_above(uid, members, above) == next((u for u in chain[1:] if u in members), None)


@settings(max_examples=300, deadline=None)
@given(forests())
def test_nearest_and_above_by_category_answer_as_the_whole_chain(case):
    units, _members, asked = case
    context = _context(units)
    for uid in asked:
        chain = context.chain(uid)
        for category in CATEGORIES:
            assert context.nearest(uid, category) == next((u for u in chain if units[u].category is category), None)
            assert context.above(uid, category) == next((u for u in chain[1:] if units[u].category is category), None)
