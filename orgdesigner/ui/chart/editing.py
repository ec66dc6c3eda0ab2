"""Editing the chart: add child/sibling, rename in place, delete, cut/copy/paste, context menu.

Every edit is one model command (a MacroCommand for a pasted subtree) pushed through the
controller. The clipboard is shared by every scenario, so subtrees can be pasted across them.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from orgdesigner.model.entities import AssignmentKey, Scenario, Unit
from orgdesigner.model.enums import Role, UnitCategory
from orgdesigner.ui.a11y import question
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.i18n import plural

if TYPE_CHECKING:
    from orgdesigner.model.commands import MacroCommand

# The model's commands load with the first edit, not at start-up (issue 34): imported where used.

Shortcut = str | QKeySequence.StandardKey | list[str]  # one key sequence or several


@dataclass
class SubtreeClip:
    units: list[Unit]  # parents before children; the first of each subtree has its parent cut
    roots: list[str]
    assignments: dict[AssignmentKey, Role]


_CLIPBOARD: SubtreeClip | None = None


def new_unit_id() -> str:
    return "u-" + os.urandom(5).hex()  # uuid4's first 10 hex digits are as random; uuid costs start-up its import


def top_most(scenario: Scenario, ids: list[str]) -> list[str]:
    """The selected units that are not inside another selected unit's subtree."""
    chosen = set(ids)
    return [u for u in ids if u in scenario.units and not any(a in chosen for a in scenario.ancestors(u))]


def copy_subtrees(scenario: Scenario, ids: list[str]) -> SubtreeClip:
    roots = top_most(scenario, ids)
    units: list[Unit] = []
    for root in roots:
        units.extend(copy.deepcopy(scenario.units[uid]) for uid in scenario.subtree(root))
    held = {u.id for u in units}
    assignments = {k: r for k, r in scenario.assignments.items() if k.unit_id in held}
    return SubtreeClip(units, roots, assignments)


def paste_command(scenario: Scenario, clip: SubtreeClip, parent_id: str | None, text: str) -> MacroCommand:
    """Fresh ids for every pasted unit; the roots go under `parent_id`; roles come along."""
    from orgdesigner.model.commands import AddUnit, Description, MacroCommand, SetRoles

    fresh = {u.id: new_unit_id() for u in clip.units}
    commands: list = []
    for unit in clip.units:
        parent = parent_id if unit.id in clip.roots else fresh.get(unit.parent_id or "", parent_id)
        # a dotted line comes along only to a unit this scenario has (copied from another scenario,
        # its target may be missing: the project file would refuse that line)
        lines = tuple(line for line in unit.dotted_lines if line.target_id in scenario.units)
        commands.append(AddUnit(scenario.id, replace(unit, id=fresh[unit.id], parent_id=parent, dotted_lines=lines)))
    roles = [(AssignmentKey(fresh[k.unit_id], k.function_id, k.responsibility), r) for k, r in clip.assignments.items()]
    if roles:
        commands.append(SetRoles(scenario.id, roles))
    macro = MacroCommand(Description.named(text), commands)
    macro.pasted_roots = [fresh[r] for r in clip.roots]  # type: ignore[attr-defined]  # the paste macro carries its new roots for the chart to select
    return macro


_OWN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Insert,
             Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Minus, Qt.Key.Key_Plus}


