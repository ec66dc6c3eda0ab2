"""Import a unit hierarchy from CSV or XLSX as HR systems and Excel export it (no Qt).

The caller maps file columns to id, parent id, name and optionally category, form and figures.
Every row is checked; bad rows (empty id or name, duplicate id, missing parent, a reporting
cycle, an unknown category or form, a number that is not one) are listed with the row number a
spreadsheet shows, in Swedish and English. Rows below a bad row are bad too ("its parent's row
N is bad"), so the good rows always form a clean tree.

Files from other tools name the parent differently: draw.io's org-chart CSV names the manager by
name (`parent_by_name`), UK organograms mark the top post's parent `XX` (`no_parent`: the values
that mean "no parent", besides an empty cell).

Nothing is applied here: `UnitImport` is complete before anything changes. The caller either
builds a new project or scenario from it (`to_scenario`, `to_project`), or cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from orgdesigner.io.exchange._tabular import ImportFileError, RawTable, parse_decimal, read_table
from orgdesigner.io.words._dotted import parse_targets
from orgdesigner.io.words._words import (
    AUTHORITY_WORDS,
    CATEGORY_WORDS,
    FORM_WORDS,
    choices,
    parse_authority,
    parse_category,
    parse_form,
)
from orgdesigner.model import limits
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Decision, Project, Scenario, Unit
from orgdesigner.model.enums import UnitCategory, UnitForm

_Flag = Callable[[int, str, str], None]  # (row, Swedish, English): marks a bad row
_Cell = Callable[[list[str], str], str]  # (row values, column key): the cell's text

__all__ = ["BadRow", "ImportFileError", "UnitColumns", "UnitImport", "guess_unit_columns", "import_units", "read_table"]


@dataclass(frozen=True, slots=True)
class BadRow:
    row: int  # as a spreadsheet shows it: the header is row 1
    message_sv: str
    message_en: str

    def message(self, lang: str = "sv") -> str:
        return self.message_en if lang == "en" else self.message_sv

    def describe(self, lang: str = "en") -> str:
        return f"{'row' if lang == 'en' else 'rad'} {self.row}: {self.message(lang)}"


@dataclass(slots=True)
class UnitColumns:
    """Which file column holds what; None for an optional column not in the file."""

    id: str
    parent: str
    name: str
    category: str | None = None
    form: str | None = None
    budget_sek: str | None = None
    staff_fte: str | None = None
    listed_patients: str | None = None
    authorities: str | None = None  # comma-separated: budget, staffing, purchasing, …
    decisions: str | None = None  # comma-separated decision ids (diarienummer)
    notes: str | None = None
    dotted_parents: str | None = None  # dotted lines: "id; id (kind)", several separated by ';'
    #: the parent column holds the parent's name, not its id (draw.io's org chart: manager's name)
    parent_by_name: bool = False
    #: parent values meaning "no parent, a top unit" besides an empty cell (case-insensitive):
    #: "XX" in UK organograms, "N/A", "0"
    no_parent: tuple[str, ...] = ()


#: values other tools write for "no parent" that the import dialog offers when the file has them
COMMON_NO_PARENT = ("XX", "N/A", "NA", "0", "-", "none", "ingen")


# Header spellings recognised by `guess_unit_columns` (case, spaces, '_' and '-' ignored), the
# most specific first.
_GUESSES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "enhet_id", "enhetsid", "enhets-id", "kod", "enhetskod", "kostnadsställe", "ansvarsnummer"),
    # parentId: d3-org-chart; manager: draw.io's org chart; reports to: HR systems and organograms
    "parent": ("parent_id", "parent", "överordnad (id)", "parent (id)", "överordnad", "överordnad enhet",
               "överordnat id", "förälder", "chef_enhet", "manager_id", "manager", "reports_to",
               "reports to senior post", "chef"),
    "name": ("name", "namn", "enhetsnamn", "enhet", "benämning", "unit", "unit name"),
    "category": ("category", "kategori", "enhetstyp", "typ"),
    "form": ("form", "driftform", "enhetsform", "organisationsform"),
    "budget_sek": ("budget_sek", "budget", "budget (kr)", "budget kr", "budget (sek)"),
    "staff_fte": ("staff_fte", "fte", "årsarbetare", "åa", "personal", "staff (fte)"),
    "listed_patients": ("listed_patients", "listade", "listade patienter", "listning", "listed patients"),
    "authorities": ("authorities", "befogenheter"),
    "decisions": ("decisions", "beslut"),
    "notes": ("notes", "anteckningar", "kommentar"),
    "dotted_parents": ("dotted_parents", "dotted parents", "dotted_parent", "dotted parent", "dotted lines", "streckad linje",
                       "streckade linjer", "streckad överordnad", "matrischef"),
}


def _header_key(text: str) -> str:
    """"Parent Id", "parent_id", "parentId", "parent-id" → "parentid"."""
    return "".join(c for c in text.casefold() if c not in " _-")


def guess_unit_columns(header: list[str]) -> dict[str, str | None]:
    """A first guess of the mapping, for the import dialog; None where nothing fits."""
    lowered: dict[str, str] = {}
    for h in header:
        lowered.setdefault(_header_key(h), h)
    return {key: next((lowered[k] for g in spellings if (k := _header_key(g)) in lowered), None)
            for key, spellings in _GUESSES.items()}


def guess_parent_reading(raw: RawTable, id_column: str, parent_column: str, name_column: str) -> tuple[bool, tuple[str, ...]]:
    """How the parent column reads, for the import dialog: (by name?, the "no parent" values
    found). By name when more parent cells match a unit's name than its id; the values are those
    of COMMON_NO_PARENT that are in the column but are no unit's id or name."""
    try:
        ids_at, parents_at, names_at = (raw.column_index(c, c) for c in (id_column, parent_column, name_column))
    except ImportFileError:
        return False, ()
    if ids_at is None or parents_at is None or names_at is None:
        return False, ()

    def column(i: int) -> list[str]:
        return [r[i] for r in raw.rows if i < len(r)]

    ids, names = set(column(ids_at)), set(column(names_at))
    parents = [p for p in column(parents_at) if p]
    by_name = sum(p in names for p in parents) > sum(p in ids for p in parents)
    known = names if by_name else ids
    present = {p.casefold() for p in parents if p not in known}
    return by_name, tuple(v for v in COMMON_NO_PARENT if v.casefold() in present)


