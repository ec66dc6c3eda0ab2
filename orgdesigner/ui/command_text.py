"""Undo-step names and refusal messages in the UI language.

Model commands are Qt-free and name themselves in English ("Change budget sek", "Delete 3 units").
The undo stack shows `command_text(command.text)` instead: a known pattern is translated through
Qt's translation system (context "CommandText"), anything else is shown as it is. Texts the UI
already translated (macros named with self.tr) match no pattern and pass through unchanged.
`error_text` does the same for the refusals a person can cause (a reporting cycle, a bad value).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

# (pattern on the model's English text, the English template it becomes; %1/%2 = the groups),
# compiled at the first command (`_patterns`), not at start-up
_PATTERN_TEXTS: tuple[tuple[str, str], ...] = (
    (r"Add scenario (.+)", "Add scenario %1"),
    (r"Delete scenario", "Delete scenario"),
    (r"Reorder scenarios", "Reorder scenarios"),
    (r"Delete unit", "Delete unit"),
    (r"Delete (\d+) units", "Delete %1 units"),
    (r"Move unit", "Move unit"),
    (r"Add service (.+)", "Add service %1"),
    (r"Delete service", "Delete service"),
    (r"Change service (.+)", "Change service: %1"),
    (r"Add flow", "Add flow"),
    (r"Import (\d+) flows", "Import %1 flows"),
    (r"Set flow", "Set flow"),
    (r"Set (\d+) flows", "Set %1 flows"),
    (r"Delete flow", "Delete flow"),
    (r"Delete (\d+) flows", "Delete %1 flows"),
    (r"Change volume", "Change volume"),
    (r"Change flow (.+)", "Change flow: %1"),
    (r"Change assumption (.+)", "Change assumption: %1"),
    (r"Set role", "Set role"),
    (r"Set (\d+) roles", "Set %1 roles"),
    (r"Change analysis settings", "Change analysis settings"),
    (r"Acknowledge finding", "Acknowledge finding"),
    (r"Withdraw acknowledgement", "Withdraw acknowledgement"),
    (r"Add function (.+)", "Add function %1"),
    (r"Delete function", "Delete function"),
    (r"Add decision (.+)", "Add decision %1"),
    (r"Delete decision", "Delete decision"),
    (r"Import volume history (.+)", "Import volume history %1"),
    (r"Change volume history", "Change volume history"),
    (r"Add event (.+)", "Add event %1"),
    (r"Delete event (.+)", "Delete event %1"),
    (r"Change event (.+)", "Change event %1"),
    (r"Change (project|scenario|function|decision) (.+)", "Change %1: %2"),
    (r"Change (.+)", "Change %1"),
    (r"Add (.+)", "Add %1"),
)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), t) for p, t in _PATTERN_TEXTS]

_WORD_GROUPS = {"Change service: %1", "Change flow: %1", "Change assumption: %1", "Change %1: %2", "Change %1"}


def _templates() -> dict[str, str]:
    translate = QCoreApplication.translate  # this name: lupdate reads translate("Ctx", "…")
    return {
        "Add scenario %1": translate("CommandText", "Add scenario %1"),
        "Delete scenario": translate("CommandText", "Delete scenario"),
        "Reorder scenarios": translate("CommandText", "Reorder scenarios"),
        "Delete unit": translate("CommandText", "Delete unit"),
        "Delete %1 units": translate("CommandText", "Delete %1 units"),
        "Move unit": translate("CommandText", "Move unit"),
        "Add service %1": translate("CommandText", "Add service %1"),
        "Delete service": translate("CommandText", "Delete service"),
        "Change service: %1": translate("CommandText", "Change service: %1"),
        "Add flow": translate("CommandText", "Add flow"),
        "Import %1 flows": translate("CommandText", "Import %1 flows"),
        "Set flow": translate("CommandText", "Set flow"),
        "Set %1 flows": translate("CommandText", "Set %1 flows"),
        "Delete flow": translate("CommandText", "Delete flow"),
        "Delete %1 flows": translate("CommandText", "Delete %1 flows"),
        "Change volume": translate("CommandText", "Change volume"),
        "Change flow: %1": translate("CommandText", "Change flow: %1"),
        "Change assumption: %1": translate("CommandText", "Change assumption: %1"),
        "Set role": translate("CommandText", "Set role"),
        "Set %1 roles": translate("CommandText", "Set %1 roles"),
        "Change analysis settings": translate("CommandText", "Change analysis settings"),
        "Acknowledge finding": translate("CommandText", "Acknowledge finding"),
        "Withdraw acknowledgement": translate("CommandText", "Withdraw acknowledgement"),
        "Add function %1": translate("CommandText", "Add function %1"),
        "Delete function": translate("CommandText", "Delete function"),
        "Add decision %1": translate("CommandText", "Add decision %1"),
        "Delete decision": translate("CommandText", "Delete decision"),
        "Import volume history %1": translate("CommandText", "Import volume history %1"),
        "Change volume history": translate("CommandText", "Change volume history"),
        "Add event %1": translate("CommandText", "Add event %1"),
        "Delete event %1": translate("CommandText", "Delete event %1"),
        "Change event %1": translate("CommandText", "Change event %1"),
        "Change %1: %2": translate("CommandText", "Change %1: %2"),
        "Change %1": translate("CommandText", "Change %1"),
        "Add %1": translate("CommandText", "Add %1"),
    }


def _words() -> dict[str, str]:
    """Owners and field names as the model spells them (underscores as spaces)."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate("Ctx", "…")
    return {
        "project": translate("CommandText", "project"),
        "scenario": translate("CommandText", "scenario"),
        "function": translate("CommandText", "function"),
        "decision": translate("CommandText", "decision"),
        "name": translate("CommandText", "name"),
        "category": translate("CommandText", "category"),
        "form": translate("CommandText", "form"),
        "authorities": translate("CommandText", "authorities"),
        "decisions": translate("CommandText", "decisions"),
        "budget sek": translate("CommandText", "budget"),
        "staff fte": translate("CommandText", "staff"),
        "listed patients": translate("CommandText", "listed patients"),
        "notes": translate("CommandText", "notes"),
        "vardval": translate("CommandText", "vårdval"),
        "follows up": translate("CommandText", "follow-up of"),
        "description": translate("CommandText", "description"),
        "title": translate("CommandText", "title"),
        "valid from": translate("CommandText", "valid from"),
        "valid until": translate("CommandText", "valid until"),
        "effective date": translate("CommandText", "effective date"),
        "structure": translate("CommandText", "structure"),
        "economy": translate("CommandText", "economic rules"),
        "organisation": translate("CommandText", "organisation"),
        "reference": translate("CommandText", "reference"),
        "created": translate("CommandText", "created"),
        "modified": translate("CommandText", "modified"),
        "supplier id": translate("CommandText", "supplier"),
        "kind": translate("CommandText", "kind"),
        "unit cost sek": translate("CommandText", "unit cost"),
        "pricing": translate("CommandText", "pricing model"),
        "price sek": translate("CommandText", "price per item"),
        "fixed charge sek": translate("CommandText", "fixed charge"),
        "mixed price sek": translate("CommandText", "mixed price per item"),
        "private price sek": translate("CommandText", "price for private providers"),
        "pna alternative": translate("CommandText", "PNA alternative"),
        "response free": translate("CommandText", "volume response, fri nyttighet"),
        "response per item": translate("CommandText", "volume response, styckpris"),
        "response fixed": translate("CommandText", "volume response, fast avgift"),
        "response mixed": translate("CommandText", "volume response, blandad"),
        "pna share": translate("CommandText", "share moved to PNA"),
        "consultative feedback": translate("CommandText", "consultative feedback"),
        "feedback effect": translate("CommandText", "effect of feedback"),
        "mixed variable share": translate("CommandText", "blandad: price share"),
        "note": translate("CommandText", "note"),
        "buyer": translate("CommandText", "buyer"),
        "service": translate("CommandText", "service"),
    }


