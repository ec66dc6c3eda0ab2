"""Put the matrix tab, the findings dock and the chart overlay into the main window and wire them.

The main window calls `install_responsibility_views(self, controller)` once; everything else
(findings → matrix marks and overlay badges, finding selected → matrix cells and chart units)
is connected here so the window stays a thin shell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from orgdesigner.ui.findings_dock import FindingsPanel
from orgdesigner.ui.matrix.widget import MatrixTab
from orgdesigner.ui.overlay import OverlayChooser, ResponsibilityOverlay
from orgdesigner.ui.undo import DocumentController


@dataclass
class ResponsibilityViews:
    matrix: MatrixTab
    findings: FindingsPanel
    overlay: ResponsibilityOverlay
    chooser: OverlayChooser | None


def install_responsibility_views(window: Any, controller: DocumentController, lang: str | None = None) -> ResponsibilityViews:
    matrix = MatrixTab(controller, lang)
    findings = FindingsPanel(controller, lang)
    overlay = ResponsibilityOverlay(controller, lang, findings)
    findings.findingsChanged.connect(matrix.set_findings)
    findings.findingsChanged.connect(overlay.set_findings)
    findings.findingSelected.connect(matrix.show_finding)
    matrix.set_findings(findings.model.findings)
    overlay.set_findings(findings.model.findings)
    window.add_tab(matrix, QCoreApplication.translate("MainWindow", "Responsibility matrix"))
    window.set_findings_widget(findings)
    chooser = None
    panel = _chart_panel(window)
    if panel is not None:
        overlay.attach(panel.scene)
        chooser = OverlayChooser(overlay, panel)
        layout = panel.layout()
        layout.insertWidget(min(1, layout.count()), chooser)
    return ResponsibilityViews(matrix, findings, overlay, chooser)


def _chart_panel(window: Any) -> Any:
    try:
        from orgdesigner.ui.chart.panel import ChartPanel
    except ImportError:
        return None
    panels = window.findChildren(ChartPanel)
    return panels[0] if panels else None
