"""A unit of unknown category is a warning until the planner says what it is (R23)."""

from __future__ import annotations

from clean_region import clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import Severity
from orgdesigner.analysis.live import LiveAnalysis
from orgdesigner.model import Document, Unit, UnitCategory
from orgdesigner.model.commands import SetUnitField


def unknown(findings) -> list[tuple[tuple[str, ...], Severity, str]]:
    return [(f.subjects.units, f.severity, f.message_sv) for f in findings if f.rule == "R23-unknown-category"]


def test_an_imported_actor_of_unknown_category_is_a_warning_naming_it():
    project = clean_project()
    s = project.scenarios["s"]
    assert unknown(analyze_scenario(project, s).findings) == []
    s.units["actor"] = Unit("actor", "Regionens bank", UnitCategory.UNKNOWN, parent_id="rd")
    s.structure_changed()
    assert unknown(analyze_scenario(project, s).findings) == [
        (("actor",), Severity.WARNING, "Det är inte angivet vad Regionens bank är för sorts enhet.")]


def test_setting_the_category_clears_the_warning_live_and_undo_brings_it_back():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["actor"] = Unit("actor", "Stabsenhet", UnitCategory.UNKNOWN, parent_id="rd")
    s.structure_changed()
    doc = Document(project)
    live = LiveAnalysis(doc)
    assert len(unknown(live.result("s").findings)) == 1
    command = SetUnitField("s", ["actor"], "category", UnitCategory.SUPPORT)
    command.apply(doc)
    assert unknown(live.result("s").findings) == []
    command.revert(doc)
    assert len(unknown(live.result("s").findings)) == 1
