"""`orgdesigner import-history PROJECT.orgd VOLUMES.csv|xlsx`: read what the lab and radiology
systems export (period, buyer, service, volume; optionally price, listed patients and the buyer's
kind) into the project's volume history.

Columns are guessed from the header (Swedish or English) and can be named on the command line.
Any bad row stops the import with exit 2 and the bad rows listed by number, unless
--good-rows-only is given; then the good rows are imported and the skipped ones listed on
stderr. The project is saved atomically (the old file kept as .bak), so nothing is half-imported.
Errors, skipped rows and the summary speak --lang (Swedish by default, as the window).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orgdesigner.cli_commands._common import add_lang_option, open_project, save_project_or_fail
from orgdesigner.cli_commands.errors import CliError
from orgdesigner.cli_commands.import_ import _bad_rows_message
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.numbers import counted

_OPTIONS = {  # HistoryColumns field -> option stem
    "period": "period", "buyer": "buyer", "service": "service", "volume": "volume",
    "price_sek": "price", "listed_patients": "listed", "buyer_kind": "kind",
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import-history",
        help="read a volume history of lab and radiology purchases (CSV or XLSX) into a project",
        description="Read what the lab and radiology systems export: one row per period (year or month), buyer "
        "and service with the volume, optionally the price per item, the buyer's listed patients and its kind "
        "(egenregi or privat). Swedish Excel files (';', decimal comma) are read as they are.",
    )
    parser.add_argument("file", type=Path, help="project file (.orgd)")
    parser.add_argument("volumes", type=Path, metavar="VOLUMES", help="volume file (.csv or .xlsx)")
    for field, stem in _OPTIONS.items():
        parser.add_argument(f"--{stem}-column", dest=f"col_{field}", metavar="C",
                            help=f"column with the {field.replace('_', ' ').replace(' sek', '')} (default: guessed from the header)")
    parser.add_argument("--sheet", metavar="NAME", help="XLSX: the sheet to read (default: the first)")
    parser.add_argument("--replace", action="store_true", help="replace the volumes already in the project (its events are kept); "
                        "by default the file's rows are added, replacing rows of the same period, buyer and service")
    parser.add_argument("--good-rows-only", action="store_true", help="import the good rows and skip the bad ones")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.orgd", help="write here instead of over FILE")
    add_lang_option(parser, "errors and the summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from orgdesigner.io.exchange.import_history import (
        REQUIRED,
        HistoryColumns,
        guess_history_columns,
        history_command,
        import_history,
    )
    from orgdesigner.io.exchange.import_units import ImportFileError, read_table
    from orgdesigner.model.commands import CommandError
    from orgdesigner.model.document import Document
    from orgdesigner.model.history import CommandStack

    lang = args.lang
    project = open_project(args.file)
    try:
        table = read_table(args.volumes, args.sheet)
        chosen = guess_history_columns(table.header)
        chosen.update({f: getattr(args, f"col_{f}") for f in _OPTIONS if getattr(args, f"col_{f}") is not None})
        missing = ", ".join(f"--{_OPTIONS[f]}-column" for f in REQUIRED if chosen.get(f) is None)
        if missing:
            columns = ", ".join(table.header) or "–"
            raise CliError(_t(lang, f"{args.volumes}: ingen kolumn hittades för {missing} (kolumnerna är: {columns}); "
                              "ange den på kommandoraden",
                              f"{args.volumes}: no column found for {missing} (the columns are: {columns}); "
                              "name it on the command line"))
        result = import_history(args.volumes, HistoryColumns(**chosen), table=table)  # type: ignore[arg-type]  # every column is checked found just above; the guess is typed str | None
    except ImportFileError as exc:
        raise CliError(exc.words(lang)) from None
    if result.bad_rows and not args.good_rows_only:
        raise CliError(_bad_rows_message(args.volumes, result.bad_rows, result.good_rows, "volume", lang=lang))
    if not result.history.records:
        raise CliError(_t(lang, f"{args.volumes}: inga felfria rader att importera", f"{args.volumes}: no good rows to import"))
    try:
        CommandStack(Document(project)).push(
            history_command(project.trade_history, result.history, replace=args.replace, name=args.volumes.name))
    except CommandError as exc:
        raise CliError(f"{args.file}: {exc.words(lang)}") from None
    out = args.output or args.file
    save_project_or_fail(project, out)
    for bad in result.bad_rows:
        print(f"orgdesigner import-history: {_t(lang, 'hoppade över', 'skipped')} {args.volumes} {bad.describe(lang)}",
              file=sys.stderr)
    history = project.trade_history
    periods = history.periods()
    skips = counted(len(result.bad_rows), "bad row", lang)
    skipped_sv = f"{skips} överhoppad{'' if len(result.bad_rows) == 1 else 'e'}"
    skipped = f" ({_t(lang, skipped_sv, f'{skips} skipped')})" if result.bad_rows else ""
    read, volumes, buyers = (counted(result.good_rows, "row", lang), counted(len(history.records), "volume", lang),
                             counted(len(history.buyers()), "buyer", lang))
    print(_t(lang, f"{out}: {read} {'läst' if result.good_rows == 1 else 'lästa'}, {volumes}, {buyers}, perioder {periods[0]}–{periods[-1]}{skipped}",
             f"{out}: {read} read, {volumes}, {buyers}, periods {periods[0]}–{periods[-1]}{skipped}"))
    return 0
