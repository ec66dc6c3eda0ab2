"""What a screen reader hears about the chart: its name; for the selected unit a short
announcement on every selection change (its name and how many findings it has), and the long
description (category, form, each finding's text) as the chart's accessible description, read
when the screen reader asks for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from orgdesigner.model.enums import UnitForm
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.view import ChartView
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from orgdesigner.ui.announcer import ActionAnnouncer


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartAccessibility", text)


class ChartAnnouncer(QObject):
    def __init__(self, view: ChartView, controller: DocumentController, lang: str = "sv") -> None:
        super().__init__(view)
        self.view, self.controller, self.lang = view, controller, lang
        # not the tab's title: the tab and the chart in it must not sound alike
        view.setAccessibleName(tr("Chart of the units"))
        self.announced = tr("No unit selected. Arrow keys walk the tree.")  # the last long description
        self.announcer: ActionAnnouncer | None = None  # the window's, once installed: says the short text
        view.setAccessibleDescription(self.announced)
        controller.selectionChanged.connect(lambda _ids: self.announce())

    def describe(self) -> str:
        scenario, selection = self.controller.scenario, self.controller.selection
        if scenario is None or not selection or selection[0] not in scenario.units:
            return tr("No unit selected. Arrow keys walk the tree.")
        if len(selection) > 1:
            return tr("Units selected: %1.").replace("%1", str(len(selection)))
        unit = scenario.units[selection[0]]
        parts = [unit.name, style.category_label(unit.category)]
        if unit.form is not UnitForm.LINE:
            parts.append(style.form_label(unit.form))
        folded = self._folded(unit.id)
        if folded:
            parts.append(folded)
        messages = self._findings(unit.id)
        parts.append(tr("findings: %1").replace("%1", str(len(messages))) if messages else tr("no findings"))
        return ", ".join(parts) + ("." if not messages else ": " + " ".join(messages))

    def _folded(self, unit_id: str) -> str:
        """'22 enheter hopfällda i kortet' for a folded card (a reader hears what the eye sees)."""
        card = self.view.chart_scene().cards.get(unit_id)
        return style.folded_text(card.hidden_count) if card is not None and card.hidden_count else ""

    def _findings(self, unit_id: str) -> list[str]:
        analysis, scenario = self.controller.analysis, self.controller.scenario
        if analysis is None or scenario is None:
            return []
        try:
            result = analysis.result(scenario.id)
        except Exception:  # the analysis must never silence the chart
            return []
        return [f.message_sv if self.lang == "sv" else f.message_en for f in result.findings
                if unit_id in f.subjects.units and f.acknowledged is None]  # a comment may be empty

    def short(self) -> str:
        """What is said at each step: the unit and its count of findings ("Brunflo hälsocentral, fynd: 1")."""
        scenario, selection = self.controller.scenario, self.controller.selection
        if scenario is None or not selection or selection[0] not in scenario.units:
            return tr("No unit selected. Arrow keys walk the tree.")
        if len(selection) > 1:
            return tr("Units selected: %1.").replace("%1", str(len(selection)))
        unit = scenario.units[selection[0]]
        count = len(self._findings(unit.id))
        folded = self._folded(unit.id)
        return f"{unit.name}, " + (f"{folded}, " if folded else "") + (
            tr("findings: %1").replace("%1", str(count)) if count else tr("no findings"))

    def announce(self) -> None:
        text = self.describe()
        if not self.controller.selection and text == self.announced:
            return  # still nothing selected (a file opened): nothing new to say
        # imported here, at the first selection: QAccessible's large enums cost start-up ~1.5 ms
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        self.view.setAccessibleDescription(text)  # the long text, for when it is asked for
        self.announced = text
        QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged))
        if self.announcer is not None and self.view.hasFocus():
            self.announcer.announce(self.short())  # said: short (was the long text on every arrow step)