@dataclass(slots=True)
class UnitImport:
    source: RawTable
    columns: UnitColumns
    units: dict[str, Unit] = field(default_factory=dict)  # the good rows, in file order
    unit_rows: dict[str, int] = field(default_factory=dict)  # unit id -> its row
    bad_rows: list[BadRow] = field(default_factory=list)  # sorted by row

    @property
    def total_rows(self) -> int:
        return len(self.source.rows)

    @property
    def ok(self) -> bool:
        return not self.bad_rows

    def to_scenario(self, scenario_id: str = "imported", name: str | None = None) -> Scenario:
        """A new scenario holding copies of the good units."""
        scenario = Scenario(scenario_id, name or self.source.path.stem)
        scenario.units = {
            uid: Unit(
                u.id, u.name, u.category, u.form, u.parent_id, u.authorities, u.decisions,
                u.budget_sek, u.staff_fte, u.listed_patients, u.notes,
                tuple(line for line in u.dotted_lines if line.target_id in self.units),
            )
            for uid, u in self.units.items()
        }
        scenario.structure_changed()
        return scenario

    def to_project(self, name: str | None = None, scenario_name: str = "Nuläge") -> Project:
        project = Project(name or self.source.path.stem)
        scenario = self.to_scenario("now", scenario_name)
        project.scenarios[scenario.id] = scenario
        for decision_id in self.decision_ids():
            project.decisions[decision_id] = Decision(decision_id, decision_id)
        return project

    def decision_ids(self) -> list[str]:
        """Decision ids the units name, in first-seen order (a new project needs them)."""
        return list(dict.fromkeys(d for u in self.units.values() for d in u.decisions))


