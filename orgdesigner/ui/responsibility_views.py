"""Put the matrix tab, the findings dock and the chart overlay into the main window and wire them.

The main window calls `install_responsibility_views(self, controller)` once; everything else
(findings → matrix marks and overlay badges, finding selected → matrix cells and chart units)
is connected here so the window stays a thin shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from orgdesigner.ui.chart.overlay import OverlayChooser, ResponsibilityOverlay
from orgdesigner.ui.findings.dock import FindingsPanel
from orgdesigner.ui.undo import DocumentController

if TYPE_CHECKING:
    from orgdesigner.analysis.findings import Finding
    from orgdesigner.ui.lazy_tabs import LazyTab
    from orgdesigner.ui.matrix.widget import MatrixTab


class ResponsibilityViews:
    """The installed views. The matrix tab is built when first shown or asked for (`.matrix`)."""

    def __init__(self, findings: FindingsPanel, overlay: ResponsibilityOverlay, chooser: OverlayChooser | None) -> None:
        self.findings = findings
        self.overlay = overlay
        self.chooser = chooser
        self._lazy_matrix: LazyTab | None = None  # until the tab is first shown
        self._matrix: MatrixTab | None = None
        self._shown_finding: Finding | None = None

    @property
    def matrix(self) -> MatrixTab:
        if self._matrix is None and self._lazy_matrix is not None:
            self._lazy_matrix.widget()  # builds it (make_matrix sets self._matrix)
        assert self._matrix is not None
        return self._matrix

    @property
    def matrix_built(self) -> bool:
        return self._matrix is not None

    def _on_findings(self, findings: list[Finding]) -> None:
        if self.matrix_built:
            self.matrix.set_findings(findings)

    def _on_finding_selected(self, finding: Finding) -> None:
        self._shown_finding = finding
        if self.matrix_built:
            self.matrix.show_finding(finding)


def install_responsibility_views(window: Any, controller: DocumentController, lang: str | None = None) -> ResponsibilityViews:
    findings = FindingsPanel(controller, lang)
    overlay = ResponsibilityOverlay(controller, lang, findings)
    views = ResponsibilityViews(findings, overlay, None)

    def make_matrix() -> MatrixTab:
        from orgdesigner.ui.matrix.widget import MatrixTab

        matrix = MatrixTab(controller, lang)
        views._matrix = matrix
        matrix.set_findings(findings.model.findings)
        if views._shown_finding is not None:
            matrix.show_finding(views._shown_finding)
        return matrix

    findings.findingsChanged.connect(views._on_findings)
    findings.findingsChanged.connect(overlay.set_findings)
    findings.findingSelected.connect(views._on_finding_selected)
    overlay.set_findings(findings.model.findings)
    title = QCoreApplication.translate("MainWindow", "Responsibility matrix")
    add_lazy = getattr(window, "add_lazy_tab", None)
    if add_lazy is not None:
        views._lazy_matrix = add_lazy(make_matrix, title)
    else:
        window.add_tab(make_matrix(), title)
    window.set_findings_widget(findings)
    panel = _chart_panel(window)
    if panel is not None:
        overlay.attach(panel.scene)
        views.chooser = OverlayChooser(overlay, panel)
        layout = panel.layout()
        layout.insertWidget(min(1, layout.count()), views.chooser)
    return views


def _chart_panel(window: Any) -> Any:
    from orgdesigner.ui.chart.panel import ChartPanel

    panels = window.findChildren(ChartPanel)
    return panels[0] if panels else None
