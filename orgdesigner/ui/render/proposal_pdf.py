"""The decision paper as PDF: the chart pages drawn here as vector SVG (Qt paints the chart's
scene), the paper typeset and tagged as PDF/UA-1 by `orgdesigner.io.paper.proposal_typst` (no Qt).

Each chart page is the organisation chart at a size where every name prints at 7 pt or larger
(`orgdesigner.ui.render.chart_pages`), with its legend, its notes on dotted lines to other pages
and a description in words for screen readers. The SVG keeps lines and text as vectors: the PDF
can be zoomed without blur and its names searched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from orgdesigner.io.paper.proposal_content import ChartBlock, ProposalContent
from orgdesigner.io.paper.proposal_typst import (
    CHART_AREA_IN,
    ChartPageFigure,
    LegendMark,
    chart_alt,
    page_mark,
)
from orgdesigner.io.paper.proposal_typst import pdf_bytes as typeset
from orgdesigner.io.project.atomic import write_atomic

__all__ = ["CHART_AREA_IN", "Progress", "chart_figures", "pdf_bytes", "write_pdf"]

#: called with (step done, steps in all): each chart page drawn, then the typesetting
Progress = Callable[[int, int], None]


def chart_figures(content: ProposalContent, progress: Progress | None = None, after: int = 0) -> list[ChartPageFigure]:
    """The paper's chart pages as SVG with their legends, notes and descriptions (none when the
    paper has no chart section); `progress` counts the pages drawn out of them and `after` steps
    more (the typesetting that follows)."""
    from orgdesigner.ui.render.chart_pages import (
        crossing_notes,
        has_more_pages,
        legend_items,
        page_svg,
        plan_pages,
    )

    chart = next((b for s in content.sections for b in s.blocks if isinstance(b, ChartBlock)), None)
    if chart is None:
        return []
    scenario = content.scenario
    subtree = chart.unit_ids[0] if len(chart.unit_ids) != len(scenario.units) and chart.unit_ids else None
    status: dict[str, str] = {}
    if content.comparison is not None:
        from orgdesigner.analysis.compare import diff_scenarios

        status = dict(diff_scenarios(content.comparison.base, scenario).unit_status())
    from orgdesigner.ui.render.language import paper_language

    out = []
    with paper_language(content.lang):  # the cards' words ("Resultatenhet") whoever calls
        pages = plan_pages(scenario, subtree, *CHART_AREA_IN, status, content.lang)
        notes = crossing_notes(scenario, pages, content.lang, page_mark)
        for number, page in enumerate(pages, start=1):
            if progress is not None:
                progress(number, len(pages) + after)
            svg, width_in, height_in = page_svg(page)  # at print size, its fonts named as Typst knows them
            legend = [LegendMark(item.colour, item.word, item.line is not None) for item in legend_items(page, status, content.lang)]
            out.append(ChartPageFigure(page.title, svg.decode("utf-8"), width_in, height_in,
                                       chart_alt(scenario, page.units(), page.title, status, content.lang),
                                       legend, notes[number - 1], has_more_pages(scenario, page)))
    return out


def pdf_bytes(content: ProposalContent, progress: Progress | None = None) -> bytes:
    """The paper as a tagged PDF; `progress` counts each chart page drawn, then the typesetting."""
    charts = chart_figures(content, progress, after=1)
    data = typeset(content, charts)
    if progress is not None:
        progress(len(charts) + 1, len(charts) + 1)
    return data


def write_pdf(content: ProposalContent, path: Path, progress: Progress | None = None) -> None:
    write_atomic(Path(path), pdf_bytes(content, progress))