def number(text: str, kind: type = float, maximum: float = limits.AMOUNT_MAX) -> float | int | None:
    """Parse "1 234,5", "1234.5", "1.234,5" or "1,234.5"; None for empty; ValueError if not a
    number or outside the project's limits (the file must be able to hold it)."""
    if not text.strip():
        return None
    value = parse_decimal(text)
    if kind is int:
        return limits.check_count(value)
    return limits.check_amount(value, maximum)


def import_units(path: Path | str, columns: UnitColumns, sheet: str | None = None, table: RawTable | None = None) -> UnitImport:
    """Read and check a unit file; raises ImportFileError when it cannot be read at all."""
    raw = table if table is not None else read_table(path, sheet, prefer="units")
    if not raw.rows:
        raise ImportFileError(raw.path, "no_rows")
    idx = {
        "id": raw.column_index(columns.id, "unit id"),
        "parent": raw.column_index(columns.parent, "parent id"),
        "name": raw.column_index(columns.name, "unit name"),
        "category": raw.column_index(columns.category, "category"),
        "form": raw.column_index(columns.form, "form"),
        "budget_sek": raw.column_index(columns.budget_sek, "budget"),
        "staff_fte": raw.column_index(columns.staff_fte, "staff (FTE)"),
        "listed_patients": raw.column_index(columns.listed_patients, "listed patients"),
        "authorities": raw.column_index(columns.authorities, "authorities"),
        "decisions": raw.column_index(columns.decisions, "decisions"),
        "notes": raw.column_index(columns.notes, "notes"),
        "dotted_parents": raw.column_index(columns.dotted_parents, "dotted parents"),
    }
    result = UnitImport(raw, columns)
    no_parent = {v.strip().casefold() for v in columns.no_parent}
    bad: dict[int, BadRow] = {}  # row number -> first problem
    first_row: dict[str, int] = {}
    parents: dict[str, str | None] = {}
    written: dict[str, str] = {}  # unit id -> its parent cell as the file has it, for messages
    candidates: dict[str, Unit] = {}
    dotted: dict[str, str] = {}  # unit id -> its dotted-parent cell

    def flag(row: int, sv: str, en: str) -> None:
        bad.setdefault(row, BadRow(row, sv, en))

    def cell(values: list[str], key: str) -> str:
        i = idx[key]
        return values[i] if i is not None and i < len(values) else ""

    for values, row in zip(raw.rows, raw.row_numbers, strict=True):
        shifted = raw.field_count_problem(row)
        if shifted is not None:
            flag(row, *shifted)
            continue
        uid = cell(values, "id")
        name = cell(values, "name")
        if not uid:
            flag(row, "tomt id", "empty id")
            continue
        if uid in first_row:
            first = first_row[uid]
            flag(row, f"id '{uid}' finns redan på rad {first}", f"duplicate id '{uid}' (first on row {first})")
            continue
        first_row[uid] = row
        if not name:
            flag(row, f"tomt namn för '{uid}'", f"empty name for '{uid}'")
        elif len(name) > limits.NAME_MAX or len(uid) > limits.ID_MAX:
            what = ("namnet", "the name") if len(name) > limits.NAME_MAX else ("id:t", "the id")
            most = limits.NAME_MAX if len(name) > limits.NAME_MAX else limits.ID_MAX
            flag(row, f"{what[0]} är längre än {most} tecken", f"{what[1]} is longer than {most} characters")
        unit = Unit(uid, name)
        _fill_optional(unit, values, cell, raw.header, idx, row, flag)
        parent = cell(values, "parent")
        parents[uid] = None if not parent or parent.casefold() in no_parent else parent
        written[uid] = parent
        candidates[uid] = unit
        if cell(values, "dotted_parents"):
            dotted[uid] = cell(values, "dotted_parents")
    if columns.parent_by_name:
        _parents_by_name(parents, candidates, first_row, flag)
    _read_dotted(dotted, candidates, parents, first_row, flag)
    _check_tree(parents, first_row, bad, flag, written)
    for uid, unit in candidates.items():
        row = first_row[uid]
        if row not in bad:
            unit.parent_id = parents[uid]
            result.units[uid] = unit
            result.unit_rows[uid] = row
    result.bad_rows = [bad[r] for r in sorted(bad)]
    return result


