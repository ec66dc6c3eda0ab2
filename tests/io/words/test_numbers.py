"""Numbers as a reader writes them, in both languages (never 4.256e+06, 0.71 in Swedish, or
"4 varning")."""

from __future__ import annotations

import re

import pytest

from orgdesigner.analysis.findings import RULES
from orgdesigner.io.words.numbers import NBSP, amount, counted, number, percent, points, signed


@pytest.mark.parametrize(("value", "sv", "en"), [
    (4_256_000.0, f"4{NBSP}256{NBSP}000", "4,256,000"),
    (0.71, "0,71", "0.71"),
    (12.5, "12,5", "12.5"),
    (1e6, f"1{NBSP}000{NBSP}000", "1,000,000"),
    (3, "3", "3"),
    (None, "", ""),
])
def test_numbers_in_both_languages(value, sv, en):
    assert number(value, "sv") == sv and number(value, "en") == en
    assert "e+" not in number(value, "sv")


def test_amounts_percent_signed_and_counted_words():
    assert amount(3_000_000.0, "sv") == f"3{NBSP}000{NBSP}000{NBSP}kr" and amount(3_000_000.0, "en") == "SEK 3,000,000"
    assert percent(0.71, "sv") == f"71{NBSP}%" and percent(0.71, "en") == "71%"
    assert signed(-0.05, "sv") == "−0,05" and signed(1234, "en") == "+1,234" and signed(0) == "±0"
    assert counted(1, "warning", "sv") == "1 varning" and counted(4, "warning", "sv") == "4 varningar"
    assert counted(1, "error", "en") == "1 error" and counted(7, "error", "en") == "7 errors"


def test_percentage_points():
    assert points(0.125, "sv") == "+12,5 procentenheter" and points(0.125, "en") == "+12.5 percentage points"
    assert points(-0.01, "sv") == "−1 procentenhet" and points(0.0, "sv") == "±0 procentenheter"
    assert points(0.375, "en") == "+37.5 percentage points"


def test_swedish_advice_uses_the_swedish_role_letters():
    # Swedish letters: A ansvarig, U utför, R rådfrågas, I informeras (C is English only)
    letters = {"ansvarig": "A", "utför": "U", "rådfråga": "R", "informera": "I"}
    pattern = re.compile(r"(ansvarig|utför|rådfråga|informera)\w* \(([A-Z])\)")
    for rule in RULES.values():
        for text in (rule.why_sv, rule.fix_sv):
            for word, letter in pattern.findall(text):
                assert letters[word] == letter, (rule.id, text)
            assert "(C)" not in text, rule.id
