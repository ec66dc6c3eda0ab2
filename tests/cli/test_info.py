"""`orgdesigner info` and the top-level CLI behaviour, run as a user would (a subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from orgdesigner.io.project.project_file import save_project


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.startswith("orgdesigner ")


def test_info_summarises(project, tmp_path: Path):
    path = tmp_path / "p.orgd"
    save_project(project, path)
    out = run_cli("info", str(path))
    assert out.returncode == 0, out.stderr
    assert "Test region" in out.stdout
    assert "now: Nuläge" in out.stdout and "units 5" in out.stdout and "assignments 3" in out.stdout


def test_info_on_a_bad_file_is_one_line_and_exit_2(tmp_path: Path):
    path = tmp_path / "bad.orgd"
    path.write_text('{"format": "orgdesigner-project", "format_version": 1, "project": {"name": 3}}')
    out = run_cli("info", str(path))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "$.project.name" in lines[0]


def test_output_into_a_closed_pipe_ends_quietly():
    from tests.conftest import EXAMPLE

    proc = subprocess.Popen(
        [sys.executable, "-m", "orgdesigner", "check", str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # the reader is gone before anything is written, like `| head -0`
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
