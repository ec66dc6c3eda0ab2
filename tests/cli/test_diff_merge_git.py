"""`orgdesigner diff`, `merge` and `git-setup`, and the drivers inside a real git repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesigner.io.project.project_file import load_project, parse_project, save_project
from orgdesigner.model import Document
from orgdesigner.model.commands import MoveUnit, SetUnitField
from tests.cli.test_export import run_cli
from tests.conftest import EXAMPLE

S = "nulage-2017"


def edited(tmp: Path, name: str, *commands) -> Path:
    doc = Document(parse_project(EXAMPLE.read_bytes()))
    for c in commands:
        c.apply(doc)
    path = tmp / name
    save_project(doc.project, path)
    return path


def test_diff_names_what_changed_in_plain_words(tmp_path):
    new = edited(tmp_path, "new.orgd", SetUnitField(S, ["best"], "name", "Beställarenheten"), MoveUnit(S, "digi", "best"))
    done = run_cli("diff", str(EXAMPLE), str(new), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "moved     Digitala tjänster [digi]: Regiondirektör → Beställarenheten" in done.stdout
    assert "name: Beställarenheten Hälsoval → Beställarenheten" in done.stdout
    # Swedish by default, as the window, check and export; one of a kind is in the singular
    sv = run_cli("diff", str(EXAMPLE), str(new)).stdout
    assert "flyttad" in sv and "namn: Beställarenheten Hälsoval → Beställarenheten" in sv
    assert "enheter: 0 nya, 0 borttagna, 1 flyttad, 1 ändrad" in sv
    data = json.loads(run_cli("diff", str(EXAMPLE), str(new), "--format", "json").stdout)
    assert (data["format"], data["format_version"]) == ("orgdesigner-diff", 2)
    assert data["summary"] == {"unit": {"changed": 1, "moved": 1}}
    assert run_cli("diff", str(EXAMPLE), str(EXAMPLE)).stdout.strip().endswith("inga skillnader")


def test_diff_of_a_broken_file_is_bad_input(tmp_path):
    bad = tmp_path / "bad.orgd"
    bad.write_text("{", "utf-8")
    done = run_cli("diff", str(EXAMPLE), str(bad))
    assert done.returncode == 2 and "bad.orgd" in done.stderr


def test_merge_writes_the_result_and_exits_1_on_conflict(tmp_path):
    ours = edited(tmp_path, "ours.orgd", SetUnitField(S, ["best"], "name", "Vår"))
    theirs = edited(tmp_path, "theirs.orgd", SetUnitField(S, ["best"], "name", "Deras"), SetUnitField(S, ["rd"], "notes", "x"))
    out = tmp_path / "out.orgd"
    done = run_cli("merge", str(EXAMPLE), str(ours), str(theirs), "-o", str(out))
    assert done.returncode == 1, done.stderr
    assert "Vår" in done.stderr and "Deras" in done.stderr
    merged = load_project(out)
    assert merged.scenarios[S].units["rd"].notes == "x" and len(merged.conflicts) == 1
    report = json.loads(run_cli("merge", str(EXAMPLE), str(ours), str(theirs), "-o", str(out), "--format", "json").stdout)
    assert (report["format"], report["format_version"]) == ("orgdesigner-merge", 2)
    assert len(report["conflicts"]) == 1 and report["clean"] is False
    # summary: what the merged file changed from the base, counted as diff counts it
    assert report["summary"] == json.loads(run_cli("diff", str(EXAMPLE), str(out), "--format", "json").stdout)["summary"]


def test_merge_with_a_broken_input_leaves_the_output_untouched(tmp_path):
    bad = tmp_path / "bad.orgd"
    bad.write_text('{"format": "orgdesigner-project"}', "utf-8")
    out = tmp_path / "out.orgd"
    out.write_text("keep", "utf-8")
    done = run_cli("merge", str(EXAMPLE), str(bad), str(EXAMPLE), "-o", str(out))
    assert done.returncode == 2 and "bad.orgd" in done.stderr and out.read_text("utf-8") == "keep"


# -- real git --

def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@x", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    # git-setup finds `orgdesigner` on PATH or falls back to this Python with -m; put the test's
    # interpreter first so git runs the checkout under test
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    done = run_cli("git-setup", "--repo", str(repo))
    assert done.returncode == 0, done.stderr
    assert "*.orgd diff=orgdesigner merge=orgdesigner" in (repo / ".gitattributes").read_text("utf-8")
    assert "orgdesigner merge %O %A %B -o %A --path %P" in git(repo, "config", "merge.orgdesigner.driver").stdout
    shutil.copy(EXAMPLE, repo / "plan.orgd")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def branch(repo: Path, name: str, *commands) -> None:
    git(repo, "checkout", "-q", "-b", name, "main")
    doc = Document(load_project(repo / "plan.orgd"))
    for c in commands:
        c.apply(doc)
    save_project(doc.project, repo / "plan.orgd")
    assert (repo / "plan.orgd.bak").exists()  # the save's backup, which git-setup keeps out of git
    git(repo, "commit", "-q", "-am", name)


def test_git_setup_keeps_the_backup_of_a_save_out_of_git(repo):
    save_project(load_project(repo / "plan.orgd"), repo / "plan.orgd")
    assert (repo / "plan.orgd.bak").exists()
    assert git(repo, "status", "--porcelain", "--untracked-files=all").stdout == ""
    git(repo, "add", "-A")
    assert "plan.orgd.bak" not in git(repo, "ls-files").stdout
    assert "*.orgd.bak" in (repo / ".git" / "info" / "exclude").read_text("utf-8").splitlines()
    # run twice, the line is there once
    assert run_cli("git-setup", "--repo", str(repo)).returncode == 0
    assert (repo / ".git" / "info" / "exclude").read_text("utf-8").splitlines().count("*.orgd.bak") == 1


def test_git_merge_with_the_driver_merges_two_branches(repo):
    branch(repo, "anna", SetUnitField(S, ["best"], "name", "Beställarenheten"))
    branch(repo, "bertil", MoveUnit(S, "digi", "best"), SetUnitField(S, ["rd"], "notes", "Ny 2018"))
    assert "flyttad" in git(repo, "diff", "main", "bertil", "--", "plan.orgd").stdout  # the diff driver, in Swedish
    git(repo, "checkout", "-q", "anna")
    git(repo, "merge", "-q", "--no-edit", "bertil")
    expected = Document(parse_project(EXAMPLE.read_bytes()))
    for c in (SetUnitField(S, ["best"], "name", "Beställarenheten"), MoveUnit(S, "digi", "best"), SetUnitField(S, ["rd"], "notes", "Ny 2018")):
        c.apply(expected)
    from orgdesigner.io.project.project_file import project_bytes

    assert (repo / "plan.orgd").read_bytes() == project_bytes(expected.project)
    assert git(repo, "status", "--porcelain").stdout == ""


def test_git_merge_conflict_stops_as_a_conflict_and_leaves_a_loadable_file(repo):
    branch(repo, "anna", SetUnitField(S, ["best"], "name", "Vår"))
    branch(repo, "bertil", SetUnitField(S, ["best"], "name", "Deras"))
    git(repo, "checkout", "-q", "anna")
    done = git(repo, "merge", "--no-edit", "bertil", check=False)
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    assert "UU plan.orgd" in git(repo, "status", "--porcelain").stdout
    merged = load_project(repo / "plan.orgd")  # no <<<<<<< markers: a project with its conflict
    [c] = merged.conflicts
    assert (c.ours, c.theirs) == ("Vår", "Deras")
    assert (c.ours_label, c.theirs_label) == ("anna", "bertil")  # the branches, as git names them
    assert "plan.orgd: 1 conflict(s)" in done.stderr + done.stdout  # the path, not git's temporary file


def test_every_json_output_names_its_format_and_version(tmp_path):
    """docs/json-output.md: check, compare, diff and merge share the envelope."""
    outputs = {
        "orgdesigner-check": run_cli("check", str(EXAMPLE), "--format", "json"),
        "orgdesigner-compare": run_cli("compare", str(EXAMPLE), "--scenarios", "nulage-2017", "koncern-2018", "--format", "json"),
        "orgdesigner-diff": run_cli("diff", str(EXAMPLE), str(EXAMPLE), "--format", "json"),
        "orgdesigner-merge": run_cli("merge", str(EXAMPLE), str(EXAMPLE), str(EXAMPLE), "-o", str(tmp_path / "m.orgd"), "--format", "json"),
    }
    for name, done in outputs.items():
        data = json.loads(done.stdout)
        assert (data["format"], data["format_version"]) == (name, 2), done.stderr
