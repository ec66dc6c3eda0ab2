"""What both table imports (units, volume history) show: the file, its columns, its first rows,
its bad rows and the two import buttons. Each dialog adds what it reads and how it applies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)

from orgdesigner.io.exchange._tabular import RawTable
from orgdesigner.ui.a11y import describe, describe_buttons, label_for, no_tab_trap
from orgdesigner.ui.exchange._preview import fill_preview

SHOWN_BAD_ROWS = 500


class TableImportDialog(QDialog):
    """The shared frame; a subclass builds its layout from these parts and implements `load`,
    `check` and `apply(good_rows_only)`. Its words are translated in their own context, as
    self.tr() here would look them up under each subclass's name."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.raw: RawTable | None = None
        self.mapping: dict[str, QComboBox] = {}

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton(QCoreApplication.translate("TableImportDialog", "Choose file…"))
        self.browse.clicked.connect(self._browse)
        describe(self.browse, QCoreApplication.translate("TableImportDialog", "Choose the CSV or Excel file to import"))

        self.preview = QTableWidget()
        no_tab_trap(self.preview)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(200)
        describe(self.preview, QCoreApplication.translate("TableImportDialog", "The first rows of the file as read"),
                 QCoreApplication.translate("TableImportDialog", "First rows of the file"))
        self.preview_label = QLabel(QCoreApplication.translate("TableImportDialog", "First rows of the file:"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bad_rows = QListWidget()
        describe(self.bad_rows, QCoreApplication.translate("TableImportDialog", "Rows that cannot be imported, by row number and reason"),
                 QCoreApplication.translate("TableImportDialog", "Bad rows"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all = self.buttons.addButton(QCoreApplication.translate("TableImportDialog", "Import"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_good = self.buttons.addButton(QCoreApplication.translate("TableImportDialog", "Import good rows only"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.import_all.clicked.connect(lambda: self.apply(good_rows_only=False))
        self.import_good.clicked.connect(lambda: self.apply(good_rows_only=True))
        self.buttons.rejected.connect(self.reject)
        describe(self.import_all, QCoreApplication.translate(
            "TableImportDialog", "Import every row, as one undo step; refused while there are bad rows"))
        describe(self.import_good, QCoreApplication.translate("TableImportDialog", "Import the good rows and leave the bad ones out"))
        describe_buttons(self.buttons)

    # -- parts a subclass lays out --
    def file_row(self, label: str, description: str, accessible_name: str) -> QHBoxLayout:
        """The file's path and the Choose button, under the subclass's words for its file."""
        describe(self.path, description, accessible_name)
        row = QHBoxLayout()
        row.addWidget(label_for(self.path, label))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        return row

    def mapping_box(self, labels: Mapping[str, str], required: Sequence[str], per_row: int,
                    changed: Callable[[str], Callable[[], None]]) -> tuple[QGroupBox, QGridLayout]:
        """One combo per field (`changed(key)` is called when its column changes), `per_row` to a row."""
        grid = QGridLayout()
        for i, (key, text) in enumerate(labels.items()):
            combo = QComboBox()
            combo.currentIndexChanged.connect(changed(key))
            self.mapping[key] = combo
            describe(combo, QCoreApplication.translate(
                "TableImportDialog", "The file's column that holds this field; none when the file lacks it"), text)
            grid.addWidget(label_for(combo, text + (" *" if key in required else "") + ":"), i // per_row, (i % per_row) * 2)
            grid.addWidget(combo, i // per_row, (i % per_row) * 2 + 1)
        box = QGroupBox(QCoreApplication.translate("TableImportDialog", "Columns"))
        box.setLayout(grid)
        describe(box, QCoreApplication.translate("TableImportDialog", "Which column of the file holds which field (guessed from the header)"))
        return box, grid

    # -- shared behaviour --
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "",
                                              QCoreApplication.translate("TableImportDialog", "Tables (*.csv *.xlsx *.txt)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        raise NotImplementedError

    def apply(self, good_rows_only: bool) -> bool:
        raise NotImplementedError

    def show_table(self, raw: RawTable, guess: Mapping[str, str | None]) -> None:
        """The file read: its path, each field's combo offering the header (the guess chosen), its first rows."""
        self.raw = raw
        self.path.setText(str(raw.path))
        for key, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("TableImportDialog", "(none)"), None)
            for column in raw.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guess.get(key)), 0))
            combo.blockSignals(False)
        fill_preview(self.preview, raw)

    def forget_file(self, path: str | Path) -> None:
        """A file that could not be read: its path shown, nothing of the file read before it (its
        rows and bad rows stayed under the new file's error)."""
        self.raw = None
        self.path.setText(str(path))
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.bad_rows.clear()

    def set_column(self, key: str, column: str | None) -> None:
        combo = self.mapping[key]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def chosen_columns(self, required: Iterable[str]) -> dict[str, Any] | None:
        """Each field's chosen column, or None while a required one has none."""
        chosen = {key: combo.currentData() for key, combo in self.mapping.items()}
        return None if any(chosen[k] is None for k in required) else chosen

    def list_bad_rows(self, described: Sequence[str]) -> None:
        """The bad rows, each already in words, the first SHOWN_BAD_ROWS of them."""
        self.bad_rows.addItems(list(described[:SHOWN_BAD_ROWS]))
        if len(described) > SHOWN_BAD_ROWS:
            self.bad_rows.addItem(QCoreApplication.translate("TableImportDialog", "… and %1 more")
                                  .replace("%1", str(len(described) - SHOWN_BAD_ROWS)))

    def enable_imports(self, usable: bool, bad: bool) -> None:
        """Import all only without bad rows; good rows only when there are some."""
        self.import_all.setEnabled(usable and not bad)
        self.import_good.setEnabled(usable and bad)
