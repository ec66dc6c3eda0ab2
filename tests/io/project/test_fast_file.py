"""The msgspec structs are the one definition of the file; the pydantic reader is generated from them.

`orgdesigner.io.project.fast_file` defines the file; `file_models` builds pydantic models from those
structs (same fields, defaults and limits) for the files the fast path refuses, whose messages
the malformed-file tests check; the published JSON Schema is generated from the structs too. The
projects either reader builds are equal for random valid files, and the schema accepts them.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from benchmarks.synthetic import synthetic_project, wide_project
from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project import economy_file, fast_file, file_models, trade_file
from orgdesigner.io.project.codec import project_from_model, project_to_json
from orgdesigner.io.project.project_file import parse_project, project_bytes, validate_with_pydantic
from orgdesigner.model import limits
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm
from orgdesigner.resources import resource_path
from tests.conftest import EXAMPLE


def _structs() -> list[type[msgspec.Struct]]:
    return [v for v in vars(fast_file).values() if isinstance(v, type) and issubclass(v, msgspec.Struct)
            and v.__module__ == fast_file.__name__ and v.__struct_fields__]


def test_every_struct_has_a_generated_model_with_the_same_fields_and_defaults():
    assert set(file_models.MODELS) == set(_structs()), "every struct is reachable from ProjectFile"
    assert economy_file.EconomyModel is file_models.MODELS[fast_file.Economy]
    assert trade_file.TradeModel is file_models.MODELS[fast_file.Trade]
    for struct, model in file_models.MODELS.items():
        assert model.__name__ == fast_file.MODEL_NAMES[struct.__name__]
        assert list(model.model_fields) == list(struct.__struct_fields__), struct
        for field in msgspec.structs.fields(struct):
            info = model.model_fields[field.name]
            if field.required:
                assert info.is_required(), (struct, field.name)
                continue
            default = field.default if field.default is not msgspec.NODEFAULT else field.default_factory()
            expected = info.get_default(call_default_factory=True)
            if isinstance(expected, BaseModel):  # a nested model's default: compare as dicts
                assert msgspec.to_builtins(default) == expected.model_dump(mode="json"), (struct, field.name)
            else:
                assert default == expected, (struct, field.name)


def test_the_generated_models_keep_the_limits():
    from pydantic import ValidationError

    unit = file_models.MODELS[fast_file.UnitEntry]
    assert unit.model_validate({"id": "u", "name": "x" * limits.NAME_MAX}).name == "x" * limits.NAME_MAX
    for bad in ({"id": "", "name": "n"}, {"id": "u", "name": "x" * (limits.NAME_MAX + 1)},
                {"id": "u", "name": "n", "budget_sek": -1}, {"id": "u", "name": "n", "budget_sek": float("inf")},
                {"id": "u", "name": "n", "colour": "red"}, {"id": "u", "name": "n", "form": "martian"}):
        with pytest.raises(ValidationError):
            unit.model_validate(bad)
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert(bad, fast_file.UnitEntry)


def test_the_version_the_fast_path_reads_is_the_current_one():
    current = {"format": file_models.FORMAT_NAME, "format_version": file_models.FORMAT_VERSION, "project": {"name": "P"}}
    assert fast_file.decode(orjson.dumps(current)) is not None
    older = dict(current, format_version=file_models.FORMAT_VERSION - 1)
    assert fast_file.decode(orjson.dumps(older)) is None  # migrated by the slow path
    assert parse_project(orjson.dumps(older)).name == "P"


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_name = _text.filter(bool)
_amount = st.floats(min_value=0, max_value=limits.AMOUNT_MAX, allow_nan=False) | st.integers(0, 10**9)


@st.composite
def valid_files(draw: Any) -> bytes:
    """A saved synthetic region of either shape, then random edits within the file's rules:
    optional fields left out (defaults), texts and numbers drawn at random."""
    make = draw(st.sampled_from([synthetic_project, wide_project]))
    project = make(units=draw(st.integers(1, 25)), functions=draw(st.integers(1, 6)),
                   assignments=draw(st.integers(0, 60)), scenarios=draw(st.integers(0, 2)),
                   seed=draw(st.integers(0, 10**6)))
    doc = orjson.loads(orjson.dumps(project_to_json(project)))
    doc["project"]["description"] = draw(_text)
    if draw(st.booleans()):
        del doc["settings"]
    if draw(st.booleans()):
        doc["case"] = {"title": draw(_text), "signatories": [{"name": draw(_name)}], "receivers": [draw(_name)]}
    for scenario in doc["scenarios"]:
        for key in ("description", "effective_date", "economy", "trade", "proposal"):
            if draw(st.booleans()):
                scenario.pop(key, None)
        for unit in scenario["units"]:
            unit["name"] = draw(_name)
            if draw(st.booleans()):
                unit.pop("category")
                unit.pop("form")
            if draw(st.booleans()):
                unit["authorities"] = draw(st.lists(st.sampled_from([a.value for a in Authority]), max_size=3))
            unit["budget_sek"] = draw(st.none() | _amount)
            if unit["budget_sek"] is None and draw(st.booleans()):
                del unit["budget_sek"]
            if draw(st.booleans()):
                unit["listed_patients"] = draw(st.integers(0, limits.COUNT_MAX))
            if draw(st.booleans()):
                unit["notes"] = draw(_text)
        assert {c.value for c in UnitCategory} and {f.value for f in UnitForm}
        for by_resp in scenario["assignments"].values():
            for by_unit in by_resp.values():
                for uid in by_unit:
                    by_unit[uid] = draw(st.sampled_from([r.value for r in Role]))
        assert all(r in {x.value for x in Responsibility} for b in scenario["assignments"].values() for r in b)
    return orjson.dumps(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(valid_files())
def test_fast_and_pydantic_readers_give_equal_projects(data: bytes):
    fast = fast_file.decode(data)
    assert fast is not None, "a valid current file must take the fast path"
    reference = validate_with_pydantic(data)
    assert project_from_model(fast) == project_from_model(reference)  # type: ignore[arg-type]  # the pydantic model and the fast struct have the same fields
    assert parse_project(data) == project_from_model(reference)


def _schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema", reason="the jsonschema package checks the published schema")
    schema = json.loads(resource_path("schema", "orgd.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(valid_files())
def test_the_published_schema_accepts_every_valid_file(data: bytes):
    _schema_validator().validate(orjson.loads(data))


def test_the_published_schema_accepts_the_example_and_refuses_what_the_reader_refuses():
    validator = _schema_validator()
    doc = json.loads(EXAMPLE.read_bytes())
    validator.validate(doc)
    validator.validate(json.loads(project_bytes(wide_project(units=40, functions=5, assignments=100, scenarios=2))))
    scenario = doc["scenarios"][0]
    function = next(iter(scenario["assignments"]))
    for change in (
        lambda d: d["project"].update(colour="red"),
        lambda d: d["scenarios"][0]["units"][0].update(budget_sek=-1),
        lambda d: d["scenarios"][0]["units"][0].update(category="martian"),
        lambda d: d["scenarios"][0]["assignments"][function].update(inventing={"u": "performs"}),
        lambda d: d["scenarios"][0]["units"][0].update(name=""),
        lambda d: d.update(format_version=99),
    ):
        broken = json.loads(EXAMPLE.read_bytes())
        change(broken)
        assert not validator.is_valid(broken)
        with pytest.raises(ProjectFileError):
            parse_project(json.dumps(broken).encode())
