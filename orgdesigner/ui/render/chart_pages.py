"""The organisation chart on paper, split so every card name prints at 7 pt or larger.

A whole region's chart fitted onto one A4 page prints its names at 2–3 pt. Instead: an overview
page shows the organisation down to the deepest level that still fits legibly; each unit whose
lower levels were cut off there gets a page of its own, split again the same way when needed.
Added, moved and changed units (against the compared scenario) are outlined as in the comparison
tab, with a legend. `plan_pages` is shared by the PDF and the DOCX so both papers hold the same.

Units that stand alone (no manager, no units below: the private vårdval providers) are stacked in
a column beside the overview instead of widening its top row. Dotted (secondary) lines are drawn
where both ends are on the page; a line to a unit on another page is named in a note under the
chart (`crossing_notes`), so no line is lost by the split.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from orgdesigner.analysis.texts import join
from orgdesigner.model.dotted import DottedKind
from orgdesigner.model.entities import Scenario

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from orgdesigner.ui.chart.scene import ChartScene

SCREEN_DPI = 96.0  # scene units are screen pixels at 96 dpi: the natural print size
MIN_NAME_PT = 7.0
MARGIN = 16.0
SIDE_MARGIN = 26.0  # a stub reaches FRAME_OUT + STUB + STUB_DOT beyond its card, either side
MAX_PAGES = 40  # a 10,000-unit region: the paper shows the top 40 pages; the PNG/SVG export has all

#: a landscape page is wider than tall: stacked leaves go in columns of three, not eight
STACK_ROWS = 3
PACKED_ROWS = 6  # a page of one level only: its stacked columns may fill the page's height
SIDE_GAP = 40.0  # between the overview and its column of units that stand alone
#: gaps between cards on paper (the screen's are 10 and 22): each new or moved unit's outline
#: (FRAME_OUT beyond its card) stays apart from its neighbour's, with a dotted stub between columns
STACK_GAP = 20.0
BREADTH_GAP = 40.0

STATUS_WORDS = {
    "added": ("ny enhet", "unit added"),
    "moved": ("flyttad enhet", "unit moved"),
    "changed": ("ändrad enhet", "unit changed"),
}
DOTTED_WORDS = {
    DottedKind.PROFESSIONAL: ("streckad linje: professionellt/medicinskt ansvar", "dotted line: professional/medical"),
    DottedKind.FUNCTIONAL: ("streckad linje: funktionellt ansvar", "dotted line: functional"),
    DottedKind.AGREEMENT: ("streckad linje: efter överenskommelse", "dotted line: by agreement"),
}


def _rect(scene: ChartScene) -> QRectF:
    """The chart and a margin; at the sides room for the stubs of dotted lines to other pages."""
    return scene.chart_rect().adjusted(-SIDE_MARGIN, -MARGIN, SIDE_MARGIN, MARGIN)


@dataclass
class ChartPage:
    title: str
    root: str | None  # None: the whole organisation
    scene: ChartScene
    factor: float  # print size / natural size of the scene
    side: ChartScene | None = None  # units that stand alone, stacked right of the overview
    stub_kinds: frozenset[DottedKind] = frozenset()  # dotted lines leaving the page, drawn as stubs
    also: tuple[str, ...] = ()  # further top units packed beside `root` (small sibling subtrees)

    def source(self) -> QRectF:
        rect = _rect(self.scene)
        if self.side is not None:
            side = _rect(self.side)
            rect.setWidth(rect.width() + SIDE_GAP + side.width())
            rect.setHeight(max(rect.height(), side.height()))
        return rect

    def units(self) -> set[str]:
        """Every unit whose card is on this page."""
        return set(self.scene.cards) | (set(self.side.cards) if self.side is not None else set())

    def name_pt(self) -> float:
        """The card names' font size on paper, in points."""
        from orgdesigner.ui.chart import style

        return style.name_font().pointSizeF() * self.factor


class _Order:
    """Chart order of the units of the scenario being planned: a page's view is put in order in
    O(k log k) for its k units, not by a walk over all 10,000."""

    units: object = None
    rank: dict[str, int] = {}

    @classmethod
    def of(cls, scenario: Scenario) -> dict[str, int]:
        if cls.units is not scenario.units or len(cls.rank) != len(scenario.units):
            cls.units, cls.rank = scenario.units, {u: i for i, u in enumerate(scenario.units)}
        return cls.rank


def _view(scenario: Scenario, keep: list[str]) -> Scenario:
    """The same units (shared, read only) limited to `keep`, in chart order."""
    rank = _Order.of(scenario)
    units = scenario.units
    return Scenario(scenario.id, scenario.name, units={u: units[u] for u in sorted(set(keep), key=rank.__getitem__)})


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