class ShortcutSafeLineEdit(QLineEdit):
    """A line edit inside the chart: keys it needs never trigger the chart's shortcuts."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.key() in _OWN_KEYS or (event.text() and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier))
        ):
            event.accept()
            return True
        return super().event(event)


class RenameEditor(ShortcutSafeLineEdit):
    """A line edit laid over a card; Enter or leaving it commits, Escape cancels. Enter and
    Escape hand the focus back to the chart, on the same unit (the arrow keys go on from there)."""

    def __init__(self, view: ChartView, unit_id: str, commit: Callable[[str, str], None]) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.unit_id = unit_id
        self._commit = commit
        self._done = False
        scenario = view.controller.scenario
        self.setText(scenario.units[unit_id].name if scenario else "")
        self.selectAll()
        rect = view.chart_scene().card_rect(unit_id)
        if rect is not None:
            box = view.mapFromScene(rect).boundingRect()
            self.setGeometry(box.x(), box.y() + box.height() // 2 - 14, max(box.width(), 140), 28)
        self.returnPressed.connect(self.finish)
        self.editingFinished.connect(self.finish)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self._back_to_chart()
            self.deleteLater()
            return
        super().keyPressEvent(event)

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        had_focus = self.hasFocus()  # Enter: back to the chart; a click elsewhere keeps its focus
        self._commit(self.unit_id, self.text())
        if had_focus:
            self._back_to_chart()
        self.deleteLater()

    def _back_to_chart(self) -> None:
        self.hide()  # before the focus moves: the editor must not take it back
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


class ChartEditor(QObject):
    """The chart's editing actions; added to the chart widget (and shown in the Edit menu)."""

    def __init__(self, view: ChartView, confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.controller = view.controller
        self.confirm = confirm or self._ask
        self.rename_editor: RenameEditor | None = None
        a = self._action
        self.add_child = a(self.tr("Add c&hild unit"), "Insert", self.do_add_child)
        self.add_sibling = a(self.tr("Add &sibling unit"), ["Return", "Enter"], self.do_add_sibling)
        self.rename = a(self.tr("Re&name"), "F2", self.do_rename)
        self.delete = a(self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.do_delete)
        self.cut = a(self.tr("Cu&t"), QKeySequence.StandardKey.Cut, self.do_cut)
        self.copy = a(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.do_copy)
        self.paste = a(self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.do_paste)
        self.collapse = a(self.tr("Co&llapse subtree"), "-", lambda: self.set_collapsed(True))
        self.expand = a(self.tr("E&xpand subtree"), "+", lambda: self.set_collapsed(False))
        self.actions = [self.add_child, self.add_sibling, self.rename, self.delete, self.cut,
                        self.copy, self.paste, self.collapse, self.expand]
        view.unitActivated.connect(self.start_rename)
        view.contextMenuRequested.connect(self.show_context_menu)

    def _action(self, text: str, keys: Shortcut, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def attach(self, widget: QWidget) -> None:
        """Make the shortcuts work while `widget` (or a child) has focus."""
        widget.addActions(self.actions)

    def _ask(self, text: str) -> bool:
        return question(self.view, self.tr("Delete"), text)


    # -- edits --
    def _new_unit(self, parent: Unit | None) -> Unit:
        category = parent.category if parent is not None and parent.category is not UnitCategory.GOVERNANCE else UnitCategory.OWN_PROVIDER
        return Unit(new_unit_id(), self.tr("New unit"), category, parent_id=parent.id if parent else None)

    def _one_selected(self, scenario: Scenario) -> Unit | None:
        """The one selected unit a new unit goes beside or under. With none or several selected
        (after choosing a finding, say) nothing is guessed: the status bar asks for one."""
        sel = [uid for uid in self.controller.selection if uid in scenario.units]
        if len(sel) == 1:
            return scenario.units[sel[0]]
        self.controller.show_message(self.tr("Select the one unit the new unit goes under or beside."))
        return None

    def do_add_child(self) -> str | None:
        scenario = self.controller.scenario
        if scenario is None:
            return None
        if not scenario.units:  # an empty organisation: the first unit is its top
            return self._add(scenario, self._new_unit(None), None)
        parent = self._one_selected(scenario)
        if parent is None:
            return None
        self.view.chart_scene().set_collapsed(parent.id, False)
        return self._add(scenario, self._new_unit(parent), None)

    def do_add_sibling(self) -> str | None:
        scenario = self.controller.scenario
        if scenario is None:
            return None
        if not scenario.units:
            return self.do_add_child()
        current = self._one_selected(scenario)
        if current is None:
            return None
        parent = scenario.units.get(current.parent_id or "")
        unit = self._new_unit(parent)
        unit.category = current.category
        return self._add(scenario, unit, list(scenario.units).index(current.id) + 1)

    def _add(self, scenario: Scenario, unit: Unit, index: int | None) -> str | None:
        from orgdesigner.model.commands import AddUnit

        if not self.controller.push(AddUnit(scenario.id, unit, index)):
            return None
        self.view.chart_scene().ensure_layout()
        self.controller.select_units([unit.id])
        self.start_rename(unit.id)
        return unit.id

    def do_rename(self) -> None:
        sel = self.controller.selection
        if sel:
            self.start_rename(sel[0])

    def start_rename(self, unit_id: str) -> None:
        if self.controller.scenario is None or unit_id not in self.controller.scenario.units:
            return
        self.view.centre_on_unit(unit_id)
        self.rename_editor = RenameEditor(self.view, unit_id, self._commit_rename)
        self.rename_editor.show()
        self.rename_editor.setFocus()

    def _commit_rename(self, unit_id: str, text: str) -> None:
        scenario = self.controller.scenario
        self.rename_editor = None
        if scenario is None or unit_id not in scenario.units or text.strip() == scenario.units[unit_id].name:
            return
        if not text.strip():
            self.controller.show_message(self.tr("A unit needs a name."))
            return
        from orgdesigner.model.commands import SetUnitField

        self.controller.push(SetUnitField(scenario.id, [unit_id], "name", text))
        self.view.setFocus()

    def do_delete(self) -> bool:
        scenario = self.controller.scenario
        ids = top_most(scenario, self.controller.selection) if scenario else []
        if not ids or scenario is None:
            return False
        below = sum(len(scenario.subtree(u)) - 1 for u in ids)
        if below and not self.confirm(self.tr("Delete %n unit(s) together with the %1 unit(s) below them?", "", len(ids)).replace("%1", str(below))):
            return False
        from orgdesigner.model.commands import RemoveUnits

        return self.controller.push(RemoveUnits(scenario.id, ids))

    def do_copy(self) -> bool:
        global _CLIPBOARD
        scenario = self.controller.scenario
        if scenario is None or not self.controller.selection:
            return False
        _CLIPBOARD = copy_subtrees(scenario, self.controller.selection)
        self.controller.show_message(plural(self.tr("Copied %n unit(s)", "", len(_CLIPBOARD.units)), len(_CLIPBOARD.units)))
        return True

    def do_cut(self) -> bool:
        scenario = self.controller.scenario
        if scenario is None or not self.do_copy():
            return False
        ids = top_most(scenario, self.controller.selection)
        from orgdesigner.model.commands import RemoveUnits

        return self.controller.push(RemoveUnits(scenario.id, ids))

    def do_paste(self) -> list[str]:
        scenario = self.controller.scenario
        if scenario is None or _CLIPBOARD is None:
            return []
        sel = self.controller.selection
        parent = sel[0] if sel else None
        command = paste_command(scenario, _CLIPBOARD, parent, plural(self.tr("Paste %n unit(s)", "", len(_CLIPBOARD.units)), len(_CLIPBOARD.units)))
        if not self.controller.push(command):
            return []
        roots = command.pasted_roots  # type: ignore[attr-defined]  # set on the macro by paste_command
        if parent is not None:
            self.view.chart_scene().set_collapsed(parent, False)
        self.controller.select_units(roots)
        return roots

    def set_collapsed(self, collapsed: bool) -> None:
        for uid in self.controller.selection:
            self.view.chart_scene().set_collapsed(uid, collapsed)

    def show_context_menu(self, unit_id: str | None, global_pos: QPoint) -> QMenu:
        menu = QMenu(self.view)
        if unit_id is not None:
            for action in (self.add_child, self.add_sibling, self.rename):
                menu.addAction(action)
            menu.addSeparator()
            for action in (self.cut, self.copy, self.paste, self.delete):
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.expand if unit_id in self.view.chart_scene().collapsed else self.collapse)
        else:
            menu.addAction(self.add_child)
            menu.addAction(self.paste)
        self.paste.setEnabled(_CLIPBOARD is not None)
        if global_pos is not None:
            menu.popup(global_pos)
        return menu
