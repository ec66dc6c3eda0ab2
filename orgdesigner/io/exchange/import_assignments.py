"""Import responsibility assignments from CSV or XLSX (no Qt).

Two layouts, recognised from the header:
- long form: one row per role, columns unit, function, responsibility, role (English or
  Swedish headers: enhet, funktion, ansvar, roll; optional function_name/funktionsnamn);
- wide form: the ``matrix`` sheet/CSV that orgdesigner exports: columns function_id, function,
  responsibility, then one column per unit. A matrix edited in Excel comes back: an emptied cell
  clears that role.

Units are found by id, else by unique name. Functions by id, else by name; unknown functions
become new catalogue entries (`AssignmentImport.new_functions`). Roles and responsibilities are
words or letters in Swedish or English (see `orgdesigner.io.words._words`; a lone "R" is decided per
file). Bad rows are listed with their spreadsheet row number; nothing is applied here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from orgdesigner.io.exchange._tabular import ImportFileError, RawTable, read_table
from orgdesigner.io.exchange.import_units import BadRow
from orgdesigner.io.exchange.tables import MATRIX_HEAD
from orgdesigner.io.words._words import (
    EMPTY_CELLS,
    RESPONSIBILITY_WORDS,
    ROLE_WORDS,
    choices,
    parse_responsibility,
    parse_role,
    role_letters_language,
)
from orgdesigner.model.entities import AssignmentKey, Function, Scenario, Unit
from orgdesigner.model.enums import Role

# ids before names: orgdesigner's own export heads its columns "Enhets-id" and "Enhet" (older
# exports: "unit" and "unit_name"), and a unit is best found by its id
_LONG_GUESSES: dict[str, tuple[str, ...]] = {
    "unit": ("unit_id", "unit id", "enhets-id", "enhet_id", "enhetsid", "unit", "enhet"),
    "function": ("function_id", "function id", "funktions-id", "funktion_id", "function", "funktion"),
    "responsibility": ("responsibility", "ansvar", "ansvarstyp", "ansvarsområde"),
    "role": ("role", "roll"),
    "function_name": ("function_name", "funktionsnamn", "function", "funktion"),
}
_WIDE_HEAD = {
    "function_id": ("function_id", "function id", "funktion_id", "funktions-id"),
    "function": ("function", "funktion", "funktionsnamn"),
    "responsibility": ("responsibility", "ansvar", "ansvarstyp"),
}
_NAME_AND_ID = re.compile(r"^(.*) \(([^()]+)\)$")  # "Brunflo hälsocentral (hc-brunflo)"


@dataclass(slots=True)
class AssignmentColumns:
    """Long-form columns; None for the optional function name."""

    unit: str
    function: str
    responsibility: str
    role: str
    function_name: str | None = None


def guess_assignment_columns(header: list[str]) -> AssignmentColumns | None:
    lowered = {h.casefold(): h for h in header}
    found = {k: next((lowered[g] for g in gs if g in lowered), None) for k, gs in _LONG_GUESSES.items()}
    if all(found[k] for k in ("unit", "function", "responsibility", "role")):
        return AssignmentColumns(**found)  # type: ignore[arg-type]  # all four required columns are checked found just above
    return None


@dataclass(slots=True)
class AssignmentImport:
    source: RawTable
    layout: str  # "long" or "wide"
    roles: dict[AssignmentKey, Role | None] = field(default_factory=dict)  # None clears a cell
    new_functions: dict[str, Function] = field(default_factory=dict)
    bad_rows: list[BadRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad_rows

    def changes(self) -> list[tuple[AssignmentKey, Role | None]]:
        """For `SetRoles`: every role set, and (wide form) every cell emptied."""
        return list(self.roles.items())

    def apply_to(self, scenario: Scenario) -> None:
        """Write the roles into a scenario nobody observes yet (a new project being built)."""
        for key, role in self.roles.items():
            if role is None:
                scenario.assignments.pop(key, None)
            else:
                scenario.assignments[key] = role


class _Resolver:
    """Units and functions by id, else by unique name; new functions made up on demand."""

    def __init__(self, units: Mapping[str, Unit], functions: Mapping[str, Function], result: AssignmentImport) -> None:
        self.units = units
        self.functions = functions
        self.result = result
        self.unit_names = _unique_names((u.id, u.name) for u in units.values())
        self.function_names = _unique_names((f.id, f.name) for f in functions.values())

    def unit(self, text: str) -> str | None:
        if text in self.units:
            return text
        by_name = self.unit_names.get(text.casefold())
        if by_name is None and (match := _NAME_AND_ID.match(text)) and match.group(2) in self.units:
            return match.group(2)  # a matrix column of a unit whose name is not unique
        return by_name

    def function(self, ref: str, name: str = "") -> str:
        if ref in self.functions or ref in self.result.new_functions:
            return ref
        by_name = self.function_names.get(ref.casefold()) or self.function_names.get(name.casefold())
        if by_name:
            return by_name
        new_id = ref if ref else _slug(name)
        self.result.new_functions[new_id] = Function(new_id, name or ref)
        self.function_names.setdefault((name or ref).casefold(), new_id)
        return new_id


def _unique_names(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    names: dict[str, str | None] = {}
    for ident, name in pairs:
        key = name.casefold()
        names[key] = None if key in names else ident  # ambiguous names resolve to nothing
    return {k: v for k, v in names.items() if v is not None}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9åäö]+", "-", text.casefold()).strip("-") or "function"


def _column(header: list[str], spellings: tuple[str, ...]) -> int | None:
    lowered = [h.casefold() for h in header]
    return next((lowered.index(s) for s in spellings if s in lowered), None)


def import_assignments(
    path: Path | str,
    units: Mapping[str, Unit],
    functions: Mapping[str, Function],
    *,
    sheet: str | None = None,
    columns: AssignmentColumns | None = None,
    letters: str | None = None,
    table: RawTable | None = None,
) -> AssignmentImport:
    """Read and check an assignment file against the units it refers to.

    `letters` ("sv"/"en") fixes what a lone R means; None decides from the file's other letters.
    Raises ImportFileError when the file cannot be read or its layout is not recognised.
    """
    raw = table if table is not None else read_table(path, sheet, prefer="matrix")
    if not raw.rows:
        raise ImportFileError(raw.path, "no_rows")
    if columns is None:
        columns = guess_assignment_columns(raw.header)
    if columns is not None:
        return _long(raw, columns, units, functions, letters)
    has_function = any(_column(raw.header, _WIDE_HEAD[k]) is not None for k in ("function_id", "function"))
    if has_function and _column(raw.header, _WIDE_HEAD["responsibility"]) is not None:
        return _wide(raw, units, functions, letters)
    raise ImportFileError(raw.path, "not_assignments", matrix=", ".join(MATRIX_HEAD), columns=", ".join(raw.header))


def _role_error(text: str) -> tuple[str, str]:
    return (
        f"okänd roll '{text}' (välj bland: {choices(ROLE_WORDS, 'sv')})",
        f"unknown role '{text}' (one of: {choices(ROLE_WORDS, 'en')})",
    )


def _resp_error(text: str) -> tuple[str, str]:
    return (
        f"okänt ansvar '{text}' (välj bland: {choices(RESPONSIBILITY_WORDS, 'sv')})",
        f"unknown responsibility '{text}' (one of: {choices(RESPONSIBILITY_WORDS, 'en')})",
    )


def _long(
    raw: RawTable,
    columns: AssignmentColumns,
    units: Mapping[str, Unit],
    functions: Mapping[str, Function],
    letters: str | None,
) -> AssignmentImport:
    result = AssignmentImport(raw, "long")
    resolve = _Resolver(units, functions, result)
    iu = raw.column_index(columns.unit, "unit")
    iff = raw.column_index(columns.function, "function")
    ir = raw.column_index(columns.responsibility, "responsibility")
    irole = raw.column_index(columns.role, "role")
    iname = raw.column_index(columns.function_name, "function name")
    assert iu is not None and iff is not None and ir is not None and irole is not None

    def get(values: list[str], i: int | None) -> str:
        return values[i] if i is not None and i < len(values) else ""

    if letters is None:
        letters = role_letters_language(get(v, irole) for v in raw.rows)
    seen: dict[AssignmentKey, int] = {}
    bad: list[BadRow] = []
    for values, row in zip(raw.rows, raw.row_numbers, strict=True):
        shifted = raw.field_count_problem(row)
        if shifted is not None:
            bad.append(BadRow(row, *shifted))
            continue
        unit_text, function_text = get(values, iu), get(values, iff)
        resp_text, role_text = get(values, ir), get(values, irole)
        uid = resolve.unit(unit_text)
        if uid is None:
            bad.append(BadRow(row, f"okänd enhet '{unit_text}'", f"unknown unit '{unit_text}'"))
            continue
        if not function_text and not get(values, iname):
            bad.append(BadRow(row, "tom funktion", "empty function"))
            continue
        resp = parse_responsibility(resp_text)
        if resp is None:
            bad.append(BadRow(row, *_resp_error(resp_text)))
            continue
        role = parse_role(role_text, letters)
        if role is None:
            bad.append(BadRow(row, *_role_error(role_text)))
            continue
        key = AssignmentKey(uid, resolve.function(function_text, get(values, iname)), resp)
        if key in seen and result.roles[key] != role:
            first = seen[key]
            bad.append(BadRow(row, f"motsäger rad {first}", f"contradicts row {first}"))
            continue
        seen.setdefault(key, row)
        result.roles[key] = role
    result.bad_rows = bad
    _drop_unused_functions(result)
    return result


def _drop_unused_functions(result: AssignmentImport) -> None:
    """Functions made up for rows that turned out bad are not added to the catalogue."""
    used = {key.function_id for key in result.roles}
    result.new_functions = {k: f for k, f in result.new_functions.items() if k in used}


def _wide(
    raw: RawTable, units: Mapping[str, Unit], functions: Mapping[str, Function], letters: str | None
) -> AssignmentImport:
    result = AssignmentImport(raw, "wide")
    resolve = _Resolver(units, functions, result)
    i_id = _column(raw.header, _WIDE_HEAD["function_id"])
    i_name = _column(raw.header, _WIDE_HEAD["function"])
    i_resp = _column(raw.header, _WIDE_HEAD["responsibility"])
    head = {i for i in (i_id, i_name, i_resp) if i is not None}
    unit_columns: list[tuple[int, str]] = []
    bad: list[BadRow] = []
    for i, text in enumerate(raw.header):
        if i in head or not text:
            continue
        uid = resolve.unit(text)
        if uid is None:
            bad.append(BadRow(1, f"kolumn '{text}': okänd enhet", f"column '{text}': unknown unit"))
        else:
            unit_columns.append((i, uid))
    if letters is None:
        letters = role_letters_language(v[i] for v in raw.rows for i, _ in unit_columns if i < len(v))
    seen: dict[tuple[str, object], int] = {}
    for values, row in zip(raw.rows, raw.row_numbers, strict=True):
        shifted = raw.field_count_problem(row)
        if shifted is not None:
            bad.append(BadRow(row, *shifted))
            continue

        def get(i: int | None, values: list[str] = values) -> str:
            return values[i] if i is not None and i < len(values) else ""

        fid_text, name_text, resp_text = get(i_id), get(i_name), get(i_resp)
        if not fid_text and not name_text:
            bad.append(BadRow(row, "tom funktion", "empty function"))
            continue
        resp = parse_responsibility(resp_text)
        if resp is None:
            bad.append(BadRow(row, *_resp_error(resp_text)))
            continue
        fid = resolve.function(fid_text, name_text)
        if (fid, resp) in seen:
            first = seen[(fid, resp)]
            bad.append(BadRow(row, f"samma funktion och ansvar som rad {first}", f"same function and responsibility as row {first}"))
            continue
        seen[(fid, resp)] = row
        cells: dict[AssignmentKey, Role | None] = {}
        problem: BadRow | None = None
        for i, uid in unit_columns:
            text = get(i)
            if text.strip() in EMPTY_CELLS:
                cells[AssignmentKey(uid, fid, resp)] = None
                continue
            role = parse_role(text, letters)
            if role is None:
                sv, en = _role_error(text)
                problem = BadRow(row, f"kolumn '{raw.header[i]}': {sv}", f"column '{raw.header[i]}': {en}")
                break
            cells[AssignmentKey(uid, fid, resp)] = role
        if problem is not None:
            bad.append(problem)
            continue
        result.roles.update(cells)
    result.bad_rows = sorted(bad, key=lambda b: b.row)
    _drop_unused_functions(result)
    return result
