"""Undo-step names and refusal messages in the UI language.

A model command describes itself as data (orgdesigner.model.commands.description: an action, a
subject, a count, a name, a field); `command_text` words that description through Qt's
translation system (context "CommandText"). The refusals a person can cause carry their parts too
(a reporting cycle names both units, an invalid value its field and reason); `error_text` words
them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orgdesigner.io.words.numbers import number
from orgdesigner.model import fields
from orgdesigner.model.commands.base import InvalidValue
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.ui.i18n import translation_lang

A, S = Action, Subject


def _steps() -> dict[tuple[Action, Subject], str | tuple[str, str]]:
    """Each (action, subject) a command can describe: its text, or (one, many) where the count
    matters. %1 is the name, the count or the field; %2 the field after a subject's word."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate("Ctx", "…")
    return {
        (A.ADD, S.UNIT): translate("CommandText", "Add %1"),
        (A.DELETE, S.UNIT): (translate("CommandText", "Delete unit"), translate("CommandText", "Delete %1 units")),
        (A.MOVE, S.UNIT): (translate("CommandText", "Move unit"), translate("CommandText", "Move %1 units")),
        (A.CHANGE, S.UNIT): translate("CommandText", "Change %1"),
        (A.ADD, S.SCENARIO): translate("CommandText", "Add scenario %1"),
        (A.DELETE, S.SCENARIO): translate("CommandText", "Delete scenario"),
        (A.MOVE, S.SCENARIO): translate("CommandText", "Reorder scenarios"),
        (A.PROMOTE, S.SCENARIO): translate("CommandText", "Promote scenario to current state"),
        (A.CHANGE, S.SCENARIO): translate("CommandText", "Change %1: %2"),
        (A.CHANGE, S.PROJECT): translate("CommandText", "Change %1: %2"),
        (A.ADD, S.FUNCTION): translate("CommandText", "Add function %1"),
        (A.DELETE, S.FUNCTION): translate("CommandText", "Delete function"),
        (A.CHANGE, S.FUNCTION): translate("CommandText", "Change %1: %2"),
        (A.ADD, S.DECISION): translate("CommandText", "Add decision %1"),
        (A.DELETE, S.DECISION): translate("CommandText", "Delete decision"),
        (A.CHANGE, S.DECISION): translate("CommandText", "Change %1: %2"),
        (A.SET, S.ROLE): (translate("CommandText", "Set role"), translate("CommandText", "Set %1 roles")),
        (A.ADD, S.DOTTED_LINE): translate("CommandText", "Add dotted line"),
        (A.CHANGE, S.DOTTED_LINE): translate("CommandText", "Change dotted line"),
        (A.DELETE, S.DOTTED_LINE): translate("CommandText", "Remove dotted line"),
        (A.ADD, S.SERVICE): translate("CommandText", "Add service %1"),
        (A.DELETE, S.SERVICE): translate("CommandText", "Delete service"),
        (A.CHANGE, S.SERVICE): translate("CommandText", "Change service: %1"),
        (A.ADD, S.FLOW): translate("CommandText", "Add flow"),
        (A.SET, S.FLOW): (translate("CommandText", "Set flow"), translate("CommandText", "Set %1 flows")),
        (A.IMPORT, S.FLOW): (translate("CommandText", "Import flow"), translate("CommandText", "Import %1 flows")),
        (A.DELETE, S.FLOW): (translate("CommandText", "Delete flow"), translate("CommandText", "Delete %1 flows")),
        (A.CHANGE, S.FLOW): translate("CommandText", "Change flow: %1"),
        (A.CHANGE, S.ASSUMPTION): translate("CommandText", "Change assumption: %1"),
        (A.REPLACE, S.TRADE): translate("CommandText", "Replace internal trade"),
        (A.IMPORT, S.VOLUME_HISTORY): translate("CommandText", "Import volume history %1"),
        (A.CHANGE, S.VOLUME_HISTORY): translate("CommandText", "Change volume history"),
        (A.ADD, S.EVENT): translate("CommandText", "Add event %1"),
        (A.DELETE, S.EVENT): translate("CommandText", "Delete event %1"),
        (A.CHANGE, S.EVENT): translate("CommandText", "Change event %1"),
        (A.CHANGE, S.SETTINGS): translate("CommandText", "Change analysis settings"),
        (A.ACKNOWLEDGE, S.FINDING): translate("CommandText", "Acknowledge finding"),
        (A.WITHDRAW, S.FINDING): translate("CommandText", "Withdraw acknowledgement"),
        (A.SETTLE, S.CONFLICT): translate("CommandText", "Settle merge conflict"),
        (A.APPLY, S.TEMPLATE): translate("CommandText", "Apply template %1"),
    }


