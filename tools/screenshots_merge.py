"""Screenshot of the conflict dock on a merged copy of the example (run by tools/screenshots.py,
or alone: `python tools/screenshots_merge.py`)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

S = "nulage-2017"


def merged_example(folder: Path) -> Path:
    """Anna's and Bertil's copies of the example, merged: four kinds of conflict."""
    from orgdesigner.io.merging.merge import merge_projects
    from orgdesigner.io.project.project_file import parse_project, save_project
    from orgdesigner.model import Document, Responsibility, Role
    from orgdesigner.model.commands import MoveUnit, RemoveUnits, SetRoles, SetUnitField
    from orgdesigner.resources import example_path

    data = Path(example_path()).read_bytes()
    base, anna, bertil = parse_project(data), Document(parse_project(data)), Document(parse_project(data))
    fid = next(iter(base.functions))
    for command in (SetUnitField(S, ["best"], "name", "Hälsovalsenheten"), MoveUnit(S, "best", "digi"),
                    SetRoles(S, [(("hsd", fid, Responsibility.DEVELOPMENT), Role.CONSULTED)]), RemoveUnits(S, ["ekdir"])):
        command.apply(anna)
    for command in (SetUnitField(S, ["best"], "name", "Beställarenheten Primärvård"), MoveUnit(S, "digi", "best"),
                    SetRoles(S, [(("hsd", fid, Responsibility.DEVELOPMENT), Role.INFORMED)]),
                    SetRoles(S, [(("ekdir", fid, Responsibility.ORDERING), Role.CONSULTED)]),
                    SetUnitField(S, ["rd"], "budget_sek", 1_500_000)):
        command.apply(bertil)
    result = merge_projects(base, anna.project, bertil.project, "Anna", "Bertil")
    path = folder / "merged.orgd"
    save_project(result.project, path)
    return path


def shots(ctx) -> None:
    window = ctx.window()
    with tempfile.TemporaryDirectory() as folder:
        window.files.open_path(merged_example(Path(folder)), ask=False)
        window.conflict_dock.raise_()
        from PySide6.QtCore import Qt

        # four conflicts need four rows, not a third of the window: the chart gets the rest
        window.resizeDocks([window.conflict_dock], [190], Qt.Orientation.Vertical)
        ctx.settle()
        window.chart.view.fit()
        ctx.settle()
        ctx.save(window, "conflict-dock.png")
        ctx.close(window)
    change_list_shot(ctx)


def change_list_shot(ctx) -> None:
    """Koncern 2018's genomförandeplan against Nuläge 2017, a move selected on the chart."""
    window = ctx.window()
    window.controller.set_current_scenario("koncern-2018")
    window.change_list_dock.show()
    window.change_list_dock.raise_()
    panel = window.change_list_dock.widget()
    from PySide6.QtCore import Qt

    window.resizeDocks([window.change_list_dock], [620], Qt.Orientation.Vertical)
    window.resizeDocks([window.change_list_dock], [780], Qt.Orientation.Horizontal)  # steps readable to the end
    ctx.settle()
    row = next(i for i in range(panel.steps.count()) if panel.steps.item(i).text().split(". ", 1)[1].startswith("Flytta"))
    panel.steps.setCurrentRow(row)
    ctx.settle()
    ctx.save(window, "change-list.png")
    ctx.close(window)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import screenshots  # type: ignore[import-not-found]  # tools/ is on sys.path when run as a script, not for mypy
    from PySide6.QtWidgets import QApplication

    from orgdesigner.ui.i18n import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = screenshots.Shots(app, screenshots.OUT)
    ctx.translators = screenshots._install_swedish(app, install_translator)
    shots(ctx)
