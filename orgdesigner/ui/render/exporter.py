"""One export, as the CLI and the export dialog both run it, in two stages.

`prepare` is Qt-free and does the heavy part: the analysis, the comparison, the content model,
and writing the formats that need no Qt (XLSX, CSV, GraphML). The GUI runs it on a worker thread.
`finish` paints what needs Qt (PNG, SVG, the PDF, the DOCX's chart picture) and must run on the
thread that owns the QApplication. Nothing here imports Qt at module level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdesigner.model.entities import Project

FORMATS: dict[str, tuple[str, str]] = {  # suffix -> (Swedish, English) description
    ".pdf": ("Beslutsunderlag (PDF)", "Decision paper (PDF)"),
    ".docx": ("Beslutsunderlag (Word, DOCX)", "Decision paper (Word, DOCX)"),
    ".xlsx": ("Tabeller (Excel, XLSX)", "Tables (Excel, XLSX)"),
    ".csv": ("Tabeller (CSV)", "Tables (CSV)"),
    ".png": ("Organisationsskiss (PNG)", "Organisation chart (PNG)"),
    ".svg": ("Organisationsskiss (SVG)", "Organisation chart (SVG)"),
    ".graphml": ("Graf (GraphML för yEd, Gephi)", "Graph (GraphML for yEd, Gephi)"),
    ".xml": ("ArchiMate-modell (Open Exchange, för Archi m.fl.)", "ArchiMate model (Open Exchange, for Archi and others)"),
}
ARCHIMATE = "archimate"  # the --format name of the ArchiMate exchange format (suffix .xml)
NEEDS_CONTENT = {".pdf", ".docx", ".xlsx", ".csv"}
NEEDS_QT = {".pdf", ".docx", ".png", ".svg"}
DOCX_CHART_DPI = 200.0


@dataclass(slots=True)
class ExportJob:
    path: Path
    scenario_id: str
    compare_id: str | None = None  # None: the first scenario (the current state)
    lang: str = "sv"
    subtree: str | None = None
    decision_text: str = ""
    reference: str | None = None
    dpi: float = 150.0
    csv_separator: str = ","
    csv_table: str | None = None  # one table to exactly `path`; None: every table beside it
    format: str | None = None  # "archimate": ArchiMate exchange XML whatever the suffix
    all_scenarios: bool = False  # ArchiMate: every scenario into one model, one view each

    @property
    def suffix(self) -> str:
        return ".xml" if self.format == ARCHIMATE else Path(self.path).suffix.lower()


@dataclass(slots=True)
class Prepared:
    job: ExportJob
    content: Any = None  # ProposalContent for the paper and table formats
    written: list[Path] = field(default_factory=list)


def prepare(project: Project, job: ExportJob) -> Prepared:
    """Analyse and write the Qt-free formats. Raises KeyError (unknown scenario or unit),
    ValueError (a table too large for Excel) or OSError (cannot write)."""
    if job.suffix not in FORMATS:
        raise ValueError(f"unknown export format '{job.suffix}'")
    scenario = project.scenarios[job.scenario_id]
    if job.subtree is not None and job.subtree not in scenario.units:
        raise KeyError(job.subtree)
    prepared = Prepared(job)
    if job.suffix == ".xml":
        from orgdesigner.io.archimate.writer import write_model

        write_model(project, job.path, None if job.all_scenarios else [scenario.id])
        prepared.written.append(Path(job.path))
        return prepared
    if job.suffix == ".graphml":
        from orgdesigner.io.export_graphml import write_graphml

        write_graphml(project, scenario, job.path, scenario.subtree(job.subtree) if job.subtree else None)
        prepared.written.append(Path(job.path))
        return prepared
    if job.suffix not in NEEDS_CONTENT:
        return prepared
    from orgdesigner.io.proposal import build_proposal

    base = project.scenarios[job.compare_id] if job.compare_id else None
    prepared.content = build_proposal(
        project, scenario, compare_with=base, lang=job.lang, subtree=job.subtree,
        decision_text=job.decision_text, reference=job.reference,
    )
    if job.suffix == ".xlsx":
        from orgdesigner.io.export_xlsx import write_xlsx

        write_xlsx(prepared.content.tables(), job.path)
        prepared.written.append(Path(job.path))
    elif job.suffix == ".csv":
        from orgdesigner.io.export_csv import write_csv

        tables = prepared.content.tables()
        if job.csv_table:
            tables = [t for t in tables if t.name == job.csv_table]
        prepared.written += write_csv(tables, job.path, job.csv_separator)
    return prepared


#: (step done, steps in all) while `finish` paints: pages of the PDF, chart pictures of the DOCX
Progress = Callable[[int, int], None]


def finish(project: Project, prepared: Prepared, progress: Progress | None = None) -> list[Path]:
    """Paint the Qt formats (on the QApplication's thread); returns every file written.
    `progress` is called as the paper's pages are drawn (a 10,000-unit paper has hundreds)."""
    job = prepared.job
    if job.suffix not in NEEDS_QT:
        return prepared.written
    scenario = project.scenarios[job.scenario_id]
    from orgdesigner.ui.render.language import paper_language

    with paper_language(job.lang):
        _paint(scenario, prepared, progress)
    return [*prepared.written, Path(job.path)]


def _paint(scenario: Any, prepared: Prepared, progress: Progress | None) -> None:
    job = prepared.job
    from orgdesigner.ui.render import chart_image

    if job.suffix == ".png":
        chart_image.write_png(scenario, job.path, job.subtree, job.dpi)
    elif job.suffix == ".svg":
        chart_image.write_svg(scenario, job.path, job.subtree)
    elif job.suffix == ".pdf":
        from orgdesigner.ui.render.proposal_pdf import write_pdf

        write_pdf(prepared.content, job.path, progress)
    else:
        from orgdesigner.io.proposal_docx import write_docx

        write_docx(prepared.content, job.path, docx_chart_pictures(prepared.content, job.subtree, progress))


def docx_chart_pictures(content: Any, subtree: str | None, progress: Progress | None = None) -> list[Any]:
    """A ChartPicture per chart page (names ≥ 7 pt at print size), with its legend and notes."""
    from orgdesigner.io.proposal_docx import ChartPicture
    from orgdesigner.ui.render.chart_pages import (
        DOCX_AREA_IN,
        crossing_notes,
        has_more_pages,
        legend_items,
        page_png,
        plan_pages,
    )

    status: dict[str, str] = {}
    if content.comparison is not None:
        from orgdesigner.analysis.compare import diff_scenarios

        status = dict(diff_scenarios(content.comparison.base, content.scenario).unit_status())
    pages = plan_pages(content.scenario, subtree, *DOCX_AREA_IN, status=status, lang=content.lang)
    notes = crossing_notes(content.scenario, pages, content.lang)
    out = []
    for number, page in enumerate(pages, start=1):
        if progress is not None:
            progress(number, len(pages))
        png, width = page_png(page, DOCX_CHART_DPI)
        legend = [(item.colour, item.word, item.line is not None) for item in legend_items(page, status, content.lang)]
        out.append(ChartPicture(page.title, png, width, legend, notes[number - 1], has_more_pages(content.scenario, page)))
    return out
