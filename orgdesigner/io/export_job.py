"""Exports by format: one table of what each output suffix means, and the Qt-free stage of an
export (the CLI and the export dialog run the same job).

`prepare` does the heavy part without Qt: the analysis, the comparison, the content model, and
writing the formats that need no painting (XLSX, CSV, GraphML, ArchiMate). The formats in
`NEEDS_QT` (the paper as PDF, the DOCX's chart pictures, PNG and SVG) are then painted by
`orgdesigner.ui.render.exporter.finish` on the thread that owns the QApplication.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orgdesigner.model.entities import Project

FORMATS: dict[str, tuple[str, str]] = {  # suffix -> (Swedish, English) description
    ".pdf": ("Beslutsunderlag (PDF)", "Decision paper (PDF)"),
    ".docx": ("Beslutsunderlag (Word, DOCX)", "Decision paper (Word, DOCX)"),
    ".pptx": ("Bilder för nämnden (PowerPoint, PPTX)", "Slides for the board (PowerPoint, PPTX)"),
    ".xlsx": ("Tabeller (Excel, XLSX)", "Tables (Excel, XLSX)"),
    ".csv": ("Tabeller (CSV)", "Tables (CSV)"),
    ".png": ("Organisationsskiss (PNG)", "Organisation chart (PNG)"),
    ".svg": ("Organisationsskiss (SVG)", "Organisation chart (SVG)"),
    ".graphml": ("Graf (GraphML för yEd, Gephi)", "Graph (GraphML for yEd, Gephi)"),
    ".xml": ("ArchiMate-modell (Open Exchange, för Archi m.fl.)", "ArchiMate model (Open Exchange, for Archi and others)"),
}
ARCHIMATE = "archimate"  # the --format name of the ArchiMate exchange format (suffix .xml)
NEEDS_CONTENT = {".pdf", ".docx", ".pptx", ".xlsx", ".csv"}
NEEDS_QT = {".pdf", ".docx", ".pptx", ".png", ".svg"}


def export_suffix(path: Path | str, format: str | None = None) -> str:
    """The format an output names: its suffix, or ".xml" for `--format archimate` whatever it is."""
    return ".xml" if format == ARCHIMATE else Path(path).suffix.lower()


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
    template: Path | None = None  # DOCX: the region's own Word template (.docx or .dotx)

    @property
    def suffix(self) -> str:
        return export_suffix(self.path, self.format)


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
        from orgdesigner.io.exchange.archimate.writer import write_model

        write_model(project, job.path, None if job.all_scenarios else [scenario.id])
        prepared.written.append(Path(job.path))
        return prepared
    if job.suffix == ".graphml":
        from orgdesigner.io.exchange.export_graphml import write_graphml

        write_graphml(project, scenario, job.path, scenario.subtree(job.subtree) if job.subtree else None)
        prepared.written.append(Path(job.path))
        return prepared
    if job.suffix not in NEEDS_CONTENT:
        return prepared
    from orgdesigner.io.paper.proposal import build_proposal

    base = project.scenarios[job.compare_id] if job.compare_id else None
    prepared.content = build_proposal(
        project, scenario, compare_with=base, lang=job.lang, subtree=job.subtree,
        decision_text=job.decision_text, reference=job.reference, with_sections=job.suffix not in {".xlsx", ".csv"},
    )
    if job.suffix in {".pdf", ".docx"}:  # a paper is never printed with an empty förslag
        from orgdesigner.io.paper.proposal import check_decision

        check_decision(prepared.content)
    if job.suffix == ".xlsx":
        from orgdesigner.io.exchange.export_xlsx import write_xlsx

        write_xlsx(prepared.content.tables(), job.path)
        prepared.written.append(Path(job.path))
    elif job.suffix == ".csv":
        from orgdesigner.io.exchange.export_csv import write_csv

        tables = prepared.content.tables()
        if job.csv_table:
            tables = [t for t in tables if t.name == job.csv_table]
        prepared.written += write_csv(tables, job.path, job.csv_separator)
    return prepared
