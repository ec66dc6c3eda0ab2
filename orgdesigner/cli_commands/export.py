"""`orgdesigner export FILE --scenario S --to OUT`: the decision paper, data and chart images.

The format comes from OUT's suffix: .pdf and .docx (beslutsunderlag), .xlsx and .csv (tables),
.png and .svg (the chart), .graphml (the organisation as a graph), .xml (an ArchiMate Open
Exchange model; name it NAME.archimate.xml, or give --format archimate for any name). PDF, PNG, SVG and DOCX (for
its chart picture) start Qt, headless when there is no display; the others never load Qt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from orgdesigner.cli_commands._common import (
    add_file_argument,
    add_lang_option,
    open_project,
    pick_scenarios,
)
from orgdesigner.cli_commands.errors import CliError

TABLES = ("units", "matrix", "findings", "comparison", "trade")


def register(sub: argparse._SubParsersAction) -> None:
    from orgdesigner.io.export_job import FORMATS

    parser = sub.add_parser(
        "export",
        help="export a scenario: decision paper (PDF/DOCX), tables (XLSX/CSV), chart (PNG/SVG), GraphML, ArchiMate",
        description="Export a scenario. The format comes from the suffix of --to: " + " ".join(FORMATS)
        + " (.xml, e.g. model.archimate.xml, is the ArchiMate Open Exchange format), or from --format.",
    )
    add_file_argument(parser)
    parser.add_argument("--scenario", "-s", help="scenario id or name (default: the first)")
    parser.add_argument("--to", "-o", required=True, type=Path, metavar="OUT", help="output file")
    parser.add_argument("--format", choices=["archimate"], help="archimate: ArchiMate Open Exchange XML whatever the suffix of OUT")
    parser.add_argument("--all-scenarios", action="store_true", help="ArchiMate: every scenario into one model, one view each")
    parser.add_argument("--compare-with", metavar="S2", help="scenario to compare with (default: the first scenario, the current state)")
    add_lang_option(parser, "the paper and tables")
    parser.add_argument("--subtree", metavar="UNIT", help="only this unit and the units below it")
    parser.add_argument("--proposal-text", type=Path, metavar="FILE", help="UTF-8 text file with the förslag till beslut")
    parser.add_argument("--template", type=Path, metavar="DOCX",
                        help="DOCX: write the paper into this Word template (.docx or .dotx): its styles, page set-up, header and footer")
    parser.add_argument("--reference", metavar="DNR", help="diarienummer (default: the project's reference)")
    parser.add_argument("--dpi", type=float, default=150.0, help="PNG resolution in dots per inch (default: 150)")
    parser.add_argument("--table", choices=TABLES, help="CSV: write only this table to OUT (default: every table, OUT-<table>.csv)")
    parser.add_argument("--csv-separator", choices=[",", ";"], default=",", help="CSV separator; ';' also writes decimal commas (Swedish Excel)")
    parser.set_defaults(func=run)


def _proposal_text(path: Path) -> str:
    """The förslag till beslut from a file, within the limit a scenario's proposal keeps: read
    bounded (a FIFO or /dev/zero is refused, not waited on or read for ever)."""
    from orgdesigner.io.project.atomic import read_bounded
    from orgdesigner.model.limits import TEXT, TEXT_MAX, LimitError

    try:
        text = read_bounded(path, 4 * TEXT_MAX).decode("utf-8-sig")  # 4 bytes a character at most
        return str(TEXT(text))
    except OSError as exc:
        raise CliError(f"{path}: cannot read the proposal text ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: cannot read the proposal text (not UTF-8 text, byte {exc.start})") from None
    except LimitError as exc:
        raise CliError(f"{path}: the proposal text is too long ({exc}, as a scenario's proposal)") from None


def run(args: argparse.Namespace) -> int:
    from orgdesigner.io.export_job import (
        FORMATS,
        NEEDS_QT,
        ExportJob,
        export_suffix,
        prepare,
    )

    out: Path = args.to
    suffix = export_suffix(out, args.format)
    if suffix not in FORMATS:
        raise CliError(f"{out}: unknown export format '{suffix or '(no suffix)'}'; use one of {', '.join(FORMATS)}")
    if not out.parent.is_dir():
        raise CliError(f"{out}: folder {out.parent} does not exist")
    if suffix != ".xml" and args.all_scenarios:
        raise CliError("--all-scenarios: only for the ArchiMate format (.xml or --format archimate)")
    if suffix == ".xml" and args.subtree is not None:
        raise CliError("--subtree: the ArchiMate export always holds the whole scenario")
    if not 10 <= args.dpi <= 1200:
        raise CliError(f"--dpi {args.dpi:g}: choose between 10 and 1200")
    if args.template is not None:
        if suffix != ".docx":
            raise CliError("--template: only for the DOCX paper (--to FILE.docx)")
        from orgdesigner.io.paper.proposal_docx import TemplateError, read_template

        try:
            read_template(args.template)
        except TemplateError as exc:
            raise CliError(exc.words(args.lang)) from None
    project = open_project(args.file)
    if not project.scenarios:
        raise CliError(f"{args.file}: the project has no scenarios")
    scenario = pick_scenarios(project, [args.scenario] if args.scenario else None)[0]
    base = pick_scenarios(project, [args.compare_with])[0] if args.compare_with else None
    if args.subtree is not None and args.subtree not in scenario.units:
        raise CliError(f"--subtree: no unit '{args.subtree}' in scenario {scenario.id} ({scenario.name})")
    decision_text = ""
    if args.proposal_text is not None:
        decision_text = _proposal_text(args.proposal_text)
    job = ExportJob(
        out, scenario.id, base.id if base else None, args.lang, args.subtree, decision_text,
        args.reference, args.dpi, args.csv_separator, args.table, args.format, args.all_scenarios, args.template,
    )
    from orgdesigner.io.paper.proposal import MissingDecisionError

    try:
        prepared = prepare(project, job)
        written = prepared.written
        if job.suffix in NEEDS_QT:  # painted with Qt, headless when there is no display
            from orgdesigner.ui.render.exporter import finish
            from orgdesigner.ui.render.offscreen import ensure_app

            ensure_app()
            written = finish(project, prepared)
    except MissingDecisionError:
        raise CliError(f"{args.file}: scenario '{scenario.name}' has no förslag till beslut; write it in the window "
                       "(Case and proposed decision) or give --proposal-text FILE. Nothing was written.") from None
    except ValueError as exc:  # a table too large for Excel
        raise CliError(f"{out}: {exc}") from None
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror or exc})") from None
    for path in written:
        print(path)
    return 0
