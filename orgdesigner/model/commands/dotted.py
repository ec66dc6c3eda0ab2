"""Commands on dotted (secondary) reporting lines: add, change, remove.

A line lives on the unit it starts from; each command replaces that unit's tuple of lines and
keeps the old one for revert. At most one line runs from a unit to a given target.
"""

from __future__ import annotations

from orgdesigner.model.commands._lines import FIELD, check_line
from orgdesigner.model.commands.base import Command, CommandError
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.units import scenario_of, unit_of
from orgdesigner.model.document import Document
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Scenario


class _LineCommand(Command):
    def __init__(self, scenario_id: str, source_id: str) -> None:
        self.scenario_id = scenario_id
        self.source_id = source_id
        self._old: tuple[DottedLine, ...] = ()

    @staticmethod
    def _checked(line: DottedLine) -> DottedLine:
        try:
            return check_line(line)
        except (TypeError, ValueError) as exc:
            raise CommandError(f"dotted line: {exc}") from exc

    def new_lines(self, scenario: Scenario, lines: tuple[DottedLine, ...]) -> tuple[DottedLine, ...]:
        raise NotImplementedError

    def apply(self, doc: Document) -> None:
        scenario = scenario_of(doc, self.scenario_id)
        unit = unit_of(scenario, self.source_id)
        new = self.new_lines(scenario, unit.dotted_lines)
        self._old = doc.set_units(self.scenario_id, FIELD, {self.source_id: new})[self.source_id]

    def revert(self, doc: Document) -> None:
        doc.set_units(self.scenario_id, FIELD, {self.source_id: self._old})


def _index(lines: tuple[DottedLine, ...], target_id: str) -> int | None:
    return next((i for i, line in enumerate(lines) if line.target_id == target_id), None)


class AddDottedLine(_LineCommand):
    """Draw a dotted line from `source_id` to `line.target_id`."""

    def __init__(self, scenario_id: str, source_id: str, line: DottedLine) -> None:
        super().__init__(scenario_id, source_id)
        self.line = self._checked(line)
        self.description = Description(Action.ADD, Subject.DOTTED_LINE)

    def new_lines(self, scenario: Scenario, lines: tuple[DottedLine, ...]) -> tuple[DottedLine, ...]:
        source = scenario.units[self.source_id]
        target = unit_of(scenario, self.line.target_id)
        if target.id == source.id:
            raise CommandError(Refusal.DOTTED_SELF, unit=source.name)
        if target.id == source.parent_id:
            raise CommandError(Refusal.DOTTED_IN_LINE, source=source.name, target=target.name)
        if target.parent_id == source.id:
            raise CommandError(Refusal.DOTTED_IN_LINE_BELOW, source=source.name, target=target.name)
        if _index(lines, target.id) is not None:
            raise CommandError(Refusal.DOTTED_EXISTS, source=source.name, target=target.name)
        return (*lines, self.line)


class ChangeDottedLine(_LineCommand):
    """Change the kind, note or decision reference of an existing line (the target stays)."""

    def __init__(self, scenario_id: str, source_id: str, line: DottedLine) -> None:
        super().__init__(scenario_id, source_id)
        self.line = self._checked(line)
        self.description = Description(Action.CHANGE, Subject.DOTTED_LINE)

    def new_lines(self, scenario: Scenario, lines: tuple[DottedLine, ...]) -> tuple[DottedLine, ...]:
        i = _index(lines, self.line.target_id)
        if i is None:
            raise CommandError(Refusal.DOTTED_MISSING, source=self.source_id, target=self.line.target_id)
        return (*lines[:i], self.line, *lines[i + 1 :])

    def merge_key(self) -> object | None:
        # typing a note: consecutive changes of one line are one undo step
        return ("dotted-line", self.scenario_id, self.source_id, self.line.target_id)

    def merge(self, later: Command) -> bool:
        if not isinstance(later, ChangeDottedLine) or later.merge_key() != self.merge_key():
            return False
        self.line = later.line
        return True


class RemoveDottedLine(_LineCommand):
    def __init__(self, scenario_id: str, source_id: str, target_id: str) -> None:
        super().__init__(scenario_id, source_id)
        self.target_id = target_id
        self.description = Description(Action.DELETE, Subject.DOTTED_LINE)

    def new_lines(self, scenario: Scenario, lines: tuple[DottedLine, ...]) -> tuple[DottedLine, ...]:
        i = _index(lines, self.target_id)
        if i is None:
            raise CommandError(Refusal.DOTTED_MISSING, source=self.source_id, target=self.target_id)
        return (*lines[:i], *lines[i + 1 :])
