"""The omvärld reference files: every fact sourced, every reference usable, broken files named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orgdesigner.io.bundled.reference_file import (
    ReferenceFileError,
    bundled_reference_dir,
    load_references,
    parse_reference,
)


def test_the_bundled_references_are_four_archetypes_and_sourced_regions():
    refs = load_references()
    archetypes = [r.id for r in refs if r.kind == "archetype"]
    assert archetypes == ["own-board", "koncern", "intraprenad-all", "line"]
    regions = [r for r in refs if r.kind == "region"]
    assert len(regions) >= 11
    assert {r.archetype for r in regions} >= set(archetypes)


def test_every_fact_carries_a_source_with_an_address_and_a_year_or_says_it_has_none():
    for ref in load_references():
        assert re.fullmatch(r"\d{4}-\d{2}", ref.gathered), ref.id
        for fact in ref.facts:
            assert fact.sources, (ref.id, fact.text.sv)
            assert fact.text.sv.strip() and fact.text.en.strip()
            for source in fact.sources:
                assert source.address.strip()
                assert source.year is None or re.fullmatch(r"\d{4}(–\d{4})?", source.year)


def _region(**changes) -> bytes:
    doc = {"format": "orgdesigner-reference", "format_version": 1, "kind": "region", "id": "x",
           "name": {"sv": "X", "en": "X"}, "gathered": "2026-11",
           "sources": [{"address": "example.se/a", "year": "2020"}],
           "facts": [{"topic": "form", "sv": "En förvaltning.", "en": "A förvaltning.", "sources": [0]}]}
    doc.update(changes)
    return json.dumps(doc).encode()


def test_a_fact_without_a_source_is_refused_with_its_path():
    bad = _region(facts=[{"topic": "form", "sv": "Gissning.", "en": "Guess.", "sources": []}])
    with pytest.raises(ReferenceFileError) as err:
        parse_reference(bad, "x.json")
    assert "x.json" in str(err.value) and "$.facts[0].sources" in str(err.value)
    missing = _region(facts=[{"topic": "form", "sv": "Gissning.", "en": "Guess."}])
    with pytest.raises(ReferenceFileError, match=r"\$\.facts\[0\]\.sources"):
        parse_reference(missing, "x.json")


def test_a_fact_citing_a_source_the_file_lacks_is_refused():
    bad = _region(facts=[{"topic": "form", "sv": "A.", "en": "A.", "sources": [3]}])
    with pytest.raises(ReferenceFileError, match=r"\$\.facts\[0\]\.sources\[0\]: no source 3"):
        parse_reference(bad, "x.json")


def test_a_region_under_an_unknown_archetype_is_refused(tmp_path: Path):
    for path in bundled_reference_dir().glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "region-x.json").write_bytes(_region(archetype="nowhere"))
    with pytest.raises(ReferenceFileError, match="no archetype has the id 'nowhere'"):
        load_references(tmp_path)


def test_an_archetype_needs_a_structure_and_a_broken_template_names_its_path():
    doc = json.loads(_region())
    doc.update(kind="archetype", facts=[], sources=[])
    with pytest.raises(ReferenceFileError, match="must name the structure"):
        parse_reference(json.dumps(doc).encode(), "a.json")
    doc["template"] = {"id": "t", "name": "T", "root": {"mode": "sideways"}}
    with pytest.raises(ReferenceFileError, match=r"\$\.template\.root\.mode"):
        parse_reference(json.dumps(doc).encode(), "a.json")
    doc["template"] = "no-such-template"
    with pytest.raises(ReferenceFileError, match="no bundled template has the id"):
        parse_reference(json.dumps(doc).encode(), "a.json")