def _parents_by_name(parents: dict[str, str | None], units: dict[str, Unit], first_row: dict[str, int], flag: _Flag) -> None:
    """Replace each parent name by the id of the unit of that name; a name no unit has, or
    several have, is a bad row (the tree check then finds the rows below it)."""
    by_name: dict[str, list[str]] = {}
    for uid, unit in units.items():
        by_name.setdefault(unit.name, []).append(uid)
    for uid, parent in parents.items():
        if parent is None:
            continue
        found = by_name.get(parent, [])
        if len(found) == 1:
            parents[uid] = found[0]
            continue
        if found:
            rows = ", ".join(str(first_row[u]) for u in found)
            flag(first_row[uid], f"överordnad enhet '{parent}': flera enheter har det namnet (rad {rows})",
                 f"parent '{parent}': several units have that name (rows {rows})")
        else:
            flag(first_row[uid], f"överordnad enhet '{parent}': ingen enhet i filen har det namnet",
                 f"parent '{parent}': no unit in the file has that name")
        parents[uid] = None  # the row is bad; its own walk ends here


def _fill_optional(
    unit: Unit, values: list[str], cell: _Cell, header: list[str], idx: dict[str, int | None], row: int, flag: _Flag
) -> None:
    # (column, parser, accepted words, Swedish and English name of the column, default)
    vocabularies = (
        ("category", parse_category, CATEGORY_WORDS, "kategori", "category", UnitCategory.OWN_PROVIDER),
        ("form", parse_form, FORM_WORDS, "form", "form", UnitForm.LINE),
    )
    for key, parse, words, what_sv, what_en, default in vocabularies:
        text = cell(values, key)
        value = parse(text) if text else default
        if value is None:
            flag(row, f"okänd {what_sv} '{text}' (välj bland: {choices(words, 'sv')})",
                 f"unknown {what_en} '{text}' (one of: {choices(words, 'en')})")
        else:
            setattr(unit, key, value)
    for key, kind, most in (("budget_sek", float, limits.AMOUNT_MAX), ("staff_fte", float, limits.FTE_MAX),
                            ("listed_patients", int, limits.COUNT_MAX)):
        text = cell(values, key)
        if text:
            try:
                setattr(unit, key, number(text, kind, most))
            except ValueError:
                column = header[idx[key] or 0]  # the cell had text, so the column exists
                whole = " heltal" if kind is int else " tal"
                top = f"{most:,.0f}".replace(",", " ")
                flag(row, f"kolumn '{column}': '{text}' är inte ett{whole} från 0 till {top}",
                     f"column '{column}': '{text}' is not a{' whole' if kind is int else ''} number from 0 to {top}")
    text = cell(values, "authorities")
    if text:
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        found = [parse_authority(p) for p in parts]  # values, Swedish or English words
        unknown = [p for p, a in zip(parts, found, strict=True) if a is None]
        if unknown:
            flag(row, f"okänd befogenhet '{unknown[0]}' (välj bland: {choices(AUTHORITY_WORDS, 'sv')})",
                 f"unknown authority '{unknown[0]}' (one of: {choices(AUTHORITY_WORDS, 'en')})")
        else:
            unit.authorities = frozenset(a for a in found if a is not None)
    text = cell(values, "decisions")
    if text:
        unit.decisions = tuple(p.strip() for p in text.split(",") if p.strip())
    notes = cell(values, "notes")
    if notes:
        unit.notes = notes


