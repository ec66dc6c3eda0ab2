"""A copied scenario is independent of its source, however it is changed afterwards."""

from __future__ import annotations

from dataclasses import fields

from orgdesigner.model import Unit
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.entities import Scenario
from tests.conftest import small_project


def test_a_copy_shares_nothing_mutable_with_its_source():
    source = next(iter(small_project().scenarios.values()))
    clone = copied_scenario(source, "copy", "Kopia")
    assert (clone.id, clone.name) == ("copy", "Kopia")
    for f in fields(Scenario):
        value = getattr(source, f.name)
        if f.name not in ("id", "name", "_children") and not isinstance(value, (str, int, float, type(None), tuple, frozenset)):
            assert getattr(clone, f.name) is not value, f.name
    for uid, unit in source.units.items():
        assert clone.units[uid] == unit and clone.units[uid] is not unit
        for f in fields(Unit):  # a unit's values must stay immutable for the shallow unit copy to be safe
            assert isinstance(getattr(unit, f.name), (str, int, float, type(None), tuple, frozenset)), f.name
    first = next(iter(clone.units.values()))
    first.name = "Ändrad"
    clone.assignments.clear()
    assert next(iter(source.units.values())).name != "Ändrad" and source.assignments
