"""Findings of one scenario as a two-level Qt model: groups (severity or rule) → findings.

A thin adapter over the analysis result; it never edits anything. Acknowledged findings are
shown dimmed and italic, with the planner's comment.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from orgdesigner.analysis.findings import (
    RULES,
    SEVERITY_RANK,
    Finding,
    Severity,
    by_cause,
    cause_key,
)
from orgdesigner.model.entities import Project
from orgdesigner.ui import colours

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding of a row (None on group rows)
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the finding's stable key
MESSAGE, RULE, UNITS = range(3)
GROUP_BY_SEVERITY, GROUP_BY_RULE, GROUP_BY_CAUSE = "severity", "rule", "cause"

SEVERITY_WORDS = {
    "sv": {Severity.ERROR: "Fel", Severity.WARNING: "Varningar", Severity.INFO: "Information"},
    "en": {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Information"},
}
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
        self._titles: dict[str, str] = {}  # cause groups: the main finding's message
        self._icons: dict[Severity, QIcon] = {}

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
        out = {s.value: 0 for s in Severity}
        for f in self._all:
            if f.acknowledged is None:
                out[f.severity.value] += 1
        out["acknowledged"] = sum(1 for f in self._all if f.acknowledged is not None)
        out["shown"] = len(self.visible_findings())
        return out

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

    def _regroup(self) -> None:
        self.beginResetModel()
        if self._group_by == GROUP_BY_CAUSE:  # one group per root cause, the most important first
            causes = by_cause(f for f in self._all if self._matches(f))
            self._groups = [(cause_key(g[0]), sorted(g, key=lambda f: f.acknowledged is not None)) for g in causes]
            self._titles = {cause_key(g[0]): g[0].message(self.lang) for g in causes}
            self.endResetModel()
            return
        groups: dict[str, list[Finding]] = {}
        for finding in self._all:
            if self._matches(finding):
                key = finding.severity.value if self._group_by == GROUP_BY_SEVERITY else finding.rule
                groups.setdefault(key, []).append(finding)
        if self._group_by == GROUP_BY_SEVERITY:
            order = sorted(groups, key=lambda k: SEVERITY_RANK[Severity(k)])
        else:
            order = sorted(groups, key=lambda k: (min(SEVERITY_RANK[f.severity] for f in groups[k]), k))
        # acknowledged findings sink to the end of their group
        self._groups = [(k, sorted(groups[k], key=lambda f: f.acknowledged is not None)) for k in order]
        self.endResetModel()

    def group_title(self, key: str) -> str:
        if self._group_by == GROUP_BY_CAUSE:
            return self._titles.get(key, key)
        if self._group_by == GROUP_BY_SEVERITY:
            return SEVERITY_WORDS[self.lang][Severity(key)]
        rule = RULES.get(key)
        return rule.title(self.lang) if rule else key

    def index_of_key(self, finding_key: str) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for r, f in enumerate(items):
                if f.key == finding_key:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # -- tree structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        group = index.internalId()
        if group == 0:
            return QModelIndex()
        return self.createIndex(group - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def finding_at(self, index: Index) -> Finding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = index.internalId() - 1
        if group >= len(self._groups):
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
        if index.row() >= len(self._groups):
            return None
        key, items = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == MESSAGE:
            open_count = sum(1 for f in items if f.acknowledged is None)
            return f"{self.group_title(key)} ({open_count}/{len(items)})" if open_count != len(items) else f"{self.group_title(key)} ({len(items)})"
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
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
