"""Read and write `.orgd` project files: validate, migrate, check references, save atomically.

Importing this module is cheap: the readers load on the first read or write, so the GUI can
show its window before it needs them. A current, valid file is read by msgspec (`fast_file`,
the one definition of the format); pydantic, with models generated from those structs
(`file_models`), reads older versions and words the problems of a malformed file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from orgdesigner._gc import gc_paused
from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.io.project.atomic import read_bounded, write_atomic

if TYPE_CHECKING:
    from pydantic import ValidationError

    from orgdesigner.io.project.fast_file import ProjectFile
    from orgdesigner.model.entities import Project

SUFFIX = ".orgd"
MAX_FILE_BYTES = 256 * 1024 * 1024  # a 10,000-unit project is about 7 MB
#: from this size a file msgspec read gets twice.keys_once first: its one-time set-up (about 7 ms)
#: and its pass cost less than the exact duplicate-key pass from about 1 MB (the example: 0.56 MB)
PROOF_FROM_BYTES = 1_000_000


def json_path(loc: tuple[Any, ...]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _validation_problems(error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False)[:50]:
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        expected = str(item.get("ctx", {}).get("expected", ""))
        problems.append(Problem(json_path(loc), item["msg"], item["type"], (expected,) if expected else ()))
    return problems


def parse_project(data: bytes, path: Path | str | None = None) -> Project:
    """Turn file bytes into a Project, or raise ProjectFileError listing what is wrong."""
    from orgdesigner.io.project.codec import UnknownUnit, project_from_model
    from orgdesigner.io.project.references import reference_problems

    # A 10,000-unit file makes some 250,000 objects, none in a reference cycle: collecting while
    # they are made frees nothing and took about a third of the load.
    with gc_paused(len(data) > 1_000_000):
        model = _checked_model(data, path, written_here=False, cells=False)
        try:
            return project_from_model(model)  # checks that each assigned unit exists
        except UnknownUnit:
            raise ProjectFileError(path, reference_problems(model)) from None


def parse_file_model(data: bytes, path: Path | str | None = None, *, written_here: bool = False) -> ProjectFile:
    """The validated, migrated and reference-checked file model (what diff and merge read), or
    ProjectFileError listing what is wrong. `written_here`: bytes `project_bytes` just made from
    Python dicts, which cannot hold a key twice, so the duplicate-key check is skipped."""
    return _checked_model(data, path, written_here=written_here, cells=True)


def _checked_model(data: bytes, path: Path | str | None, *, written_here: bool, cells: bool) -> ProjectFile:
    """`parse_file_model`; `cells=False` leaves whether each assigned unit exists to the caller,
    which must then raise ProjectFileError with `reference_problems(model)` when one does not."""
    from orgdesigner.io.project.fast_file import decode as decode_fast
    from orgdesigner.io.project.references import reference_problems
    from orgdesigner.io.project.twice import duplicate_key, keys_once

    if len(data) > MAX_FILE_BYTES:
        raise ProjectFileError(path, [Problem("", f"file is too large ({len(data) // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)")])
    with gc_paused(len(data) > 1_000_000):
        # Fast path: a current, valid file is parsed and validated in one pass by msgspec, which
        # refuses any byte that is not UTF-8 (tests/io/project/test_twice.py): only a file it
        # refuses needs the UTF-8 check, which comes before every other problem.
        fast = decode_fast(data)
        if fast is None:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ProjectFileError(path, [Problem("", f"not UTF-8 text (byte {exc.start}); project files are UTF-8 JSON")]) from None
        # A key written twice is refused before anything else; a large file msgspec read is
        # first given the cheap proof that it holds none (twice.py), the exact pass only if that
        # fails. Below PROOF_FROM_BYTES the exact pass costs less than the proof's set-up.
        if not written_here and not (fast is not None and len(data) >= PROOF_FROM_BYTES and keys_once(data, fast)):
            duplicate = duplicate_key(data)
            if duplicate is not None:
                raise ProjectFileError(path, [duplicate])
        model = fast if fast is not None else validate_with_pydantic(data, path)
        problems = reference_problems(model, cells=cells)
        if problems:  # the whole list, unknown units in assignments too
            raise ProjectFileError(path, problems if cells else reference_problems(model))
        return model


def validate_with_pydantic(data: bytes, path: Path | str | None = None) -> ProjectFile:
    """The reader for files the fast path refuses: pydantic validates a current file in one
    pass; anything else goes step by step for a clear message. Its models are generated from
    the structs, field for field, so the result reads as a `fast_file.ProjectFile` does."""
    from pydantic import ValidationError

    from orgdesigner.io.project.file_models import ProjectFileModel

    try:
        return cast("ProjectFile", ProjectFileModel.model_validate_json(data))
    except ValidationError:
        return _validate_slowly(data, path)  # older version, or a precise message for the user


def _validate_slowly(data: bytes, path: Path | str | None) -> ProjectFile:
    """Parse step by step so each kind of problem gets its own clear message; migrate old files."""
    import orjson  # here and in project_bytes: reading a valid file needs only msgspec
    from pydantic import ValidationError

    from orgdesigner.io.project.file_models import FORMAT_NAME, FORMAT_VERSION, ProjectFileModel
    from orgdesigner.io.project.migrations import migrate

    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        reason = "nested too deeply" if "depth" in exc.msg else exc.msg
        raise ProjectFileError(path, [Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {reason}", "json", (str(exc.lineno), str(exc.colno)))]) from None
    if not isinstance(document, dict):
        raise ProjectFileError(path, [Problem("$", "expected a JSON object with an orgdesigner project")])
    if document.get("format") != FORMAT_NAME:
        raise ProjectFileError(path, [Problem("$.format", f"not an orgdesigner project (expected \"format\": \"{FORMAT_NAME}\")")])
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ProjectFileError(path, [Problem("$.format_version", "missing or not a whole number")])
    if version > FORMAT_VERSION:
        raise ProjectFileError(path, [Problem("$.format_version", f"written by a newer orgdesigner (format {version}; this version reads up to {FORMAT_VERSION}): please update orgdesigner",
                                             "newer_format", (str(version), str(FORMAT_VERSION)))])
    try:
        return cast("ProjectFile", ProjectFileModel.model_validate(migrate(document, version)))
    except ValidationError as exc:
        raise ProjectFileError(path, _validation_problems(exc)) from None
    except ValueError as exc:
        raise ProjectFileError(path, [Problem("$.format_version", str(exc))]) from None


def read_project_bytes(path: Path | str) -> bytes:
    try:
        return read_bounded(Path(path), MAX_FILE_BYTES)
    except OSError as exc:
        raise ProjectFileError(path, [Problem("", exc.strerror or str(exc))]) from None


def load_project(path: Path | str) -> Project:
    return parse_project(read_project_bytes(path), path)


def project_bytes(project: Project) -> bytes:
    """The exact bytes a save writes: indented, stable order, newline at the end."""
    import orjson

    from orgdesigner.io.project.codec import project_to_json

    large = sum(len(s.assignments) for s in project.scenarios.values()) > 20_000
    with gc_paused(large):  # the JSON tree is ~200,000 short-lived dicts without cycles
        try:
            return orjson.dumps(project_to_json(project), option=orjson.OPT_INDENT_2) + b"\n"
        except orjson.JSONEncodeError as exc:  # e.g. a whole number beyond 64 bits: JSON readers refuse it
            raise ProjectFileError(None, [Problem("", f"the project holds a value the file cannot store ({exc})")]) from None


def storable_bytes(project: Project, path: Path | str | None = None) -> bytes:
    """`project_bytes`, read back first by the loader's own validator (the msgspec pass and the
    reference checks: milliseconds): raises ProjectFileError naming each field a load would
    refuse, so a save, an autosave or a merge never writes a file that cannot be opened again
    (and a second save never puts such a file in place of the `.bak`)."""
    from orgdesigner.io.project._json_values import unwritable_values

    unwritable = unwritable_values(project)  # written as null, or not at all
    if unwritable:
        raise ProjectFileError(path, [Problem(p.where, f"{p.message}; nothing was written") for p in unwritable])
    data = project_bytes(project)
    try:
        parse_file_model(data, path, written_here=True)
    except ProjectFileError as exc:
        problems = [Problem(p.where, f"{p.message} (nothing was written: the file could not be opened again)")
                    for p in exc.problems]
        raise ProjectFileError(path, problems) from None
    return data


def save_project(project: Project, path: Path | str) -> None:
    """Save atomically, keeping the previous file as `<name>.bak`. Raises OSError when the file
    cannot be written and ProjectFileError when the project cannot be stored (a value the loader
    would refuse); the file on disk is then untouched."""
    write_atomic(Path(path), storable_bytes(project, path), keep_backup=True)
