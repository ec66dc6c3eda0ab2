"""What a command does, as data: the undo history and the CLI word it in the reader's language.

A command says which action it takes on which kind of thing, how many, the thing's own name and
the field it changes; it never words itself. `orgdesigner.ui.command_text` words a description
through Qt's translation system, so a Swedish window says "Ta bort 3 enheter" where an English
one says "Delete 3 units".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    ADD = "add"
    DELETE = "delete"
    CHANGE = "change"  # with `field`: which property
    MOVE = "move"  # a unit under another parent, a scenario to another place
    SET = "set"  # roles, flows: cells given a value (or cleared)
    IMPORT = "import"
    REPLACE = "replace"
    ACKNOWLEDGE = "acknowledge"
    WITHDRAW = "withdraw"  # an acknowledgement
    SETTLE = "settle"  # a merge conflict
    PROMOTE = "promote"  # a scenario to the current state
    APPLY = "apply"  # a template
    NAMED = "named"  # the caller's own words, already in the reader's language (`label`)


class Subject(StrEnum):
    PROJECT = "project"
    SCENARIO = "scenario"
    UNIT = "unit"
    FUNCTION = "function"
    DECISION = "decision"
    ROLE = "role"
    DOTTED_LINE = "dotted_line"
    SERVICE = "service"
    FLOW = "flow"
    ASSUMPTION = "assumption"
    TRADE = "trade"  # a scenario's whole internal trade
    VOLUME_HISTORY = "volume_history"
    EVENT = "event"  # of the volume history
    SETTINGS = "settings"  # the analysis settings
    FINDING = "finding"
    CONFLICT = "conflict"
    TEMPLATE = "template"


@dataclass(frozen=True, slots=True)
class Description:
    action: Action
    subject: Subject
    count: int = 1  # how many things (units deleted, roles set …)
    name: str = ""  # the thing's own name or id, shown as it is ("Brunflo hälsocentral")
    field: str = ""  # with CHANGE: the field, as the subject's field table names it
    label: str = ""  # with NAMED: the whole text

    @classmethod
    def named(cls, label: str) -> Description:
        """A step the caller names itself (a macro made by the UI, named with its tr())."""
        return cls(Action.NAMED, Subject.PROJECT, label=label)
