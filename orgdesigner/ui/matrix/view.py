"""The matrix table view: type a letter, Delete, paste from Excel, copy, context menu.

Every edit of a selection is one SetRoles command, so one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from orgdesigner.analysis.findings import Finding
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.ui.a11y import no_tab_trap, warning
from orgdesigner.ui.i18n import plural
from orgdesigner.ui.matrix.delegate import RoleDelegate
from orgdesigner.ui.matrix.filters import RESPONSIBILITIES
from orgdesigner.ui.matrix.header import RotatedHeader
from orgdesigner.ui.matrix.paste import PasteResult, read_block
from orgdesigner.ui.matrix.roles import RoleParseError, parse_role, role_letter, role_word
from orgdesigner.ui.matrix.table_model import MatrixModel

_MAX_LISTED = 12  # problems named one by one in the paste message


class MatrixView(QTableView):
    #: the pasted block's problems as a ready message (empty when all cells were read)
    pasteReported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setWordWrap(False)
        self.setShowGrid(True)
        no_tab_trap(self)

        hh = RotatedHeader(self)
        self.setHorizontalHeader(hh)
        hh.setDefaultSectionSize(30)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh = self.verticalHeader()
        vh.setDefaultSectionSize(22)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.show_paste_dialogs = True
        self.last_paste: PasteResult | None = None
        # A cell to bring into view once the view is on screen (see scroll_into_view)
        self._pending_scroll: QPersistentModelIndex | None = None

    def matrix_model(self) -> MatrixModel:
        model = self.model()
        assert isinstance(model, MatrixModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, MatrixModel):
            self.setItemDelegate(RoleDelegate(model.lang, self))

    # -- keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.matrix_model()
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selection_text())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_roles(self.selectedIndexes(), None, self.tr("Clear roles"))
            return
        text = event.text()
        if len(text) == 1 and text.isalpha() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            try:
                role = parse_role(text, model.lang)
            except RoleParseError:
                QApplication.beep()
                return
            model.set_roles(self.selectedIndexes(), role)
            return
        super().keyPressEvent(event)

    # -- clipboard ---------------------------------------------------------------------------------
    def selection_text(self) -> str:
        indexes = self.selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        model = self.matrix_model()
        lines = []
        for r in range(rows[0], rows[-1] + 1):
            cells = [model.index(r, c).data() if (r, c) in chosen else "" for c in range(cols[0], cols[-1] + 1)]
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def paste_text(self, text: str) -> PasteResult | None:
        """Apply a tab-separated block at the current cell as one command; report unreadable cells."""
        model = self.matrix_model()
        indexes = self.selectedIndexes()
        start = min(indexes, key=lambda i: (i.row(), i.column())) if indexes else self.currentIndex()
        if not start.isValid() or not text:
            return None
        scenario = model.scenario
        assert scenario is not None
        result = read_block(text, start.row(), start.column(), model.key_at, scenario.assignments.get, model.lang)
        self.last_paste = result
        if result.changes:
            model.push_changes(result.changes, plural(self.tr("Paste %n role(s)", "", len(result.changes)), len(result.changes)))
        message = self.paste_message(result)
        self.pasteReported.emit(message)
        if message and self.show_paste_dialogs:
            warning(self, self.tr("Paste"), message)

        return result

    def paste_message(self, result: PasteResult) -> str:
        if not result.problems:
            return ""
        model = self.matrix_model()
        letters = ", ".join(f"{role_letter(r, model.lang)} ({role_word(r, model.lang)})" for r in Role)
        lines = [
            self.tr("%n cell(s) could not be read and were left unchanged:", "", len(result.problems)),
        ]
        for p in result.problems[:_MAX_LISTED]:
            where = self.tr("line %1, column %2").replace("%1", str(p.line)).replace("%2", str(p.column))
            if p.reason == "outside":
                lines.append(f"• {where}: “{p.text}” — " + self.tr("outside the matrix"))
            else:
                lines.append(f"• {where}: “{p.text}” — " + self.tr("not a role"))
        if len(result.problems) > _MAX_LISTED:
            lines.append(self.tr("… and %n more", "", len(result.problems) - _MAX_LISTED))
        lines.append(self.tr("Roles are: %1; an empty cell clears.").replace("%1", letters))
        if result.changes:
            lines.append(self.tr("The other %n cell(s) were applied as one undo step.", "", len(result.changes)))
        return "\n".join(lines)

    # -- context menu ------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if index not in self.selectedIndexes():
            self.setCurrentIndex(index)
        menu = self.build_context_menu()
        menu.exec(event.globalPos())

    def build_context_menu(self) -> QMenu:
        model = self.matrix_model()
        menu = QMenu(self)
        for role in Role:
            action = QAction(f"{role_letter(role, model.lang)}  {role_word(role, model.lang)}", menu)
            action.triggered.connect(lambda _=False, r=role: model.set_roles(self.selectedIndexes(), r))
            menu.addAction(action)
        menu.addSeparator()
        clear = QAction(self.tr("Clear"), menu)
        clear.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        clear.triggered.connect(lambda: model.set_roles(self.selectedIndexes(), None, self.tr("Clear roles")))
        menu.addAction(clear)
        return menu

    # -- selection from findings -------------------------------------------------------------------
    def select_finding(self, finding: Finding) -> int:
        """Select the cells a finding concerns (or its rows when no unit is named); returns the count."""
        model = self.matrix_model()
        subjects = finding.subjects
        resps: tuple[Responsibility, ...] = RESPONSIBILITIES if subjects.responsibility is None else (subjects.responsibility,)
        selection = QItemSelection()
        first = QModelIndex()
        count = 0
        for fid in subjects.functions:
            for resp in resps:
                units = subjects.units or tuple(model.units[:1])
                for uid in units:
                    index = model.cell_index(uid, fid, resp)
                    if not index.isValid():
                        continue
                    if subjects.units:
                        selection.select(index, index)
                    else:  # the whole function row
                        last = model.index(index.row(), model.columnCount() - 1) if not model.transposed else model.index(model.rowCount() - 1, index.column())
                        first_cell = model.index(index.row(), 0) if not model.transposed else model.index(0, index.column())
                        selection.select(first_cell, last)
                        index = first_cell
                    count += 1
                    if not first.isValid():
                        first = index
        sm = self.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first.isValid():
            sm.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scroll_into_view(first)
        return count

    # -- scrolling ---------------------------------------------------------------------------------
    def scroll_into_view(self, index: QModelIndex) -> None:
        """Centre a cell now if the view is on screen, else as soon as it is shown.

        Scrolling a view that is not laid out (the tab built off screen when a finding was chosen
        before the matrix was ever shown) centres against a viewport of the wrong width: per-item
        scrolling then puts the column header's offset past the last column, and the first real
        layout leaves the scroll bar's value (already its maximum) unchanged, so header and cells
        stay scrolled off into nothing until a resize changes the range.
        """
        if self.isVisible():
            self._pending_scroll = None
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self._pending_scroll = QPersistentModelIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending_scroll is not None:
            # after the layout has given the viewport its size (queued behind the show's resize)
            QTimer.singleShot(0, self._scroll_pending)

    def _scroll_pending(self) -> None:
        pending, self._pending_scroll = self._pending_scroll, None
        if pending is not None and pending.isValid() and self.isVisible():
            self.scrollTo(self.model().index(pending.row(), pending.column()), QAbstractItemView.ScrollHint.PositionAtCenter)
