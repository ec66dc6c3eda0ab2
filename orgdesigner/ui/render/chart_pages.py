"""The organisation chart on paper, split so every card name prints at 7 pt or larger.

A whole region's chart fitted onto one A4 page prints its names at 2–3 pt. Instead: an overview
page shows the organisation down to the deepest level that still fits legibly; each unit whose
lower levels were cut off there gets a page of its own, split again the same way when needed.
Added, moved and changed units (against the compared scenario) are outlined as in the comparison
tab, with a legend. `plan_pages` is shared by the PDF and the DOCX so both papers hold the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from orgdesigner.model.entities import Scenario

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from orgdesigner.ui.chart.scene import ChartScene

SCREEN_DPI = 96.0  # scene units are screen pixels at 96 dpi: the natural print size
MIN_NAME_PT = 7.0
MARGIN = 16.0
MAX_PAGES = 40  # a 10,000-unit region: the paper shows the top 40 pages; the PNG/SVG export has all

STATUS_WORDS = {
    "added": ("ny enhet", "unit added"),
    "moved": ("flyttad enhet", "unit moved"),
    "changed": ("ändrad enhet", "unit changed"),
}


@dataclass
class ChartPage:
    title: str
    root: str | None  # None: the whole organisation
    scene: ChartScene
    factor: float  # print size / natural size of the scene

    def source(self) -> QRectF:
        return self.scene.chart_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def name_pt(self) -> float:
        """The card names' font size on paper, in points."""
        from orgdesigner.ui.chart import style

        return style.name_font().pointSizeF() * self.factor


def _view(scenario: Scenario, keep: list[str]) -> Scenario:
    """The same units (shared, read only) limited to `keep`, in chart order."""
    wanted = set(keep)
    return Scenario(scenario.id, scenario.name, units={u: scenario.units[u] for u in scenario.units if u in wanted})


def _depths(scenario: Scenario, root: str | None) -> dict[str, int]:
    starts = [root] if root is not None else scenario.roots()
    depth = {r: 0 for r in starts}
    queue = list(starts)
    for uid in queue:
        for child in scenario.children(uid):
            if child not in depth:
                depth[child] = depth[uid] + 1
                queue.append(child)
    return depth


def _factor(scene: ChartScene, width_in: float, height_in: float) -> float:
    rect = scene.chart_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return min(1.0, width_in * SCREEN_DPI / max(rect.width(), 1.0), height_in * SCREEN_DPI / max(rect.height(), 1.0))


def plan_pages(scenario: Scenario, subtree: str | None, width_in: float, height_in: float,
               status: dict[str, str] | None = None, lang: str = "sv") -> list[ChartPage]:
    """Chart pages for an area of `width_in` × `height_in` inches, names ≥ 7 pt where possible."""
    from orgdesigner.ui.chart import style
    from orgdesigner.ui.chart.render import build_chart_scene

    need = MIN_NAME_PT / style.name_font().pointSizeF()
    pages: list[ChartPage] = []
    queue: list[str | None] = [subtree]
    while queue and len(pages) < MAX_PAGES:  # beyond the cap the PNG/SVG export holds the full chart
        root = queue.pop(0)
        depth = _depths(scenario, root)
        deepest = max(depth.values(), default=0)
        chosen = None
        lowest = 0 if root is None else 1  # the whole organisation may shrink to its top units
        # shallow to deep: the chart only widens with depth, so the first level that does not fit
        # ends the search (building small scenes first keeps a 10,000-unit paper fast)
        for level in range(lowest, deepest + 1):
            keep = [u for u, d in depth.items() if d <= level]
            scene = build_chart_scene(_view(scenario, keep), root)
            factor = _factor(scene, width_in, height_in)
            if chosen is not None and factor < need:
                break
            chosen = (level, scene, factor)
            if factor < need:
                break
        if chosen is None:  # a single unit
            scene = build_chart_scene(_view(scenario, list(depth)), root)
            chosen = (0, scene, _factor(scene, width_in, height_in))
        level, scene, factor = chosen
        children = scenario.children(root) if root is not None else scenario.roots()
        groups = [children]
        while factor < need and level <= lowest and len(groups) < len(children):
            # too many units side by side or stacked even one level down: share them out over pages
            size = -(-len(children) // (len(groups) + 1))
            groups = [children[i:i + size] for i in range(0, len(children), size)]
            scenes = [build_chart_scene(_view(scenario, ([root] if root else []) + g), root) for g in groups]
            factor = min(_factor(sc, width_in, height_in) for sc in scenes)
        if len(groups) > 1:
            for number, group in enumerate(groups, start=1):
                part = build_chart_scene(_view(scenario, ([root] if root else []) + group), root)
                _mark(part, status, depth)
                title = f"{_title(scenario, root, lang)} ({'part' if lang == 'en' else 'del'} {number}/{len(groups)})"
                pages.append(ChartPage(title, root, part, _factor(part, width_in, height_in)))
            queue += [u for u in children if scenario.children(u)]
            continue
        _mark(scene, status, depth)
        pages.append(ChartPage(_title(scenario, root, lang), root, scene, factor))
        cut = [u for u, d in depth.items() if d == level and level < deepest and scenario.children(u)]
        queue += cut
    return pages


def _mark(scene: ChartScene, status: dict[str, str] | None, depth: dict[str, int]) -> None:
    if status:
        from orgdesigner.ui.compare.charts import DiffOverlay

        scene.set_overlay(DiffOverlay({u: s for u, s in status.items() if u in depth and s != "removed"}))


def _title(scenario: Scenario, root: str | None, lang: str) -> str:
    if root is None:
        return "Översikt: hela organisationen" if lang != "en" else "Overview: the whole organisation"
    name = scenario.units[root].name
    return f"{name} med underställda enheter" if lang != "en" else f"{name} and the units below it"


def paint_page(painter: QPainter, page: ChartPage, left: float, top: float, device_dpi: float) -> None:
    """Paint the page's chart at its print factor with its top-left corner at (left, top)."""
    from PySide6.QtCore import QRectF, Qt

    source = page.source()
    scale = page.factor * device_dpi / SCREEN_DPI
    target = QRectF(left, top, source.width() * scale, source.height() * scale)
    page.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def legend_items(status: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """(colour, word) for the statuses that occur, in a fixed order."""
    from orgdesigner.ui.compare.models import STATUS_COLOURS

    present = set(status.values())
    return [(STATUS_COLOURS[k], words[1] if lang == "en" else words[0]) for k, words in STATUS_WORDS.items() if k in present]


def page_png(page: ChartPage, dpi: float = 200.0) -> tuple[bytes, float]:
    """The page's chart as PNG at its print factor, and its printed width in inches."""
    from orgdesigner.ui.render.chart_image import render_png

    source = page.source()
    width_in = source.width() / SCREEN_DPI * page.factor
    height_in = source.height() / SCREEN_DPI * page.factor
    width, height = max(1, round(width_in * dpi)), max(1, round(height_in * dpi))
    return render_png(width, height, dpi, lambda painter: paint_page(painter, page, 0, 0, dpi)), width_in


#: the DOCX's usable area on a portrait A4 page (2.2 cm side margins), less a caption line
DOCX_AREA_IN = ((21.0 - 2 * 2.2) / 2.54, (29.7 - 2 * 2.0) / 2.54 - 1.6)
