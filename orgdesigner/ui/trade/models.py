"""Qt table models over a scenario's internal trade: thin adapters, every edit a command.

The models never write the trade themselves: `setData` pushes a command through the
DocumentController, and the models redraw from the model events it relays.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from orgdesigner.io.words.numbers import number
from orgdesigner.model.commands.trade import SetFlowField, SetServiceField
from orgdesigner.model.entities import Scenario
from orgdesigner.model.events import Change, ModelEvent
from orgdesigner.model.trade import InternalTrade, PricingModel, ServiceKind
from orgdesigner.ui.matrix.roles import ui_lang

Index = QModelIndex | QPersistentModelIndex


def fmt_number(value: float | None, decimals: int = 2) -> str:
    """Display in the UI's language: '63 000', '42,5' (Swedish) or '63,000', '42.5'."""
    return number(value, ui_lang(), decimals)


class _TradeTableModel(QAbstractTableModel):
    """Shared plumbing: the controller, the current scenario, resets on events."""

    columns: tuple[str, ...] = ()
    editable: frozenset[str] = frozenset()

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rows: tuple[object, list[Any]] | None = None  # (trade, its rows): data() is per cell
        controller.modelChanged.connect(self._on_event)
        controller.currentScenarioChanged.connect(self._reset)
        controller.documentReplaced.connect(self._reset)

    # -- the data behind --
    @property
    def scenario(self) -> Scenario | None:
        return self.controller.scenario

    @property
    def trade(self) -> InternalTrade | None:
        scenario = self.scenario
        return None if scenario is None else scenario.trade

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def _row_source(self, trade: InternalTrade) -> dict[Any, Any]:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        """The shown rows in order, cached until the next reset (a list per cell was quadratic)."""
        trade = self.trade
        if trade is None:
            return []
        if self._rows is None or self._rows[0] is not trade:
            self._rows = (trade, list(self._row_source(trade).values()))
        return self._rows[1]

    def _reset(self, *_: object) -> None:
        self.beginResetModel()
        self._rows = None
        self.endResetModel()

    def _on_event(self, event: ModelEvent) -> None:
        if event.change is Change.RESET or event.change is Change.SCENARIOS_CHANGED or event.scenario_id == self.controller.scenario_id and event.change in (
            Change.TRADE_CHANGED,
            Change.UNITS_CHANGED,
            Change.UNITS_ADDED,
            Change.UNITS_REMOVED,
        ):
            self._reset()

    # -- Qt API --
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.headers()[self.columns[section]]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] in self.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def choices(self, index: Index) -> list[tuple[str, str]] | None:
        """(value, label) pairs for a combo-box editor, or None for a text editor."""
        return None

    def _unit_choices(self) -> list[tuple[str, str]]:
        scenario = self.scenario
        return [] if scenario is None else [(u.id, u.name) for u in scenario.units.values()]

    def _unit_name(self, unit_id: str) -> str:
        scenario = self.scenario
        unit = None if scenario is None else scenario.units.get(unit_id)
        return unit_id if unit is None else unit.name


def pricing_labels(tr: Any) -> dict[str, str]:
    return {
        PricingModel.FRI_NYTTIGHET.value: tr("fri nyttighet (free)"),
        PricingModel.STYCKPRIS.value: tr("styckpris (per item)"),
        PricingModel.FAST_AVGIFT.value: tr("fast avgift (fixed)"),
        PricingModel.BLANDAD.value: tr("blandad (mixed)"),
    }


def kind_labels(tr: Any) -> dict[str, str]:
    return {
        ServiceKind.LAB.value: tr("Clinical chemistry"),
        ServiceKind.MICROBIOLOGY.value: tr("Microbiology"),
        ServiceKind.XRAY.value: tr("X-ray"),
        ServiceKind.CT.value: tr("CT"),
        ServiceKind.MRI.value: tr("MRI"),
        ServiceKind.ULTRASOUND.value: tr("Ultrasound"),
        ServiceKind.PNA.value: tr("PNA (point of care)"),
        ServiceKind.OTHER.value: tr("Other"),
    }


_MONEY = ("unit_cost_sek", "price_sek", "fixed_charge_sek", "mixed_price_sek", "private_price_sek")


