"""The conflict dock: every merge conflict the project holds, with both sides' values.

Keeping the value in the file or taking the other side's is one undoable edit
(orgdesigner.model.commands.conflicts). Conflicts left unsettled are saved with the file; the
analysis meanwhile runs on what the file holds, which the dock says in its heading.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.merging.conflict_settle import settle
from orgdesigner.model.commands.conflicts import held_side
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.undo import DocumentController


class ConflictPanel(QWidget):
    def __init__(self, controller: DocumentController, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Conflict"), self.tr("Why"), self.tr("Ours"), self.tr("Theirs"), self.tr("Base")])
        # named after the sides (git's branch names when merged as a driver) once one is chosen
        self.keep_button = QPushButton(self.tr("Keep the value in the file"))
        self.take_button = QPushButton(self.tr("Take the other side's value"))
        describe(self.tree, self.tr("Each merge conflict with both sides' values and the base"), self.tr("Merge conflicts"))
        describe(self.keep_button, self.tr("Settle the selected conflict with the value the file holds"))
        describe(self.take_button, self.tr("Settle the selected conflict with the other side's value"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)

        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(lambda: self._settle(False))
        self.take_button.clicked.connect(lambda: self._settle(True))
        self.tree.currentItemChanged.connect(lambda *_a: self._on_current())
        controller.documentReplaced.connect(self.refresh)
        controller.modelChanged.connect(self._on_event)
        self.refresh()

    def _kind_words(self, c: MergeConflict) -> str:
        return {
            "field": self.tr("changed two ways"),
            "deleted": self.tr("deleted on one side, changed on the other"),
            "cycle": self.tr("the two moves together make a reporting loop"),
            "reference": self.tr("deleted on one side, needed on the other"),
        }[c.kind]

    @property
    def conflicts(self) -> list[MergeConflict]:
        return self.controller.project.conflicts

    def refresh(self) -> None:
        from orgdesigner.io.merging.merge_report import Names, side_value, what

        conflicts = self.conflicts
        # Names flattens the whole project (0.5 s at 10,000 units): only a file with conflicts needs them.
        names = Names(self.controller.project) if conflicts else None
        self.tree.clear()
        for c in conflicts:
            assert names is not None
            held = held_side(c)
            ours = side_value(c, c.ours, self.lang) if c.field != "parent" else self._unit_name(names, c, c.ours)
            theirs = side_value(c, c.theirs, self.lang) if c.field != "parent" else self._unit_name(names, c, c.theirs)
            base = side_value(c, c.base, self.lang) if c.field != "parent" else self._unit_name(names, c, c.base)
            ours_head = f"{c.ours_label}: {ours}" + (" ✓" if held == "ours" else "")
            theirs_head = f"{c.theirs_label}: {theirs}" + (" ✓" if held == "theirs" else "")
            item = QTreeWidgetItem([what(c, names, self.lang), self._kind_words(c), ours_head, theirs_head, base])
            item.setData(0, Qt.ItemDataRole.UserRole, c)
            item.setToolTip(0, what(c, names, self.lang))
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
            # room between columns: fitted to the text alone, one column's text runs into the next
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 16)
        if conflicts:
            self.heading.setText(plural(
                self.tr("%n merge conflict(s). The file holds the value marked ✓ (ours unless only theirs kept it); "
                        "the analysis runs on those values until you choose.", "", len(conflicts)), len(conflicts)))
        else:
            self.heading.setText(self.tr("No merge conflicts."))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._on_current()

    @staticmethod
    def _unit_name(names: object, c: MergeConflict, uid: object) -> str:
        from orgdesigner.io.merging.merge_report import Names

        assert isinstance(names, Names)
        return "–" if uid is None else names.diff.name(("unit", c.entity[1], str(uid)))

    def current(self) -> MergeConflict | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        c = item.data(0, Qt.ItemDataRole.UserRole)
        return c if isinstance(c, MergeConflict) else None

    def _on_current(self) -> None:
        c = self.current()
        self.keep_button.setEnabled(c is not None)
        self.take_button.setEnabled(c is not None)
        if c is None:
            return
        held, other = (c.ours_label, c.theirs_label) if held_side(c) == "ours" else (c.theirs_label, c.ours_label)
        self.keep_button.setText(self.tr("Keep %1's value (in the file)").replace("%1", held))
        self.take_button.setText(self.tr("Take %1's value").replace("%1", other))
        sid = c.scenario_id
        if sid is not None and sid in self.controller.project.scenarios:
            self.controller.set_current_scenario(sid)
            unit = c.entity[2] if c.entity[0] == "unit" else c.entity[4] if c.entity[0] == "role" else None
            if unit is not None:
                self.controller.select_units([unit])

    def _settle(self, take_other: bool) -> None:
        c = self.current()
        if c is not None:
            held = held_side(c)
            self.controller.push(settle(c, ("theirs" if held == "ours" else "ours") if take_other else held))

    def take(self, side: str) -> None:
        """Settle the current conflict with `side`'s value ("ours" or "theirs")."""
        c = self.current()
        if c is not None:
            self.controller.push(settle(c, side))

    def _on_event(self, event: ModelEvent) -> None:
        if event.change is Change.RESET or (event.change is Change.PROJECT_CHANGED and event.field == "conflicts"):
            self.refresh()


def install_conflict_dock(window: QMainWindow, controller: DocumentController, lang: str = "sv") -> QDockWidget:
    """A dock below the chart, shown when the opened file holds conflicts."""
    panel = ConflictPanel(controller, lang)
    dock = QDockWidget(QCoreApplication.translate("ConflictPanel", "Merge conflicts"), window)
    dock.setObjectName("conflicts_dock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.setVisible(bool(controller.project.conflicts))

    def on_replaced() -> None:
        if controller.project.conflicts:
            dock.show()
            dock.raise_()

    controller.documentReplaced.connect(on_replaced)
    return dock
