"""The responsibility matrix as a Qt table: a thin adapter over one scenario's assignments.

Rows are (function, responsibility) pairs grouped by function category, columns are units
(swapped when transposed). The model never writes the project: edits are pushed as SetRoles
commands, and the model repaints from the document's events — for an assignment change only the
touched (function × unit) cells.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from orgdesigner.analysis.findings import Finding
from orgdesigner.model.commands import Command, SetRoles
from orgdesigner.model.commands.description import Description
from orgdesigner.model.document import Document
from orgdesigner.model.entities import AssignmentKey, Scenario
from orgdesigner.model.enums import FunctionCategory, Responsibility, Role
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.ui import colours
from orgdesigner.ui.matrix.filters import (
    RESPONSIBILITIES,
    MatrixFilter,
    RowKey,
    function_rows,
    visible_functions,
    visible_units,
)
from orgdesigner.ui.matrix.roles import (
    RESPONSIBILITY_WORDS,
    UNIT_CATEGORY_WORDS,
    parse_role,
    role_colour,
    role_letter,
    role_word,
    ui_lang,
)

Index = QModelIndex | QPersistentModelIndex
Push = Callable[[Command], bool]

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # AssignmentKey of a cell
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # Role | None of a cell
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3  # list of finding messages concerning the cell

FUNCTION_CATEGORY_WORDS = {
    "sv": {FunctionCategory.CARE: "vård", FunctionCategory.MEDICAL_SERVICE: "medicinsk service", FunctionCategory.SUPPORT: "stöd", FunctionCategory.MANAGEMENT: "ledning"},
    "en": {FunctionCategory.CARE: "care", FunctionCategory.MEDICAL_SERVICE: "medical service", FunctionCategory.SUPPORT: "support", FunctionCategory.MANAGEMENT: "management"},
}
_DISPLAY, _EDIT, _BACKGROUND, _FOREGROUND, _ALIGN, _TIP, _KEY, _VALUE, _FINDING = range(9)
_CELL_ROLES: dict[int, int] = {
    int(Qt.ItemDataRole.DisplayRole): _DISPLAY,
    int(Qt.ItemDataRole.EditRole): _EDIT,
    int(Qt.ItemDataRole.BackgroundRole): _BACKGROUND,
    int(Qt.ItemDataRole.ForegroundRole): _FOREGROUND,
    int(Qt.ItemDataRole.TextAlignmentRole): _ALIGN,
    int(Qt.ItemDataRole.ToolTipRole): _TIP,
    int(KEY_ROLE): _KEY,
    int(VALUE_ROLE): _VALUE,
    int(FINDING_ROLE): _FINDING,
}
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_DARK = (Role.ACCOUNTABLE, Role.PERFORMS)  # white text on these


@cache
def _brushes() -> dict[object, QBrush]:
    """Role colours as brushes, made once (a QBrush per data() call is measurable)."""
    out: dict[object, QBrush] = {role: QBrush(role_colour(role)) for role in Role}
    out["white"] = QBrush(QColor("white"))
    return out


#: above this many touched cells one bounding dataChanged is cheaper than many small ones
_MAX_RANGES = 256


class MatrixModel(QAbstractTableModel):
    def __init__(
        self,
        doc: Document,
        scenario_id: str | None,
        push: Push | None = None,
        lang: str | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self._push = push
        self.lang = lang or ui_lang()
        self._letters = {role: role_letter(role, self.lang) for role in Role}
        self._scenario_id = scenario_id
        self._filter = MatrixFilter()
        self._transposed = False
        self._units: list[str] = []
        self._unit_pos: dict[str, int] = {}
        self._rows: list[RowKey] = []
        self._fn_pos: dict[str, int] = {}  # function id -> index of its first responsibility row
        self._cell_marks: dict[tuple[str, str, Responsibility], list[str]] = {}
        self._row_marks: dict[RowKey, list[str]] = {}
        self._unit_marks: dict[str, list[str]] = {}
        self._findings: list[Finding] = []
        self._icon: QIcon | None = None
        self._build()
        doc.events.subscribe(self._on_event)

    # -- configuration -------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario | None:
        return self._doc.project.scenarios.get(self._scenario_id or "")

    @property
    def scenario_id(self) -> str | None:
        return self._scenario_id

    @property
    def transposed(self) -> bool:
        return self._transposed

    @property
    def matrix_filter(self) -> MatrixFilter:
        return self._filter

    def set_scenario(self, scenario_id: str | None) -> None:
        self._scenario_id = scenario_id
        # the findings kept until the panel sends the new scenario's (ids that do not exist do not map)
        self._reset()

    def set_filter(self, flt: MatrixFilter) -> None:
        self._filter = flt
        self._reset()

    def set_transposed(self, on: bool) -> None:
        if on != self._transposed:
            self._transposed = on
            self._reset()

    def set_document(self, doc: Document) -> None:
        self._doc.events.unsubscribe(self._on_event)
        self._doc = doc
        doc.events.subscribe(self._on_event)
        self._reset()

    def detach(self) -> None:
        """Stop observing the document (call before dropping the model)."""
        self._doc.events.unsubscribe(self._on_event)

    def _build(self) -> None:
        scenario = self.scenario
        fids = visible_functions(self._doc.project, self._filter) if scenario is not None else []
        self._rows = function_rows(fids)
        self._fn_pos = {fid: i * len(RESPONSIBILITIES) for i, fid in enumerate(fids)}
        self._units = visible_units(scenario, self._filter, fids) if scenario is not None else []
        self._unit_pos = {uid: i for i, uid in enumerate(self._units)}

    def _reset(self) -> None:
        self.beginResetModel()
        self._build()
        self._cell_marks, self._row_marks, self._unit_marks = self._marks()
        self.endResetModel()

    # -- geometry --------------------------------------------------------------------------------
    @property
    def units(self) -> list[str]:
        return list(self._units)

    @property
    def function_rows(self) -> list[RowKey]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._units) if self._transposed else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._transposed else len(self._units)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One Python call per cell instead of hasIndex()'s rowCount() + columnCount() round trips.
        if self._transposed:
            rows, cols = len(self._units), len(self._rows)
        else:
            rows, cols = len(self._rows), len(self._units)
        if parent.isValid() or not (0 <= row < rows and 0 <= column < cols):
            return QModelIndex()
        return self.createIndex(row, column)

    def role_at(self, row: int, column: int) -> Role | None:
        """The role in a cell, for the delegate's direct painting (no QVariant round trip)."""
        if self._transposed:
            row, column = column, row
        try:
            fid, resp = self._rows[row]
            key = (self._units[column], fid, resp)
        except IndexError:
            return None
        scenario = self._doc.project.scenarios.get(self._scenario_id)  # type: ignore[arg-type]  # no scenario id yet finds no scenario: None is a fine key for .get
        return None if scenario is None else scenario.assignments.get(key)  # type: ignore[call-overload]  # a plain (unit, function, responsibility) tuple equals its AssignmentKey

    @property
    def letters(self) -> dict[Role, str]:
        return self._letters

    def is_marked(self, row: int, column: int) -> bool:
        """True when a finding concerns the cell (the delegate asks this on every paint)."""
        if not self._cell_marks:
            return False
        key = self.key_at(row, column)
        return key is not None and (key.unit_id, key.function_id, key.responsibility) in self._cell_marks

    def key_at(self, row: int, column: int) -> AssignmentKey | None:
        """The cell's (unit, function, responsibility), or None outside the matrix."""
        if self._transposed:
            row, column = column, row
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._units)):
            return None
        fid, resp = self._rows[row]
        return AssignmentKey(self._units[column], fid, resp)

    def cell_index(self, unit_id: str, function_id: str, responsibility: Responsibility) -> QModelIndex:
        col = self._unit_pos.get(unit_id)
        first = self._fn_pos.get(function_id)
        if col is None or first is None:
            return QModelIndex()
        row = first + RESPONSIBILITIES.index(Responsibility(responsibility))
        return self.index(col, row) if self._transposed else self.index(row, col)

    def _role_of(self, key: AssignmentKey) -> Role | None:
        scenario = self.scenario
        return None if scenario is None else scenario.assignments.get(key)

    # -- data --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path (called per cell and role on every paint): one dict lookup for the role,
        # int comparisons, cached brushes; roles the matrix does not use return at once.
        kind = _CELL_ROLES.get(role)
        if kind is None or not index.isValid():
            return None
        if kind == _ALIGN:
            return _CENTRE
        row, col = index.row(), index.column()
        if self._transposed:
            row, col = col, row
        try:
            fid, resp = self._rows[row]
            # a plain tuple hashes and compares equal to the AssignmentKey stored in the dict
            key = (self._units[col], fid, resp)
        except IndexError:
            return None
        if kind < _ALIGN:
            scenario = self._doc.project.scenarios.get(self._scenario_id)  # type: ignore[arg-type]  # no scenario id yet finds no scenario: None is a fine key for .get
            value = None if scenario is None else scenario.assignments.get(key)  # type: ignore[call-overload]  # a plain (unit, function, responsibility) tuple equals its AssignmentKey
            if kind == _DISPLAY:
                return "" if value is None else self._letters[value]
            if kind == _BACKGROUND:
                return None if value is None else _brushes()[value]
            if kind == _FOREGROUND:
                return _brushes()["white"] if value in _DARK else None
            return "" if value is None else value.value  # _EDIT
        if kind == _FINDING:
            return self._cell_marks.get(key)
        cell = AssignmentKey(*key)
        if kind == _TIP:
            return self._tooltip(cell)
        if kind == _KEY:
            return cell
        return self._role_of(cell)  # _VALUE

    def _tooltip(self, key: AssignmentKey) -> str:
        scenario = self.scenario
        assert scenario is not None
        unit = scenario.units[key.unit_id].name
        function = self._doc.project.functions[key.function_id].name
        resp = RESPONSIBILITY_WORDS[self.lang][key.responsibility]
        value = self._role_of(key)
        text = f"{unit} · {function} · {resp}: {role_word(value, self.lang) or '–'}"
        marks = self._cell_marks.get((key.unit_id, key.function_id, key.responsibility))
        if marks:
            text += "\n\n" + "\n".join(f"⚠ {m}" for m in marks)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        function_axis = (orientation == Qt.Orientation.Vertical) != self._transposed
        if function_axis:
            if 0 <= section < len(self._rows):
                return self._function_header(section, role)
        elif 0 <= section < len(self._units):
            return self._unit_header(section, role)
        return None

    def _function_header(self, section: int, role: int) -> Any:
        fid, resp = self._rows[section]
        function = self._doc.project.functions[fid]
        resp_word = RESPONSIBILITY_WORDS[self.lang][resp]
        if role == Qt.ItemDataRole.DisplayRole:
            if resp is RESPONSIBILITIES[0]:
                return f"{function.name} — {resp_word}"
            return f"— {resp_word}" if not self._transposed else f"{function.name} — {resp_word}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._problem_icon() if (fid, resp) in self._row_marks else None
        if role == Qt.ItemDataRole.ToolTipRole:
            category = FUNCTION_CATEGORY_WORDS[self.lang].get(function.category, str(function.category))
            text = f"{function.name} ({category}{', vårdval' if function.vardval else ''}) — {resp_word}"
            marks = self._row_marks.get((fid, resp))
            if marks:
                text += "\n\n" + "\n".join(f"⚠ {m}" for m in marks)
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            # the row header's tint per function category: light on light, a shade on dark (colours.py)
            return QBrush(colours.colour(f"tint_{function.category.value}"))
        if role == Qt.ItemDataRole.FontRole and resp is RESPONSIBILITIES[0]:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return (fid, resp)
        return None

    def _unit_header(self, section: int, role: int) -> Any:
        scenario = self.scenario
        assert scenario is not None
        uid = self._units[section]
        unit = scenario.units[uid]
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._problem_icon() if uid in self._unit_marks else None
        if role == Qt.ItemDataRole.ToolTipRole:
            category = UNIT_CATEGORY_WORDS[self.lang].get(unit.category, str(unit.category))
            text = f"{unit.name} ({category})"
            marks = self._unit_marks.get(uid)
            if marks:
                text += "\n\n" + "\n".join(f"⚠ {m}" for m in marks)
            return text
        if role == KEY_ROLE:
            return uid
        return None

    def _problem_icon(self) -> QIcon | None:
        if self._icon is None:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._icon = app.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self._push is not None else _READ_ONLY

    # -- editing -----------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            new = parse_role(value, self.lang)
        except ValueError:
            return False
        return self.set_roles([index], new)

    def set_roles(self, indexes: Iterable[Index], role: Role | None, text: str = "") -> bool:
        """Give every cell in `indexes` `role` (None clears) as ONE undo step; unchanged cells are skipped."""
        changes = []
        for index in indexes:
            key = self.key_at(index.row(), index.column())
            if key is not None and self._role_of(key) != role:
                changes.append((key, role))
        if not changes:
            return True
        return self.push_changes(changes, text)

    def push_changes(self, changes: list[tuple[AssignmentKey, Role | None]], text: str = "") -> bool:
        if self._push is None or self._scenario_id is None or not changes:
            return False
        return bool(self._push(SetRoles(self._scenario_id, changes, Description.named(text) if text else None)))

    # -- repaint from model events -----------------------------------------------------------------
    def _on_event(self, event: ModelEvent) -> None:
        change = event.change
        if change is Change.ASSIGNMENTS_CHANGED:
            if event.scenario_id == self._scenario_id:
                self._assignments_changed(event.ids, event.function_ids)
        elif change in (Change.RESET, Change.SCENARIOS_CHANGED, Change.FUNCTIONS_CHANGED):
            if self._scenario_id not in self._doc.project.scenarios:
                self._scenario_id = next(iter(self._doc.project.scenarios), None)
            self._reset()
        elif change in (Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED):
            if event.scenario_id == self._scenario_id:
                self._reset()
        elif change is Change.UNITS_CHANGED and event.scenario_id == self._scenario_id:
            if event.field == "category" and self._filter.unit_categories is not None:
                self._reset()
            else:
                self._unit_headers_changed(event.ids)

    def _unit_headers_changed(self, unit_ids: Iterable[str]) -> None:
        orientation = Qt.Orientation.Vertical if self._transposed else Qt.Orientation.Horizontal
        for uid in unit_ids:
            pos = self._unit_pos.get(uid)
            if pos is not None:
                self.headerDataChanged.emit(orientation, pos, pos)

    def _assignments_changed(self, unit_ids: Iterable[str], function_ids: Iterable[str]) -> None:
        if self._filter.depends_on_assignments:
            scenario = self.scenario
            assert scenario is not None
            units = visible_units(scenario, self._filter, [fid for fid, _ in self._rows[:: len(RESPONSIBILITIES)]])
            if units != self._units:
                self._reset()
                return
        cols = sorted({self._unit_pos[u] for u in unit_ids if u in self._unit_pos})
        firsts = sorted({self._fn_pos[f] for f in function_ids if f in self._fn_pos})
        if not cols or not firsts:
            return
        last = len(RESPONSIBILITIES) - 1
        if len(cols) * len(firsts) > _MAX_RANGES:
            self._emit_range(firsts[0], firsts[-1] + last, cols[0], cols[-1])
            return
        for col in cols:
            for first in firsts:
                self._emit_range(first, first + last, col, col)

    def _emit_range(self, row0: int, row1: int, col0: int, col1: int) -> None:
        """dataChanged for function rows row0..row1 × unit columns col0..col1 (in either layout)."""
        if self._transposed:
            row0, row1, col0, col1 = col0, col1, row0, row1
        self.dataChanged.emit(self.index(row0, col0), self.index(row1, col1))

    # -- findings marks ------------------------------------------------------------------------------
    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Mark cells, rows and unit headers concerned by unacknowledged findings; repaint the difference."""
        self._findings = list(findings)
        cells, rows, units = self._marks()
        changed_cells = {k for k in cells.keys() ^ self._cell_marks.keys()}
        changed_cells |= {k for k in cells.keys() & self._cell_marks.keys() if cells[k] != self._cell_marks[k]}
        changed_rows = (rows.keys() ^ self._row_marks.keys()) | {k for k in rows.keys() & self._row_marks.keys() if rows[k] != self._row_marks[k]}
        changed_units = (units.keys() ^ self._unit_marks.keys()) | {k for k in units.keys() & self._unit_marks.keys() if units[k] != self._unit_marks[k]}
        self._cell_marks, self._row_marks, self._unit_marks = cells, rows, units
        self._repaint_marks(changed_cells, changed_rows, changed_units)

    def _marks(self) -> tuple[dict, dict, dict]:
        cells: dict[tuple[str, str, Responsibility], list[str]] = {}
        rows: dict[RowKey, list[str]] = {}
        units: dict[str, list[str]] = {}
        for finding in self._findings:
            if finding.acknowledged is not None:
                continue
            subjects = finding.subjects
            message = finding.message(self.lang)
            resps = RESPONSIBILITIES if subjects.responsibility is None else (subjects.responsibility,)
            for fid in subjects.functions:
                for resp in resps:
                    rows.setdefault((fid, resp), []).append(message)
                    for uid in subjects.units:
                        cells.setdefault((uid, fid, resp), []).append(message)
            if any(fid in self._fn_pos for fid in subjects.functions):  # matrix findings only
                for uid in subjects.units:
                    units.setdefault(uid, []).append(message)
        return cells, rows, units

    def _repaint_marks(self, cells: set, rows: set, units: set) -> None:
        if not self._rows or not self._units:
            return
        if len(cells) > _MAX_RANGES:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            for uid, fid, resp in cells:
                index = self.cell_index(uid, fid, resp)
                if index.isValid():
                    self.dataChanged.emit(index, index)
        fn_orientation = Qt.Orientation.Horizontal if self._transposed else Qt.Orientation.Vertical
        for fid, resp in rows:
            first = self._fn_pos.get(fid)
            if first is not None:
                pos = first + RESPONSIBILITIES.index(resp)
                self.headerDataChanged.emit(fn_orientation, pos, pos)
        self._unit_headers_changed(units)

    def marked_rows(self) -> set[RowKey]:
        return set(self._row_marks)

    def marked_cells(self) -> set[tuple[str, str, Responsibility]]:
        return set(self._cell_marks)