def command_text(text: str) -> str:
    """`text` (a model command's English name) in the UI language."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = list(match.groups())
        if template in _WORD_GROUPS:
            words = _words()
            groups = [words.get(g, g) for g in groups]
        out = _templates()[template]
        for i, value in enumerate(groups, start=1):
            out = out.replace(f"%{i}", value)
        return out
    return text


_CYCLE = r"cannot move (.+) under (.+): it would report to itself \(a reporting cycle\)"
_INVALID = r"(\w+)\.(\w+): invalid value (.+) \((.*)\)"


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


def error_text(text: str) -> str:
    """A model refusal (CommandError text, English) in the UI language; other text unchanged."""
    translate = QCoreApplication.translate
    if match := re.fullmatch(_CYCLE, text):  # re caches the compiled pattern
        out = translate("CommandText", "cannot move %1 under %2: it would report to itself (a reporting cycle)")
        return out.replace("%1", match.group(1)).replace("%2", match.group(2))
    if match := re.fullmatch(_INVALID, text, re.S):
        field = match.group(2).replace("_", " ")
        field = _words().get(field, field)
        reason = _reasons().get(match.group(4))
        if reason is None:
            out = translate("CommandText", "Invalid value for %1: %2")
        else:
            out = translate("CommandText", "Invalid value for %1: %2 – %3").replace("%3", reason)
        return out.replace("%1", field).replace("%2", match.group(3))
    return text
