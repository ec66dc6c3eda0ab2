"""File → Export…: the decision paper, tables, chart images or GraphML of a scenario.

The analysis and the Qt-free writing run on a worker thread (QThreadPool) behind a progress
dialog; painting the chart and the PDF then runs on the GUI thread (Qt's painting objects belong
there). Errors are shown in the dialog, which stays open so the planner can fix the path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, describe_buttons
from orgdesigner.ui.i18n import translation_lang
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from orgdesigner.model.entities import Project
    from orgdesigner.ui.files import FileManager

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.io.exchange.archimate.writer import SUFFIX as ARCHIMATE_SUFFIX
from orgdesigner.io.export_job import ARCHIMATE, FORMATS, ExportJob, Prepared, prepare
from orgdesigner.io.words.file_words import os_error_words
from orgdesigner.ui.render.exporter import finish


def _file_suffix(suffix: str) -> str:
    """The file name ending for a format: ArchiMate models end in .archimate.xml."""
    return ARCHIMATE_SUFFIX if suffix == ".xml" else suffix


def _with_suffix(path: Path, suffix: str) -> Path:
    name = path.name.removesuffix(ARCHIMATE_SUFFIX) if path.name.lower().endswith(ARCHIMATE_SUFFIX) else path.stem
    return path.with_name(name + _file_suffix(suffix))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _PrepareTask(QRunnable):
    """The heavy, Qt-free stage of an export on a pool thread."""

    def __init__(self, project: Project, job: ExportJob) -> None:
        super().__init__()
        self.project, self.job = project, job
        self.signals = _Signals()

    def run(self) -> None:
        try:
            prepared = prepare(self.project, self.job)
        except Exception as exc:  # shown to the planner; the dialog stays usable
            self.signals.failed.emit(_describe(exc, self.job.path))
            return
        self.signals.done.emit(prepared)


def _describe(exc: Exception, path: Path) -> str:
    if isinstance(exc, OSError):
        return f"{path}: {os_error_words(exc, translation_lang())}"
    if isinstance(exc, KeyError):
        return f"{path}: unknown {exc.args[0]!r}"
    return f"{path}: {exc}"


def baseline_id(project: Project) -> str | None:
    """The scenario a proposal is compared with: the current state, the project's first scenario."""
    return next(iter(project.scenarios), None)


def default_scenario(project: Project, current_id: str | None) -> str | None:
    """The scenario the export dialog offers: the current one, unless that is the current state
    itself; then the first scenario with a stored förslag till beslut, or else the next one."""
    base = baseline_id(project)
    if current_id is not None and current_id != base:
        return current_id
    others = [s for s in project.scenarios.values() if s.id != base]
    with_proposal = [s for s in others if s.proposal.strip()]
    if with_proposal or others:
        return (with_proposal or others)[0].id
    return current_id


