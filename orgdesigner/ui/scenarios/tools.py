"""Scenario actions (new as a copy, rename, describe, effective date, delete with confirmation,
reorder, apply a structure template, economic rules), all undoable through the controller; a
delegate showing each scenario's clarity index and error count in the scenario list; and
`install_scenario_tools`, which puts these and the comparison tab into the main window.

Questions to the user go through `Asker`, which tests replace with canned answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgdesigner.ui.i18n import plural

if TYPE_CHECKING:
    from orgdesigner.ui.compare.tab import CompareTab
    from orgdesigner.ui.lazy_tabs import LazyTab

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from orgdesigner.io.words.numbers import percent
from orgdesigner.model.commands import AddScenario, MoveScenario, RemoveScenario, SetScenarioField
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.ui import a11y, colours
from orgdesigner.ui.focus_mark import draw_focus_mark
from orgdesigner.ui.matrix.roles import ui_lang
from orgdesigner.ui.text_dialog import ask_text
from orgdesigner.ui.undo import DocumentController


class Asker(QObject):
    """Every question the scenario tools ask; None means cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def text(self, title: str, prompt: str, value: str) -> str | None:
        return ask_text(self.parent_widget, title, prompt, value)

    def long_text(self, title: str, prompt: str, value: str) -> str | None:
        return ask_text(self.parent_widget, title, prompt, value, multiline=True)

    def confirm(self, title: str, text: str) -> bool:
        return a11y.question(self.parent_widget, title, text)

    def run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def error(self, title: str, text: str) -> None:
        a11y.warning(self.parent_widget, title, text)


def free_scenario_id(existing: dict[str, Any], base: str) -> str:
    n = 1
    while f"{base}-{n}" in existing:
        n += 1
    return f"{base}-{n}"


