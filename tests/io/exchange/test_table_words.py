"""Every word a reader sees in the data tables and the window is in the chosen language, and a
count agrees with its noun in number ("1 sammanslagningskonflikt", not "1 …konflikter")."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from orgdesigner.io.exchange.tables import MEASURE_WORDS, METRIC_WORDS, metric_label
from orgdesigner.io.paper.proposal import build_proposal
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import Project
from tests.conftest import EXAMPLE

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "orgdesigner_sv.ts"


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(EXAMPLE)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_measure_and_metric_of_every_table_is_a_word_of_the_language(example, lang: str) -> None:
    words = {pair[0 if lang == "sv" else 1] for pair in MEASURE_WORDS.values()}
    others = {pair[1 if lang == "sv" else 0] for pair in MEASURE_WORDS.values()} - words
    for scenario in list(example.scenarios.values())[1:]:  # each compared with the current state
        tables = {t.name: t for t in build_proposal(example, scenario, lang=lang).tables()}
        trade = tables["trade"]
        measure = trade.columns.index("measure")
        assert trade.rows, "the example has internal trade"
        for row in trade.rows:
            assert row[measure] in words, (lang, row)
            assert row[measure] not in others
        comparison = tables["comparison"]
        metric_rows = [r for r in comparison.rows if r[1] is not None and r[2] is not None]
        assert metric_rows
        for row in metric_rows:
            assert "_" not in row[1], row  # an identifier, not a word


def test_every_metric_has_words_in_both_languages_that_differ(example) -> None:
    scenarios = list(example.scenarios.values())
    content = build_proposal(example, scenarios[1])
    assert content.comparison is not None
    for key, _base, _value in content.comparison.metrics:
        assert key.split(".")[0] in METRIC_WORDS, key
        assert metric_label(key, "sv") != metric_label(key, "en"), key


# Window texts where a count stands before a plural noun but is never 1 (the one-item case has
# its own text), or where the number is not a count.
NOT_COUNTS = {
    "Move %1 units": "one unit is moved by MoveUnit's own text",
    "Delete %1 units": "the model writes 'Delete unit' for one",
    "Import %1 flows": "the model writes 'Set flow' for one",
    "Set %1 flows": "the model writes 'Set flow' for one",
    "Delete %1 flows": "the model writes 'Delete flow' for one",
    "Set %1 roles": "the model writes 'Set role' for one",
}
# "%1 rows", "%2 merge conflicts": a placeholder, up to one adjective, a plural English noun
# ("%1 is", "%1 does not exist": a verb, the placeholder a name)
_COUNT_BEFORE_PLURAL = re.compile(r"%\d+ (?!(?:is|was|has|does)\b)(?:[a-z]+ )?[a-z]+s\b")


def test_counts_in_the_window_agree_in_number() -> None:
    """A count before a noun is a numerus text (%n, with Swedish one/many forms), so one thing is
    never written in the plural: "1 sammanslagningskonflikter" was."""
    wrong = []
    for context in ElementTree.parse(TS).getroot():
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                continue
            if _COUNT_BEFORE_PLURAL.search(source) and source not in NOT_COUNTS:
                wrong.append(f"{context.findtext('name')}: {source}")
    assert not wrong, "\n".join(wrong)
