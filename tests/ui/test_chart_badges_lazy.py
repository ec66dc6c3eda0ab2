"""Finding badges are made with a card's text, when the card is first shown readable (issue 20:
50,000 badges made up front took 160 MB; the zoomed-out overview never paints them)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsPathItem

from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene
from tests.conftest import small_project


def test_a_badge_waits_for_the_cards_text_and_keeps_its_count(qtbot):
    scene = ChartScene()
    scene.show_scenario(small_project().scenarios["now"])
    card = scene.cards["hc1"]
    assert not card.has_labels
    scene.set_finding_counts({"hc1": (3, style.WARNING_COLOUR), "hc2": (120, style.FINDING_COLOUR)})
    assert card.finding_count_text() == "3" and scene.cards["hc2"].finding_count_text() == "99+"
    assert not any(isinstance(item, QGraphicsPathItem) for item in card.childItems())  # nothing made yet
    card.ensure_labels()
    badges = [item for item in card.childItems() if isinstance(item, QGraphicsPathItem)]
    assert len(badges) == 1 and badges[0].isVisible() and badges[0].data(0) == "diamond"
    scene.set_finding_counts({})
    assert card.finding_count_text() == "" and not badges[0].isVisible()


def test_the_panel_counts_each_units_open_findings_in_the_colour_of_the_worst(qtbot):
    from orgdesigner.analysis.engine import AnalysisResult
    from orgdesigner.analysis.findings import Finding, Severity, Subjects
    from orgdesigner.model import Document
    from orgdesigner.ui.chart.panel import ChartPanel
    from orgdesigner.ui.undo import DocumentController

    findings = [
        Finding("R-a", Severity.INFO, "i", "i", Subjects(("hc1", "hc2"))),
        Finding("R-b", Severity.ERROR, "e", "e", Subjects(("hc1",))),
        Finding("R-c", Severity.WARNING, "w", "w", Subjects(("hc2",))),
        Finding("R-d", Severity.ERROR, "a", "a", Subjects(("hc2",)), acknowledged="accepted"),
    ]

    class Analysis:  # the panel asks the controller's analysis for the current result
        def result(self, _scenario_id: str) -> AnalysisResult:
            return AnalysisResult(findings, None)  # type: ignore[arg-type]  # the badges read only findings

    controller = DocumentController(Document(small_project()))
    controller.analysis = Analysis()
    panel = ChartPanel(controller)
    qtbot.addWidget(panel)
    shown: list[dict] = []
    panel.scene.set_finding_counts = shown.append  # type: ignore[method-assign]  # record what is shown
    panel.refresh_findings()
    assert shown[-1] == {"hc1": (2, style.FINDING_COLOUR), "hc2": (2, style.WARNING_COLOUR)}  # acknowledged: not counted
