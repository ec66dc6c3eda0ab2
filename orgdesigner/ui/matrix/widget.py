"""The Ansvarsmatris tab: filters, transpose, legend, the matrix view and the catalogue button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesigner.analysis.findings import Finding
from orgdesigner.model.enums import Role, UnitCategory
from orgdesigner.ui import colours
from orgdesigner.ui.a11y import describe, label_for
from orgdesigner.ui.matrix.filters import MatrixFilter
from orgdesigner.ui.matrix.roles import COLOURS, UNIT_CATEGORY_WORDS, role_letter, role_word
from orgdesigner.ui.matrix.table_model import MatrixModel
from orgdesigner.ui.matrix.view import MatrixView
from orgdesigner.ui.undo import DocumentController

#: the comparison planners make most often: purchaser against own providers
PURCHASER_AND_OWN = frozenset({UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER})


class MatrixTab(QWidget):
    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = MatrixModel(controller.doc, controller.scenario_id, controller.push, lang, self)
        self.lang = self.model.lang
        self.view = MatrixView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Responsibility matrix"))
        self.view.setAccessibleDescription(self.tr("Functions by units; each cell holds the roles for development, ordering and delivery"))
        self.view.show_paste_dialogs = True
        self.view.pasteReported.connect(self._on_paste_report)

        self.transpose = QCheckBox(self.tr("Transpose"), self)
        self.transpose.setToolTip(self.tr("Units as rows, functions as columns"))
        describe(self.transpose, self.tr("Units as rows, functions as columns"))
        self.transpose.toggled.connect(self.model.set_transposed)

        self.categories = QToolButton(self)
        self.categories.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu arrow, which the style otherwise draws over the end of the label
        self.categories.setStyleSheet("QToolButton { padding-right: 16px; }")
        self._category_actions: dict[UnitCategory, QAction] = {}
        menu = QMenu(self.categories)
        preset = menu.addAction(self.tr("Only beställarenhet and egenregi"))
        preset.triggered.connect(lambda: self.set_unit_categories(PURCHASER_AND_OWN))
        every = menu.addAction(self.tr("All categories"))
        every.triggered.connect(lambda: self.set_unit_categories(None))
        menu.addSeparator()
        for category in UnitCategory:
            action = menu.addAction(UNIT_CATEGORY_WORDS[self.lang][category])
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._apply_filter)
            self._category_actions[category] = action
        self.categories.setMenu(menu)
        describe(self.categories, self.tr("Choose which unit categories the matrix shows as columns"))

        self.subtree = QComboBox(self)
        self.subtree.setMinimumContentsLength(18)
        self.subtree.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subtree.currentIndexChanged.connect(self._apply_filter)
        describe(self.subtree, self.tr("Show only the units under this unit"), self.tr("Subtree"))
        self.holding = QCheckBox(self.tr("Only units with roles"), self)
        describe(self.holding, self.tr("Hide the units that hold no role for the shown functions"))
        self.holding.toggled.connect(self._apply_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter functions…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter functions"))
        self.search.setAccessibleDescription(self.tr("Show only functions whose name contains this"))
        self.search.textChanged.connect(self._apply_filter)
        self.catalogue_button = QPushButton(self.tr("Function catalogue…"), self)
        self.catalogue_button.clicked.connect(self.open_catalogue)
        describe(self.catalogue_button, self.tr("Add, rename or delete functions and set their category"))


        bar = QHBoxLayout()
        for w in (self.categories, label_for(self.subtree, self.tr("Subtree:"), self), self.subtree, self.holding, self.search, self.transpose):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.catalogue_button)
        self.legend = QLabel(self._legend_html(), self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        colours.changes().changed.connect(self._recolour)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        colours.text_colour(self.message, "error_text")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        controller.currentScenarioChanged.connect(self._on_scenario)
        controller.documentReplaced.connect(self._on_document)
        controller.modelChanged.connect(self._on_model_event)
        self._fill_subtrees()
        self._update_category_button()

    # -- findings ----------------------------------------------------------------------------------
    def set_findings(self, findings: list[Finding]) -> None:
        """Mark what the current scenario's findings concern (fed by the findings panel)."""
        self.model.set_findings(findings)

    def show_finding(self, finding: Finding) -> None:
        """Make the finding's cells visible and selected (called by the findings dock)."""
        if self.view.select_finding(finding) == 0 and self.model.matrix_filter != MatrixFilter():
            self.clear_filters()
            self.view.select_finding(finding)

    # -- filters -----------------------------------------------------------------------------------
    def set_unit_categories(self, categories: frozenset[UnitCategory] | None) -> None:
        for category, action in self._category_actions.items():
            action.blockSignals(True)
            action.setChecked(categories is None or category in categories)
            action.blockSignals(False)
        self._apply_filter()

    def clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.holding.blockSignals(True)
        self.holding.setChecked(False)
        self.holding.blockSignals(False)
        self.subtree.blockSignals(True)
        self.subtree.setCurrentIndex(0)
        self.subtree.blockSignals(False)
        self.set_unit_categories(None)

    def _apply_filter(self, *args: object) -> None:
        chosen = frozenset(c for c, a in self._category_actions.items() if a.isChecked())
        self.model.set_filter(
            MatrixFilter(
                unit_categories=None if len(chosen) == len(self._category_actions) else chosen,
                subtree=self.subtree.currentData(),
                holding_only=self.holding.isChecked(),
                text=self.search.text(),
            )
        )
        self._update_category_button()

    def _update_category_button(self) -> None:
        chosen = [c for c, a in self._category_actions.items() if a.isChecked()]
        if len(chosen) == len(self._category_actions):
            self.categories.setText(self.tr("Units: all categories"))
        else:
            names = ", ".join(UNIT_CATEGORY_WORDS[self.lang][c] for c in chosen) or "–"
            self.categories.setText(self.tr("Units: %1").replace("%1", names))

    def _fill_subtrees(self) -> None:
        """Units that have children, indented by depth; the first entry is the whole organisation."""
        scenario = self.controller.scenario
        current = self.subtree.currentData()
        self.subtree.blockSignals(True)
        self.subtree.clear()
        self.subtree.addItem(self.tr("Whole organisation"), None)
        if scenario is not None:
            from orgdesigner.ui.matrix.filters import chart_order

            for uid in chart_order(scenario):
                if scenario.children(uid):
                    depth = len(scenario.ancestors(uid))
                    self.subtree.addItem("  " * depth + scenario.units[uid].name, uid)
        found = self.subtree.findData(current)
        self.subtree.setCurrentIndex(max(found, 0))
        self.subtree.blockSignals(False)

    # -- controller signals ------------------------------------------------------------------------
    def _on_scenario(self, scenario_id: str) -> None:
        self.model.set_scenario(scenario_id)
        self._fill_subtrees()
        self._apply_filter()

    def _on_document(self) -> None:
        self.model.set_document(self.controller.doc)
        self.model.set_scenario(self.controller.scenario_id)
        self._fill_subtrees()
        self._apply_filter()

    def _on_model_event(self, event: object) -> None:
        from orgdesigner.model.events import Change

        change = getattr(event, "change", None)
        if change in (Change.UNITS_ADDED, Change.UNITS_REMOVED, Change.UNITS_MOVED, Change.RESET) or (
            change is Change.UNITS_CHANGED and getattr(event, "field", None) == "name"
        ):
            self._fill_subtrees()
            # A unit that left the box (deleted, or its last child gone) falls back to "Whole
            # organisation"; the matrix must follow the box, or it stays filtered (often blank)
            # under a box that says everything is shown.
            if self.subtree.currentData() != self.model.matrix_filter.subtree:
                self._apply_filter()

    def _on_paste_report(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- catalogue ---------------------------------------------------------------------------------
    def open_catalogue(self) -> None:
        from orgdesigner.ui.matrix.catalogue import CatalogueDialog

        dialog = CatalogueDialog(self.controller, self.lang, self)
        dialog.exec()

    def _recolour(self) -> None:
        self.legend.setText(self._legend_html())

    def _legend_html(self) -> str:
        parts = []
        for role in Role:
            colour = COLOURS[role]
            parts.append(
                f"<span style='background:{colour}; color:{'white' if role in (Role.ACCOUNTABLE, Role.PERFORMS) else 'black'};'>"
                f"&nbsp;{role_letter(role, self.lang)}&nbsp;</span> {role_word(role, self.lang)}"
            )
        hint = self.tr("Type a letter, Delete clears, paste a block from Excel; a red corner marks a finding.")
        return "&nbsp;&nbsp;".join(parts) + f"&nbsp;&nbsp;&nbsp;<span style='color:{colours.hex_colour('hint_text')}'>{hint}</span>"
