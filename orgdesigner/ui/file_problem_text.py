"""A project file's problems in the UI language.

The io layer describes a problem as data as well as in English (orgdesigner.io.errors.Problem: a
kind and its parts); the window words the kinds a person meets when a file is broken by hand, a
copy cut short or a newer program: other problems keep the io layer's own message. A table that
cannot be imported is worded by its kind in io.words.file_words (the command line says the same).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orgdesigner.io.errors import Problem
from orgdesigner.io.exchange._tabular import ImportFileError
from orgdesigner.ui.i18n import translation_lang


def _reasons() -> dict[str, str]:
    """Pydantic's error types (and the io layer's own kinds): the reason, %1 the first part."""
    translate = QCoreApplication.translate  # this name: lupdate reads translate("Ctx", "…")
    whole = translate("FileProblem", "must be a whole number")
    number = translate("FileProblem", "must be a number")
    yes_no = translate("FileProblem", "must be true or false")
    return {
        "json": translate("FileProblem", "not valid JSON: the file is damaged or cut short"),
        "twice": translate("FileProblem", "the key \"%1\" appears twice in one object; keep one (a merge done by hand?)"),
        "twice_in_entry": translate(
            "FileProblem", "the key \"%1\" appears twice in the entry with id \"%2\"; keep one (a merge done by hand?)"),
        "newer_format": translate(
            "FileProblem", "written by a newer orgdesigner (format %1; this version reads up to %2): please update orgdesigner"),
        "missing": translate("FileProblem", "is missing"),
        "extra_forbidden": translate("FileProblem", "is not a field this format has"),
        "int_parsing": whole, "int_type": whole, "int_from_float": whole,
        "float_parsing": number, "float_type": number, "finite_number": number,
        "bool_parsing": yes_no, "bool_type": yes_no,
        "string_type": translate("FileProblem", "must be text"),
        "list_type": translate("FileProblem", "must be a list"),
        "dict_type": translate("FileProblem", "must be an object"),
        "model_type": translate("FileProblem", "must be an object"),
        "literal_error": translate("FileProblem", "must be one of %1"),
        "enum": translate("FileProblem", "must be one of %1"),
        "date_from_datetime_parsing": translate("FileProblem", "must be a date (YYYY-MM-DD)"),
        "date_parsing": translate("FileProblem", "must be a date (YYYY-MM-DD)"),
    }


def problem_text(problem: Problem) -> str:
    """One problem, its place first, in the UI language."""
    translate = QCoreApplication.translate
    reason = _reasons().get(problem.kind)
    if reason is None:
        return str(problem)
    if problem.kind == "json":
        line, column = problem.parts
        where = translate("FileProblem", "line %1, column %2").replace("%1", line).replace("%2", column)
    else:
        where = problem.where
        parts = list(problem.parts)
        if problem.kind in ("literal_error", "enum") and parts:  # pydantic's "'a', 'b' or 'c'"
            parts[0] = parts[0].replace(" or ", translate("FileProblem", " or "))
        for i, part in enumerate(parts, start=1):
            reason = reason.replace(f"%{i}", part)
        if "%1" in reason:  # a kind worded with a part the problem did not carry
            return str(problem)
    return f"{where}: {reason}" if where else reason


def import_problem_text(error: ImportFileError) -> str:
    """A table that cannot be imported: the file and the reason in the UI language
    (orgdesigner.io.words.file_words words each kind in both)."""
    return error.words(translation_lang())
