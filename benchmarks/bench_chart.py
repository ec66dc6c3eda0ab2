"""The chart at 10,000 units: open to first paint, repaints zoomed in / panned / fitted, hit test,
one edit to a repainted chart (issue: the organisation chart), with 1,000 dotted lines drawn
(issue 19: the targets must still hold), and the same repaints and move without dotted lines
(issue 20, on both shapes). At 50,000 units (issue 20) the zoomed-in repaint, on the tidy shape
only (building and opening a 50k chart takes seconds a shape), with and without dotted lines."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from benchmarks._dotted import add_dotted_lines
from benchmarks._harness import SHAPES, Bench, main_for, shape_project
from orgdesigner._gc import hold_collector, release_frozen
from orgdesigner.io.project.project_file import load_project, save_project
from orgdesigner.model.commands import MoveUnit, SetUnitField
from orgdesigner.model.document import Document
from orgdesigner.model.entities import Project
from orgdesigner.ui.chart.scene import ChartScene
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.undo import DocumentController

W, H = 1200, 800


def run(bench: Bench) -> None:
    app = QApplication.instance() or QApplication([])
    for shape in SHAPES:
        _run_shape(bench, app, shape)
        _run_plain(bench, app, shape)
    _run_large(bench, app, "tidy")


def _run_shape(bench: Bench, app: QApplication, shape: str) -> None:
    project = shape_project(shape)  # 10,000 units and 100,000 roles, as the README says
    add_dotted_lines(project)  # every chart figure below is with 1,000 dotted lines drawn
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.orgd"
        save_project(project, path)
        state: dict = {}

        def open_to_first_paint() -> None:
            ctl = DocumentController(Document(load_project(path)))
            view = ChartView(ctl)
            view.resize(W, H)
            view.chart_scene().show_scenario(ctl.scenario)
            ctl.modelChanged.connect(view.chart_scene().apply_event)
            view.fit()
            view.viewport().render(image)
            state["view"], state["ctl"] = view, ctl

        bench.measure(f"chart [{shape}, 1,000 dotted lines]: open 10k-unit file to first painted chart", open_to_first_paint, repeat=3, target_s=1.0)

    view: ChartView = state["view"]
    ctl: DocumentController = state["ctl"]
    _as_the_window_opened_it()
    scene: ChartScene = view.chart_scene()
    view.show()
    app.processEvents()

    def paint() -> None:
        view.viewport().render(image)

    view.fit()
    bench.measure(f"chart [{shape}, 1,000 dotted lines]: repaint whole 10k chart fitted (overview)", paint, repeat=15, target_s=0.033)

    view.set_zoom(0.5)  # readable cards; 60-100 of them fill a 1200 x 800 view of this wide tree
    view.centre_on_unit("u5000", force=True)
    in_view = scene.items(view.mapToScene(view.viewport().rect()).boundingRect())
    visible = sum(1 for item in in_view if item.parentItem() is None and hasattr(item, "unit_id"))
    paint()
    bench.measure(f"chart [{shape}, 1,000 dotted lines]: repaint zoomed in (~100 cards visible)", paint, repeat=21, target_s=0.004,
                  note=f"{visible} cards in view")

    bar = view.horizontalScrollBar()

    def pan_frame() -> None:
        bar.setValue(bar.value() + 25)
        paint()

    bench.measure(f"chart [{shape}, 1,000 dotted lines]: pan frame (scroll 25 px + repaint)", pan_frame, repeat=21, target_s=0.008)

    centre = view.mapToScene(view.viewport().rect().center())
    points = [centre + QPointF(dx, dy) for dx in range(-300, 300, 60) for dy in range(-200, 200, 40)]

    def hit_test() -> None:
        for point in points:
            scene.unit_at(point)

    bench.measure(f"chart [{shape}, 1,000 dotted lines]: card under the mouse, {len(points)} lookups (target 0.1 ms each)", hit_test,
                  repeat=7, target_s=0.0001 * len(points))

    names = iter(range(1_000_000))

    def rename_to_repaint() -> None:
        ctl.push(SetUnitField("s0", ["u5000"], "name", f"Enhet {next(names)}"))
        scene.ensure_layout()
        paint()

    bench.measure(f"chart [{shape}, 1,000 dotted lines]: one rename to repainted chart", rename_to_repaint, repeat=11, target_s=0.016)

    _measure_move(bench, f"chart [{shape}, 1,000 dotted lines]", ctl, scene, paint)


def _open(app: QApplication, project: Project) -> ChartView:
    ctl = DocumentController(Document(project))
    view = ChartView(ctl)
    view.resize(W, H)
    view.chart_scene().show_scenario(ctl.scenario)
    ctl.modelChanged.connect(view.chart_scene().apply_event)
    view.fit()
    view.show()
    app.processEvents()
    _as_the_window_opened_it()
    return view


def _as_the_window_opened_it() -> None:
    """What the window does once a file of more than 5,000 units has opened and its views are
    built (ui/files.py): the collector freezes what is alive, so later collections, as during an
    edit, never scan the project and the chart again. Without it the edits measured here paid for
    full collections the application never makes. The previous chart's objects are let go first,
    as opening another file does."""
    release_frozen()
    hold_collector()()


def _run_plain(bench: Bench, app: QApplication, shape: str) -> None:
    """The repaints and one move without dotted lines (issue 20's targets, on both shapes)."""
    view = _open(app, shape_project(shape))
    label = f"chart [{shape}, no dotted lines]"
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        view.viewport().render(image)

    paint()
    bench.measure(f"{label}: repaint whole 10k chart fitted (overview)", paint, repeat=15, target_s=0.033)
    view.set_zoom(0.5)
    view.centre_on_unit("u5000", force=True)
    paint()
    bench.measure(f"{label}: repaint zoomed in (~100 cards visible)", paint, repeat=21, target_s=0.004)
    bar = view.horizontalScrollBar()

    def pan_frame() -> None:
        bar.setValue(bar.value() + 25)
        paint()

    bench.measure(f"{label}: pan frame (scroll 25 px + repaint)", pan_frame, repeat=21, target_s=0.008)
    ctl, scene = view.controller, view.chart_scene()
    _measure_move(bench, label, ctl, scene, paint)


def _measure_move(bench: Bench, label: str, ctl: DocumentController, scene: ChartScene, paint: Callable[[], None]) -> None:
    """One move of u5000 between two parents, to the re-laid-out and repainted chart (16 ms)."""
    parents = iter(["u10", "u11"] * 20)

    def move_to_repaint() -> None:
        ctl.push(MoveUnit("s0", "u5000", next(parents)))
        scene.ensure_layout()
        paint()

    bench.measure(f"{label}: one move to re-laid-out, repainted chart", move_to_repaint, repeat=11, target_s=0.016)


def _run_large(bench: Bench, app: QApplication, shape: str) -> None:
    """50,000 units and 500,000 role assignments: the zoomed-in repaint (issue 20: 4 ms)."""
    project = shape_project(shape, units=50_000, assignments=500_000)
    for dotted in (False, True):
        if dotted:
            add_dotted_lines(project)
        view = _open(app, project)
        image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
        view.set_zoom(0.5)
        view.centre_on_unit("u25000", force=True)

        def paint(view: ChartView = view, image: QImage = image) -> None:
            view.viewport().render(image)

        paint()
        what = "1,000 dotted lines" if dotted else "no dotted lines"
        bench.measure(f"chart [{shape}, 50k units, {what}]: repaint zoomed in (~100 cards visible)", paint,
                      repeat=21, target_s=0.004)
        view.close()


if __name__ == "__main__":
    main_for(run)
