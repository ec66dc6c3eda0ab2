"""Table models of the comparison tab: differences, and metrics with deltas (thin adapters over
`orgdesigner.analysis.compare.Comparison`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from orgdesigner.analysis.compare import Comparison
from orgdesigner.io.words.numbers import number, percent, points, signed
from orgdesigner.io.words.wording import field_name
from orgdesigner.io.words.wording import value as value_words
from orgdesigner.model.vocabulary import label
from orgdesigner.ui import colours
from orgdesigner.ui.matrix.roles import ui_lang

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: the four unit statuses; the window takes their colours from colours.py (status_added …)
STATUSES = ("added", "removed", "moved", "changed")
#: the paper's colours of the statuses (exports are always light)
STATUS_COLOURS = {"added": "#2e9d4f", "removed": "#c0392b", "moved": "#e08e0b", "changed": "#2f6fb5"}
_BETTER_UP = {"clarity_index"}  # higher is better; findings.* lower is better


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("Compare", text, disambiguation, n)


def status_word(status: str) -> str:
    return {"added": tr("added"), "removed": tr("removed"), "moved": tr("moved"), "changed": tr("changed")}.get(status, status)


@dataclass(frozen=True, slots=True)
class DiffRow:
    scenario: str
    kind: str
    status: str
    subject: str
    detail: str


def diff_rows(comparison: Comparison, lang: str) -> list[DiffRow]:
    """One row per difference, every compared scenario after the base in turn."""
    rows: list[DiffRow] = []
    names = comparison.unit_names
    for (_sid, name), diff in zip(comparison.scenarios[1:], comparison.diffs, strict=True):
        for u in diff.units:
            parts = []
            if u.status == "moved":
                old = names.get(u.old_parent or "", "–")
                new = names.get(u.new_parent or "", "–")
                parts.append(tr("reports to %1 instead of %2").replace("%1", new).replace("%2", old))
            parts += [f"{field_name(k, lang)}: {value_words(k, o, lang)} → {value_words(k, n, lang)}" for k, (o, n) in u.fields.items()]
            rows.append(DiffRow(name, tr("Unit"), u.status, u.name, "; ".join(parts)))
        for a in diff.assignments:
            function = comparison.function_names.get(a.function_id, a.function_id)
            subject = f"{function} – {label(a.responsibility, lang)}"
            detail = f"{names.get(a.unit_id, a.unit_id)}: {label(a.old, lang)} → {label(a.new, lang)}"
            status = "added" if a.old is None else "removed" if a.new is None else "changed"
            rows.append(DiffRow(name, tr("Role"), status, subject, detail))
        for key, (old, new) in diff.economy.items():
            rows.append(DiffRow(name, tr("Economic rules"), "changed", field_name(key, lang), f"{value_words(key, old, lang)} → {value_words(key, new, lang)}"))
        for key, (old, new) in diff.scenario.items():
            rows.append(DiffRow(name, tr("Scenario"), "changed", field_name(key, lang), f"{value_words(key, old, lang)} → {value_words(key, new, lang)}"))
    return rows


class DifferencesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DiffRow] = []

    def set_comparison(self, comparison: Comparison | None, lang: str) -> None:
        self.beginResetModel()
        self.rows = [] if comparison is None else diff_rows(comparison, lang)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Scenario"), tr("Kind"), tr("Change"), tr("What"), tr("Details")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [row.scenario, row.kind, status_word(row.status), row.subject, row.detail][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(colours.colour(f"status_{row.status}_tint")) if row.status in STATUSES else None
        return None


def metric_word(key: str) -> str:
    words = {
        "clarity_index": tr("Clarity index"),
        "units": tr("Units"),
        "layers": tr("Layers"),
        "span_mean": tr("Span of control, mean"),
        "span_max": tr("Span of control, largest"),
        "findings.total": tr("Findings"),
        "findings.error": tr("Errors"),
        "findings.warning": tr("Warnings"),
        "findings.info": tr("Notes"),
        "dotted.total": tr("Dotted lines"),
        "dotted.professional": tr("Dotted lines: professional/medical"),
        "dotted.functional": tr("Dotted lines: functional"),
        "dotted.agreement": tr("Dotted lines: by agreement"),
        "trade.net_cost_sek": tr("Internal trade: region's net cost (SEK)"),
        "trade.charged_sek": tr("Internal trade: charged (SEK)"),
        "trade.production_cost_sek": tr("Internal trade: production cost (SEK)"),
    }
    if key in words:
        return words[key]
    if key.startswith("split."):
        _, resp, side = key.split(".", 2)
        sides = {"purchaser": "beställarenhet", "own_provider": "egenregi", "other": tr("other")}
        resps = {"development": tr("development"), "ordering": tr("ordering"), "delivery": tr("delivery")}
        return tr("Accountable for %1: %2").replace("%1", resps.get(resp, resp)).replace("%2", sides.get(side, side))
    return key


def _fmt(value: float) -> str:
    return number(value, ui_lang(), 0 if abs(value) >= 100 else 2)


class MetricsModel(QAbstractTableModel):
    """Rows: metrics; columns: scenarios (the first is the base), later ones with their delta."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keys: list[str] = []
        self.columns: list[tuple[str, str]] = []
        self.values: dict[str, dict[str, float]] = {}
        self.deltas: dict[str, dict[str, float]] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        if comparison is None:
            self.keys, self.columns, self.values, self.deltas = [], [], {}, {}
        else:
            self.columns = list(comparison.scenarios)
            self.values = comparison.metrics
            self.keys = list(dict.fromkeys(k for sid, _ in self.columns for k in comparison.shown_metrics(sid)))
            self.deltas = {sid: comparison.deltas(sid) for sid, _ in self.columns[1:]}
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1] if section < len(self.columns) else None
        return metric_word(self.keys[section]) if section < len(self.keys) else None

    def delta(self, row: int, column: int) -> float:
        if column == 0:
            return 0.0
        return self.deltas[self.columns[column][0]].get(self.keys[row], 0.0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.keys[index.row()]
        sid = self.columns[index.column()][0]
        value = self.values[sid].get(key, 0)
        delta = self.delta(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            lang = ui_lang()
            text = percent(value, lang) if key == "clarity_index" else _fmt(value)
            if delta:
                shown = points(delta, lang) if key == "clarity_index" else signed(delta, lang, 0 if abs(delta) >= 100 else 2)
                text += f"  ({shown})"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and delta:
            better = (delta > 0) == (key in _BETTER_UP)
            if key in _BETTER_UP or key.startswith("findings."):
                return QBrush(colours.colour("good_text" if better else "bad_text"))
        return None
