"""Undo steps in both languages (issue 33, item 2): every command kind of the registry describes
itself as data, and the window words that description in Swedish and in English; every field a
command can change has its words."""

from __future__ import annotations

import pytest
from command_examples import example
from PySide6.QtCore import QTranslator

from orgdesigner.model import fields
from orgdesigner.model.commands import Command, command_kinds
from orgdesigner.model.commands._coerce import (
    DECISION_FIELDS,
    FUNCTION_FIELDS,
    PROJECT_FIELDS,
    SCENARIO_FIELDS,
    UNIT_FIELDS,
)
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.trade import ASSUMPTION_FIELDS, FLOW_FIELDS, SERVICE_FIELDS
from orgdesigner.ui.command_text import command_text, field_word, worded_fields

TABLES = {
    Subject.UNIT: UNIT_FIELDS, Subject.PROJECT: PROJECT_FIELDS, Subject.SCENARIO: SCENARIO_FIELDS,
    Subject.FUNCTION: FUNCTION_FIELDS, Subject.DECISION: DECISION_FIELDS, Subject.SERVICE: SERVICE_FIELDS,
    Subject.FLOW: FLOW_FIELDS, Subject.ASSUMPTION: ASSUMPTION_FIELDS,
}


class _Source(QTranslator):
    """Installed last, it is asked first and answers every text with its English source."""

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt asks with all four
        return source


def _in_english(qapp, word):
    """`word()` as an English window says it: every text its source, the language property "en"."""
    english = _Source(qapp)
    lang = qapp.property("lang")
    qapp.installTranslator(english)
    qapp.setProperty("lang", "en")
    try:
        return word()
    finally:
        qapp.setProperty("lang", lang)
        qapp.removeTranslator(english)


@pytest.mark.parametrize("kind", command_kinds(), ids=lambda k: k.__name__)
def test_every_command_kind_is_worded_in_swedish_and_english(kind: type[Command], qapp, swedish) -> None:
    _doc, command = example(kind)
    description = command.description
    assert isinstance(description, Description)
    swedish_text = command_text(description)
    english_text = _in_english(qapp, lambda: command_text(description))
    if description.action is Action.NAMED:  # the caller's own words, already in its language
        assert swedish_text == english_text == description.label
        return
    for text in (swedish_text, english_text):
        assert text and "_" not in text and str(description.action) not in text.split()
    assert swedish_text != english_text
    if description.name:
        assert description.name in swedish_text and description.name in english_text


def test_counts_are_numbers_of_the_language(qapp, swedish) -> None:
    many = Description(Action.IMPORT, Subject.FLOW, count=12_000)
    assert command_text(many) == "Importera 12\u00a0000 flöden"
    assert _in_english(qapp, lambda: command_text(many)) == "Import 12,000 flows"
    assert command_text(Description(Action.DELETE, Subject.UNIT, count=1)) == "Ta bort enhet"


@pytest.mark.parametrize("subject", list(TABLES), ids=str)
def test_every_field_a_command_changes_has_its_words(subject: Subject, qapp, swedish) -> None:
    unworded = [f for f in TABLES[subject] if f not in {"id", "parent_id", "dotted_lines"} and f not in worded_fields(subject)]
    assert unworded == []
    for field in TABLES[subject]:
        text = command_text(Description(Action.CHANGE, subject, field=field))
        assert "_" not in text and field_word(field, subject) in text


def test_a_unit_field_is_worded_from_its_one_table(qapp, swedish) -> None:
    """A unit's fields take their words from model.fields.UNIT_FIELDS (adding a field there is
    all its undo step needs), in the window's language."""
    for field in fields.UNIT_FIELDS:
        assert command_text(Description(Action.CHANGE, Subject.UNIT, field=field.name)) == f"Ändra {field.sv}"
        english = _in_english(qapp, lambda f=field: command_text(Description(Action.CHANGE, Subject.UNIT, field=f.name)))
        assert english == f"Change {field.en}"


def test_an_edit_of_several_units_is_one_step_named_by_its_field(window) -> None:
    """The properties panel's authority box on two selected units: one undo step, worded from the
    description (the field and how many), not from a text the panel made up."""
    from orgdesigner.model import Authority

    ctl = window.controller
    ctl.select_units(["hc1", "hc2"])
    window.properties.authorities[Authority.BUDGET].click()
    assert ctl.undo_stack.count() == 1
    assert ctl.undo_stack.undoText() == "Change authorities"
