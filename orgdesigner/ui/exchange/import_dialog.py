"""File → Import…: a unit hierarchy (and optionally roles) from CSV or XLSX as a new scenario.

The planner picks the file, maps its columns (guessed from the header), sees the first rows and
every bad row with its row number, then imports all rows, only the good rows, or cancels. The
whole import is built first and applied as ONE command (new functions + the new scenario), so
it is one undo step and never half-done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.exchange.import_assignments import AssignmentImport, import_assignments
from orgdesigner.io.exchange.import_units import (
    ImportFileError,
    UnitColumns,
    UnitImport,
    guess_parent_reading,
    guess_unit_columns,
    import_units,
    read_table,
)
from orgdesigner.model.commands import AddFunction, AddScenario, Command, MacroCommand
from orgdesigner.model.commands.description import Description
from orgdesigner.ui.a11y import describe, label_for
from orgdesigner.ui.exchange._table_import import TableImportDialog
from orgdesigner.ui.file_problem_text import import_problem_text
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.undo import DocumentController

REQUIRED = ("id", "parent", "name")


class ImportDialog(TableImportDialog):
    imported = Signal(str)  # the new scenario's id

    def __init__(self, controller: DocumentController, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent, lang)
        self.controller = controller
        self.setWindowTitle(self.tr("Import units"))
        self.resize(820, 640)
        self.units: UnitImport | None = None
        self.roles: AssignmentImport | None = None
        self.roles_path: Path | None = None

        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        describe(self.sheet, self.tr("The Excel sheet to read"), self.tr("Sheet"))
        top = self.file_row(self.tr("Units file:"), self.tr("The CSV or Excel file the units come from"),
                            self.tr("Units file"))
        self.sheet_label = label_for(self.sheet, self.tr("Sheet:"))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)

        labels = {
            "id": self.tr("Id"), "parent": self.tr("Parent"), "name": self.tr("Name"),
            "category": self.tr("Category"), "form": self.tr("Form"), "budget_sek": self.tr("Budget (SEK)"),
            "staff_fte": self.tr("Staff (FTE)"), "listed_patients": self.tr("Listed patients"),
            "authorities": self.tr("Authorities"), "decisions": self.tr("Decisions"), "notes": self.tr("Notes"),
            "dotted_parents": self.tr("Dotted lines to"),
        }
        # a new id, parent or name column may read differently: guess again, then check
        mapping_box, grid = self.mapping_box(
            labels, REQUIRED, 3, lambda key: self._reguess_parent if key in REQUIRED else self.check)
        # How the parent column reads: by id or by name (draw.io's org chart names the manager),
        # and which values mean "no parent" (UK organograms write XX for the top post)
        self.parent_by = QComboBox()
        self.parent_by.addItem(self.tr("the parent's id"), False)
        self.parent_by.addItem(self.tr("the parent's name"), True)
        self.parent_by.currentIndexChanged.connect(self.check)
        self.no_parent = QLineEdit()
        self.no_parent.setPlaceholderText(self.tr("e.g. XX, N/A, 0"))
        self.no_parent.editingFinished.connect(self.check)
        describe(self.parent_by, self.tr("Whether the parent column names the parent unit by its id or by its name"),
                 self.tr("Parent column holds"))
        describe(self.no_parent, self.tr("Values of the parent column that mean a top unit with no parent, separated by "
                                         "commas; an empty cell always does"), self.tr("Values meaning no parent"))
        row = (len(labels) + 2) // 3
        grid.addWidget(QLabel(self.tr("Parent column holds:")), row, 0)
        grid.addWidget(self.parent_by, row, 1)
        grid.addWidget(QLabel(self.tr("Values meaning no parent:")), row, 2)
        grid.addWidget(self.no_parent, row, 3, 1, 3)

        self.roles_label = QLabel(self.tr("No roles file (optional)."))
        roles_button = QPushButton(self.tr("Roles file…"))
        roles_button.clicked.connect(self._browse_roles)
        describe(roles_button, self.tr("Optionally choose a file of roles (unit, function, responsibility, role)"))
        roles_row = QHBoxLayout()
        roles_row.addWidget(self.roles_label, 1)
        roles_row.addWidget(roles_button)
        self.scenario_name = QLineEdit(self.tr("Imported"))
        name_form = QFormLayout()
        name_form.addRow(self.tr("New scenario:"), self.scenario_name)
        describe(self.scenario_name, self.tr("The name of the scenario the import creates"))


        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.bad_rows, 1)
        layout.addLayout(roles_row)
        layout.addLayout(name_form)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- choosing files --
    def _browse_roles(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Roles"), "", self.tr("Tables (*.csv *.xlsx *.txt)"))
        if path:
            self.load_roles(path)

    def load(self, path: str | Path, sheet: str | None = None) -> bool:
        """Read a units file and guess the mapping; False (with the reason shown) if unreadable."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            raw = read_table(path, sheet, prefer="units")
        except ImportFileError as exc:
            self.forget_file(path)
            self._show_problem(import_problem_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_table(raw, guess_unit_columns(raw.header))
        self.scenario_name.setText(Path(path).stem)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(raw.sheets)
        self.sheet.setCurrentText(raw.sheet)
        self.sheet.setVisible(bool(raw.sheets))
        self.sheet_label.setVisible(bool(raw.sheets))
        self.sheet.blockSignals(False)
        self._reguess_parent()
        return True

    def _reguess_parent(self) -> None:
        """Guess how the parent column reads (id or name, the "no parent" values), then check."""
        chosen = [self.mapping[k].currentData() for k in REQUIRED]
        if self.raw is not None and all(chosen):
            by_name, none_values = guess_parent_reading(self.raw, *chosen)
            self.parent_by.blockSignals(True)
            self.parent_by.setCurrentIndex(self.parent_by.findData(by_name))
            self.parent_by.blockSignals(False)
            self.no_parent.setText(", ".join(none_values))
        self.check()

    def _sheet_changed(self) -> None:
        if self.raw is not None and self.sheet.currentText() and self.sheet.currentText() != self.raw.sheet:
            self.load(self.raw.path, self.sheet.currentText())

    def load_roles(self, path: str | Path) -> None:
        self.roles_path = Path(path)
        self.check()

    # -- checking --
    def columns(self) -> UnitColumns | None:
        chosen = self.chosen_columns(REQUIRED)
        if chosen is None:
            return None
        none_values = tuple(v.strip() for v in self.no_parent.text().split(",") if v.strip())
        return UnitColumns(**chosen, parent_by_name=bool(self.parent_by.currentData()), no_parent=none_values)

    def check(self) -> None:
        """Re-check the whole file with the current mapping (50,000 rows take well under a second)."""
        self.units = self.roles = None
        self.bad_rows.clear()
        columns = self.columns()
        if self.raw is None:
            self.summary.setText(self.tr("Choose a CSV or XLSX file with one row per unit."))
        elif columns is None:
            self.summary.setText(self.tr("Choose the columns for id, parent and name."))
        else:
            try:
                self.units = import_units(self.raw.path, columns, table=self.raw)
            except ImportFileError as exc:
                self._show_problem(import_problem_text(exc))
                return
            self._check_roles()
            self._show_result()
        self._update_buttons()

    def _check_roles(self) -> None:
        if self.roles_path is None or self.units is None:
            return
        try:
            self.roles = import_assignments(self.roles_path, self.units.units, self.controller.project.functions)
        except ImportFileError as exc:
            self.roles = None
            self.roles_label.setText(import_problem_text(exc))
            return
        rows, bad = len(self.roles.source.rows), len(self.roles.bad_rows)
        self.roles_label.setText(self.tr("Roles: %1 (%2, %3)").replace("%1", self.roles_path.name)
                                 .replace("%2", plural(self.tr("%n row(s)", "", rows), rows))
                                 .replace("%3", plural(self.tr("%n bad", "", bad), bad)))

    def _show_result(self) -> None:
        assert self.units is not None
        bad = list(self.units.bad_rows)
        if self.roles is not None:
            bad += self.roles.bad_rows
        rows, units = self.units.total_rows, len(self.units.units)
        self.summary.setText(self.tr("%1: %2 can be imported, %3.")
                             .replace("%1", plural(self.tr("%n row(s)", "", rows), rows))
                             .replace("%2", plural(self.tr("%n unit(s)", "", units), units))
                             .replace("%3", plural(self.tr("%n bad row(s)", "", len(bad)), len(bad))))
        described = [f"{self.units.source.path.name} {b.describe(self.lang)}" for b in self.units.bad_rows]
        if self.roles is not None:
            described += [f"{self.roles.source.path.name} {b.describe(self.lang)}" for b in self.roles.bad_rows]
        self.list_bad_rows(described)

    def _show_problem(self, message: str) -> None:
        self.units = None
        self.summary.setText(message)
        self._update_buttons()

    def has_bad_rows(self) -> bool:
        return bool(self.units and self.units.bad_rows) or bool(self.roles and self.roles.bad_rows)

    def _update_buttons(self) -> None:
        self.enable_imports(self.units is not None and bool(self.units.units), self.has_bad_rows())

    # -- applying --
    def command(self) -> MacroCommand:
        """The whole import as one command: new functions, then the new scenario with its roles."""
        assert self.units is not None
        project = self.controller.project
        taken = set(project.scenarios)
        scenario_id, n = "import", 1
        while scenario_id in taken:
            n += 1
            scenario_id = f"import-{n}"
        scenario = self.units.to_scenario(scenario_id, self.scenario_name.text().strip() or self.units.source.path.stem)
        for uid, unit in scenario.units.items():  # decisions the project does not know are dropped
            unit.decisions = tuple(d for d in unit.decisions if d in project.decisions)
            scenario.units[uid] = unit
        commands: list[Command] = []
        if self.roles is not None:
            commands += [AddFunction(f) for f in self.roles.new_functions.values()]
            self.roles.apply_to(scenario)
        commands.append(AddScenario(scenario))
        return MacroCommand(Description.named(self.tr("Import %1").replace("%1", self.units.source.path.name)), commands)

    def apply(self, good_rows_only: bool) -> bool:
        if self.units is None or not self.units.units or (self.has_bad_rows() and not good_rows_only):
            return False
        command = self.command()
        added = command.commands[-1]
        assert isinstance(added, AddScenario)  # command() ends with the new scenario
        scenario_id = added.scenario.id
        if not self.controller.push(command):
            return False
        self.controller.set_current_scenario(scenario_id)
        self.imported.emit(scenario_id)
        self.accept()
        return True
