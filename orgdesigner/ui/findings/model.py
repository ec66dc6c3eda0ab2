"""Findings of one scenario as a two-level Qt model: groups (cause, severity or rule) → findings.

A thin adapter over the analysis result; it never edits anything. Acknowledged findings are
shown dimmed and italic, with the planner's comment.

A 10,000-unit region has ~24,000 findings in ~10,000 cause groups. Views are shown the groups a
page at a time (`show_more`: the dock asks for the next page when its list is scrolled down),
and a new analysis result re-arranges the rows (`layoutChanged`, moving the persistent indexes
of the expanded groups and the selection to where their findings went) instead of resetting the
model: the dock lays out what is on screen, not every finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import attrgetter, itemgetter
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from orgdesigner.analysis.findings import (
    RULES,
    SEVERITY_RANK,
    Finding,
    Severity,
)
from orgdesigner.model.entities import Project
from orgdesigner.ui import colours
from orgdesigner.ui.findings.causes import acknowledged_last, cause_groups

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding of a row (None on group rows)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding's stable key
MESSAGE, RULE, UNITS = range(3)
GROUP_BY_SEVERITY, GROUP_BY_RULE, GROUP_BY_CAUSE = "severity", "rule", "cause"
PAGE = 200  # groups shown to views at a time (a few screenfuls)

SEVERITY_WORDS = {
    "sv": {Severity.ERROR: "Fel", Severity.WARNING: "Varningar", Severity.INFO: "Information"},
    "en": {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Information"},
}
_SEVERITY = attrgetter("severity")
_ITEMS = itemgetter(1)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class FindingsModel(QAbstractItemModel):
    def __init__(self, project: Project | None = None, scenario_id: str | None = None, lang: str = "sv", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._project = project
        self._scenario_id = scenario_id
        self._all: list[Finding] = []
        self._group_by = GROUP_BY_SEVERITY
        self._text = ""
        self._groups: list[tuple[str, list[Finding]]] = []  # (group key, findings)
        self._shown = 0  # groups shown to views so far (the first `_shown` of `_groups`)
        self._icons: dict[Severity, QIcon] = {}
        self._counts: dict[str, int] | None = None  # counts() of the current grouping

    # -- configuration -------------------------------------------------------------------------
    def set_findings(self, findings: Iterable[Finding], project: Project | None = None, scenario_id: str | None = None) -> None:
        if project is not None:
            self._project = project
        if scenario_id is not None:
            self._scenario_id = scenario_id
        self._all = list(findings)
        self._regroup()

    def set_group_by(self, group_by: str) -> None:
        self._group_by = group_by
        self._regroup()

    def set_text_filter(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._regroup()

    @property
    def group_by(self) -> str:
        return self._group_by

    @property
    def findings(self) -> list[Finding]:
        return list(self._all)

    def visible_findings(self) -> list[Finding]:
        return [f for _, items in self._groups for f in items]

    def counts(self) -> dict[str, int]:
        """Unfiltered counts per severity value, plus "acknowledged" and "shown"."""
        if self._counts is None:
            out = {s.value: 0 for s in Severity}
            # a C-level count of all, less the (few) acknowledged ones: 120,000 findings at 50k units
            open_ones = Counter(map(_SEVERITY, self._all))
            open_ones.subtract(f.severity for f in self._all if f.acknowledged is not None)
            for severity, n in open_ones.items():
                out[severity.value] = n
            out["acknowledged"] = len(self._all) - open_ones.total()
            out["shown"] = sum(map(len, map(_ITEMS, self._groups)))
            self._counts = out
        return dict(self._counts)

    def _unit_names(self, finding: Finding) -> str:
        scenario = self._project.scenarios.get(self._scenario_id or "") if self._project else None
        if scenario is None:
            return ", ".join(finding.subjects.units)
        return ", ".join(scenario.units[u].name if u in scenario.units else u for u in finding.subjects.units)

    def _matches(self, finding: Finding) -> bool:
        if not self._text:
            return True
        rule = RULES.get(finding.rule)
        haystack = " ".join(
            [finding.message_sv, finding.message_en, finding.rule, rule.title(self.lang) if rule else "", self._unit_names(finding), finding.acknowledged or ""]
        )
        return self._text in haystack.casefold()

    def _grouped(self) -> list[tuple[str, list[Finding]]]:
        if self._group_by == GROUP_BY_CAUSE:  # one group per root cause, the most important first
            return cause_groups(filter(self._matches, self._all) if self._text else self._all)
        groups: dict[str, list[Finding]] = {}
        for finding in self._all:
            if self._matches(finding):
                key = finding.severity.value if self._group_by == GROUP_BY_SEVERITY else finding.rule
                groups.setdefault(key, []).append(finding)
        if self._group_by == GROUP_BY_SEVERITY:
            order = sorted(groups, key=lambda k: SEVERITY_RANK[Severity(k)])
        else:
            order = sorted(groups, key=lambda k: (min(SEVERITY_RANK[f.severity] for f in groups[k]), k))
        return [(k, acknowledged_last(groups[k])) for k in order]

    def _regroup(self) -> None:
        """Group anew and move the views' persistent indexes (expanded groups, the selection)
        to where their groups and findings are now: a layout change, not a reset."""
        self.layoutAboutToBeChanged.emit()
        old_groups, persistent = self._groups, self.persistentIndexList()
        self._groups = self._grouped()
        self._counts = None
        # as many groups shown as before (the list may have been scrolled), at least a page
        self._shown = min(len(self._groups), max(self._shown, PAGE))
        if persistent:
            self._move_persistent(old_groups, persistent)
        self.layoutChanged.emit()

    def _move_persistent(self, old_groups: list[tuple[str, list[Finding]]], persistent: list[QModelIndex]) -> None:
        group_row = {key: row for row, (key, _) in enumerate(self._groups)}
        finding_at: dict[str, tuple[int, int]] | None = None
        moved = []
        for index in persistent:
            target = QModelIndex()
            group = index.internalId()
            if group == 0 and index.row() < len(old_groups):
                row = group_row.get(old_groups[index.row()][0])
                if row is not None:
                    self._show_group(row, signal=False)
                    target = self.createIndex(row, index.column(), 0)
            elif 0 < group <= len(old_groups) and index.row() < len(old_groups[group - 1][1]):
                if finding_at is None:
                    finding_at = {f.key: (g, r) for g, (_, items) in enumerate(self._groups) for r, f in enumerate(items)}
                place = finding_at.get(old_groups[group - 1][1][index.row()].key)
                if place is not None:
                    self._show_group(place[0], signal=False)
                    target = self.createIndex(place[1], index.column(), place[0] + 1)
            moved.append(target)
        self.changePersistentIndexList(persistent, moved)

    # -- groups shown a page at a time --------------------------------------------------------------
    # (not Qt's canFetchMore/fetchMore: a QTreeView asks for more while it has not laid the rows
    # out yet, so every refresh showed another page; the dock asks when its list is scrolled down)
    def has_more(self) -> bool:
        return self._shown < len(self._groups)

    def show_more(self) -> None:
        """Show the next page of groups."""
        if self.has_more():
            self._show_group(min(len(self._groups), self._shown + PAGE) - 1)

    def _show_group(self, row: int, signal: bool = True) -> None:
        """Show groups up to `row` (a finding asked for by key, a moved selection)."""
        if row < self._shown:
            return
        if signal:
            self.beginInsertRows(QModelIndex(), self._shown, row)
        self._shown = row + 1
        if signal:
            self.endInsertRows()

    def group_key(self, index: Index) -> str:
        """The key of a group row ("" for anything else)."""
        if index.isValid() and index.internalId() == 0 and index.row() < self._shown:
            return self._groups[index.row()][0]
        return ""

    def group_rows_shown(self) -> int:
        return self._shown

    def group_size(self, row: int) -> int:
        return len(self._groups[row][1]) if 0 <= row < self._shown else 0

    def group_title(self, key: str, items: list[Finding] | None = None) -> str:
        if self._group_by == GROUP_BY_CAUSE:  # the main finding's message
            return items[0].message(self.lang) if items else key
        if self._group_by == GROUP_BY_SEVERITY:
            return SEVERITY_WORDS[self.lang][Severity(key)]
        rule = RULES.get(key)
        return rule.title(self.lang) if rule else key

    def index_of_key(self, finding_key: str) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for r, f in enumerate(items):
                if f.key == finding_key:
                    self._show_group(g)
                    return self.createIndex(r, 0, g + 1)
        return QModelIndex()

    # -- tree structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # bounds checked here rather than by hasIndex (three calls back into Python per row)
        if row < 0 or not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self._shown else QModelIndex()
        group = parent.row()
        if parent.internalId() != 0 or parent.column() != 0 or group >= self._shown or row >= len(self._groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's parent() is overloaded; the model overrides the index form  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        group = index.internalId()
        if group == 0:
            return QModelIndex()
        return self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._shown
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < self._shown:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def finding_at(self, index: Index) -> Finding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = index.internalId() - 1
        if group >= self._shown:
            return None
        items = self._groups[group][1]
        return items[index.row()] if index.row() < len(items) else None

    # -- data ----------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [self.tr("Finding"), self.tr("Rule"), self.tr("Units")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        finding = self.finding_at(index)
        if finding is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == MESSAGE:
                return finding.message(self.lang)
            if col == RULE:
                rule = RULES.get(finding.rule)
                return rule.title(self.lang) if rule else finding.rule
            return self._unit_names(finding)
        if role == Qt.ItemDataRole.DecorationRole and col == MESSAGE:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = finding.message(self.lang)
            if finding.acknowledged is not None:
                text += "\n\n" + self.tr("Acknowledged: %1").replace("%1", finding.acknowledged)
            return text
        if finding.acknowledged is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colours.colour("dim_text"))  # 3.4:1 as #8c8c8c; now ≥ 4.5:1 in both schemes
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == FINDING_ROLE:
            return finding
        if role == KEY_ROLE:
            return finding.key
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.row() >= self._shown:
            return None
        key, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == MESSAGE:
            title = self.group_title(key, items)
            open_count = sum(1 for f in items if f.acknowledged is None)
            return f"{title} ({open_count}/{len(items)})" if open_count != len(items) else f"{title} ({len(items)})"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == MESSAGE:
            return self._icon(items[0].severity) if items else None
        if role == Qt.ItemDataRole.FontRole and index.column() == MESSAGE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _icon(self, severity: Severity) -> QIcon | None:
        if severity not in self._icons:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._icons[severity] = app.style().standardIcon(_ICONS[severity])
        return self._icons[severity]

    def flags(self, index: Index) -> Qt.ItemFlag:
        # asked for every row the view lays out: constants, not an enum `|` each time
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