class ScenarioTools(QObject):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None,
                 asker: Asker | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.controller = controller
        self.asker = asker or Asker(parent)
        self.lang = lang
        self.parent_widget = parent
        self.compare_tab: CompareTab | None = None  # built with the tab (see install_scenario_tools)
        self.compare_tab_lazy: LazyTab | None = None

        def action(text: str, slot: Callable[[], object]) -> QAction:
            a = QAction(text, self)
            a.triggered.connect(lambda _checked=False: slot())
            return a

        self.new_copy = action(self.tr("New scenario as a &copy"), self.copy_current)
        self.rename = action(self.tr("&Rename…"), self.rename_current)
        self.describe = action(self.tr("&Describe…"), self.describe_current)
        self.set_date = action(self.tr("E&ffective date…"), self.date_current)
        self.delete = action(self.tr("De&lete scenario…"), self.delete_current)
        self.move_up = action(self.tr("Move &up"), lambda: self.move_current(-1))
        self.move_down = action(self.tr("Move do&wn"), lambda: self.move_current(+1))
        self.apply_template = action(self.tr("Apply structure &template…"), self.template_dialog)
        self.economy = action(self.tr("&Economic rules…"), self.economy_dialog)
        self.case = action(self.tr("Case and pro&posed decision…"), self.case_dialog)
        self.omvarld = action(self.tr("Compare with other re&gions…"), self.omvarld_dialog)
        self.actions = [self.new_copy, self.rename, self.describe, self.set_date, self.delete,
                        self.move_up, self.move_down, self.apply_template, self.economy, self.case, self.omvarld]
        controller.currentScenarioChanged.connect(self._update_enabled)
        controller.modelChanged.connect(lambda _e: self._update_enabled())
        controller.documentReplaced.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self, *_args: object) -> None:
        ids = list(self.controller.project.scenarios)
        sid = self.controller.scenario_id
        has = sid in ids
        for a in self.actions:
            a.setEnabled(has)
        self.delete.setEnabled(has and len(ids) > 1)
        self.move_up.setEnabled(has and ids.index(sid) > 0)
        self.move_down.setEnabled(has and ids.index(sid) < len(ids) - 1)

    # -- the actions --
    def copy_current(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None:
            return False
        name = self.asker.text(self.tr("New scenario"), self.tr("Name of the copy:"),
                               self.tr("%1 (copy)").replace("%1", scenario.name))
        if name is None or not name.strip():
            return False
        project = self.controller.project
        clone = copied_scenario(scenario, free_scenario_id(project.scenarios, scenario.id), name.strip())
        index = list(project.scenarios).index(scenario.id) + 1
        if self.controller.push(AddScenario(clone, index)):
            self.controller.set_current_scenario(clone.id)
            return True
        return False

    def rename_current(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None:
            return False
        name = self.asker.text(self.tr("Rename scenario"), self.tr("Name:"), scenario.name)
        if name is None or not name.strip() or name.strip() == scenario.name:
            return False
        return self.controller.push(SetScenarioField(scenario.id, "name", name))

    def describe_current(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None:
            return False
        text = self.asker.long_text(self.tr("Describe scenario"), self.tr("Description:"), scenario.description)
        if text is None or text == scenario.description:
            return False
        return self.controller.push(SetScenarioField(scenario.id, "description", text))

    def date_current(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None:
            return False
        current = scenario.effective_date.isoformat() if scenario.effective_date else ""
        text = self.asker.text(self.tr("Effective date"),
                               self.tr("The date the scenario would take effect (YYYY-MM-DD; empty for none):"), current)
        if text is None or text.strip() == current:
            return False
        try:
            value = date.fromisoformat(text.strip()) if text.strip() else None
        except ValueError:
            self.asker.error(self.tr("Effective date"), self.tr("“%1” is not a date like 2018-03-01.").replace("%1", text))
            return False
        return self.controller.push(SetScenarioField(scenario.id, "effective_date", value))

    def delete_current(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None or len(self.controller.project.scenarios) < 2:
            return False
        count = len(scenario.units)
        question = plural(self.tr("Delete the scenario “%1” with its %n unit(s)? You can undo this.", "", count), count)
        if not self.asker.confirm(self.tr("Delete scenario"), question.replace("%1", scenario.name)):
            return False
        return self.controller.push(RemoveScenario(scenario.id))

    def move_current(self, step: int) -> bool:
        ids = list(self.controller.project.scenarios)
        sid = self.controller.scenario_id
        if sid not in ids or not 0 <= ids.index(sid) + step < len(ids):
            return False
        return self.controller.push(MoveScenario(sid, ids.index(sid) + step))

    def template_dialog(self) -> bool:
        if self.controller.scenario is None:
            return False
        from orgdesigner.io.bundled.template_file import load_templates
        from orgdesigner.ui.scenarios.dialogs import TemplateDialog

        templates, errors = load_templates()
        if not templates:
            self.asker.error(self.tr("Structure templates"), "\n".join(e.summary() for e in errors) or self.tr("No templates found."))
            return False
        return self.asker.run(TemplateDialog(self.controller, templates, [e.summary() for e in errors], self.lang, self.parent_widget))

    def economy_dialog(self) -> bool:
        if self.controller.scenario is None:
            return False
        from orgdesigner.ui.scenarios.dialogs import EconomyDialog

        return self.asker.run(EconomyDialog(self.controller, self.lang, self.parent_widget))

    def omvarld_dialog(self) -> bool:
        if self.controller.scenario is None:
            return False
        from orgdesigner.io.bundled.reference_file import ReferenceFileError, load_references
        from orgdesigner.ui.scenarios.omvarld_dialog import OmvarldDialog

        try:
            references = load_references()
        except ReferenceFileError as exc:
            self.asker.error(self.tr("Compare with other regions"), exc.summary())
            return False
        return self.asker.run(OmvarldDialog(self.controller, references, self.lang, self.parent_widget))

    def case_dialog(self) -> bool:
        if self.controller.scenario is None:
            return False
        from orgdesigner.ui.scenarios.case_dialog import CaseDialog

        return self.asker.run(CaseDialog(self.controller, self.lang, self.parent_widget))


class ScenarioStatusDelegate(QStyledItemDelegate):
    """Draws '7 errors · 71 %' at the right of each scenario in the list (from the live analysis):
    the errors lead, and the clarity index counts the pairs an error touches as unclear, so the
    two never tell different stories."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    def badge(self, scenario_id: str) -> tuple[str, bool] | None:
        analysis = self.controller.analysis
        if analysis is None or scenario_id not in self.controller.project.scenarios:
            return None
        if self.controller.paint_first.pending:  # the chart paints first; the badge comes after
            return None
        try:
            result = analysis.result(scenario_id)
        except Exception:  # a failing analysis must not break the list
            return None
        errors = sum(1 for f in result.findings if f.severity.value == "error" and f.acknowledged is None)
        clarity = getattr(result.metrics, "clarity_index", 0.0)
        share = percent(clarity, ui_lang())  # "62 %" in Swedish, "62%" in English
        text = plural(self.tr("%n error(s) · %1", "", errors), errors).replace("%1", share)
        return text, errors > 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        badge = self.badge(index.data(Qt.ItemDataRole.UserRole))
        if badge is None:
            super().paint(painter, option, index)
            draw_focus_mark(painter, option)
            return
        text, bad = badge
        width = option.fontMetrics.horizontalAdvance(text) + 12
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(option.rect.adjusted(0, 0, -width, 0))
        super().paint(painter, narrowed, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:  # the badge is part of the selected row: on the highlight, in its text colour
            painter.fillRect(option.rect.adjusted(option.rect.width() - width, 0, 0, 0), option.palette.highlight())
        painter.setPen(colours.colour("highlighted_text") if selected else colours.colour("bad_text" if bad else "good_text"))
        painter.drawText(option.rect.adjusted(0, 0, -6, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
        draw_focus_mark(painter, option)


def install_scenario_tools(window: Any, controller: DocumentController, lang: str = "sv") -> ScenarioTools:
    """Scenario menu, scenario-list context menu and badges, and the comparison tab."""
    from PySide6.QtCore import QCoreApplication

    tools = ScenarioTools(controller, window, lang=lang)
    bar = window.menuBar()
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Scenario"))
    help_menu = getattr(getattr(window, "menus", None), "help", None)
    if help_menu is not None:  # keep Help last
        bar.insertMenu(help_menu.menuAction(), menu)
    for i, action in enumerate(tools.actions):
        if i in (5, 7):
            menu.addSeparator()
        menu.addAction(action)
    from orgdesigner.ui.analysis_settings import analysis_settings_action

    menu.addSeparator()
    menu.addAction(analysis_settings_action(window, controller))  # where top management ends (R05)
    scenario_list = getattr(window, "scenario_list", None)
    if scenario_list is not None:
        old_delete = getattr(scenario_list, "delete_action", None)
        if old_delete is not None:  # ours asks first
            scenario_list.removeAction(old_delete)
        old_copy = getattr(scenario_list, "copy_action", None)
        if old_copy is not None:
            scenario_list.removeAction(old_copy)
        scenario_list.addActions(tools.actions)
        delegate = ScenarioStatusDelegate(controller, scenario_list)
        scenario_list.setItemDelegate(delegate)
        controller.paint_first.settled.connect(scenario_list.viewport().update)
        analysis = controller.analysis
        if analysis is not None:
            analysis.subscribe(lambda _sid: scenario_list.viewport().update())
        controller.documentReplaced.connect(lambda: _resubscribe(controller, scenario_list))
    title = QCoreApplication.translate("MainWindow", "Compare scenarios")
    add_lazy = getattr(window, "add_lazy_tab", None)
    if add_lazy is not None:  # built when first shown: start-up pays only for the chart

        def make_compare_tab() -> QWidget:
            from orgdesigner.ui.compare.tab import CompareTab

            tools.compare_tab = CompareTab(controller, lang)
            return tools.compare_tab

        tools.compare_tab_lazy = add_lazy(make_compare_tab, title)
    else:
        from orgdesigner.ui.compare.tab import CompareTab

        tools.compare_tab = CompareTab(controller, lang)
        window.add_tab(tools.compare_tab, title)
    return tools


def _resubscribe(controller: DocumentController, scenario_list: Any) -> None:
    analysis = controller.analysis
    if analysis is not None:
        analysis.subscribe(lambda _sid: scenario_list.viewport().update())
    scenario_list.viewport().update()
