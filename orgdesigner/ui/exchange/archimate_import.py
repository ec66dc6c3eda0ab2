"""File → Import ArchiMate model…: an ArchiMate exchange file as a new, untitled project.

The planner picks the file and sees what it gives (scenarios, units, functions, roles) and what
the project cannot carry, by type and count, before opening it. Business Actors the model gives
no category are listed with a category to choose for each (unknown until chosen: a model from
elsewhere holds customers and banks as well as the region's units). A file that is unsafe, not an
exchange model or broken is named with its line in the dialog; nothing is opened then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.exchange.archimate.reader import ImportedModel, read_model
from orgdesigner.io.exchange.archimate.safe_xml import XmlFileError
from orgdesigner.model.enums import UnitCategory
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, describe_buttons
from orgdesigner.ui.chart.style import category_label
from orgdesigner.ui.i18n import plural

if TYPE_CHECKING:
    from orgdesigner.ui.files import FileManager


class ArchimateImportDialog(QDialog):
    def __init__(self, files: FileManager, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.files, self.lang = files, lang
        self.model: ImportedModel | None = None
        self._actor_names: list[str] = []
        self.setWindowTitle(self.tr("Import ArchiMate model"))
        self.setMinimumWidth(560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skipped_label = QLabel(self.tr("Not imported (the project cannot carry these):"))
        self.skipped = QListWidget()
        self.categories_label = QLabel(self.tr("Business Actors the model gives no category (imported as "
                                               "unknown; choose one for each, or set it later on the chart):"))
        self.categories_label.setWordWrap(True)
        self.categories = QTableWidget(0, 2)
        self.categories.setHorizontalHeaderLabels([self.tr("Business Actor"), self.tr("Category")])
        self.categories.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.categories.verticalHeader().hide()
        describe(self.categories, self.tr("The actors without a category in the model and the category each gets"),
                 self.tr("Categories of the actors"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        colours.text_colour(self.error, "error_text")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("Open as new project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(self.apply)
        describe(self.open_button, self.tr("Open the model as a new, unsaved project"))
        describe_buttons(self.buttons)
        describe(self.skipped, self.tr("What the model holds that the project cannot carry, by type and count"),
                 self.tr("Not imported"))

        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.categories_label, self.categories, self.skipped_label, self.skipped,
                       self.error, self.buttons):
            layout.addWidget(widget)
        self._show()

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import ArchiMate model"), str(Path.home()),
                                              self.tr("ArchiMate exchange files (*.xml)"))
        return self.load(path) or bool(path)  # a bad file still opens the dialog, to show why

    def load(self, path: str | Path) -> bool:
        if not path:
            return False
        try:
            self.model = read_model(Path(path), default_scenario=self.tr("Current state"))
            self.error.clear()
        except XmlFileError as exc:
            self.model = None
            self.error.setText(exc.message(self.lang))
        self._show()
        return self.model is not None

    def _show(self) -> None:
        model = self.model
        usable = model is not None and any(s.units for s in model.project.scenarios.values())
        self.open_button.setEnabled(usable)
        self.error.setVisible(bool(self.error.text()))
        self.skipped.clear()
        self._fill_categories([] if model is None else model.uncategorised_names())
        if model is None:
            self.summary.setText(self.tr("Choose an ArchiMate exchange file (.xml)."))
            self.skipped_label.hide()
            self.skipped.hide()
            return
        project = model.project
        functions = len(project.functions)
        lines = [plural(self.tr("%1: %n function(s).", "", functions), functions).replace("%1", project.name)]
        for s in project.scenarios.values():
            lines.append(self.tr("Scenario %1: %2, %3.").replace("%1", s.name)
                         .replace("%2", plural(self.tr("%n unit(s)", "", len(s.units)), len(s.units)))
                         .replace("%3", plural(self.tr("%n role(s)", "", len(s.assignments)), len(s.assignments))))
        if not usable:
            lines.append(self.tr("The model has no Business Actors, so there are no units to import."))
        self.summary.setText("\n".join(lines))
        self.skipped.addItems(model.skipped_lines(self.lang))
        self.skipped_label.setVisible(bool(model.skipped))
        self.skipped.setVisible(bool(model.skipped))

    def _fill_categories(self, names: list[str]) -> None:
        self._actor_names = names  # row -> actor name
        self.categories.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.categories.setItem(row, 0, item)
            combo = QComboBox()
            for category in UnitCategory:
                combo.addItem(category_label(category), category.value)
            combo.setCurrentIndex(combo.findData(UnitCategory.UNKNOWN.value))
            combo.setAccessibleName(self.tr("Category of %1").replace("%1", name))
            self.categories.setCellWidget(row, 1, combo)
        self.categories.resizeColumnToContents(1)
        self.categories_label.setVisible(bool(names))
        self.categories.setVisible(bool(names))

    def choose_category(self, name: str, category: UnitCategory) -> None:
        """Set the category chosen for the actor `name` (what the planner does with its combo box)."""
        for row, actor in enumerate(self._actor_names):
            if actor == name:
                combo = self.categories.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(category.value))

    def chosen_categories(self) -> dict[str, UnitCategory]:
        chosen = {}
        for row, name in enumerate(self._actor_names):
            combo = self.categories.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            chosen[name] = UnitCategory(combo.currentData())
        return chosen

    def apply(self) -> bool:
        if self.model is None:
            return False
        self.model.set_categories(self.chosen_categories())
        if not self.files.open_imported(self.model.project):
            return False
        self.accept()
        return True