def _subjects() -> dict[Subject, str]:
    """The subjects "Change %1: %2" names before the field."""
    translate = QCoreApplication.translate
    return {
        S.PROJECT: translate("CommandText", "project"),
        S.SCENARIO: translate("CommandText", "scenario"),
        S.FUNCTION: translate("CommandText", "function"),
        S.DECISION: translate("CommandText", "decision"),
    }


def _fields() -> dict[str, str]:
    """The fields of the entities other than units that a command changes, by the model's name
    (a unit's fields have their words in their one table, model.fields.UNIT_FIELDS)."""
    translate = QCoreApplication.translate
    return {
        "name": translate("CommandText", "name"),
        "category": translate("CommandText", "category"),
        "form": translate("CommandText", "form"),
        "authorities": translate("CommandText", "authorities"),
        "decisions": translate("CommandText", "decisions"),
        "vardval": translate("CommandText", "vårdval"),
        "follows_up": translate("CommandText", "follow-up of"),
        "description": translate("CommandText", "description"),
        "title": translate("CommandText", "title"),
        "valid_from": translate("CommandText", "valid from"),
        "valid_until": translate("CommandText", "valid until"),
        "effective_date": translate("CommandText", "effective date"),
        "structure": translate("CommandText", "structure"),
        "economy": translate("CommandText", "economic rules"),
        "proposal": translate("CommandText", "proposed decision"),
        "paper": translate("CommandText", "decision paper"),
        "case": translate("CommandText", "case and proposed decision"),
        "organisation": translate("CommandText", "organisation"),
        "reference": translate("CommandText", "reference"),
        "created": translate("CommandText", "created"),
        "modified": translate("CommandText", "modified"),
        "supplier_id": translate("CommandText", "supplier"),
        "supplier": translate("CommandText", "supplier"),  # an event's
        "buyers": translate("CommandText", "buyers"),
        "comment": translate("CommandText", "comment"),
        "kind": translate("CommandText", "kind"),
        "unit_cost_sek": translate("CommandText", "unit cost"),
        "pricing": translate("CommandText", "pricing model"),
        "price_sek": translate("CommandText", "price per item"),
        "fixed_charge_sek": translate("CommandText", "fixed charge"),
        "mixed_price_sek": translate("CommandText", "mixed price per item"),
        "private_price_sek": translate("CommandText", "price for private providers"),
        "pna_alternative": translate("CommandText", "PNA alternative"),
        "response_free": translate("CommandText", "volume response, fri nyttighet"),
        "response_per_item": translate("CommandText", "volume response, styckpris"),
        "response_fixed": translate("CommandText", "volume response, fast avgift"),
        "response_mixed": translate("CommandText", "volume response, blandad"),
        "pna_share": translate("CommandText", "share moved to PNA"),
        "consultative_feedback": translate("CommandText", "consultative feedback"),
        "feedback_effect": translate("CommandText", "effect of feedback"),
        "mixed_variable_share": translate("CommandText", "blandad: price share"),
        "note": translate("CommandText", "note"),
        "buyer_id": translate("CommandText", "buyer"),
        "service_id": translate("CommandText", "service"),
        "volume": translate("CommandText", "volume"),
    }


_UNIT_FIELDS = {f.name: f for f in fields.UNIT_FIELDS}