class ServicesModel(_TradeTableModel):
    # no id column: ids are for files and the command line, the planner knows a service by name
    columns = ("name", "supplier_id", "kind", "unit_cost_sek", "pricing", "price_sek",
               "fixed_charge_sek", "mixed_price_sek", "private_price_sek", "pna_alternative", "description")
    editable = frozenset(columns)

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Service"),
            "supplier_id": self.tr("Supplier"),
            "kind": self.tr("Kind"),
            "unit_cost_sek": self.tr("Unit cost (SEK)"),
            "pricing": self.tr("Pricing model"),
            "price_sek": self.tr("Price per item (SEK)"),
            "fixed_charge_sek": self.tr("Fixed charge per year (SEK)"),
            "mixed_price_sek": self.tr("Mixed: price per item (SEK)"),
            "private_price_sek": self.tr("Price for private providers (SEK)"),
            "pna_alternative": self.tr("PNA alternative"),
            "description": self.tr("Description"),
        }

    def _row_source(self, trade: InternalTrade) -> dict[Any, Any]:
        return trade.services

    def service_ids(self) -> list[str]:
        trade = self.trade
        return [] if trade is None else list(trade.services)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        trade = self.trade
        return 0 if parent.isValid() or trade is None else len(trade.services)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        trade = self.trade
        rows = self.rows()
        if not index.isValid() or trade is None or index.row() >= len(rows):
            return None
        service = rows[index.row()]
        column = self.columns[index.column()]
        value = getattr(service, column)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (value.value if hasattr(value, "value") else value)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _MONEY:
                return fmt_number(value)
            if column == "supplier_id":
                return self._unit_name(value)
            if column == "kind":
                return kind_labels(self.tr)[value.value]
            if column == "pricing":
                return pricing_labels(self.tr)[value.value]
            if column == "pna_alternative":
                alt = trade.services.get(value) if value else None
                return "" if value is None else (alt.name if alt else value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "price_sek" and service.needs_price():
            return self.tr("This service has no price for its pricing model")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        trade = self.trade
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or trade is None:
            return False
        service = self.rows()[index.row()]
        column = self.columns[index.column()]
        if column in _MONEY and isinstance(value, str):
            value = value.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        current = getattr(service, column)
        current = "" if current is None else (current.value if hasattr(current, "value") else current)
        if str(current) == str(value):
            return False  # no command for an edit that changes nothing
        try:
            command = SetServiceField(self.controller.scenario_id, service.id, column, value)
        except ValueError as exc:  # CommandError: refused before anything changed
            self.controller.show_message(exc)
            return False
        return bool(self.controller.push(command))

    def choices(self, index: Index) -> list[tuple[str, str]] | None:
        column = self.columns[index.column()]
        if column == "supplier_id":
            return self._unit_choices()
        if column == "kind":
            return list(kind_labels(self.tr).items())
        if column == "pricing":
            return list(pricing_labels(self.tr).items())
        if column == "pna_alternative":
            trade = self.trade
            own = self.service_ids()[index.row()] if trade is not None else None
            items = [] if trade is None else [(s.id, s.name) for s in trade.services.values() if s.id != own]
            return [("", self.tr("(none)")), *items]
        return None


class FlowsModel(_TradeTableModel):
    """Flows with their baseline volume; the last columns show the computed result (read-only)."""

    columns = ("buyer_id", "service_id", "volume", "volume_after", "charge_sek")
    editable = frozenset({"buyer_id", "service_id", "volume"})

    def __init__(self, controller: Any, parent: QObject | None = None) -> None:
        self._result: Any = None
        super().__init__(controller, parent)

    def headers(self) -> dict[str, str]:
        return {
            "buyer_id": self.tr("Buyer"),
            "service_id": self.tr("Service"),
            "volume": self.tr("Baseline volume per year"),
            "volume_after": self.tr("Volume with assumptions"),
            "charge_sek": self.tr("Charge (SEK, as set)"),
        }

    def _reset(self, *_: object) -> None:
        self._result = None
        super()._reset()

    def result(self) -> Any:
        if self._result is None and self.scenario is not None:
            from orgdesigner.analysis.trade import compute

            self._result = compute(self.scenario)
        return self._result

    def _row_source(self, trade: InternalTrade) -> dict[Any, Any]:
        return trade.flows

    def flow_keys(self) -> list[tuple[str, str]]:
        trade = self.trade
        return [] if trade is None else list(trade.flows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        trade = self.trade
        return 0 if parent.isValid() or trade is None else len(trade.flows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        trade = self.trade
        rows = self.rows()
        if not index.isValid() or trade is None or index.row() >= len(rows):
            return None
        flow = rows[index.row()]
        column = self.columns[index.column()]
        numeric = column in ("volume", "volume_after", "charge_sek")
        if role == Qt.ItemDataRole.EditRole:
            return getattr(flow, column) if column in self.editable else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "buyer_id":
                return self._unit_name(flow.buyer_id)
            if column == "service_id":
                service = trade.services.get(flow.service_id)
                return flow.service_id if service is None else service.name
            if column == "volume":
                return fmt_number(flow.volume, 1)
            result = self.result()
            if result is None:
                return ""
            table = result.volumes if column == "volume_after" else result.charges
            return fmt_number(table.get(flow.key), 1 if column == "volume_after" else 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        trade = self.trade
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or trade is None:
            return False
        column = self.columns[index.column()]
        if column not in self.editable:
            return False
        flow = self.rows()[index.row()]
        if column == "volume" and isinstance(value, str):
            value = value.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if str(getattr(flow, column)) == str(value):
            return False
        try:
            command = SetFlowField(self.controller.scenario_id, flow.key, column, value)
        except ValueError as exc:
            self.controller.show_message(exc)
            return False
        return bool(self.controller.push(command))

    def choices(self, index: Index) -> list[tuple[str, str]] | None:
        column = self.columns[index.column()]
        if column == "buyer_id":
            return self._unit_choices()
        if column == "service_id":
            trade = self.trade
            return [] if trade is None else [(s.id, s.name) for s in trade.services.values()]
        return None
