"""File → Import volume history…: what the lab and radiology systems export, into the project.

The planner picks the CSV or XLSX file, maps its columns (guessed from the header), sees the
first rows and every bad row with its number, then imports (replacing the volumes already there
or adding to them), imports only the good rows, or cancels. The import is one command: one undo
step, never half-done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.exchange._tabular import ImportFileError, RawTable, read_table
from orgdesigner.io.exchange.import_history import (
    REQUIRED,
    HistoryColumns,
    HistoryImport,
    guess_history_columns,
    history_command,
    import_history,
)
from orgdesigner.ui.a11y import describe, describe_buttons, no_tab_trap
from orgdesigner.ui.exchange._preview import fill_preview
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.undo import DocumentController

SHOWN_BAD_ROWS = 500


class HistoryImportDialog(QDialog):
    imported = Signal(int)  # the number of volumes now in the history

    def __init__(self, controller: DocumentController, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.setWindowTitle(self.tr("Import volume history"))
        self.resize(820, 600)
        self.raw: RawTable | None = None
        self.checked: HistoryImport | None = None

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._browse)
        describe(self.path, self.tr("The CSV or Excel file the volumes come from"), self.tr("Volume file"))
        describe(browse, self.tr("Choose the CSV or Excel file to import"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Volume file:")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)

        labels = {
            "period": self.tr("Period (year or month)"), "buyer": self.tr("Buyer"), "service": self.tr("Service"),
            "volume": self.tr("Volume"), "price_sek": self.tr("Price per item (SEK)"),
            "listed_patients": self.tr("Listed patients"), "buyer_kind": self.tr("Buyer kind (egenregi/privat)"),
        }
        self.mapping: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for i, (key, text) in enumerate(labels.items()):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.check)
            self.mapping[key] = combo
            describe(combo, self.tr("The file's column that holds this field; none when the file lacks it"), text)
            grid.addWidget(QLabel(text + (" *" if key in REQUIRED else "") + ":"), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_box.setLayout(grid)
        describe(mapping_box, self.tr("Which column of the file holds which field (guessed from the header)"))

        self.preview = QTableWidget()
        no_tab_trap(self.preview)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(180)
        describe(self.preview, self.tr("The first rows of the file as read"), self.tr("First rows of the file"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bad_rows = QListWidget()
        describe(self.bad_rows, self.tr("Rows that cannot be imported, by row number and reason"), self.tr("Bad rows"))
        self.replace = QCheckBox(self.tr("Replace the volumes already in the project (events are kept)"))
        describe(self.replace, self.tr("Off: the file's rows are added, replacing rows of the same period, buyer and service"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_all = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_good = self.buttons.addButton(self.tr("Import good rows only"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_all.clicked.connect(lambda: self.apply(good_rows_only=False))
        self.import_good.clicked.connect(lambda: self.apply(good_rows_only=True))
        self.buttons.rejected.connect(self.reject)
        describe(self.import_all, self.tr("Import every row, as one undo step; refused while there are bad rows"))
        describe(self.import_good, self.tr("Import the good rows and leave the bad ones out"))
        describe_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.bad_rows, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self.check()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import volume history"), "", self.tr("Tables (*.csv *.xlsx *.txt)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        """Read a volume file and guess the mapping; False (with the reason shown) if unreadable."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            raw = read_table(path)
        except ImportFileError as exc:
            self.checked = None
            self.summary.setText(str(exc))
            self._update_buttons()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.raw = raw
        self.path.setText(str(path))
        guess = guess_history_columns(raw.header)
        for key, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column in raw.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(combo.findData(guess.get(key)), 0))
            combo.blockSignals(False)
        fill_preview(self.preview, raw)
        self.check()
        return True

    def set_column(self, key: str, column: str | None) -> None:
        combo = self.mapping[key]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def columns(self) -> HistoryColumns | None:
        chosen = {key: combo.currentData() for key, combo in self.mapping.items()}
        if any(chosen[k] is None for k in REQUIRED):
            return None
        return HistoryColumns(**chosen)

    def check(self) -> None:
        """Re-check the whole file with the current mapping."""
        self.checked = None
        self.bad_rows.clear()
        columns = self.columns()
        if self.raw is None:
            self.summary.setText(self.tr("Choose a CSV or XLSX file with one row per period, buyer and service."))
        elif columns is None:
            self.summary.setText(self.tr("Choose the columns for period, buyer, service and volume."))
        else:
            try:
                self.checked = import_history(self.raw.path, columns, table=self.raw)
            except ImportFileError as exc:
                self.summary.setText(str(exc))
            else:
                self._show_result(self.checked)
        self._update_buttons()

    def _show_result(self, result: HistoryImport) -> None:
        rows, good, bad = result.total_rows, result.good_rows, len(result.bad_rows)
        self.summary.setText(self.tr("%1: %2 can be imported, %3.")
                             .replace("%1", plural(self.tr("%n row(s)", "", rows), rows))
                             .replace("%2", plural(self.tr("%n row(s)", "", good), good))
                             .replace("%3", plural(self.tr("%n bad row(s)", "", bad), bad)))
        for b in result.bad_rows[:SHOWN_BAD_ROWS]:
            self.bad_rows.addItem(f"{result.source.path.name} {b.describe(self.lang)}")
        if len(result.bad_rows) > SHOWN_BAD_ROWS:
            self.bad_rows.addItem(self.tr("… and %1 more").replace("%1", str(len(result.bad_rows) - SHOWN_BAD_ROWS)))

    def _update_buttons(self) -> None:
        usable = self.checked is not None and bool(self.checked.history.records)
        bad = self.checked is not None and bool(self.checked.bad_rows)
        self.import_all.setEnabled(usable and not bad)
        self.import_good.setEnabled(usable and bad)

    def apply(self, good_rows_only: bool) -> bool:
        result = self.checked
        if result is None or not result.history.records or (result.bad_rows and not good_rows_only):
            return False
        command = history_command(self.controller.project.trade_history, result.history,
                                  replace=self.replace.isChecked(), name=result.source.path.name)
        if not self.controller.push(command):
            return False
        self.imported.emit(len(self.controller.project.trade_history.records))
        self.accept()
        return True