def worded_fields(subject: Subject) -> set[str]:
    """The fields of `subject` that `field_word` has words for (a test checks every field a
    command changes)."""
    return set(_UNIT_FIELDS) if subject is Subject.UNIT else set(_fields())


def field_word(field: str, subject: Subject | None = None) -> str:
    """A field in the UI language; a field nobody worded yet shows as its name in words."""
    if subject is Subject.UNIT and field in _UNIT_FIELDS:
        return _UNIT_FIELDS[field].words(translation_lang())
    return _fields().get(field, field.replace("_", " "))


def command_text(description: Description) -> str:
    """What an undo step does, in the UI language."""
    if description.action is Action.NAMED:
        return description.label
    step = _steps().get((description.action, description.subject))
    if step is None:  # a pairing with no words yet: the tests iterate every command kind
        return f"{description.action} {description.subject}"
    if isinstance(step, tuple):
        one, many = step
        return one if description.count == 1 else many.replace("%1", number(description.count, translation_lang(), 0))
    if description.action is Action.CHANGE and description.subject is Subject.FLOW and description.field == "volume":
        return QCoreApplication.translate("CommandText", "Change volume")
    if "%2" in step:
        return step.replace("%1", _subjects()[description.subject]).replace("%2", field_word(description.field))
    if description.action is Action.CHANGE and description.field:
        return step.replace("%1", field_word(description.field, description.subject))
    return step.replace("%1", description.name)


def _reasons() -> dict[str, str]:
    """The model's own reasons; Python's (int("many") …) are left out, the value says enough."""
    translate = QCoreApplication.translate
    return {
        "must be a finite number": translate("CommandText", "must be a finite number"),
        "must not be negative": translate("CommandText", "must not be negative"),
        "must be between 0 and 1": translate("CommandText", "must be between 0 and 1"),
        "must be between -1 (-100 %) and 10 (+1000 %)": translate("CommandText", "must be between -100 % and +1000 %"),
        "must not be empty": translate("CommandText", "must not be empty"),
        # orgdesigner.model.limits.REASONS: what the project file can hold
        "must be a whole number": translate("CommandText", "must be a whole number"),
        "at most 200 characters": translate("CommandText", "at most 200 characters"),
        "at most 500 characters": translate("CommandText", "at most 500 characters"),
        "at most 100000 characters": translate("CommandText", "at most 100000 characters"),
        "must be between 0 and 1000000000000000": translate("CommandText", "must be between 0 and 1000000000000000"),
        "must be between 0 and 10000000": translate("CommandText", "must be between 0 and 10000000"),
        "must be between 0 and 1000000000": translate("CommandText", "must be between 0 and 1000000000"),
        "must be between 0 and 1000000000000": translate("CommandText", "must be between 0 and 1000000000000"),
        "must be between 1 and 10000": translate("CommandText", "must be between 1 and 10000"),
        "at most 2000 characters": translate("CommandText", "at most 2000 characters"),
        "must be text": translate("CommandText", "must be text"),
        "contains a character that is not text (a lone surrogate)":
            translate("CommandText", "contains a character that is not text (a lone surrogate)"),
    }


def error_reason(reason: str) -> str:
    """One of the model's reasons (orgdesigner.model.limits.REASONS) in the UI language."""
    return _reasons().get(reason, reason)


def error_text(error: Exception | str) -> str:
    """A model refusal in the UI language from its parts (model.commands.refusals words each kind
    in both languages; an invalid value is worded here from its field and reason); a table that
    cannot be imported names its file and reason; other texts as they are."""
    translate = QCoreApplication.translate
    if isinstance(error, InvalidValue):
        reason = _reasons().get(error.reason)
        if reason is None:
            out = translate("CommandText", "Invalid value for %1: %2")
        else:
            out = translate("CommandText", "Invalid value for %1: %2 – %3").replace("%3", reason)
        subject = Subject.UNIT if error.owner == "unit" else None
        return out.replace("%1", field_word(error.field, subject)).replace("%2", error.shown)
    words = getattr(error, "words", None)  # a CommandError, an ImportFileError: worded by its kind
    return words(translation_lang()) if callable(words) else str(error)
