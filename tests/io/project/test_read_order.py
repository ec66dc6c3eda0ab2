"""The reader's shortcuts give what the plain order gave.

A file msgspec reads needs no separate UTF-8 pass (msgspec checks every string and allows no
other non-ASCII byte), so that pass runs only when msgspec refuses the file; and the cheap proof
that no key is written twice (twice.keys_once) is tried only from PROOF_FROM_BYTES on, below
which the exact pass is cheaper (the bundled example opens at start-up). The plain order: UTF-8
first, then the exact duplicate-key pass, then the readers.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks._harness import shape_project
from orgdesigner.io.project import fast_file
from orgdesigner.io.project.project_file import PROOF_FROM_BYTES, parse_file_model, project_bytes
from tests.io.project.plain_reader import outcome, plain_parse

SMALL = project_bytes(shape_project("tidy", units=12, assignments=40))






@st.composite
def _spliced(draw: st.DrawFn) -> bytes:
    """The small file with a few bytes put in, mostly inside a string (after a quote)."""
    quotes = [i + 1 for i, byte in enumerate(SMALL) if byte == ord('"')]
    at = draw(st.sampled_from(quotes) | st.integers(0, len(SMALL)))
    piece = draw(st.binary(min_size=1, max_size=4) | st.sampled_from([b"\xc3", b"\xff", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                                                        b"\xc3\xa5", b"\xe2\x80\x93", b"\xef\xbb\xbf"]))
    return SMALL[:at] + piece + SMALL[at:]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_spliced())
def test_what_msgspec_reads_is_utf8_and_every_file_gets_the_plain_orders_answer(data: bytes) -> None:
    if fast_file.decode(data) is not None:
        data.decode("utf-8")  # raises if msgspec ever read what is not UTF-8
    assert outcome(parse_file_model, data) == outcome(plain_parse, data)


def test_a_file_that_is_not_utf8_is_still_refused_as_such() -> None:
    data = SMALL.replace(b'"name": "', b'"name": "\xe5', 1)
    assert outcome(parse_file_model, data) == [("", "not UTF-8 text (byte {}); project files are UTF-8 JSON".format(
        SMALL.index(b'"name": "') + len(b'"name": "')))]


def test_the_cheap_proof_is_tried_from_its_size_on_and_answers_as_the_exact_pass(monkeypatch) -> None:
    from orgdesigner.io.project import twice

    tried: list[int] = []
    real = twice.keys_once
    monkeypatch.setattr(twice, "keys_once", lambda data, model: tried.append(len(data)) or real(data, model))
    parse_file_model(SMALL)
    assert tried == []  # below PROOF_FROM_BYTES: the exact pass alone
    data = project_bytes(shape_project("wide", units=2_500, assignments=12_000))
    assert len(data) >= PROOF_FROM_BYTES
    read = outcome(parse_file_model, data)
    assert tried == [len(data)]
    assert read == outcome(plain_parse, data)
    twice_written = data.replace(b'"name": ', b'"name": "x", "name": ', 1)  # a key written twice
    refused = outcome(parse_file_model, twice_written)
    assert refused == outcome(plain_parse, twice_written) and "appears twice" in refused[0][1]
