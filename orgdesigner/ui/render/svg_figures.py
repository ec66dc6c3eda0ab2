"""Vector figures (SVG) inside the paper's QTextDocument, drawn as vectors in the PDF.

QTextDocument's HTML takes images only as pictures, so a figure is laid out as an empty image
of the figure's size (`figure_html`), and after each page is drawn, `paint` draws the SVG with
QSvgRenderer on the PDF's painter in that image's place: lines and text stay vectors (zoomable,
searchable).
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

PREFIX = "orgdfigure"
_figures: dict[str, str] = {}  # image name -> SVG
_numbers = itertools.count(1)


def figure_html(svg: str, width_mm: float) -> str:
    """An empty image the size of the figure at `width_mm` wide, to be painted over by `paint`
    (HTML sizes images in CSS pixels, 96 to the inch, whatever the paint device)."""
    width_px = width_mm / 25.4 * 96
    name = f"{PREFIX}{next(_numbers)}"
    _figures[name] = svg
    size = QSvgRenderer(QByteArray(svg.encode("utf-8"))).defaultSize()
    height = width_px * size.height() / max(size.width(), 1)
    return f'<p align="center"><img src="{name}" width="{width_px:.0f}" height="{height:.0f}"/></p>'


def prepare(doc: QTextDocument) -> None:
    """Give each figure's image an empty picture, so the layout reserves its place and nothing
    (no broken-image icon) is drawn there."""
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(0)
    for name in _names(doc):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)


def _names(doc: QTextDocument) -> list[str]:
    return [name for name, _ in _find_places(doc)]  # before layout: no places to keep


#: id(doc) -> (its revision, the figures' places): `paint` runs once per page, and walking every
#: fragment of a paper of hundreds of pages for each of them made a 10,000-unit PDF take a minute
_cache: dict[int, tuple[QTextDocument, int, list[tuple[str, QRectF]]]] = {}


def _places(doc: QTextDocument) -> list[tuple[str, QRectF]]:
    """(image name, rectangle in document coordinates) of every figure in `doc` (laid out)."""
    if not _figures:
        return []
    revision = doc.revision()
    cached = _cache.get(id(doc))
    if cached is not None and cached[0] is doc and cached[1] == revision:
        return cached[2]
    out = _find_places(doc)
    _cache.clear()  # one document is painted at a time (the entry keeps it alive: no id reuse)
    _cache[id(doc)] = (doc, revision, out)
    return out


def _find_places(doc: QTextDocument) -> list[tuple[str, QRectF]]:
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                if image.name().startswith(PREFIX) and image.name() in _figures:
                    scale = _scale(doc)
                    out.append((image.name(), _rect(block, fragment.position() - block.position(),
                                                    image.width() * scale, image.height() * scale)))
            it += 1
        block = block.next()
    return out


def _scale(doc: QTextDocument) -> float:
    """Device pixels per CSS pixel of the document's paint device (300 dpi PDF: 3.125)."""
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiX() / 96 if device is not None else 1.0


def _rect(block: Any, pos: int, width: float, height: float) -> QRectF:
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return QRectF()
    line = layout.lineForTextPosition(pos)
    x = line.cursorToX(pos)
    x = x[0] if isinstance(x, tuple) else x
    origin = layout.position()
    top = origin.y() + line.y() + line.ascent() - height  # an image sits on the baseline
    return QRectF(origin.x() + x, top, width, height)


def paint(doc: QTextDocument, painter: QPainter, page: QRectF) -> None:
    """Draw the figures that lie on `page` (document coordinates, the painter already moved)."""
    for name, rect in _places(doc):
        if rect.isValid() and rect.intersects(page):
            QSvgRenderer(QByteArray(_figures[name].encode("utf-8"))).render(painter, rect)
