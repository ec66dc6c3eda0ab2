"""Template files: the bundled ones load, broken ones name the file and the JSON path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orgdesigner.io.bundled.template_file import (
    TemplateFileError,
    bundled_template_dir,
    load_template,
    load_templates,
    parse_template,
)
from orgdesigner.model import UnitForm

ROOT = Path(__file__).resolve().parents[3]


def test_bundled_templates_load():
    templates, errors = load_templates()
    assert errors == []
    assert {t.id for t in templates} >= {"line", "koncern", "intraprenad"}
    koncern = next(t for t in templates if t.id == "koncern")
    assert koncern.root.change.form is UnitForm.GROUP_MANAGEMENT
    assert koncern.source.endswith("koncern.json")


def test_the_example_in_the_docs_is_a_valid_template():
    text = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    assert blocks
    for block in blocks:
        template = parse_template(block.encode())
        assert template.new_units and template.role_rules


def base() -> dict:
    return json.loads((bundled_template_dir() / "intraprenad.json").read_text(encoding="utf-8"))


def error_for(tmp_path: Path, document: dict | str) -> TemplateFileError:
    path = tmp_path / "mine.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    with pytest.raises(TemplateFileError) as info:
        load_template(path)
    assert str(path) in info.value.summary()
    return info.value


def test_wrong_enum_names_the_json_path(tmp_path):
    doc = base()
    doc["unit_rules"][0]["change"]["form"] = "koncernbolag"
    err = error_for(tmp_path, doc)
    assert "$.unit_rules[0].change.form" in err.summary()


def test_unknown_key_is_refused(tmp_path):
    doc = base()
    doc["unit_rules"][0]["match"]["colour"] = "red"
    assert "$.unit_rules[0].match.colour" in error_for(tmp_path, doc).summary()


def test_not_json_names_line_and_column(tmp_path):
    assert "line 2" in error_for(tmp_path, '{\n  "format": ,\n}').summary()


def test_not_a_template(tmp_path):
    assert "not an orgdesigner template" in error_for(tmp_path, {"format": "other"}).summary()


def test_reference_to_an_unknown_new_unit(tmp_path):
    doc = base()
    doc["new_units"] = [{"key": "a", "name": "A", "parent": "b"}]
    assert "$.new_units[0].parent" in error_for(tmp_path, doc).summary()
    doc["new_units"] = [{"key": "a", "name": "A"}]
    doc["role_rules"] = [{"responsibility": "development", "accountable": "zz"}]
    assert "$.role_rules[0].accountable" in error_for(tmp_path, doc).summary()


def test_attaching_an_agreement_needs_one(tmp_path):
    doc = base()
    del doc["agreement"]
    assert "$.agreement" in error_for(tmp_path, doc).summary()


def test_a_broken_file_does_not_hide_the_others(tmp_path):
    (tmp_path / "a-broken.json").write_text("{", encoding="utf-8")
    doc = base()
    doc["name"] = {"sv": "Egen intraprenad", "en": "Own intraprenad"}
    (tmp_path / "b-override.json").write_text(json.dumps(doc), encoding="utf-8")
    templates, errors = load_templates([tmp_path])
    assert len(errors) == 1 and errors[0].path.name == "a-broken.json"
    intraprenad = [t for t in templates if t.id == "intraprenad"]
    assert len(intraprenad) == 1 and intraprenad[0].name.en == "Own intraprenad"