def _factor(scene: ChartScene, width_in: float, height_in: float, side: ChartScene | None = None) -> float:
    rect = ChartPage("", None, scene, 1.0, side).source()
    return min(1.0, width_in * SCREEN_DPI / max(rect.width(), 1.0), height_in * SCREEN_DPI / max(rect.height(), 1.0))


def _alone(scenario: Scenario) -> list[str]:
    """Top units with nothing below them, when other top units have: they go in a side column."""
    roots = scenario.roots()
    alone = [r for r in roots if not scenario.children(r)]
    return alone if len(alone) < len(roots) else []


def _scene(scenario: Scenario, root: str | None, orientation: str = "tb", rows: int = STACK_ROWS) -> ChartScene:
    """The paper's chart of `scenario`: cards as tall as the longest name needs (a name is
    wrapped, never cut), and gaps wide enough that the outlines of new and moved units stay apart."""
    from orgdesigner.layout.tree import LayoutParams
    from orgdesigner.ui.chart.card import height_for_names
    from orgdesigner.ui.chart.render import build_chart_scene

    params = LayoutParams(orientation=orientation, stack_rows=rows, stack_gap=STACK_GAP, breadth_gap=BREADTH_GAP)
    height = height_for_names((u.name for u in scenario.units.values()), params.card_w, params.card_h)
    return build_chart_scene(scenario, root, params=replace(params, card_h=height))


def _deepest(scenario: Scenario, root: str | None, depth: dict[str, int], lowest: int, need: float,
             area: tuple[float, float], side: ChartScene | None) -> tuple[int, ChartScene, float]:
    """The deepest level (from `lowest`) whose chart still prints names legibly, its scene and factor.

    Shallow to deep: the chart only widens with depth, so the first level that does not fit ends
    the search (building small scenes first keeps a 10,000-unit paper fast)."""
    chosen = None
    for level in range(lowest, max(depth.values(), default=0) + 1):
        keep = [u for u, d in depth.items() if d <= level]
        scene = _scene(_view(scenario, keep), root)
        factor = _factor(scene, *area, side)
        if chosen is not None and factor < need:
            break
        chosen = (level, scene, factor)
        if factor < need:
            break
    if chosen is None:  # a single unit
        scene = _scene(_view(scenario, list(depth)), root)
        chosen = (0, scene, _factor(scene, *area, side))
    return chosen


