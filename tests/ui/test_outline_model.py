"""The unit outline's model, built with C-level dict calls: every unit where the chart's forest
puts it (its parent, its row among its siblings), for any tree, cycles and missing parents
included, and a model Qt's checker accepts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from orgdesigner.layout.tree import tree_children
from orgdesigner.model import Document
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import StructureType, UnitCategory
from orgdesigner.ui.outline import OutlineModel
from orgdesigner.ui.undo import DocumentController
from tests.strategies import tangled_units


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tangled_units(30, [UnitCategory.OWN_PROVIDER, UnitCategory.SUPPORT]))
def test_every_unit_sits_under_its_forest_parent_at_its_sibling_row(qtmodeltester, units):
    project = Project("p")
    project.scenarios["s"] = Scenario("s", "Nuläge", structure=StructureType.LINE, units=units)
    model = OutlineModel(DocumentController(Document(project)))
    qtmodeltester.check(model)
    roots, forest, _extra = tree_children(list(units), {u: units[u].parent_id for u in units})
    kids = {None: roots, **forest}
    for parent, siblings in kids.items():
        for row, uid in enumerate(siblings):
            index = model.index_of(uid)
            assert (index.row(), model.unit_id(index)) == (row, uid)
            assert model.unit_id(model.parent(index)) == parent
    assert sum(map(len, kids.values())) == len(units)
