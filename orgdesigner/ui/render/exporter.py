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
SLIDE_CHART_DPI = 300.0


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

        write_pptx(prepared.content, job.path, slide_chart_pictures(prepared.content, job.subtree, progress))
    else:
        from orgdesigner.io.paper.proposal_docx import write_docx

        write_docx(prepared.content, job.path, docx_chart_pictures(prepared.content, job.subtree, progress), job.template)


def docx_chart_pictures(content: Any, subtree: str | None, progress: Progress | None = None) -> list[Any]:
    """A ChartPicture per chart page of a portrait A4 DOCX (names ≥ 7 pt at print size)."""
    from orgdesigner.ui.render.chart_pages import DOCX_AREA_IN

    return chart_pictures(content, subtree, DOCX_AREA_IN, progress)


def slide_chart_pictures(content: Any, subtree: str | None, progress: Progress | None = None) -> list[Any]:
    """A ChartPicture per chart page of the PDF paper (the same pages, split the same way), its PNG
    at SLIDE_CHART_DPI: a slide shows the page's chart up to twice its printed size."""
    from orgdesigner.io.paper.proposal_typst import CHART_AREA_IN

    return chart_pictures(content, subtree, CHART_AREA_IN, progress, dpi=SLIDE_CHART_DPI)


def chart_pictures(content: Any, subtree: str | None, area_in: tuple[float, float],
                   progress: Progress | None = None, dpi: float = DOCX_CHART_DPI) -> list[Any]:
    """A ChartPicture per chart page (names ≥ 7 pt at print size) in `area_in` inches, with its
    legend, notes and description, as PNG (at `dpi`) and as SVG (which Word and PowerPoint draw,
    the PNG standing in elsewhere). Cards speak the paper's language."""
    from orgdesigner.ui.render.language import paper_language

    with paper_language(content.lang):
        return _chart_pictures(content, subtree, area_in, progress, dpi)


def _chart_pictures(content: Any, subtree: str | None, area_in: tuple[float, float],
                    progress: Progress | None, dpi: float) -> list[Any]:
    from orgdesigner.io.paper.proposal_docx import ChartPicture
    from orgdesigner.io.paper.proposal_typst import chart_alt
    from orgdesigner.ui.render.chart_pages import (
        crossing_notes,
        has_more_pages,
        legend_items,
        page_png,
        page_svg,
        plan_pages,
    )

    status: dict[str, str] = {}
    if content.comparison is not None:
        from orgdesigner.analysis.compare import diff_scenarios

        status = dict(diff_scenarios(content.comparison.base, content.scenario).unit_status())
    pages = plan_pages(content.scenario, subtree, *area_in, status=status, lang=content.lang)
    notes = crossing_notes(content.scenario, pages, content.lang)  # Word and slides: by title, not page
    out = []
    for number, page in enumerate(pages, start=1):
        if progress is not None:
            progress(number, len(pages))
        legend = [(item.colour, item.word, item.line is not None) for item in legend_items(page, status, content.lang)]
        alt = chart_alt(content.scenario, page.units(), page.title, status, content.lang)
        svg, width, height = page_svg(page)
        png, _ = page_png(page, dpi)
        out.append(ChartPicture(page.title, png, width, legend, notes[number - 1], has_more_pages(content.scenario, page),
                                svg, height, alt))
    return out
