"""The msgspec reader (fast path) reads exactly what the pydantic reader reads.

The structs in `orgdesigner.io.fast_file` mirror the pydantic models in `file_models` field for
field; the projects built from either are equal for random valid files; a file either refuses
goes the pydantic way, so its message is the one the malformed-file tests check.
"""

from __future__ import annotations

from typing import Any

import msgspec
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from orgdesigner.io import economy_file, fast_file, file_models, trade_file
from orgdesigner.io.codec import project_from_model, project_to_json
from orgdesigner.io.project_file import parse_project, validate_with_pydantic
from orgdesigner.model import limits
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm
from orgdesigner.model.synthetic import synthetic_project, wide_project


def _pydantic_models() -> dict[str, type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for module in (file_models, economy_file, trade_file):
        for name, value in vars(module).items():
            ours = isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__
            if ours and name.endswith("Model") and value.model_fields:
                found[name] = value
    return found


def test_every_file_model_has_a_mirror_with_the_same_fields_and_defaults():
    models = _pydantic_models()
    assert set(models) == set(fast_file.MIRRORS), "add the new model's mirror to orgdesigner/io/fast_file.py"
    for name, model in models.items():
        struct = fast_file.MIRRORS[name]
        assert list(model.model_fields) == list(struct.__struct_fields__), name
        for field_name, info in model.model_fields.items():
            mirrored = msgspec.structs.fields(struct)[struct.__struct_fields__.index(field_name)]
            if info.is_required():
                assert mirrored.required, (name, field_name)
                continue
            default = mirrored.default if mirrored.default is not msgspec.NODEFAULT else mirrored.default_factory()
            expected = info.get_default(call_default_factory=True)
            if isinstance(expected, BaseModel):  # a nested model's default: compare as dicts
                assert msgspec.to_builtins(default) == expected.model_dump(mode="json"), (name, field_name)
            else:
                assert default == expected, (name, field_name)


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
    assert project_from_model(fast) == project_from_model(reference)  # type: ignore[arg-type]
    assert parse_project(data) == project_from_model(reference)
