"""Render a scenario's chart without a window: for PNG, SVG and PDF export.

    scene = build_chart_scene(scenario)           # a standalone ChartScene
    render_chart(scenario, QPdfWriter(...))        # or a QPainter already begun on a device
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPaintDevice, QPainter

from orgdesigner.layout.tree import TOP_DOWN, LayoutParams
from orgdesigner.model.entities import Scenario
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.dotted import DottedLayer
from orgdesigner.ui.chart.scene import ChartScene


def build_chart_scene(scenario: Scenario, subtree_root: str | None = None, orientation: str = TOP_DOWN,
                      finding_counts: dict[str, tuple[int, str]] | None = None,
                      params: LayoutParams | None = None) -> ChartScene:
    """A chart scene for `scenario` (or the subtree under `subtree_root`), laid out and complete.
    `params` overrides the layout (the paper stacks leaves in shorter columns)."""
    with style.using(style.LIGHT):  # paper and exported images are light whatever the screen shows
        scene = ChartScene()
        scene.params = params or LayoutParams(orientation=orientation)
        scene.handles = False  # paper has nothing to click
        scene.show_scenario(scenario, subtree_root)
        DottedLayer.of(scene).sync()  # dotted lines on paper and in exported images too
        scene.ensure_labels()
        if finding_counts:
            scene.set_finding_counts(finding_counts)
    return scene


def render_chart(scenario: Scenario, target: QPainter | QPaintDevice, subtree_root: str | None = None,
                 orientation: str = TOP_DOWN, target_rect: QRectF | None = None,
                 finding_counts: dict[str, tuple[int, str]] | None = None) -> QRectF:
    """Paint the chart onto `target`, scaled to fit `target_rect` (default: the whole device),
    keeping its aspect ratio. Returns the chart's source rectangle in scene units."""
    scene = build_chart_scene(scenario, subtree_root, orientation, finding_counts)
    source = scene.chart_rect().adjusted(-12, -12, 24, 24)
    own = not isinstance(target, QPainter)
    painter = target if isinstance(target, QPainter) else QPainter(target)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        device = painter.device()
        rect = target_rect or QRectF(0, 0, device.width(), device.height())
        if own:
            painter.fillRect(rect, QColor("white"))
        scene.render(painter, rect, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        if own:
            painter.end()
    return source
