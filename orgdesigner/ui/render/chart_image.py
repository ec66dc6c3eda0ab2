"""The organisation chart as PNG (at a chosen resolution) or SVG (vector, QSvgGenerator).

The chart comes from the canvas's own scene (`orgdesigner.ui.chart.render.build_chart_scene`),
so an exported image looks exactly like the chart on screen. Scene units are screen pixels at
96 DPI; a PNG at 300 DPI is therefore 300/96 times the on-screen size, capped at
`MAX_PNG_PIXELS` and `MAX_PNG_SIDE` (the scale is reduced for very large charts rather than running out of memory).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported when a picture is painted, not when the module loads
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from orgdesigner.ui.chart.scene import ChartScene

from pathlib import Path

from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.model.entities import Scenario

SCREEN_DPI = 96.0
MAX_PNG_PIXELS = 60_000_000  # 240 MB of ARGB32; Qt itself refuses to read back over 256 MB
MAX_PNG_SIDE = 32_000  # many viewers give up beyond 32,767 pixels
MARGIN = 16.0


def chart_scene(scenario: Scenario, subtree: str | None = None) -> ChartScene:
    from orgdesigner.ui.chart.render import build_chart_scene

    if subtree is not None and subtree not in scenario.units:
        raise KeyError(subtree)
    return build_chart_scene(scenario, subtree)


def _source(scene: ChartScene) -> QRectF:
    rect = scene.chart_rect()
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def paint_chart(
    painter: QPainter, target: QRectF, scenario: Scenario, subtree: str | None = None, scene: ChartScene | None = None
) -> None:
    """Paint the chart into `target` (a QRectF on the painter's device), keeping proportions.
    On a PDF or SVG painter everything stays vector: cards, lines and text."""
    from PySide6.QtCore import Qt

    scene = scene or chart_scene(scenario, subtree)
    scene.render(painter, target, _source(scene), Qt.AspectRatioMode.KeepAspectRatio)


def png_bytes(scenario: Scenario, subtree: str | None = None, dpi: float = 150.0) -> bytes:
    from PySide6.QtCore import QRectF

    scene = chart_scene(scenario, subtree)
    source = _source(scene)
    scale = dpi / SCREEN_DPI
    pixels = source.width() * source.height() * scale * scale
    if pixels > MAX_PNG_PIXELS:
        scale *= (MAX_PNG_PIXELS / pixels) ** 0.5
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    return render_png(width, height, dpi,
                      lambda painter: paint_chart(painter, QRectF(0, 0, width, height), scenario, subtree, scene))


def render_png(width: int, height: int, dpi: float, paint: Callable[[QPainter], None]) -> bytes:
    """A white `width` × `height` picture marked as `dpi`, painted by `paint` with antialiasing,
    as PNG bytes (the chart export and the paper's chart pages share it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint(painter)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6's stubs omit the QIODevice overload
        raise OSError("Qt could not encode the chart as PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(scenario: Scenario, subtree: str | None = None, title: str = "") -> bytes:
    from PySide6.QtCore import QRectF

    scene = chart_scene(scenario, subtree)
    source = _source(scene)
    return render_svg(source.width(), source.height(), title or scenario.name,
                      lambda painter: paint_chart(painter, QRectF(0, 0, source.width(), source.height()),
                                                  scenario, subtree, scene))


def render_svg(width: float, height: float, title: str, paint: Callable[[QPainter], None]) -> bytes:
    """A `width` × `height` picture in 96-dpi units (so its printed size is width/96 inches),
    painted by `paint`, as SVG bytes: everything stays vector, text stays text."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(max(1, round(width)), max(1, round(height))))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(round(SCREEN_DPI))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint(painter)
    finally:
        painter.end()
    buffer.close()
    return _named_fonts(bytes(data.data()))


def _named_fonts(svg: bytes) -> bytes:
    """Name the fonts the text was measured with: Qt writes the family asked for ("Sans Serif",
    fontconfig's alias), which other renderers (Typst, Word, browsers) do not know and replace by
    a serif font of other widths, so names would overflow their cards. The family Qt really used
    goes first, then the generic sans-serif."""
    import re

    from PySide6.QtGui import QFont, QFontInfo

    found: dict[bytes, bytes] = {}

    def named(match: re.Match[bytes]) -> bytes:
        asked = match.group(1)
        if asked not in found:
            used = QFontInfo(QFont(asked.decode())).family()
            found[asked] = f'font-family="{used}, sans-serif"'.encode()
        return found[asked]

    return re.sub(rb'font-family="([^"]*)"', named, svg)


def write_png(scenario: Scenario, path: Path, subtree: str | None = None, dpi: float = 150.0) -> None:
    write_atomic(Path(path), png_bytes(scenario, subtree, dpi))


def write_svg(scenario: Scenario, path: Path, subtree: str | None = None) -> None:
    write_atomic(Path(path), svg_bytes(scenario, subtree))
