"""`orgdesigner check`, run as a user would (a subprocess): text, JSON, exit codes."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from orgdesigner.io.project.project_file import save_project
from tests.conftest import EXAMPLE, ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=120
    )


def _clean_project():
    spec = importlib.util.spec_from_file_location("clean_region", ROOT / "tests" / "analysis" / "clean_region.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.clean_project()


def test_a_clean_project_exits_0_with_a_summary_line(tmp_path: Path):
    path = tmp_path / "clean.orgd"
    save_project(_clean_project(), path)
    out = run_cli("check", str(path), "--lang", "en")
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{path}: [s] Ren: 0 errors, 0 warnings, 0 notes; clarity index 1.00 (6/6")


def test_errors_read_like_a_compiler_and_exit_1(project, tmp_path: Path):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    out = run_cli("check", str(path))
    assert out.returncode == 1, out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(
        line.startswith(f"{path}: fel R01-no-accountable [now]: Ingen enhet är ansvarig för utveckling av Vårdval primärvård")
        for line in lines
    ), lines
    assert "tydlighetsindex" in lines[-1] and "[now] Nuläge" in lines[-1]


def test_json_output_has_the_documented_shape(tmp_path: Path, project):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    out = run_cli("check", str(path), "--format", "json", "--lang", "en", "--scenario", "Nuläge")
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert (data["format"], data["format_version"]) == ("orgdesigner-check", 2)  # docs/json-output.md
    assert data["file"] == str(path)
    (scenario,) = data["scenarios"]
    assert scenario["id"] == "now" and scenario["name"] == "Nuläge"
    finding = scenario["findings"][0]
    assert set(finding) >= {"rule", "severity", "message", "subjects"}
    assert set(finding["subjects"]) == {"units", "functions", "responsibility", "decisions"}
    assert finding["severity"] == "error" and finding["message"].startswith("No unit")
    assert 0 <= scenario["metrics"]["clarity_index"] <= 1
    assert scenario["metrics"]["split"]["ordering"]["purchaser"] == 1


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path):
    broken = tmp_path / "broken.orgd"
    broken.write_text("{not json", encoding="utf-8")
    out = run_cli("check", str(broken))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and str(broken) in out.stderr
    out = run_cli("check", str(EXAMPLE), "--scenario", "no-such-scenario")
    assert out.returncode == 2 and "no-such-scenario" in out.stderr and "Traceback" not in out.stderr


def test_the_bundled_example_has_errors_in_nulage_and_checks_one_scenario_by_name():
    out = run_cli("check", str(EXAMPLE), "--scenario", "Nuläge 2017", "--lang", "en")
    assert out.returncode == 1
    assert "R04-development-split [nulage-2017]" in out.stdout
    assert "[koncern-2018]" not in out.stdout
