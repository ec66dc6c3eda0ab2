"""Read a tab-separated block (as Excel copies it) into role changes for one SetRoles command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from orgdesigner.model.entities import AssignmentKey
from orgdesigner.model.enums import Role
from orgdesigner.ui.matrix.roles import RoleParseError, parse_role


@dataclass(frozen=True, slots=True)
class PasteProblem:
    line: int  # 1-based line in the pasted block
    column: int  # 1-based column in the pasted block
    text: str
    reason: str  # "role" (not a role) or "outside" (beyond the matrix edge)


@dataclass(slots=True)
class PasteResult:
    changes: list[tuple[AssignmentKey, Role | None]] = field(default_factory=list)
    problems: list[PasteProblem] = field(default_factory=list)


def split_block(text: str) -> list[list[str]]:
    """Rows of cells; the trailing newline Excel adds does not make an extra row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def read_block(
    text: str,
    top: int,
    left: int,
    key_at: Callable[[int, int], AssignmentKey | None],
    current: Callable[[AssignmentKey], Role | None],
    lang: str,
) -> PasteResult:
    """Map the block onto the matrix from (top, left); empty cells clear, unchanged cells are skipped."""
    result = PasteResult()
    for i, cells in enumerate(split_block(text)):
        for j, cell in enumerate(cells):
            key = key_at(top + i, left + j)
            if key is None:
                if cell.strip():
                    result.problems.append(PasteProblem(i + 1, j + 1, cell.strip(), "outside"))
                continue
            try:
                role = parse_role(cell, lang)
            except RoleParseError:
                result.problems.append(PasteProblem(i + 1, j + 1, cell.strip(), "role"))
                continue
            if current(key) != role:
                result.changes.append((key, role))
    return result
