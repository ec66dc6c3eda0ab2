"""Responsibility matrix at 500 functions × 3 responsibilities × 1,000 units (issue 6).

Measures building the table model, data() for one screenful of cells (what a paint asks for),
a real paint of the view's viewport, and one edit: command, event and the dataChanged it causes.
The edit's record notes how many ranges were signalled and their size: it must be one narrow
range (the touched unit × the function's three rows), never the whole table.
"""

from __future__ import annotations

import os

from benchmarks._harness import Bench, main_for

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FUNCTIONS, UNITS, ASSIGNMENTS = 500, 1_000, 30_000
VIEW_ROWS, VIEW_COLS = 40, 30  # a screenful at 22 px rows and 30 px columns
PAINT_ROLES = (0, 1, 6, 7, 8, 9)  # Display, Decoration, Font, TextAlignment, Background, Foreground


def run(bench: Bench) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.synthetic import synthetic_project
    from orgdesigner.model.commands import SetRoles
    from orgdesigner.model.document import Document
    from orgdesigner.model.enums import Role
    from orgdesigner.model.history import CommandStack
    from orgdesigner.ui.matrix.table_model import FINDING_ROLE, MatrixModel
    from orgdesigner.ui.matrix.view import MatrixView

    app = QApplication.instance() or QApplication([])
    doc = Document(synthetic_project(units=UNITS, functions=FUNCTIONS, assignments=ASSIGNMENTS))
    sid = next(iter(doc.project.scenarios))
    stack = CommandStack(doc)

    def push(command) -> bool:
        stack.push(command)
        return True

    models: list[MatrixModel] = []

    def build() -> None:
        for old in models:
            old.detach()
        models[:] = [MatrixModel(doc, sid, push, "sv")]

    bench.measure(
        f"matrix: build model {FUNCTIONS} functions × 3 × {UNITS} units",
        build,
        target_s=0.05,
        note=f"{FUNCTIONS * 3} rows × {UNITS} columns, {ASSIGNMENTS} assignments",
    )
    model = models[0]
    assert model.rowCount() == FUNCTIONS * 3 and model.columnCount() == UNITS

    top, left = 600, 400  # somewhere in the middle

    cells = [model.index(r, c) for r in range(top, top + VIEW_ROWS) for c in range(left, left + VIEW_COLS)]

    def viewport_data() -> None:
        for index in cells:
            for role in PAINT_ROLES:
                model.data(index, role)
            model.data(index, FINDING_ROLE)

    bench.measure(
        f"matrix: data() for a viewport of {VIEW_ROWS}×{VIEW_COLS} cells",
        viewport_data,
        target_s=0.016,
        note=f"{len(PAINT_ROLES) + 1} roles per cell, {VIEW_ROWS * VIEW_COLS} cells; one frame at 60 Hz is 16 ms",
    )

    view = MatrixView()
    view.setModel(model)
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    view.scrollTo(model.index(top, left))
    app.processEvents()
    bench.measure(
        "matrix: paint the visible viewport (1400×900 view)",
        lambda: view.viewport().grab(),
        target_s=0.05,
        note="full QTableView paint: the role delegate draws cells directly, rotated unit header",
    )

    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, roles=None: ranges.append((a.row(), a.column(), b.row(), b.column())))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    key = model.key_at(top + 1, left + 1)
    assert key is not None
    roles = [Role.ACCOUNTABLE, Role.INFORMED]
    counter = [0]

    def one_edit() -> None:
        ranges.clear()
        counter[0] += 1
        push(SetRoles(sid, [(key, roles[counter[0] % 2])]))

    record = bench.measure("matrix: one edit (command + event + dataChanged)", one_edit, target_s=0.005)
    assert len(ranges) == 1 and not resets, (ranges, resets)
    r0, c0, r1, c1 = ranges[0]
    cells = (r1 - r0 + 1) * (c1 - c0 + 1)
    assert cells <= 3, ranges
    record.note = (
        f"signalled {len(ranges)} dataChanged range, rows {r0}–{r1} × column {c0}–{c1} "
        f"({cells} cells of {model.rowCount() * model.columnCount()}); no model reset"
    )
    view.close()
    model.detach()


if __name__ == "__main__":
    main_for(run)
