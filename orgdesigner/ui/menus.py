"""The main window's menus and their actions (File, Edit, View, Help)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QWidget

from orgdesigner.layout.tree import LEFT_RIGHT, TOP_DOWN
from orgdesigner.ui.i18n import SETTING as LANGUAGE_SETTING

if TYPE_CHECKING:
    from orgdesigner.ui.chart.dotted import DottedLayer
    from orgdesigner.ui.chart.panel import ChartPanel
    from orgdesigner.ui.colour_scheme import ColourScheme
    from orgdesigner.ui.files import FileManager
    from orgdesigner.ui.presentation import Presentation
    from orgdesigner.ui.undo import DocumentController


class MenuHost(Protocol):
    """What the menus use of the window besides the window itself (their parent, menu bar and
    Quit): its parts and the actions they call."""

    lang: str
    settings: QSettings
    controller: DocumentController
    files: FileManager
    chart: ChartPanel
    tabs: QTabWidget
    left_dock: QDockWidget
    properties_dock: QDockWidget
    findings_dock: QDockWidget
    history_dock: QDockWidget
    presentation: Presentation
    colour_scheme: ColourScheme

    def reset_layout(self) -> None: ...


# the help module loads when its dialogs are asked for: its dialog classes cost start-up
def _show_guide(w: QWidget) -> None:
    from orgdesigner.ui.help import show_guide

    show_guide(w)


def _show_about(w: QWidget) -> None:
    from orgdesigner.ui.help import show_about

    show_about(w)


@dataclass
class Menus:
    file: QMenu
    recent: QMenu
    edit: QMenu
    view: QMenu
    help: QMenu
    save: QAction
    revert: QAction
    undo: QAction
    redo: QAction
    find: QAction


def _action(
    window: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence.StandardKey | list[str] | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(w: QMainWindow, host: MenuHost) -> Menus:
    """File, Edit, View and Help in `w`'s menu bar, their actions parented to `w`."""
    tr = w.tr
    files, chart, bar = host.files, host.chart, w.menuBar()

    file = bar.addMenu(tr("&File"))
    file.addAction(_action(w, tr("&New"), files.new, QKeySequence.StandardKey.New))
    file.addAction(_action(w, tr("&Open…"), files.open_dialog, QKeySequence.StandardKey.Open))
    recent = file.addMenu(tr("Open &Recent"))
    file.addSeparator()
    save = _action(w, tr("&Save"), files.save, QKeySequence.StandardKey.Save)
    file.addAction(save)
    file.addAction(_action(w, tr("Save &As…"), files.save_as_dialog, QKeySequence.StandardKey.SaveAs))
    revert = _action(w, tr("Re&vert"), files.revert)
    file.addAction(revert)
    file.addSeparator()
    file.addAction(_action(w, tr("&Print…"), lambda: _print_chart(w, host.controller), QKeySequence.StandardKey.Print))
    file.addSeparator()
    quit_action = _action(w, tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file.addAction(quit_action)

    def fill_recent(paths: list[str] | None = None) -> None:
        recent.clear()
        for path in paths if paths is not None else files.recent_files():
            recent.addAction(_action(w, path, partial(files.open_path, path)))
        recent.addSeparator()
        recent.addAction(_action(w, tr("Clear list"), files.clear_recent))

    fill_recent()
    files.recentChanged.connect(fill_recent)
    host.controller.modifiedChanged.connect(lambda modified: revert.setEnabled(modified and host.controller.path is not None))
    revert.setEnabled(False)

    edit = bar.addMenu(tr("&Edit"))
    stack = host.controller.undo_stack
    undo = stack.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(w, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    editor = chart.editor
    for action in (editor.cut, editor.copy, editor.paste, editor.delete, editor.rename):
        edit.addAction(action)
    edit.addSeparator()
    for action in (editor.add_child, editor.add_sibling):
        edit.addAction(action)
    edit.addSeparator()
    find = _action(w, tr("&Find unit…"), lambda: _find_unit(host.tabs, chart), QKeySequence.StandardKey.Find)
    edit.addAction(find)

    view = bar.addMenu(tr("&View"))
    view.addAction(_action(w, tr("Zoom &in"), chart.view.zoom_in, ["Ctrl++", "Ctrl+="]))
    view.addAction(_action(w, tr("Zoom &out"), chart.view.zoom_out, "Ctrl+-"))
    view.addAction(_action(w, tr("&Actual size"), chart.view.reset_zoom, "Ctrl+0"))
    view.addAction(_action(w, tr("&Fit to window"), chart.view.fit, "Ctrl+Shift+F"))
    view.addAction(_action(w, tr("&Whole chart"), chart.view.fit_all, "Ctrl+Shift+W"))
    view.addAction(_action(w, tr("Whole organisation, legi&ble"), chart.view.fit_organisation, "Ctrl+Shift+O"))
    view.addSeparator()
    orientation = QActionGroup(w)
    for text, value in ((tr("Top &down"), TOP_DOWN), (tr("Left to ri&ght"), LEFT_RIGHT)):
        action = _action(w, text, partial(chart.scene.set_orientation, value))
        action.setCheckable(True)
        action.setChecked(value == TOP_DOWN)
        orientation.addAction(action)
        view.addAction(action)
    for action in (editor.collapse, editor.expand):
        view.addAction(action)
    view.addAction(dotted_lines_action(w, chart.view.dotted))
    view.addSeparator()
    for dock in (host.left_dock, host.properties_dock, host.findings_dock, host.history_dock):
        view.addAction(dock.toggleViewAction())
    view.addAction(_action(w, tr("&Reset layout"), host.reset_layout))
    view.addAction(host.presentation.action)
    view.addAction(host.presentation.findings_action)
    host.colour_scheme.build_menu(view.addMenu(tr("&Colour scheme")))
    view.addSeparator()
    language = view.addMenu(tr("La&nguage"))
    group = QActionGroup(w)
    for text, code in (("Svenska", "sv"), ("English", "en")):
        action = _action(w, text, partial(_set_language, host, code))
        action.setCheckable(True)
        action.setChecked(code == host.lang)
        group.addAction(action)
        language.addAction(action)

    help_menu = bar.addMenu(tr("&Help"))
    guide = _action(w, tr("&User guide"), lambda: _show_guide(w), QKeySequence.StandardKey.HelpContents)
    help_menu.addAction(guide)
    help_menu.addAction(_action(w, tr("Open the &example"), host.files.open_example))
    help_menu.addSeparator()
    about = _action(w, tr("&About orgdesigner"), lambda: _show_about(w))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    for a in (undo, redo, find):
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return Menus(file, recent, edit, view, help_menu, save, revert, undo, redo, find)


def dotted_lines_action(w: QWidget, layer: DottedLayer) -> QAction:
    """View → Dotted lines: show or hide the secondary lines (they stay in the project)."""
    action = QAction(QCoreApplication.translate("MainWindow", "Dott&ed lines"), w)
    action.setObjectName("toggle-dotted-lines")
    action.setCheckable(True)
    action.setChecked(layer.visible)
    action.toggled.connect(layer.set_visible)
    return action


def _set_language(w: MenuHost, code: str) -> None:
    w.settings.setValue(LANGUAGE_SETTING, code)
    w.controller.show_message(QCoreApplication.translate("MainWindow", "The language changes at the next start."))


def _print_chart(w: QWidget, controller: DocumentController) -> None:
    from orgdesigner.ui.printing.dialog import PrintChartDialog

    PrintChartDialog(controller, w).exec()


def _find_unit(tabs: QTabWidget, chart: ChartPanel) -> None:
    tabs.setCurrentWidget(chart)
    chart.open_find()
