"""Where a PDF's words are printed (poppler's `pdftotext -bbox`), to find text that collides."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Word:
    page: int  # from 1
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words(pdf: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """Every word with its box in points, and each page's size."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    out, sizes = [], []
    for number, page in enumerate(ET.fromstring(xhtml).iterfind(".//h:page", ns), start=1):
        sizes.append((float(page.get("width", 0)), float(page.get("height", 0))))
        out += [Word(number, w.text or "", *(float(w.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")))
                for w in page.iterfind("h:word", ns)]
    return out, sizes


def collisions(pdf: Path, slack: float = 0.6) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes overlap by more than `slack` points each way: text printed over
    text (a word too long for its table column runs into the next cell)."""
    found = []
    placed, _ = words(pdf)
    by_page: dict[int, list[Word]] = {}
    for word in placed:
        by_page.setdefault(word.page, []).append(word)
    for page in by_page.values():
        page.sort(key=lambda w: w.y0)
        for i, a in enumerate(page):
            for b in page[i + 1:]:
                if b.y0 >= a.y1 - slack:
                    break
                if min(a.x1, b.x1) - max(a.x0, b.x0) > slack and min(a.y1, b.y1) - max(a.y0, b.y0) > slack:
                    found.append((a, b))
    return found
