"""The clarity index and the error count never tell two stories: an error about no pair (a dotted
line, egenregi under the purchaser) makes the pairs its units hold unclear, in full and live runs."""

from __future__ import annotations

from clean_region import clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.model import Document, DottedKind, DottedLine
from orgdesigner.model.commands import AddDottedLine


def test_a_dotted_line_error_lowers_the_index_below_100_percent_full_and_live():
    project = clean_project()
    doc = Document(project)
    live = LiveAnalysis(doc)
    assert live.result("s").metrics.clarity_index == 1.0
    AddDottedLine("s", "pv", DottedLine("best", DottedKind.AGREEMENT)).apply(doc)
    full = analyze_scenario(project, project.scenarios["s"])
    assert [f.rule for f in full.findings if f.severity.value == "error"] == ["R05-dotted-line"]
    # Område Primärvård and the beställarenhet hold 3 of the 6 pairs, accountable or performing
    assert (full.metrics.clear_pairs, full.metrics.pairs) == (3, 6)
    assert live.result("s").metrics == full.metrics
    project.settings.disabled_rules = frozenset({"R05-dotted-line"})  # switched off: clear again
    assert analyze_scenario(project, project.scenarios["s"]).metrics.clarity_index == 1.0


def test_every_scenario_with_an_error_has_an_index_below_100_percent():
    """Over the bundled example and the clean region with each error planted."""
    from orgdesigner.analysis.engine import analyze_project
    from orgdesigner.io.project.project_file import load_project
    from tests.conftest import EXAMPLE

    for result in analyze_project(load_project(EXAMPLE)).values():
        if result.metrics.findings_by_severity["error"]:
            assert result.metrics.clarity_index < 1.0
