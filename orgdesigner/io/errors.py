"""Errors about files, each naming the file and the place (JSON path, row, column)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # a JSON path such as $.scenarios[0].units[3].parent, or "row 12, column 'id'"
    message: str
    # what went wrong as data, so a window can word it in its own language (the message is
    # English, for the CLI and logs): pydantic's error type, "json", "newer_format", "twice" or
    # "twice_in_entry" (a key written twice in one object); its parts
    kind: str = ""
    parts: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ProjectFileError(Exception):
    """A file that cannot be read as a project. `problems` lists every problem found."""

    def __init__(self, path: Path | str | None, problems: list[Problem]) -> None:
        self.path = None if path is None else Path(path)
        self.problems = problems
        super().__init__(self.summary())

    def summary(self, limit: int = 3) -> str:
        """One line: the file and the first problems."""
        shown = "; ".join(str(p) for p in self.problems[:limit])
        more = len(self.problems) - limit
        if more > 0:
            shown += f" (and {more} more)"
        name = str(self.path) if self.path is not None else "<data>"
        return f"{name}: {shown}"
