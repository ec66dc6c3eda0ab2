"""`orgdesigner import UNITS.csv|xlsx … -o PROJECT.orgd`: a new project from HR-system files;
`orgdesigner import MODEL.xml -o PROJECT.orgd`: a new project from an ArchiMate exchange model.

Units come from a CSV or XLSX file with the columns named on the command line; assignments
(optional) from a long-form table or an exported matrix. Any bad row stops the import with
exit 2 and the bad rows listed by row number, unless --good-rows-only is given; then the good
rows are imported and the skipped ones listed on stderr. The project is built completely before
the file is written (atomically), so nothing is ever half-imported. Errors, skipped rows and the
summary speak --lang (Swedish by default, as the window and the other subcommands).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgdesigner.io.exchange.archimate.reader import ImportedModel
    from orgdesigner.io.exchange.import_units import BadRow, UnitImport

import argparse
import sys
from pathlib import Path

from orgdesigner.cli_commands._common import add_lang_option, save_project_or_fail
from orgdesigner.cli_commands.errors import CliError
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.numbers import counted

SHOWN_BAD_ROWS = 20


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import",
        help="make a project from a unit hierarchy (and assignments) in CSV or XLSX, or from an ArchiMate model (.xml)",
        description="Make a new project from a unit hierarchy exported by an HR system or Excel, or from an "
        "ArchiMate Open Exchange model (.xml: Business Actors, their Composition/Aggregation hierarchy, "
        "Business Functions and Assignment relationships; what cannot be carried is listed).",
    )
    parser.add_argument("units", type=Path, metavar="UNITS", help="units file (.csv or .xlsx), or an ArchiMate model (.xml)")
    parser.add_argument("--assignments", type=Path, metavar="FILE", help="roles: long form (unit, function, responsibility, role) or an exported matrix")
    parser.add_argument("--id-column", metavar="C", help="column with the unit id (CSV/XLSX: required)")
    parser.add_argument("--parent-column", metavar="C", help="column with the parent unit's id (or name, see --parent-by), empty for a root (CSV/XLSX: required)")
    parser.add_argument("--parent-by", choices=["id", "name"], default="id",
                        help="what the parent column holds: the parent's id, or its name as in draw.io's org chart "
                        "(default: id)")
    parser.add_argument("--no-parent", action="append", default=[], metavar="VALUE",
                        help="a parent value that means 'no parent, a top unit', besides an empty cell, e.g. XX "
                        "(UK organograms), N/A or 0 (repeatable)")
    parser.add_argument("--name-column", metavar="C", help="column with the unit name (CSV/XLSX: required)")
    parser.add_argument("--category-column", metavar="C", help="column with the category (e.g. beställarenhet, egenregi)")
    parser.add_argument("--form-column", metavar="C", help="column with the form (linjeenhet, resultatenhet, intraprenad, koncernledning)")
    parser.add_argument("--budget-column", metavar="C", help="column with the budget in SEK")
    parser.add_argument("--staff-column", metavar="C", help="column with staff (FTE, årsarbetare)")
    parser.add_argument("--listed-column", metavar="C", help="column with listed patients")
    parser.add_argument("--dotted-column", metavar="C",
                        help="column with dotted (secondary) lines: unit ids separated by ';', each optionally "
                        "followed by its kind in brackets, e.g. 'cl (professionell/medicinsk); best'")
    parser.add_argument("--actor-category", action="append", default=[], metavar="[ACTOR=]CATEGORY",
                        help="ArchiMate: the category of Business Actors the model gives none (they are "
                        "imported as unknown): CATEGORY for all of them, or ACTOR=CATEGORY for the actor of "
                        "that name, e.g. 'Client=privat utförare' (repeatable)")
    parser.add_argument("--sheet", metavar="NAME", help="XLSX: the sheet with the units (default: 'units' if present, else the first)")
    parser.add_argument("--assignments-sheet", metavar="NAME", help="XLSX: the sheet with the roles (default: 'matrix' if present, else the first)")
    parser.add_argument("--role-letters", choices=["sv", "en"], help="what a lone R means: sv rådfrågas, en responsible (default: decided from the file)")
    parser.add_argument("--good-rows-only", action="store_true", help="import the good rows and skip the bad ones")
    parser.add_argument("--project-name", metavar="NAME", help="project name (default: the units file's name)")
    parser.add_argument("--scenario-name", default="Nuläge", metavar="NAME", help="name of the scenario (default: Nuläge)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="PROJECT.orgd", help="project file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing project file (the old one is kept as .bak)")
    add_lang_option(parser, "errors and the summary")
    parser.set_defaults(func=run)


def _bad_rows_message(path: Path, bad_rows: Sequence[BadRow], good: int, what: str, hint: str = "",
                      lang: str = "en") -> str:
    shown = "; ".join(b.describe(lang) for b in bad_rows[:SHOWN_BAD_ROWS])
    more = len(bad_rows) - SHOWN_BAD_ROWS
    if lang != "en":
        if more > 0:
            shown += f"; (och {more} till)"
        rows = "felaktig rad" if len(bad_rows) == 1 else "felaktiga rader"
        good_rows = "den felfria raden" if good == 1 else f"de {good} felfria raderna"
        return (f"{path}: {len(bad_rows)} {rows}: {shown}. {hint}Inget skrevs; rätta filen eller använd "
                f"--good-rows-only för att importera {good_rows}")
    if more > 0:
        shown += f"; (and {more} more)"
    return (f"{path}: {len(bad_rows)} bad {what} row{'s' if len(bad_rows) != 1 else ''}: {shown}. {hint}"
            f"Nothing was written; fix the file or use --good-rows-only to import the {good} good "
            f"row{'s' if good != 1 else ''}")


def _parent_hint(units: UnitImport, args: argparse.Namespace) -> str:
    """What the parent column looks like when the options do not fit it: names, or "XX"."""
    from orgdesigner.io.exchange.import_units import guess_parent_reading

    lang = args.lang
    by_name, none_values = guess_parent_reading(units.source, args.id_column, args.parent_column, args.name_column)
    given = {v.casefold() for v in args.no_parent}
    hints = []
    if by_name and args.parent_by != "name":
        hints.append(_t(lang, f"kolumnen '{args.parent_column}' innehåller namn: lägg till --parent-by name",
                        f"column '{args.parent_column}' holds names: add --parent-by name"))
    missing = [v for v in none_values if v.casefold() not in given]
    if missing:
        values = _t(lang, " eller ", " or ").join(f"'{v}'" for v in missing)
        options = " ".join(f"--no-parent {v}" for v in missing)
        hints.append(_t(lang, f"om {values} betyder att enheten saknar överordnad, lägg till {options}",
                        f"if {values} means no parent, add {options}"))
    return "".join(h[0].upper() + h[1:] + ". " for h in hints)


def run(args: argparse.Namespace) -> int:
    from orgdesigner.io.exchange.import_assignments import import_assignments
    from orgdesigner.io.exchange.import_units import ImportFileError, UnitColumns, import_units
    from orgdesigner.io.project.project_file import SUFFIX

    lang = args.lang
    out: Path = args.output
    if out.suffix != SUFFIX:
        raise CliError(_t(lang, f"{out}: en projektfil ska sluta på {SUFFIX}", f"{out}: a project file must end in {SUFFIX}"))
    if out.exists() and not args.force:
        raise CliError(_t(lang, f"{out}: finns redan; använd --force för att ersätta den",
                          f"{out}: already exists; use --force to replace it"))
    if not out.parent.is_dir():
        raise CliError(_t(lang, f"{out}: mappen {out.parent} finns inte", f"{out}: folder {out.parent} does not exist"))
    if args.units.suffix.lower() == ".xml":
        return _run_archimate(args, out)
    missing = [f"--{c}-column" for c in ("id", "parent", "name") if getattr(args, f"{c}_column") is None]
    if missing:
        raise CliError(_t(lang, f"{args.units}: en import från CSV eller XLSX behöver {', '.join(missing)}",
                          f"{args.units}: a CSV or XLSX import needs {', '.join(missing)}"))
    columns = UnitColumns(
        args.id_column, args.parent_column, args.name_column,
        category=args.category_column, form=args.form_column, budget_sek=args.budget_column,
        staff_fte=args.staff_column, listed_patients=args.listed_column, dotted_parents=args.dotted_column,
        parent_by_name=args.parent_by == "name", no_parent=tuple(args.no_parent),
    )
    try:
        units = import_units(args.units, columns, sheet=args.sheet)
    except ImportFileError as exc:
        raise CliError(exc.words(lang)) from None
    if units.bad_rows and not args.good_rows_only:
        raise CliError(_bad_rows_message(args.units, units.bad_rows, len(units.units), "unit", _parent_hint(units, args),
                                         lang=lang))
    if not units.units:
        raise CliError(_t(lang, f"{args.units}: inga felfria rader att importera", f"{args.units}: no good rows to import"))
    project = units.to_project(args.project_name or args.units.stem, args.scenario_name)
    scenario = next(iter(project.scenarios.values()))
    skipped = [(args.units, b) for b in units.bad_rows]
    roles = 0
    if args.assignments is not None:
        try:
            assignments = import_assignments(args.assignments, scenario.units, project.functions,
                                             sheet=args.assignments_sheet, letters=args.role_letters)
        except ImportFileError as exc:
            raise CliError(exc.words(lang)) from None
        if assignments.bad_rows and not args.good_rows_only:
            raise CliError(_bad_rows_message(args.assignments, assignments.bad_rows, len(assignments.roles), "assignment",
                                             lang=lang))
        project.functions.update(assignments.new_functions)
        assignments.apply_to(scenario)
        roles = len(scenario.assignments)
        skipped += [(args.assignments, b) for b in assignments.bad_rows]
    save_project_or_fail(project, out)
    for path, bad in skipped:
        print(f"orgdesigner import: {_t(lang, 'hoppade över', 'skipped')} {path} {bad.describe(lang)}", file=sys.stderr)
    skips = counted(len(skipped), "bad row", lang)
    skipped_words = _t(lang, f"{skips} överhoppad{'' if len(skipped) == 1 else 'e'}", f"{skips} skipped")
    print(f"{out}: {counted(len(scenario.units), 'unit', lang)}, {counted(len(project.functions), 'function', lang)}, "
          f"{counted(roles, 'role', lang)}" + (f" ({skipped_words})" if skipped else ""))
    return 0


def _run_archimate(args: argparse.Namespace, out: Path) -> int:
    """A project from an ArchiMate exchange model; what it cannot carry is listed on stderr."""
    from orgdesigner.io.exchange.archimate.reader import read_model
    from orgdesigner.io.exchange.archimate.safe_xml import XmlFileError

    lang = args.lang
    if args.assignments is not None:
        raise CliError(_t(lang, "--assignments: en ArchiMate-modell har sina roller i sig själv",
                          "--assignments: an ArchiMate model carries its roles itself"))
    try:
        imported = read_model(args.units, default_scenario=args.scenario_name)
    except XmlFileError as exc:
        raise CliError(exc.message(lang)) from None
    project = imported.project
    if not any(s.units for s in project.scenarios.values()):
        raise CliError(_t(lang, f"{args.units}: modellen har inga Business Actors, så det finns inga enheter att importera",
                          f"{args.units}: the model has no Business Actors, so there are no units to import"))
    _map_actor_categories(imported, args.actor_category, args.units, lang)
    if args.project_name:
        project.name = args.project_name
    save_project_or_fail(project, out)
    for line in imported.skipped_lines(lang):
        print(f"orgdesigner import: {_t(lang, 'hoppade över', 'skipped')} {line}", file=sys.stderr)
    left = imported.still_unknown()
    if left:
        print("orgdesigner import: " + _t(lang, "okänd kategori (modellen anger ingen; ange den med --actor-category "
                                          "eller i fönstret)", "category unknown (the model does not say; set it with "
                                          "--actor-category or in the window)") + f": {', '.join(left)}", file=sys.stderr)
    for scenario in project.scenarios.values():
        print(f"{out}: scenario {scenario.name}: {counted(len(scenario.units), 'unit', lang)}, "
              f"{counted(len(scenario.assignments), 'role', lang)}")
    print(f"{out}: {counted(len(project.functions), 'function', lang)}")
    return 0


def _map_actor_categories(imported: ImportedModel, options: list[str], path: Path, lang: str) -> None:
    """--actor-category CATEGORY / ACTOR=CATEGORY onto the actors the model gave no category."""
    from orgdesigner.io.words._words import CATEGORY_WORDS, choices, parse_category

    by_name, default = {}, None
    for option in options:
        name, _, word = option.rpartition("=")
        category = parse_category(word)
        if category is None:
            raise CliError(_t(lang, f"--actor-category {option}: okänd kategori '{word}' (en av: {choices(CATEGORY_WORDS, 'sv')})",
                              f"--actor-category {option}: unknown category '{word}' (one of: {choices(CATEGORY_WORDS, 'sv')})"))
        if name:
            by_name[name.strip()] = category
        else:
            default = category
    unknown = imported.set_categories(by_name, default)
    if unknown:
        names = imported.uncategorised_names()
        given = ", ".join(repr(n) for n in unknown)
        raise CliError(_t(lang, f"{path}: --actor-category anger {given}, som inte är en Business Actor utan kategori; "
                          f"sådana är: {', '.join(names) or 'inga'}",
                          f"{path}: --actor-category names {given}, which is no Business Actor without a category; "
                          f"those are: {', '.join(names) or 'none'}"))
