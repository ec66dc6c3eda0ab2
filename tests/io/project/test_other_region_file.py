"""The second test region (tests/other_region.py) is a valid project: it saves and loads unchanged."""

from __future__ import annotations

from pathlib import Path

from orgdesigner.analysis.engine import analyze_project
from orgdesigner.io.project.project_file import load_project, save_project
from tests.other_region import NOW, PROPOSAL, other_region_project


def test_other_region_round_trips_and_its_proposal_is_clearer(tmp_path: Path):
    project = other_region_project()
    path = tmp_path / "vasterdal.orgd"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.scenarios.keys() == {NOW, PROPOSAL}
    assert loaded.case == project.case and loaded.decisions == project.decisions
    results = analyze_project(loaded)
    now, proposal = results[NOW].metrics, results[PROPOSAL].metrics
    assert now.findings_by_severity["error"] > proposal.findings_by_severity["error"] == 0
