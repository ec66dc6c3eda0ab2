"""Poster tiling, pure arithmetic: which part of the chart goes on which page.

All lengths are in millimetres on paper. Neighbouring pages share `overlap` mm, so the sheets can
be trimmed at the overlap mark and glued edge to edge without losing anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PX_MM = 25.4 / 96.0  # one chart pixel at 100 %: the chart prints at its on-screen size


@dataclass(frozen=True, slots=True)
class Tile:
    column: int  # 0-based, left to right
    row: int  # 0-based, top to bottom
    x: float  # the tile's left edge within the poster, mm
    y: float  # the tile's top edge, mm

    @property
    def label(self) -> str:
        """The page coordinate printed on the sheet: column letter, row number (A1 top left)."""
        return f"{_column_name(self.column)}{self.row + 1}"


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def tile_count(length: float, page: float, overlap: float) -> int:
    """Pages needed along one axis: each page after the first adds `page - overlap`."""
    if length <= page:
        return 1
    return 1 + math.ceil((length - page) / (page - overlap) - 1e-9)


def poster_tiles(width: float, height: float, page_w: float, page_h: float, overlap: float) -> list[Tile]:
    """Tiles covering a `width` × `height` poster with pages of `page_w` × `page_h` (printable
    area), row by row. Raises ValueError when the overlap leaves no room to advance."""
    if overlap < 0 or overlap >= min(page_w, page_h):
        raise ValueError("overlap must be at least 0 and smaller than the page")
    columns = tile_count(width, page_w, overlap)
    rows = tile_count(height, page_h, overlap)
    return [Tile(c, r, c * (page_w - overlap), r * (page_h - overlap)) for r in range(rows) for c in range(columns)]


def best_orientation(width: float, height: float, page_w: float, page_h: float, overlap: float,
                     footer: float = 0.0) -> tuple[bool, list[Tile]]:
    """(landscape?, tiles) for whichever orientation needs fewer pages (portrait on a tie).
    `footer` mm at the foot of every sheet stay free of the chart (the sheet's label and legend)."""
    portrait = poster_tiles(width, height, page_w, page_h - footer, overlap)
    landscape = poster_tiles(width, height, page_h, page_w - footer, overlap)
    return (True, landscape) if len(landscape) < len(portrait) else (False, portrait)
