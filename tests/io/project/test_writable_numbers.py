"""The save's quick test for unwritable numbers never passes one the exact check refuses."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from orgdesigner.io.project._json_values import _bad_number, all_writable, unwritable_values
from tests.conftest import small_project

_INT_MAX = 2**63 - 1
numbers = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-_INT_MAX - 1, max_value=_INT_MAX),
    st.integers(),  # beyond 64 bits too
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -1e308, float(_INT_MAX) * 4, _INT_MAX + 1, -_INT_MAX - 2]),
)


@given(st.lists(numbers, max_size=40))
def test_the_quick_test_passes_only_numbers_the_exact_check_passes(values):
    if all_writable(values):
        assert not any(_bad_number(v) for v in values if v is not None)


@given(st.lists(st.tuples(numbers, numbers, numbers), min_size=1, max_size=6))
def test_unwritable_unit_figures_are_found_as_the_exact_check_finds_them(figures):
    project = small_project()
    scenario = project.scenarios["now"]
    units = list(scenario.units.values())
    for unit, (budget, staff, listed) in zip(units, figures, strict=False):
        unit.budget_sek, unit.staff_fte, unit.listed_patients = budget, staff, listed
    here = f"$.scenarios[{list(project.scenarios).index('now')}]"
    expected = [f"{here}.units[{ui}].{name}" for ui, unit in enumerate(scenario.units.values())
                for name in ("budget_sek", "staff_fte", "listed_patients") if _bad_number(getattr(unit, name))]
    found = [p.where for p in unwritable_values(project) if ".units[" in p.where]
    assert found == expected
