"""A key written twice in one object is refused; the cheap proof (`twice.keys_once`) that a file
holds none never misses one.

Files are generated as trees of key/value pairs, so a key can be written twice in any object (a
struct such as a unit, a dict such as the assignments, a merge conflict's free-form side),
spelled with escapes (`\\u0069d` is `id`), with colons, quotes and `\\u003a` inside keys and
texts and any spacing; the exact pass (`duplicate_key`, a stdlib parse) is the reference.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks._harness import shape_project
from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project import fast_file
from orgdesigner.io.project.project_file import (
    parse_file_model,
    project_bytes,
)
from orgdesigner.io.project.twice import duplicate_key, keys_once
from tests.conftest import EXAMPLE
from tests.io.project.plain_reader import outcome, plain_parse


class Obj(list[tuple[str, Any]]):
    """A JSON object as its pairs, in order: it can hold a key twice."""


def _tree(value: Any) -> Any:
    if isinstance(value, dict):
        return Obj((k, _tree(v)) for k, v in value.items())
    if isinstance(value, list):
        return [_tree(v) for v in value]
    return value


def _string(text: str, rnd: random.Random) -> str:
    """`text` as a JSON string, each character written plainly or as a \\u escape by chance."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch if rnd.random() < 0.7 else f"\\u{code:04x}")
        elif code < 0x20 or rnd.random() < 0.2:
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04X}")
            else:
                out.append(f"\\u{code:04x}" if rnd.random() < 0.5 else f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _write(node: Any, rnd: random.Random) -> str:
    colon = rnd.choice([":", ": ", " : ", ":\n", "\t:"])
    comma = rnd.choice([",", ", ", ",\n  "])
    if isinstance(node, Obj):
        return "{" + comma.join(_string(k, rnd) + colon + _write(v, rnd) for k, v in node) + " }"
    if isinstance(node, list):
        return "[" + comma.join(_write(v, rnd) for v in node) + "]"
    if isinstance(node, str):
        return _string(node, rnd)
    if node is None or isinstance(node, bool):
        return {None: "null", True: "true", False: "false"}[node]
    return repr(node)  # a whole number


def _objects(node: Any) -> list[Obj]:
    found: list[Obj] = []
    if isinstance(node, Obj):
        found.append(node)
        for _, v in node:
            found += _objects(v)
    elif isinstance(node, list):
        for v in node:
            found += _objects(v)
    return found


# characters that trouble a colon count or a key's spelling
_CHARS = st.sampled_from(list('ab:"\\/ {}[],å\u003a\u2028') + ["\U0001f600", "\n"])
_texts = st.text(_CHARS, max_size=6)
_ids = st.text(_CHARS, min_size=1, max_size=5)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | _texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_texts, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def _documents(draw: st.DrawFn) -> dict[str, Any]:
    units = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    functions = draw(st.lists(_ids, min_size=1, max_size=3, unique=True))
    roles = ["accountable", "performs", "consulted", "informed"]
    assignments = {
        f: {r: {u: draw(st.sampled_from(roles)) for u in draw(st.lists(st.sampled_from(units), max_size=3, unique=True))}
            for r in draw(st.lists(st.sampled_from(["development", "ordering", "delivery"]), max_size=2, unique=True))}
        for f in draw(st.lists(st.sampled_from(functions), max_size=3, unique=True))
    }
    document: dict[str, Any] = {
        "format": "orgdesigner-project",
        "format_version": 6,
        "project": {"name": draw(_ids), "description": draw(_texts)},
        "settings": {"severity_overrides": draw(st.dictionaries(_ids, st.sampled_from(["error", "info"]), max_size=2)),
                     "disabled_rules": draw(st.lists(_ids, max_size=2))},
        "functions": [{"id": f, "name": draw(_ids), "description": draw(_texts)} for f in functions],
        "scenarios": [{
            "id": draw(_ids), "name": draw(_ids), "proposal": draw(_texts),
            "units": [{"id": u, "name": draw(_ids), "parent": units[0] if i else None, "notes": draw(_texts),
                       "budget_sek": draw(st.none() | st.integers(0, 9))}
                      for i, u in enumerate(units)],
            "assignments": assignments,
            "economy": {"form_authorities": draw(st.dictionaries(st.sampled_from(["line_unit", "intraprenad"]),
                                                                 st.lists(st.sampled_from(["budget", "staffing"]), max_size=2), max_size=2))},
        }],
        "trade_history": {"buyers": [{"buyer": units[0], "listed": draw(st.dictionaries(st.sampled_from(["2015", "2016-03"]), st.integers(0, 9), max_size=2))}]},
    }
    if draw(st.booleans()):
        document["conflicts"] = [{"kind": "field", "entity": ["unit", units[0]], "field": "name",
                                  "base": draw(_json), "ours": draw(_json), "theirs": draw(_json)}]
    return document


@st.composite
def _files(draw: st.DrawFn) -> tuple[bytes, int]:
    """A project file, perhaps with keys written twice, and how many keys were added."""
    tree = _tree(draw(_documents()))
    objects = [o for o in _objects(tree) if o]
    added = draw(st.integers(0, 2))
    for _ in range(added):
        obj = draw(st.sampled_from(objects))
        key, value = obj[draw(st.integers(0, len(obj) - 1))]
        obj.insert(draw(st.integers(0, len(obj))), (key, value))  # the same value: still a valid file
    return _write(tree, draw(st.randoms(use_true_random=False))).encode("utf-8"), added


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(_files())
def test_the_cheap_proof_never_misses_a_key_written_twice(case: tuple[bytes, int]) -> None:
    data, added = case
    model = fast_file.decode(data)
    assert model is not None, data  # the generator writes valid files
    exact = duplicate_key(data)
    assert (exact is not None) == (added > 0)
    if keys_once(data, model):
        assert exact is None
    elif exact is None:
        # unsure only where a colon counts for nothing it could see: in a dict's key (assignment
        # ids, rule ids) or an object on a conflict's side
        assert b":" in _dict_keys(model) or model.conflicts


def _dict_keys(model: fast_file.ProjectFile) -> bytes:
    keys = [*model.settings.severity_overrides]
    for s in model.scenarios:
        for fid, by_resp in s.assignments.items():
            keys.append(fid)
            for by_unit in by_resp.values():
                keys += by_unit
    return "".join(keys).encode()






@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(_files(), st.none() | st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=3)))
def test_a_load_accepts_and_refuses_what_the_exact_pass_did(case: tuple[bytes, int], damage: tuple[float, bytes] | None) -> None:
    data, _ = case
    if damage is not None:  # bytes put in anywhere: perhaps not UTF-8, perhaps not JSON
        at = int(damage[0] * len(data))
        data = data[:at] + damage[1] + data[at:]
    assert outcome(parse_file_model, data) == outcome(plain_parse, data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(_files(), st.floats(0, 1), st.sampled_from([b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"\x80"]))
def test_what_msgspec_reads_is_utf_8(case: tuple[bytes, int], where: float, bad: bytes) -> None:
    """The reader asks whether a file is UTF-8 only when msgspec refused it: msgspec refuses any
    byte sequence that is not UTF-8 (a stray byte, overlong, a surrogate, beyond U+10FFFF, cut
    short), wherever it stands: in a text, a key, an id, a date."""
    data, _ = case
    at = int(where * len(data))
    damaged = data[:at] + bad + data[at:]
    assert fast_file.decode(damaged) is None


@pytest.mark.parametrize("text", [
    b'{"format": "orgdesigner-project", "format": "orgdesigner-project", "format_version": 6, "project": {"name": "x"}}',
    b'{"format": "orgdesigner-project", "format_version": 6, "project": {"name": "x", "n\\u0061me": "x"}}',
    b'{"format": "orgdesigner-project", "format_version": 6, "project": {"name": "x"}, "scenarios": [{"id": "s", "name": "s",'
    b' "units": [{"id": "a:b", "name": "a"}], "assignments": {"f": {"delivery": {"a:b": "performs", "a\\u003ab": "performs"}}}}],'
    b' "functions": [{"id": "f", "name": "f"}]}',
    b'{"format": "orgdesigner-project", "format_version": 6, "project": {"name": "x"}, "conflicts": [{"kind": "field",'
    b' "entity": ["unit"], "base": {"a": 1, "\\u0061": 2}}]}',
])
def test_keys_written_twice_in_any_spelling_are_refused(text: bytes) -> None:
    model = fast_file.decode(text)
    assert model is not None and not keys_once(text, model)
    with pytest.raises(ProjectFileError, match="appears twice in one object"):
        parse_file_model(text)


@pytest.mark.parametrize("shape", ["tidy", "wide"])
def test_the_cheap_proof_answers_for_generated_regions_and_the_example(shape: str) -> None:
    """The exact pass is the exception: ordinary files (no colon in an id) never need it."""
    for data in (project_bytes(shape_project(shape, units=300, assignments=2_000, scenarios=2)), EXAMPLE.read_bytes()):
        model = fast_file.decode(data)
        assert model is not None and keys_once(data, model)