def plan_pages(scenario: Scenario, subtree: str | None, width_in: float, height_in: float,
               status: dict[str, str] | None = None, lang: str = "sv") -> list[ChartPage]:
    """Chart pages for an area of `width_in` × `height_in` inches, names ≥ 7 pt where possible."""
    from orgdesigner.layout.tree import LEFT_RIGHT
    from orgdesigner.ui.chart import style

    need = MIN_NAME_PT / style.name_font().pointSizeF()
    area = (width_in, height_in)
    _Order.units = None  # the scenario may have changed since the last paper
    pages: list[ChartPage] = []
    queue: list[str | None] = [subtree]
    while queue and len(pages) < MAX_PAGES:  # beyond the cap the PNG/SVG export holds the full chart
        root = queue.pop(0)
        lowest = 0 if root is None else 1  # the whole organisation may shrink to its top units
        depth = _depths(scenario, root)
        alone = _alone(scenario) if root is None else []
        side = None
        if alone:  # a column beside the overview (a left-to-right chart stacks separate top units)
            side = _scene(_view(scenario, alone), None, LEFT_RIGHT)
            level, scene, factor = _deepest(scenario, root, {u: d for u, d in depth.items() if u not in alone},
                                            lowest, need, area, side)
            if factor < need:  # not even the top units fit beside the column: as before, in one row
                side, alone = None, []
        if side is None:
            level, scene, factor = _deepest(scenario, root, depth, lowest, need, area, None)
        else:
            depth = {u: d for u, d in depth.items() if u not in alone}
        children = scenario.children(root) if root is not None else [r for r in scenario.roots() if r not in alone]
        groups = [children]
        while factor < need and level <= lowest and len(groups) < len(children):
            # too many units side by side or stacked even one level down: share them out over pages
            size = -(-len(children) // (len(groups) + 1))
            groups = [children[i:i + size] for i in range(0, len(children), size)]
            scenes = [_scene(_view(scenario, ([root] if root else []) + g), root) for g in groups]
            factor = min(_factor(sc, *area) for sc in scenes)
        if len(groups) > 1:
            for number, group in enumerate(groups, start=1):
                part = _scene(_view(scenario, ([root] if root else []) + group), root)
                _mark(part, status, depth, lang)
                title = f"{_title(scenario, root, lang)} ({'part' if lang == 'en' else 'del'} {number}/{len(groups)})"
                pages.append(ChartPage(title, root, part, _factor(part, *area)))
            queue += [u for u in children if scenario.children(u)]
            continue
        roots = [root] if root is not None else []
        if root is not None and level == lowest:  # a one-level page: siblings' one-level pages join it
            scene, factor, depth, roots = _pack(scenario, scene, factor, depth, queue, need, area)
        _mark(scene, status, depth, lang)
        if side is not None:
            _mark(side, status, set(alone), lang)
        title = _title(scenario, root, lang) if len(roots) <= 1 else _titles(scenario, roots, lang)
        pages.append(ChartPage(title, root, scene, factor, side, also=tuple(roots[1:])))
        deepest = max(depth.values(), default=0)
        queue += [u for u, d in depth.items() if d == level and level < deepest and scenario.children(u)]
    for page in pages:
        page.stub_kinds = _add_stubs(scenario, page)
    return pages


STUB = 14.0  # length of a dotted line's stub beyond its card's frame, in scene units: it ends
STUB_DOT = 3.0  # in the gap between columns (BREADTH_GAP), clear of the next card's frame
STUB_Z = 6.0  # above the cards and the frames of moved or added units, which would hide it


def _add_stubs(scenario: Scenario, page: ChartPage) -> frozenset[DottedKind]:
    """A short dotted stub at the right edge (or the left, where the right is taken) of each card
    with a dotted line to or from a unit on another page, with a solid dot at its open end (the line goes on elsewhere); `crossing_notes`
    says where."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
    from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem

    from orgdesigner.ui.chart.dotted import KIND_COLOURS, kind_pen
    from orgdesigner.ui.render.paper_marks import FRAME_OUT

    shown = page.units()
    units = scenario.units
    leaving: defaultdict[str, set[DottedKind]] = defaultdict(set)
    for uid, unit in units.items():
        for line in unit.dotted_lines:
            if line.target_id in units and (uid in shown) != (line.target_id in shown):
                leaving[uid if uid in shown else line.target_id].add(line.kind)
    for scene in (page.scene, page.side):
        if scene is None or scene.layout is None:
            continue
        height = scene.layout.card_h
        for uid, kinds in leaving.items():
            card = scene.cards.get(uid)
            if card is None:
                continue
            side = _stub_side(scene, uid)
            edge, top = card.pos().x() + (scene.layout.card_w if side > 0 else 0.0), card.pos().y()
            for number, kind in enumerate(sorted(kinds)):
                y = top + height * (number + 1) / (len(kinds) + 1)
                end = QPointF(edge + side * (FRAME_OUT + STUB), y)
                path = QPainterPath(QPointF(edge, y))
                path.lineTo(end)
                line_item = QGraphicsPathItem(path)
                line_item.setPen(kind_pen(kind))
                line_item.setZValue(STUB_Z)
                scene.addItem(line_item)
                dot = QGraphicsEllipseItem(end.x() - STUB_DOT, end.y() - STUB_DOT, 2 * STUB_DOT, 2 * STUB_DOT)
                dot.setBrush(QBrush(QColor(KIND_COLOURS[kind])))
                dot.setPen(QPen(QColor("white"), 1.0))
                dot.setZValue(STUB_Z)
                scene.addItem(dot)
    return frozenset(k for kinds in leaving.values() for k in kinds)


def _stub_side(scene: ChartScene, uid: str) -> int:
    """Which side of its card a stub goes: right (1), unless a connector or another card lies
    there (a staff unit left of its manager's line), then left (-1)."""
    from orgdesigner.ui.render.paper_marks import FRAME_OUT

    layout = scene.layout
    assert layout is not None
    x, y = layout.positions[uid]
    reach = FRAME_OUT + STUB + STUB_DOT
    for side, (lo, hi) in ((1, (x + layout.card_w, x + layout.card_w + reach)), (-1, (x - reach, x))):
        cards = any(ox < hi and ox + layout.card_w > lo and oy < y + layout.card_h and oy + layout.card_h > y
                    for other, (ox, oy) in layout.positions.items() if other != uid)
        lines = any(min(x1, x2) < hi and max(x1, x2) > lo and min(y1, y2) < y + layout.card_h and max(y1, y2) > y
                    for segments in layout.connectors.values() for x1, y1, x2, y2 in segments)
        if not (cards or lines):
            return side
    return 1


def _mark(scene: ChartScene, status: dict[str, str] | None, depth: dict[str, int] | set[str], lang: str) -> None:
    """Frame the page's new, moved and changed units and point each dotted line's end."""
    from orgdesigner.ui.render.paper_marks import PaperMarks

    scene.set_overlay(PaperMarks({u: s for u, s in (status or {}).items() if u in depth and s != "removed"}, lang))


def _pack(scenario: Scenario, scene: ChartScene, factor: float, depth: dict[str, int], queue: list[str | None],
          need: float, area: tuple[float, float]) -> tuple[ChartScene, float, dict[str, int], list[str]]:
    """Put the next queued units' pages beside this one-level page while names stay legible: a
    region of 10,000 units otherwise gets forty pages of one manager and eight cards each. Only
    units whose own page would also show just one level join (packing never makes a page shallower)."""
    roots = [u for u, d in depth.items() if d == 0]
    keep = [u for u, d in depth.items() if d <= 1]
    tall = _scene(_view(scenario, keep), None, rows=PACKED_ROWS)  # one level: columns can be as tall as the page
    if _factor(tall, *area) >= need:
        scene, factor = tall, _factor(tall, *area)
    while queue and queue[0] is not None:
        candidate = queue[0]
        wider = keep + [candidate, *scenario.children(candidate)]
        trial = _scene(_view(scenario, wider), None, rows=PACKED_ROWS)  # the top units side by side
        fits = _factor(trial, *area)
        if fits < need:
            break
        own = _depths(scenario, candidate)
        level, _, alone = _deepest(scenario, candidate, own, 1, need, area, None)
        if level != 1 or alone < need:
            break
        queue.pop(0)
        keep, scene, factor = wider, trial, fits
        depth = {**depth, **own}
        roots.append(candidate)
    return scene, factor, depth, roots


def _titles(scenario: Scenario, roots: list[str], lang: str) -> str:
    names = join([scenario.units[r].name for r in roots], lang)
    return f"{names} med underställda enheter" if lang != "en" else f"{names} and the units below them"


def _title(scenario: Scenario, root: str | None, lang: str) -> str:
    if root is None:
        return "Översikt: hela organisationen" if lang != "en" else "Overview: the whole organisation"
    name = scenario.units[root].name
    return f"{name} med underställda enheter" if lang != "en" else f"{name} and the units below it"


def paint_page(painter: QPainter, page: ChartPage, left: float, top: float, device_dpi: float) -> None:
    """Paint the page's chart at its print factor with its top-left corner at (left, top)."""
    from PySide6.QtCore import QRectF, Qt

    scale = page.factor * device_dpi / SCREEN_DPI
    main = _rect(page.scene)
    page.scene.render(painter, QRectF(left, top, main.width() * scale, main.height() * scale), main,
                      Qt.AspectRatioMode.KeepAspectRatio)
    if page.side is not None:
        side = _rect(page.side)
        x = left + (main.width() + SIDE_GAP) * scale
        page.side.render(painter, QRectF(x, top, side.width() * scale, side.height() * scale), side,
                         Qt.AspectRatioMode.KeepAspectRatio)


def has_more_pages(scenario: Scenario, page: ChartPage) -> bool:
    """Whether a unit on the page has units below it that are not on it (they have a page)."""
    shown = page.units()
    return any(not set(scenario.children(u)) <= shown for u in shown)


def drawn_kinds(page: ChartPage) -> set[DottedKind]:
    """The kinds of dotted line drawn on the page: whole (both ends on it) or as a stub."""
    from orgdesigner.ui.chart.dotted import DottedLayer

    scenes = [page.scene] + ([page.side] if page.side is not None else [])
    return {item.line.kind for scene in scenes for item in DottedLayer.of(scene).items.values()} | page.stub_kinds


@dataclass(frozen=True)
class LegendItem:
    colour: str
    word: str
    line: DottedKind | None  # a sample of this kind of dotted line; None: an outlined box (a status)


def legend_items(page: ChartPage, status: dict[str, str], lang: str) -> list[LegendItem]:
    """What this page shows and needs explaining: the statuses of its units, the kinds of dotted
    line drawn on it (in a fixed order); nothing that does not occur on the page."""
    from orgdesigner.ui.chart.dotted import KIND_COLOURS
    from orgdesigner.ui.render.paper_marks import status_colour

    en = lang == "en"
    present = {status[u] for u in page.units() if u in status}
    kinds = drawn_kinds(page)
    return ([LegendItem(status_colour(k), w[1] if en else w[0], None) for k, w in STATUS_WORDS.items() if k in present]
            + [LegendItem(KIND_COLOURS[k], w[1] if en else w[0], k) for k, w in DOTTED_WORDS.items() if k in kinds])


def crossing_notes(scenario: Scenario, pages: list[ChartPage], lang: str,
                   page_number: Callable[[int], object] | None = None) -> list[list[str]]:
    """Per page, a sentence for each dotted line with only one end on it, grouped by the unit at
    the other end: "Streckad linje (…) till Chefläkare (sida 7): Brunflo hälsocentral, …".
    `page_number(index)` is chart page `index`'s number in the paper ("sida 7"); without it (the
    DOCX, which Word paginates) the other page is named by its title."""
    def where(indices: list[int]) -> str:
        if page_number is None:
            return join([f"”{pages[i].title}”" for i in indices], lang)
        numbers = join([str(page_number(i)) for i in indices], lang)
        if len(indices) == 1:
            return f"{'page' if lang == 'en' else 'sida'} {numbers}"
        return f"{'pages' if lang == 'en' else 'sidorna'} {numbers}"

    en = lang == "en"
    home: dict[str, int] = {}
    for index, page in enumerate(pages):  # a unit is at home where it is a page's top unit …
        for top in ([page.root] if page.root is not None else []) + list(page.also):
            home.setdefault(top, index)
    for index, page in enumerate(pages):  # … or else where its card first appears
        for uid in page.units():
            home.setdefault(uid, index)
    units = scenario.units
    lines = [(uid, line.target_id, line.kind) for uid, unit in units.items() for line in unit.dotted_lines
             if line.target_id in units]
    notes: list[list[str]] = []
    for page in pages:
        shown = page.units()
        out: defaultdict[tuple[str, str, DottedKind], list[str]] = defaultdict(list)
        into: defaultdict[tuple[str, DottedKind], list[tuple[str, int]]] = defaultdict(list)
        for source, target, kind in lines:
            if source in shown and target not in shown:
                out[(target, where([home[target]]) if target in home else "", kind)].append(units[source].name)
            elif target in shown and source not in shown:
                into[(target, kind)].append((units[source].name, home.get(source, -1)))
        text = []
        for (other, place, kind), names in out.items():
            kind_word = DOTTED_WORDS[kind][1 if en else 0].split(": ", 1)[1]
            at = f", {place}" if place else ""
            text.append(f"Dotted line ({kind_word}) to {units[other].name}{at}: {join(names, lang)}." if en else
                        f"Streckad linje ({kind_word}) till {units[other].name}{at}: {join(names, lang)}.")
        for (target, kind), sources in into.items():
            kind_word = DOTTED_WORDS[kind][1 if en else 0].split(": ", 1)[1]
            places = sorted({i for _, i in sources if i >= 0})
            at = f" ({where(places)})" if places else ""
            names = [n for n, _ in sources]
            text.append(f"Dotted lines ({kind_word}) to {units[target].name} from {join(names, lang)}{at}." if en else
                        f"Streckade linjer ({kind_word}) till {units[target].name} från {join(names, lang)}{at}.")
        notes.append(text)
    return notes



def page_png(page: ChartPage, dpi: float = 200.0) -> tuple[bytes, float]:
    """The page's chart as PNG at its print factor, and its printed width in inches."""
    from orgdesigner.ui.render.chart_image import render_png

    source = page.source()
    width_in = source.width() / SCREEN_DPI * page.factor
    height_in = source.height() / SCREEN_DPI * page.factor
    width, height = max(1, round(width_in * dpi)), max(1, round(height_in * dpi))
    return render_png(width, height, dpi, lambda painter: paint_page(painter, page, 0, 0, dpi)), width_in


def page_svg(page: ChartPage, title: str = "") -> tuple[bytes, float, float]:
    """The page's chart as SVG at its print size (vector: cards, lines and text), with its
    printed width and height in inches; the SVG's own width and height say the same in mm."""
    from orgdesigner.ui.render.chart_image import render_svg

    source = page.source()
    width, height = source.width() * page.factor, source.height() * page.factor
    svg = render_svg(width, height, title or page.title, lambda painter: paint_page(painter, page, 0, 0, SCREEN_DPI))
    return svg, width / SCREEN_DPI, height / SCREEN_DPI


#: the DOCX's usable area on a portrait A4 page (2.2 cm side margins), less a caption line
DOCX_AREA_IN = ((21.0 - 2 * 2.2) / 2.54, (29.7 - 2 * 2.0) / 2.54 - 1.6)
