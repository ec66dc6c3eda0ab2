"""Add an event to the volume history's time line: a pricing change (from the decision register,
dated by its decision), the start of consultative feedback by a supplier at some buyers, or PNA
introduced at some hälsocentraler. One command, one undo step; a refused event shows why."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.trade_history import SetTradeHistory, with_event
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.trade import PricingModel
from orgdesigner.model.trade_history import EventKind, TradeEvent
from orgdesigner.ui.a11y import describe, describe_buttons


class EventDialog(QDialog):
    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Add event"))
        project, scenario = controller.project, controller.scenario
        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind, text in ((EventKind.PRICING, self.tr("Pricing change (a decision)")),
                           (EventKind.FEEDBACK, self.tr("Consultative feedback starts")),
                           (EventKind.PNA, self.tr("PNA introduced"))):
            self.kind.addItem(text, kind.value)
        self.kind.currentIndexChanged.connect(self._update)
        self.decision = QComboBox(self)
        self.decision.addItem(self.tr("(none: give a date)"), None)
        for d in project.decisions.values():
            self.decision.addItem(f"{d.id} {d.title}", d.id)
        models = [(m.value, text) for m, text in ((PricingModel.FRI_NYTTIGHET, self.tr("fri nyttighet")),
                                                   (PricingModel.STYCKPRIS, self.tr("styckpris")),
                                                   (PricingModel.FAST_AVGIFT, self.tr("fast avgift")),
                                                   (PricingModel.BLANDAD, self.tr("blandad")))]
        self.pricing_from, self.pricing_to = QComboBox(self), QComboBox(self)
        for combo in (self.pricing_from, self.pricing_to):
            combo.addItem(self.tr("(not given)"), None)
            for value, text in models:
                combo.addItem(text, value)
        self.on = QLineEdit(self)  # a date as the rest of the window types them (a date edit traps Tab)
        self.on.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.supplier = QComboBox(self)
        self.supplier.addItem(self.tr("(every supplier)"), None)
        if scenario is not None:
            for u in scenario.units.values():
                if u.category is UnitCategory.MEDICAL_SERVICE:
                    self.supplier.addItem(u.name, u.id)
        self.buyers = QListWidget(self)
        self.buyers.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for key, name in self._buyer_choices():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.buyers.addItem(item)
        self.note = QLineEdit(self)
        for widget, label, text in (
            (self.kind, self.tr("Kind"), self.tr("What happened")),
            (self.decision, self.tr("Decision"), self.tr("The decision in the register that changed the pricing; the event takes its date")),
            (self.pricing_from, self.tr("Pricing before"), self.tr("The pricing model before the change")),
            (self.pricing_to, self.tr("Pricing after"), self.tr("The pricing model after the change")),
            (self.on, self.tr("Date"), self.tr("The day it started, as 2015-01-01")),
            (self.supplier, self.tr("Supplier"), self.tr("The unit that gives the feedback")),
            (self.buyers, self.tr("Buyers touched"), self.tr("The buyers it touched; none for a pricing change of every egenregi buyer")),
            (self.note, self.tr("Note"), self.tr("What the event was")),
        ):
            describe(widget, text, label)
            form.addRow(label + ":", widget)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._update()

    def _buyer_choices(self) -> list[tuple[str, str]]:
        """The history's buyers (by the scenario's name where it knows them), then the scenario's
        own and private providers the history does not name yet."""
        scenario = self.controller.scenario
        units = scenario.units if scenario is not None else {}
        out = {b: units[b].name if b in units else b for b in self.controller.project.trade_history.buyers()}
        for u in units.values():
            if u.category in (UnitCategory.OWN_PROVIDER, UnitCategory.PRIVATE_PROVIDER) and u.id not in out:
                out[u.id] = u.name
        return list(out.items())

    def _update(self) -> None:
        pricing = self.kind.currentData() == EventKind.PRICING.value
        for widget in (self.decision, self.pricing_from, self.pricing_to):
            widget.setEnabled(pricing)
        self.supplier.setEnabled(self.kind.currentData() != EventKind.PNA.value)

    def day(self) -> date | None:
        try:
            return date.fromisoformat(self.on.text().strip())
        except ValueError:
            return None

    def built_event(self) -> TradeEvent:
        kind = EventKind(self.kind.currentData())
        decision = self.decision.currentData() if kind is EventKind.PRICING else None
        on = None if decision is not None else self.day()
        buyers = tuple(i.data(Qt.ItemDataRole.UserRole) for i in self.buyers.selectedItems())
        taken = {e.id for e in self.controller.project.trade_history.events}
        n = 1
        while f"{kind.value}-{n}" in taken:
            n += 1
        return TradeEvent(
            f"{kind.value}-{n}", kind, on, decision,
            self.supplier.currentData() if kind is not EventKind.PNA else None, buyers,
            PricingModel(self.pricing_from.currentData()) if kind is EventKind.PRICING and self.pricing_from.currentData() else None,
            PricingModel(self.pricing_to.currentData()) if kind is EventKind.PRICING and self.pricing_to.currentData() else None,
            self.note.text().strip(),
        )

    def apply(self) -> bool:
        event = self.built_event()
        if event.decision is None and event.on is None:
            self.problem.setText(self.tr("Type the date as 2015-01-01."))
            return False
        if event.kind is EventKind.FEEDBACK and not event.supplier:
            self.problem.setText(self.tr("Choose the supplier that gives the feedback."))
            return False
        if event.kind is not EventKind.PRICING and not event.buyers:
            self.problem.setText(self.tr("Choose the buyers the event touched."))
            return False
        history = with_event(self.controller.project.trade_history, event)
        if not self.controller.push(SetTradeHistory(history, Description(Action.ADD, Subject.EVENT, name=event.id))):
            return False
        self.accept()
        return True
