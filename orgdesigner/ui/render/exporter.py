"""The painted stage of an export: `finish` draws what needs Qt (PNG, SVG, the PDF, the DOCX's
chart pictures) on the thread that owns the QApplication, after `orgdesigner.io.export_job.prepare`
(Qt-free, run on a worker thread by the GUI) has analysed and written the other formats. Nothing
here imports Qt at module level.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from orgdesigner.io.export_job import NEEDS_QT, Prepared
from orgdesigner.model.entities import Project

DOCX_CHART_DPI = 200.0


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
    elif job.suffix == ".pptx":
        from orgdesigner.io.paper.proposal_pptx import write_pptx

        write_pptx(prepared.content, job.path, docx_chart_pictures(prepared.content, job.subtree, progress))
    else:
        from orgdesigner.io.paper.proposal_docx import write_docx

        write_docx(prepared.content, job.path, docx_chart_pictures(prepared.content, job.subtree, progress), job.template)


def docx_chart_pictures(content: Any, subtree: str | None, progress: Progress | None = None) -> list[Any]:
    """A ChartPicture per chart page (names ≥ 7 pt at print size), with its legend and notes."""
    from orgdesigner.io.paper.proposal_docx import ChartPicture
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
