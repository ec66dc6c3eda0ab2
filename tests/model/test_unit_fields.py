"""A unit's fields are declared once (issue 33, item 1): `model.fields.UNIT_FIELDS` holds each
with its limit, words and role, and the file, merge, comparison, exports and wording derive
from it. These tests keep it so: the table and the `Unit` dataclass name the same fields, each
pass covers every row, and no module that derives from the table spells a unit field again."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import msgspec
import orjson

import orgdesigner.model as model_package
from orgdesigner.analysis.compare import diff_scenarios
from orgdesigner.io.exchange.export_graphml import scenario_graph
from orgdesigner.io.exchange.tables import HEADER_WORDS, UNIT_COLUMNS, units_table
from orgdesigner.io.merging.flat import flatten_model, flatten_project
from orgdesigner.io.project import fast_file
from orgdesigner.io.project.codec import project_to_json
from orgdesigner.io.project.unit_codec import unit_from_entry, unit_to_json
from orgdesigner.io.words import wording
from orgdesigner.model import Authority, Project, Scenario, Unit, UnitCategory, UnitForm, fields
from orgdesigner.model.commands.conflicts import model_edit
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.dotted import DottedKind, DottedLine

ROOT = Path(__file__).resolve().parents[2]
#: the modules that take a unit's fields from the table rather than spelling them
DERIVED = [
    "orgdesigner/io/project/codec.py", "orgdesigner/io/project/unit_codec.py", "orgdesigner/io/project/fast_file.py",
    "orgdesigner/io/project/_json_values.py", "orgdesigner/io/merging/flat.py", "orgdesigner/io/exchange/tables.py",
    "orgdesigner/io/exchange/export_graphml.py", "orgdesigner/io/words/wording.py", "orgdesigner/analysis/compare.py",
    "orgdesigner/model/commands/conflicts.py", "orgdesigner/model/commands/_coerce.py",
]


def _full_unit() -> Unit:
    """A unit with every field set to something other than its default: the fields this test
    knows by hand, and any other from its declared limit (a field added later is covered too)."""
    unit = Unit("u1", "Brunflo hälsocentral", UnitCategory.PRIVATE_PROVIDER, UnitForm.INTRAPRENAD, "u0",
                frozenset({Authority.BUDGET, Authority.STAFFING}), ("RS/1/2020",), 12.5, 3.0, 4_000, "Anteckning",
                (DottedLine("u0", DottedKind.PROFESSIONAL, "not", "RS/2/2020"),))
    for f in fields.UNIT_FIELDS:
        if getattr(unit, f.name) in ("", None) and f.limit is not None:
            example = {"text": "Text", "number": 2.5, "whole": 7}[f.limit.kind]
            setattr(unit, f.name, (example,) if f.limit.many else example)
    return unit


def test_every_attribute_of_a_unit_has_one_row_in_the_table() -> None:
    rows = [f.name for f in fields.UNIT_FIELDS]
    assert len(rows) == len(set(rows))
    assert sorted(rows) == sorted(f.name for f in dataclasses.fields(Unit))
    unit = _full_unit()
    assert all(getattr(unit, f.name) != f.default for f in dataclasses.fields(Unit) if f.default is not dataclasses.MISSING)


def test_the_file_struct_is_built_from_the_table() -> None:
    assert fast_file.UnitEntry.__struct_fields__ == tuple(f.file_key for f in fields.UNIT_FIELDS)


def test_every_row_is_saved_loaded_and_flattened_alike() -> None:
    unit = _full_unit()
    written = unit_to_json(unit)
    assert list(written) == [f.file_key for f in fields.UNIT_FIELDS]
    entry = msgspec.json.decode(orjson.dumps(written), type=fast_file.UnitEntry)
    assert unit_from_entry(entry) == unit
    project = Project("P", scenarios={"s": Scenario("s", "S", units={"u1": unit})})
    doc = fast_file.decode(orjson.dumps(project_to_json(project)))
    assert doc is not None
    assert flatten_model(doc)[("unit", "s", "u1")] == flatten_project(project)[("unit", "s", "u1")]
    bare = unit_to_json(Unit("u2", "Tom"))  # empty fields are left out, the always-written kept
    assert list(bare) == [f.file_key for f in fields.UNIT_FIELDS if f.always]


def test_every_value_row_is_compared_settled_exported_and_worded() -> None:
    old, new = Unit("u1", "Tom"), _full_unit()
    new.parent_id = None
    new.dotted_lines = ()
    base, other = Scenario("a", "A", units={"u1": old}), Scenario("b", "B", units={"u1": new})
    changed = diff_scenarios(base, other).units[0].fields
    assert list(changed) == list(fields.UNIT_VALUES)
    written = unit_to_json(new)
    for f in fields.UNIT_FIELDS:
        if f.role != "value":
            continue
        # a side that left the field out settles to its empty value
        value = written[f.file_key] if f.always else None
        command = model_edit(MergeConflict("field", ("unit", "s", "u1"), f.file_key, None, None, None), value)
        assert type(command).__name__ == "SetUnitField", f.name
        name = f.name
        assert name in wording.FIELD_WORDS, name
    assert UNIT_COLUMNS[:2] == ["id", "parent_id"]
    assert sorted(UNIT_COLUMNS) == sorted(f.column_id for f in fields.UNIT_FIELDS)
    assert all(c in HEADER_WORDS for c in UNIT_COLUMNS)
    row = units_table(other, "en").rows[0]
    assert all(cell not in (None, "") for column, cell in zip(UNIT_COLUMNS, row, strict=True)
               if column not in {"parent_id", "dotted_parents"})
    graph = scenario_graph(Project("P"), other)
    assert set(fields.UNIT_VALUES) <= set(graph.nodes["u1"])


def _unit_only_names() -> set[str]:
    """The unit's value fields no other model entity has (a word only a unit field uses)."""
    others: set[str] = set()
    for info in pkgutil.iter_modules(model_package.__path__):
        module = importlib.import_module(f"orgdesigner.model.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value is not Unit:
                others |= {f.name for f in dataclasses.fields(value)}
    return set(fields.UNIT_VALUES) - others


def test_no_module_that_derives_from_the_table_spells_a_unit_field() -> None:
    names = _unit_only_names()
    assert {"listed_patients", "budget_sek"} <= names
    for path in DERIVED:
        text = (ROOT / path).read_text("utf-8")
        text = re.sub(r'"""(.|\n)*?"""', "", text)  # a docstring may list them for a reader
        # a name with "_" is a field wherever it stands; a plain word ("notes") only as an
        # attribute or a dict key (the word itself may be English text)
        spelled = {name for name in names
                   if re.search(rf"\b{name}\b" if "_" in name else rf"\.{name}\b|[\"']{name}[\"']\s*:", text)}
        assert not spelled, f"{path} spells {sorted(spelled)}: take them from model.fields.UNIT_FIELDS"
