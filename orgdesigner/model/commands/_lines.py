"""Helpers for dotted lines that the unit commands and the dotted-line commands share."""

from __future__ import annotations

from orgdesigner.model import fields
from orgdesigner.model.commands.base import CommandError
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.entities import Scenario

FIELD = "dotted_lines"  # the unit field the lines are


def check_line(line: DottedLine) -> DottedLine:
    """The limits every stored line meets (also used to validate whole units)."""
    if not isinstance(line, DottedLine):
        raise TypeError("a dotted line must be a DottedLine")
    fields.check(fields.DOTTED_LINE, "dotted line", line)
    DottedKind(line.kind)
    return line


def check_targets(scenario: Scenario, source_id: str, lines: tuple[DottedLine, ...]) -> None:
    """What the file's reference checks refuse: a line to the unit itself or to a unit the
    scenario does not have."""
    for line in lines:
        if line.target_id == source_id:
            raise CommandError(Refusal.DOTTED_SELF, unit=source_id)
        if line.target_id not in scenario.units:
            raise CommandError(Refusal.DOTTED_TARGET_GONE, source=source_id, target=line.target_id)


def lines_kept(scenario: Scenario, doomed: set[str]) -> dict[str, tuple[DottedLine, ...]]:
    """The surviving units whose dotted lines end at `doomed` units, with the lines they keep."""
    kept: dict[str, tuple[DottedLine, ...]] = {}
    for uid, unit in scenario.units.items():
        if unit.dotted_lines and uid not in doomed:
            lines = tuple(line for line in unit.dotted_lines if line.target_id not in doomed)
            if len(lines) != len(unit.dotted_lines):
                kept[uid] = lines
    return kept
