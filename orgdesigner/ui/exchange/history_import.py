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
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from orgdesigner.io.exchange._tabular import ImportFileError, read_table
from orgdesigner.io.exchange.import_history import (
    REQUIRED,
    HistoryColumns,
    HistoryImport,
    guess_history_columns,
    history_command,
    import_history,
)
from orgdesigner.ui.a11y import describe
from orgdesigner.ui.exchange._table_import import TableImportDialog
from orgdesigner.ui.file_problem_text import import_problem_text
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.undo import DocumentController


class HistoryImportDialog(TableImportDialog):
    imported = Signal(int)  # the number of volumes now in the history

    def __init__(self, controller: DocumentController, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent, lang)
        self.controller = controller
        self.setWindowTitle(self.tr("Import volume history"))
        self.resize(820, 600)
        self.checked: HistoryImport | None = None

        top = self.file_row(self.tr("Volume file:"), self.tr("The CSV or Excel file the volumes come from"),
                            self.tr("Volume file"))
        labels = {
            "period": self.tr("Period (year or month)"), "buyer": self.tr("Buyer"), "service": self.tr("Service"),
            "volume": self.tr("Volume"), "price_sek": self.tr("Price per item (SEK)"),
            "listed_patients": self.tr("Listed patients"), "buyer_kind": self.tr("Buyer kind (egenregi/privat)"),
        }
        mapping_box, _ = self.mapping_box(labels, REQUIRED, 2, lambda _key: self.check)
        self.preview.setMaximumHeight(180)
        self.replace = QCheckBox(self.tr("Replace the volumes already in the project (events are kept)"))
        describe(self.replace, self.tr("Off: the file's rows are added, replacing rows of the same period, buyer and service"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.bad_rows, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self.check()

    def load(self, path: str | Path) -> bool:
        """Read a volume file and guess the mapping; False (with the reason shown) if unreadable."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            raw = read_table(path)
        except ImportFileError as exc:
            self.forget_file(path)
            self.checked = None
            self.summary.setText(import_problem_text(exc))
            self._update_buttons()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_table(raw, guess_history_columns(raw.header))
        self.check()
        return True

    def columns(self) -> HistoryColumns | None:
        chosen = self.chosen_columns(REQUIRED)
        return None if chosen is None else HistoryColumns(**chosen)

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
                self.summary.setText(import_problem_text(exc))
            else:
                self._show_result(self.checked)
        self._update_buttons()

    def _show_result(self, result: HistoryImport) -> None:
        rows, good, bad = result.total_rows, result.good_rows, len(result.bad_rows)
        self.summary.setText(self.tr("%1: %2 can be imported, %3.")
                             .replace("%1", plural(self.tr("%n row(s)", "", rows), rows))
                             .replace("%2", plural(self.tr("%n row(s)", "", good), good))
                             .replace("%3", plural(self.tr("%n bad row(s)", "", bad), bad)))
        self.list_bad_rows([f"{result.source.path.name} {b.describe(self.lang)}" for b in result.bad_rows])

    def _update_buttons(self) -> None:
        usable = self.checked is not None and bool(self.checked.history.records)
        self.enable_imports(usable, self.checked is not None and bool(self.checked.bad_rows))

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
