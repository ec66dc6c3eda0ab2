"""A comparison chart opened large (double-click a mini chart, or its Enlarge button): the same
scenario in a window of its own, fitted legibly (folded where it must be), with wheel/keyboard
zoom, drag to pan and the cards' +/− handles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QDialog, QGraphicsScene, QGraphicsView, QLabel, QVBoxLayout, QWidget

from orgdesigner.ui import colours
from orgdesigner.ui.a11y import show_focus_at_once
from orgdesigner.ui.compare.chart_names import LabelledView, fit_folded, toggle_fold_at


class ZoomPanView(LabelledView):
    """Wheel or Ctrl +/− zooms around the pointer, a drag pans, 0 fits: like the main chart."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(0.02, min(4.0, self.zoom() * factor)) / self.zoom()
        self.scale(factor, factor)

    def fit(self) -> None:
        fit_folded(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and toggle_fold_at(self, event.position().toPoint()):
            event.accept()  # the +/− handle: fold or unfold, no pan
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(1.15 ** (event.angleDelta().y() / 120.0))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class LargeChartDialog(QDialog):
    def __init__(self, scene: QGraphicsScene, title: str, parent: QWidget | None = None,
                 describe: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = ZoomPanView(scene, self)
        if describe is not None:
            from orgdesigner.ui.compare.chart_names import CardTooltips

            self.tooltips = CardTooltips(self.view, describe)
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(self.tr("Wheel or + and − zoom, drag pans, 0 fits"))
        # the keys zoom the chart only while it has the focus: show it has (a frame, as the chart's)
        colours.style_sheet(self.view, "ZoomPanView {{ border: 2px solid transparent }} ZoomPanView:focus {{ border: 2px solid {focus} }}")
        show_focus_at_once(self)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Wheel or + and − zoom, drag pans, 0 fits"), self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        self.resize(1200, 800)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.view.fit)