class ExportDialog(QDialog):
    exportFinished = Signal(list)  # the files written
    exportFailed = Signal(str)
    drawProgress = Signal(int, int)  # page (or chart picture) being drawn, of how many

    def __init__(self, controller: DocumentController, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        project = controller.project
        current = controller.scenario

        self.format = QComboBox()
        for suffix, (sv, en) in FORMATS.items():
            self.format.addItem(en if lang == "en" else sv, suffix)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.scenario = QComboBox()
        self.compare = QComboBox()
        for s in project.scenarios.values():
            self.scenario.addItem(s.name, s.id)
        chosen = default_scenario(project, current.id if current is not None else None)
        if chosen is not None:
            self.scenario.setCurrentIndex(self.scenario.findData(chosen))
        self._fill_compare()
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if lang == "en" else 0)
        selected = [uid for uid in controller.selection if current is not None and uid in current.units]
        self.subtree_id = selected[0] if selected else None
        self.subtree = QCheckBox(self.tr("Only the selected unit and the units below it"))
        if self.subtree_id is not None and current is not None:
            self.subtree.setText(self.tr("Only %1 and the units below it").replace("%1", current.units[self.subtree_id].name))
        self.subtree.setEnabled(self.subtree_id is not None)
        self.reference = QLineEdit(project.reference)
        self.decision = QPlainTextEdit()
        self.decision.setTabChangesFocus(True)  # Tab moves on: no keyboard trap

        self.decision.setPlaceholderText(self.tr("Förslag till beslut: the proposed decision, in your own words."))
        self.decision.setMinimumHeight(90)
        self.dpi = QDoubleSpinBox()
        self.dpi.setRange(36, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.separator = QComboBox()
        self.separator.addItem(self.tr("Semicolon ; (Swedish Excel, decimal comma)"), ";")
        self.separator.addItem(self.tr("Comma ,"), ",")
        self.all_scenarios = QCheckBox(self.tr("Every scenario in one model, one view each"))
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("None: a plain A4 document"))
        template_browse = QPushButton(self.tr("Choose…"))
        template_browse.clicked.connect(self._browse_template)
        self.template_row = QHBoxLayout()
        self.template_row.addWidget(self.template, 1)
        self.template_row.addWidget(template_browse)
        describe(self.template, self.tr("The region's own Word template (.docx or .dotx) the paper is written into; empty: none"),
                 self.tr("Word template"))
        describe(template_browse, self.tr("Choose the Word template"))

        describe(self.format, self.tr("What to write: the decision paper, tables, the chart or a model"), self.tr("Format"))
        describe(self.path, self.tr("Where the file is written"), self.tr("File"))
        describe(browse, self.tr("Choose the file to write"))
        describe(self.scenario, self.tr("The scenario to export"), self.tr("Scenario"))
        describe(self.compare, self.tr("The scenario the export compares with"), self.tr("Compare with"))
        describe(self.language, self.tr("The language of the exported text"), self.tr("Language"))
        describe(self.subtree, self.tr("Ticked: only the selected unit's subtree is exported"))
        describe(self.reference, self.tr("The case's diarienummer, printed in the header"))
        describe(self.decision, self.tr("The proposed decision for this export only; the stored one is kept"))
        describe(self.dpi, self.tr("Dots per inch of the exported image"))
        describe(self.separator, self.tr("The character between values; Swedish Excel expects a semicolon"), self.tr("CSV separator"))
        describe(self.all_scenarios, self.tr("Ticked: one model holds every scenario, each as a view"))
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Scenario:"), self.scenario)
        form.addRow(self.tr("Compare with:"), self.compare)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.subtree)
        form.addRow(self.tr("Reference (diarienummer):"), self.reference)
        form.addRow(self.tr("Proposed decision:"), self.decision)
        form.addRow(self.tr("Resolution:"), self.dpi)
        form.addRow(self.tr("CSV separator:"), self.separator)
        form.addRow("", self.all_scenarios)
        form.addRow(self.tr("Word template:"), self.template_row)
        self.form = form
        self.error = QLabel()
        self.error.setWordWrap(True)
        colours.text_colour(self.error, "error_text")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        describe(self.export_button, self.tr("Write the file and close the dialog"))
        describe_buttons(self.buttons)

        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        # the stored förslag till beslut (Scenario → Case and proposed decision…); edits here
        # override it for this export only
        self.scenario.currentIndexChanged.connect(self._load_proposal)
        self.scenario.currentIndexChanged.connect(self._fill_compare)
        self._load_proposal()
        self.progress: QProgressDialog | None = None
        self._task: _PrepareTask | None = None
        self._format_changed()

    # -- the form --
    def _fill_compare(self) -> None:
        """The other scenarios, the current state (first scenario) chosen: never the exported
        scenario compared with itself. A choice the planner made is kept while it stays valid."""
        project = self.controller.project
        exported = self.scenario.currentData()
        kept = self.compare.currentData()
        self.compare.blockSignals(True)
        self.compare.clear()
        for s in project.scenarios.values():
            if s.id != exported:
                self.compare.addItem(s.name, s.id)
        wanted = kept if kept is not None and kept != exported else baseline_id(project)
        self.compare.setCurrentIndex(max(0, self.compare.findData(wanted)))
        self.compare.setEnabled(exported != baseline_id(project))  # the current state is described, not compared
        self.compare.blockSignals(False)

    def _load_proposal(self) -> None:
        scenario = self.controller.project.scenarios.get(self.scenario.currentData())
        self.decision.setPlainText(scenario.proposal if scenario is not None else "")

    def _default_path(self, suffix: str) -> str:
        folder = self.controller.path.parent if self.controller.path else Path.home()
        scenario = self.scenario.currentText() or "export"
        # "Koncern – mitt förslag" -> "Koncern-mitt-förslag": one dash for each run of spaces and signs
        stem = re.sub(r"[^\w]+", "-", scenario).strip("-_") or "export"
        return str(folder / f"{stem}{_file_suffix(suffix)}")

    def _format_changed(self) -> None:
        suffix = self.format.currentData()
        text = self.path.text().strip()
        self.path.setText(str(_with_suffix(Path(text), suffix)) if text else self._default_path(suffix))
        paper = suffix in {".pdf", ".docx"}
        for widget, visible in ((self.reference, paper), (self.decision, paper), (self.dpi, suffix == ".png"),
                                (self.separator, suffix == ".csv"), (self.compare, suffix in {".pdf", ".docx", ".pptx", ".xlsx", ".csv"}),
                                (self.language, suffix in {".pdf", ".docx", ".pptx", ".xlsx", ".csv"}),
                                (self.subtree, suffix != ".xml"), (self.all_scenarios, suffix == ".xml")):
            self.form.setRowVisible(widget, visible)
        self.form.setRowVisible(self.template_row, suffix == ".docx")

    def _browse(self) -> None:
        suffix = self.format.currentData()
        ending = _file_suffix(suffix)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), f"*{ending}")
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + ending)

    def _browse_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), self.template.text(),
                                              self.tr("Word documents and templates (*.docx *.dotx)"))
        if path:
            self.template.setText(path)

    def job(self) -> ExportJob:
        path = Path(self.path.text().strip())
        suffix = self.format.currentData()
        if path.suffix.lower() != suffix:
            path = _with_suffix(path, suffix)
        return ExportJob(
            path=path,
            scenario_id=self.scenario.currentData(),
            compare_id=self.compare.currentData(),
            lang=self.language.currentData(),
            subtree=self.subtree_id if self.subtree.isChecked() and suffix != ".xml" else None,
            decision_text=self.decision.toPlainText(),
            reference=self.reference.text().strip() or None,
            dpi=self.dpi.value(),
            csv_separator=self.separator.currentData(),
            format=ARCHIMATE if suffix == ".xml" else None,
            all_scenarios=suffix == ".xml" and self.all_scenarios.isChecked(),
            template=Path(self.template.text().strip()) if suffix == ".docx" and self.template.text().strip() else None,
        )

    # -- running it --
    def start_export(self) -> None:
        job = self.job()
        if not self.path.text().strip():
            self._fail(self.tr("Choose a file to export to."))
            return
        if not job.path.parent.is_dir():
            self._fail(self.tr("The folder %1 does not exist.").replace("%1", str(job.path.parent)))
            return
        if job.template is not None:
            from orgdesigner.io.paper.proposal_docx import TemplateError, read_template

            try:
                read_template(job.template)
            except TemplateError as exc:
                self._fail(exc.words(translation_lang()))
                self.template.setFocus()
                return
        if job.suffix in {".pdf", ".docx"} and not job.decision_text.strip() and self._is_proposal(job):
            name = self.scenario.currentText()
            self._fail(self.tr("%1 has no förslag till beslut, and a decision paper is not printed without one. "
                               "Write the proposed decision below (one point a line), then export again.").replace("%1", name))
            self.decision.setFocus()
            return
        self.error.hide()
        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Analysing and writing %1 …").replace("%1", job.path.name), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoReset(False)  # stays up after the last page while the file is finished
        self.progress.setAutoClose(False)
        self.progress.setValue(0)
        self._task = _PrepareTask(self.controller.project, job)
        self._task.signals.done.connect(self._prepared)
        self._task.signals.failed.connect(self._fail)
        self._task.setAutoDelete(False)  # keep its signals alive until they are delivered
        QThreadPool.globalInstance().start(self._task)

    def _is_proposal(self, job: ExportJob) -> bool:
        """Not the current state itself: a nulägesbeskrivning needs no förslag till beslut."""
        from orgdesigner.io.paper.proposal import compared_scenario

        project = self.controller.project
        scenario = project.scenarios.get(job.scenario_id)
        base = project.scenarios.get(job.compare_id) if job.compare_id else None
        return scenario is not None and compared_scenario(project, scenario, base) is not None

    def _prepared(self, prepared: Prepared) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Drawing %1 …").replace("%1", prepared.job.path.name))
        try:
            written = finish(self.controller.project, prepared, self._drawn)
        except OSError as exc:
            self._fail(_describe(exc, prepared.job.path))
            return
        self._close_progress()
        self.controller.show_message(self.tr("Exported %1").replace("%1", ", ".join(str(p) for p in written)))
        self.exportFinished.emit(written)
        self.accept()

    def _drawn(self, step: int, steps: int) -> None:
        """Painting runs on this thread: move the bar and let it repaint, user input held back."""
        if self.progress is not None:
            self.progress.setMaximum(steps)
            self.progress.setValue(step)
        self.drawProgress.emit(step, steps)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _fail(self, message: str) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        self.exportFailed.emit(message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None


def install_exchange_actions(
    window: QWidget, file_menu: QMenu, controller: DocumentController, files: FileManager, lang: str = "sv"
) -> tuple[QAction, QAction, QAction, QAction]:
    """File → Import…, Import ArchiMate model…, Import volume history… and Export…, in
    `file_menu` above Quit; the dialogs open over `window`, an ArchiMate model through `files`."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    def tr(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    def open_export() -> None:
        ExportDialog(controller, window, lang).exec()

    def open_import() -> None:
        from orgdesigner.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(controller, window, lang)
        dialog.exec()

    def open_archimate_import() -> None:
        from orgdesigner.ui.exchange.archimate_import import ArchimateImportDialog

        dialog = ArchimateImportDialog(files, window, lang)
        if dialog.choose_file():
            dialog.exec()

    def open_history_import() -> None:
        from orgdesigner.ui.exchange.history_import import HistoryImportDialog

        dialog = HistoryImportDialog(controller, window, lang)
        dialog.exec()

    import_action = QAction(tr("&Import…"), window)
    import_action.triggered.connect(lambda _checked=False: open_import())
    archimate_action = QAction(tr("Import Archi&Mate model…"), window)
    archimate_action.triggered.connect(lambda _checked=False: open_archimate_import())
    history_action = QAction(tr("Import volume &history…"), window)
    history_action.triggered.connect(lambda _checked=False: open_history_import())
    export_action = QAction(tr("&Export…"), window)
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(lambda _checked=False: open_export())
    menu = file_menu
    quit_action = next((a for a in menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None)
    actions = menu.actions()
    before = quit_action
    if quit_action is not None:
        index = actions.index(quit_action)
        if index > 0 and actions[index - 1].isSeparator():
            before = actions[index - 1]
    if before is None:
        menu.addActions([import_action, archimate_action, history_action, export_action])
    else:
        menu.insertActions(before, [import_action, archimate_action, history_action, export_action])
        menu.insertSeparator(import_action)
    return import_action, archimate_action, history_action, export_action
