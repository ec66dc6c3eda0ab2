"""The project reader as it was before its fast paths (the cheap duplicate-key proof, the UTF-8
check only on a refused file): the reference the equivalence tests compare a load with."""

from __future__ import annotations

from typing import Any

from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.io.project import fast_file
from orgdesigner.io.project.project_file import validate_with_pydantic
from orgdesigner.io.project.references import reference_problems
from orgdesigner.io.project.twice import duplicate_key


def plain_parse(data: bytes) -> fast_file.ProjectFile:
    """The UTF-8 check, the exact duplicate-key pass, then the readers and the reference checks."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(None, [Problem("", f"not UTF-8 text (byte {exc.start}); project files are UTF-8 JSON")]) from None
    duplicate = duplicate_key(data)
    if duplicate is not None:
        raise ProjectFileError(None, [duplicate])
    model = fast_file.decode(data) or validate_with_pydantic(data)
    problems = reference_problems(model)
    if problems:
        raise ProjectFileError(None, problems)
    return model


def outcome(read: Any, data: bytes) -> Any:
    """What `read(data)` gives: the file model, or the problems it was refused with."""
    try:
        return read(data)
    except ProjectFileError as exc:
        return [(p.where, p.message) for p in exc.problems]
