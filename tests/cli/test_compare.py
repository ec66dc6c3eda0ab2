"""`orgdesigner compare`, run as a user would (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from orgdesigner.io.project.project_file import save_project
from orgdesigner.model import AssignmentKey, Responsibility, Role
from orgdesigner.model.commands.scenarios import copied_scenario


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=120)


def planted(project, tmp_path: Path) -> Path:
    """Nuläge plus a copy where hc1 no longer performs and egenregi is a second accountable for
    ordering (a vårdval delivery has one accountable per provider, so it would not do)."""
    copy = copied_scenario(project.scenarios["now"], "plant", "Planterad")
    del copy.assignments[AssignmentKey("hc1", "vv", Responsibility.DELIVERY)]
    copy.assignments[AssignmentKey("pv", "vv", Responsibility.ORDERING)] = Role.ACCOUNTABLE
    project.scenarios["plant"] = copy
    path = tmp_path / "p.orgd"
    save_project(project, path)
    return path


def test_json_lists_resolved_and_introduced_findings_for_a_planted_change(project, tmp_path):
    path = planted(project, tmp_path)
    out = run_cli("compare", str(path), "--scenarios", "now", "Planterad", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["format"] == "orgdesigner-compare" and data["base"] == "now"
    comparison = data["comparisons"][0]
    assert comparison["scenario"] == "plant" and comparison["identical"] is False
    roles = {(a["unit"], a["function"], a["responsibility"]): (a["old"], a["new"]) for a in comparison["assignments"]}
    assert roles == {("pv", "vv", "ordering"): (None, "accountable"), ("hc1", "vv", "delivery"): ("performs", None)}
    introduced = {f["rule"] for f in comparison["findings_introduced"]}
    assert "R02-double-accountable" in introduced
    assert all("vv" in f["key"] for f in comparison["findings_introduced"] if f["rule"].startswith("R02"))
    # reversed, the same findings are resolved
    back = json.loads(run_cli("compare", str(path), "--scenarios", "plant", "now", "--format", "json").stdout)
    assert {f["key"] for f in back["comparisons"][0]["findings_resolved"]} == {f["key"] for f in comparison["findings_introduced"]}
    assert comparison["metric_deltas"]["findings"]["total"] == len(comparison["findings_introduced"]) - len(comparison["findings_resolved"])


def test_text_output_and_identity(project, tmp_path):
    path = planted(project, tmp_path)
    out = run_cli("compare", str(path), "--scenarios", "now", "now", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "no differences" in out.stdout and "clarity index" in out.stdout
    # Swedish by default, as the window, check and export
    out = run_cli("compare", str(path), "--scenarios", "now", "now")
    assert "inga skillnader" in out.stdout and "tydlighetsindex" in out.stdout
    out = run_cli("compare", str(path), "--scenarios", "now", "plant", "--lang", "sv")
    assert "nya fynd (otydligare): " in out.stdout and "ansvarig" in out.stdout


def test_unknown_scenario_is_exit_2_with_one_line(project, tmp_path):
    path = planted(project, tmp_path)
    out = run_cli("compare", str(path), "--scenarios", "now", "nope")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown scenario 'nope'" in lines[0] and "now (Nuläge)" in lines[0]
    out = run_cli("compare", str(path), "--scenarios", "now")
    assert out.returncode == 2 and "2 to 4" in out.stderr


def test_broken_file_is_exit_2(tmp_path):
    path = tmp_path / "bad.orgd"
    path.write_text("{", encoding="utf-8")
    out = run_cli("compare", str(path), "--scenarios", "a", "b")
    assert out.returncode == 2 and str(path) in out.stderr and "Traceback" not in out.stderr


def test_metrics_columns_are_headed_by_scenario_names():
    """The metrics table named its columns by scenario id (nulage-2017), a key, not a name."""
    from tests.conftest import EXAMPLE

    done = run_cli("compare", str(EXAMPLE), "--scenarios", "nulage-2017", "koncern-2018", "--lang", "sv")
    assert done.returncode in (0, 1), done.stderr
    header = done.stdout.splitlines()[2]
    assert header.startswith("mått")
    assert "Nuläge 2017" in header and "Koncern 2018" in header
    assert "nulage-2017" not in header and "koncern-2018" not in header
