"""R05's meeting points found from the chains' branches equal the plain pair-by-pair search, on
random forests with missing parents and reporting cycles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis.context import CHAIN_MEMO, Context, ScenarioIndex
from orgdesigner.analysis.rules.purchaser import _meetings, _union_meetings
from orgdesigner.model import Unit, UnitCategory
from orgdesigner.model.entities import Project, Scenario
from tests.strategies import tangled_units


def pairwise(context: Context, orderers, deliverers, governance):
    """The definition: for every pair, the first unit on the deliverer's chain on the orderer's."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for o in orderers:
        o_chain = set(context.chain(o))
        for d in deliverers:
            meet = next((u for u in context.chain(d) if u in o_chain), None)
            if meet is None or meet in governance:
                continue
            ordering, delivering = out.setdefault(meet, (set(), set()))
            ordering.add(o)
            delivering.add(d)
    return out


@st.composite
def cases(draw):
    units = draw(tangled_units(25, [UnitCategory.SUPPORT]))
    ids = list(units)
    orderers = draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    deliverers = draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    governance = frozenset(draw(st.lists(st.sampled_from(ids), unique=True)))
    return units, orderers, deliverers, governance


@settings(max_examples=300, deadline=None)
@given(cases())
def test_meetings_equal_the_pairwise_definition(case):
    units, orderers, deliverers, governance = case
    scenario = Scenario("s", "S", units=units)
    context = Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))
    assert _meetings(context, orderers, deliverers, governance) == pairwise(context, orderers, deliverers, governance)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_meetings_walked_as_one_union_equal_the_pairwise_definition(case):
    """The walk a deep structure takes (no whole chains): the same meetings, or None when a chain
    reaches a reporting cycle."""
    units, orderers, deliverers, governance = case
    scenario = Scenario("s", "S", units=units)
    context = Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))
    found = _union_meetings(context, orderers, deliverers, governance)
    rooted = context.depths()  # the units not in or under a cycle
    if all(u in rooted for u in (*orderers, *deliverers)):
        assert found == pairwise(context, orderers, deliverers, governance)
    else:
        assert found is None


def test_r05_on_a_structure_deeper_than_the_chain_memo_takes_the_union_walk(monkeypatch) -> None:
    from orgdesigner.analysis.rules import purchaser

    walked: list[int] = []
    real = purchaser._union_meetings

    def spy(*args):
        walked.append(1)
        return real(*args)

    monkeypatch.setattr(purchaser, "_union_meetings", spy)
    depth = CHAIN_MEMO + 10
    units = {f"u{i}": Unit(f"u{i}", f"Unit {i}", UnitCategory.SUPPORT, parent_id=f"u{i - 1}" if i else None)
             for i in range(depth)}
    scenario = Scenario("s", "S", units=units)
    context = Context(Project("P", scenarios={"s": scenario}), scenario, ScenarioIndex.build(scenario))
    orderers, deliverers = ["u70", "u20"], ["u50", "u5"]
    assert _meetings(context, orderers, deliverers, frozenset({"u0"})) == pairwise(context, orderers, deliverers, frozenset({"u0"}))
    assert walked