def _read_dotted(
    cells: dict[str, str], units: dict[str, Unit], parents: dict[str, str | None], first_row: dict[str, int], flag: _Flag
) -> None:
    """Dotted lines from the dotted-parent column: targets must be other units of the file, not
    the unit's own parent (that is its line), at most once each. A line to a unit that turns out
    bad is left out when the import is applied (that row is listed)."""
    for uid, text in cells.items():
        row = first_row[uid]
        found, unreadable = parse_targets(text)
        if unreadable is not None:
            flag(row, f"streckad linje: kan inte läsa '{unreadable}' (skriv id eller id (slag))",
                 f"dotted line: cannot read '{unreadable}' (write id or id (kind))")
            continue
        seen: set[str] = set()
        lines = []
        for target, kind in found:
            why = _dotted_problem(target, uid, units, parents, seen)
            if why is not None:
                flag(row, f"streckad linje till '{target}': {why[0]}", f"dotted line to '{target}': {why[1]}")
                break
            seen.add(target)
            lines.append(DottedLine(target, kind))
        else:
            units[uid].dotted_lines = tuple(lines)


def _dotted_problem(
    target: str, uid: str, units: dict[str, Unit], parents: dict[str, str | None], seen: set[str]
) -> tuple[str, str] | None:
    parent = parents.get(uid)
    if target not in units:
        return "saknas i filen", "is not in the file"
    if target == uid:
        return "är enheten själv", "is the unit itself"
    if target in seen:
        return "står två gånger", "is named twice"
    if target == parent or parents.get(target) == uid:
        return "går redan i linjen", "is already in the line"
    return None


def _check_tree(parents: dict[str, str | None], first_row: dict[str, int], bad: dict[int, BadRow], flag: _Flag,
                written: dict[str, str]) -> None:
    """Missing parents, cycles, and rows under a bad row; O(n) with memoised walks. Messages
    name a parent as the file `written` has it (a name, when the column holds names)."""
    for uid, parent in parents.items():
        if parent is not None and parent not in parents:
            flag(first_row[uid], f"överordnad enhet '{parent}' saknas i filen", f"parent '{parent}' is not in the file")
    # state: 0 unvisited, 1 on the current walk, 2 done
    state: dict[str, int] = {}
    for start in parents:
        if state.get(start):
            continue
        path: list[str] = []
        node: str | None = start
        while node is not None and node in parents and not state.get(node):
            state[node] = 1
            path.append(node)
            node = parents[node]
        if node is not None and state.get(node) == 1:  # closed a loop on this walk
            loop = path[path.index(node):]
            shown = " → ".join([*loop, node])
            for uid in loop:
                flag(first_row[uid], f"rapporteringscykel: {shown}", f"reporting cycle: {shown}")
        for uid in path:
            state[uid] = 2
    # Everything below a bad row is bad too: memoise the nearest bad row at or above each unit.
    nearest: dict[str, int | None] = {}
    for uid in parents:
        chain: list[str] = []
        node = uid
        found: int | None = None
        while node is not None and node in parents:
            if node in nearest:
                found = nearest[node]
                break
            if first_row[node] in bad:  # cycles and missing parents are bad, so walks end
                found = first_row[node]
                nearest[node] = found
                break
            chain.append(node)
            node = parents[node]
        for member in chain:
            nearest[member] = found
    for uid, culprit in nearest.items():
        row = first_row[uid]
        if culprit is not None and culprit != row:
            parent = written[uid]
            if first_row.get(parents[uid] or "") == culprit:
                flag(row, f"överordnad enhet '{parent}' importeras inte: dess rad {culprit} är felaktig",
                     f"parent '{parent}' is not imported: its parent's row {culprit} is bad")
            else:  # the bad row is further up the chain (the file may list it anywhere)
                flag(row, f"överordnad enhet '{parent}' importeras inte: rad {culprit}, högre upp i linjen, är felaktig",
                     f"parent '{parent}' is not imported: row {culprit}, higher up its line, is bad")
