"""File → Print…: choose fit-to-page or poster, paper and subtree, then Qt's preview or print dialog."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from orgdesigner.ui.a11y import describe, describe_buttons
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.printing.chart_print import (
    PAPERS,
    PrintOptions,
    plan,
    print_chart,
    set_up_printer,
)
from orgdesigner.ui.undo import DocumentController


class PrintChartDialog(QDialog):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Print chart"))
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        form = QFormLayout(self)
        self.fit_button = QRadioButton(self.tr("&Fit to one page"))
        self.poster_button = QRadioButton(self.tr("&Poster over several pages"))
        self.fit_button.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.fit_button, self.poster_button):
            group.addButton(button)
            form.addRow(button)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        describe(self.paper, self.tr("A4 or A3; a poster uses whichever orientation needs fewer sheets"), self.tr("Paper size"))
        describe(self.fit_button, self.tr("The whole chart on one sheet, with the scenario's name above it"))
        describe(self.poster_button, self.tr("The chart at readable size, tiled over several sheets with overlap marks"))
        form.addRow(self.tr("P&aper:"), self.paper)
        selection = controller.selection
        scenario = controller.scenario
        self._subtree = selection[0] if selection and scenario is not None and selection[0] in scenario.units else None
        name = scenario.units[self._subtree].name if self._subtree and scenario is not None else ""
        self.subtree = QCheckBox(self.tr("Only “%1” and the units under it").replace("%1", name) if name
                                 else self.tr("Only the selected unit and the units under it"))
        self.subtree.setEnabled(self._subtree is not None)
        describe(self.subtree, self.tr("Ticked: only the selected unit and the units under it are printed"))
        form.addRow(self.subtree)
        self.pages = QLabel()
        form.addRow(self.pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        preview = QPushButton(self.tr("Pre&view…"))
        print_button = QPushButton(self.tr("&Print…"))
        buttons.addButton(preview, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        describe(preview, self.tr("Show the pages as they will print"))
        describe(print_button, self.tr("Choose a printer and print"))
        describe_buttons(buttons)

        preview.clicked.connect(self.preview)
        print_button.clicked.connect(self.print_)
        form.addRow(buttons)
        for signal in (self.fit_button.toggled, self.paper.currentIndexChanged, self.subtree.toggled):
            signal.connect(lambda *_a: self._update_pages())
        self._update_pages()

    def options(self) -> PrintOptions:
        return PrintOptions(poster=self.poster_button.isChecked(), paper=self.paper.currentText(),
                            subtree=self._subtree if self.subtree.isChecked() else None)

    def _update_pages(self) -> None:
        scenario = self.controller.scenario
        if scenario is None:
            return
        chosen = plan(scenario, self.options())
        count = len(chosen.tiles)
        size = f"{chosen.name_pt:.1f}".replace(".", "," if self.locale().decimalPoint() == "," else ".")
        self.pages.setText(plural(self.tr("%n page(s)", "", count), count) + " · "
                           + self.tr("names at %1 pt on paper").replace("%1", size))

    def _prepare(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None:
            return False
        set_up_printer(self.printer, scenario, self.options())
        return True

    def _paint(self, printer: QPrinter) -> None:
        scenario = self.controller.scenario
        if scenario is not None:
            print_chart(printer, scenario, self.options())

    def preview(self) -> None:
        if not self._prepare():
            return
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.paintRequested.connect(self._paint)
        dialog.exec()

    def print_(self) -> None:
        if not self._prepare():
            return
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._paint(self.printer)
            self.accept()
