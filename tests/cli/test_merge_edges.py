"""Merge edges (issue 31, item 6): git's add/add (an empty base) merges as against an empty
project and keeps both sides; two dotted lines added on two sides are two lines; the report and
the conflict records speak the file's values, never Python's enum names."""

from __future__ import annotations

from pathlib import Path

from orgdesigner.io.merging.merge import merge_files
from orgdesigner.io.merging.merge_report import render_conflicts
from orgdesigner.io.project.project_file import load_project, project_bytes, save_project
from orgdesigner.model import Document
from orgdesigner.model.commands import AddDottedLine, ChangeDottedLine, SetUnitField
from orgdesigner.model.dotted import DottedKind, DottedLine
from tests.cli.test_diff_merge_git import git, repo  # noqa: F401 (the fixture)
from tests.cli.test_export import run_cli
from tests.conftest import small_project


def _saved(path: Path, *commands) -> Path:
    doc = Document(small_project())
    for command in commands:
        command.apply(doc)
    save_project(doc.project, path)
    return path


def test_two_dotted_lines_added_on_two_sides_are_two_lines(tmp_path: Path) -> None:
    base = _saved(tmp_path / "base.orgd")
    ours = _saved(tmp_path / "ours.orgd", AddDottedLine("now", "hc1", DottedLine("best")))
    theirs = _saved(tmp_path / "theirs.orgd", AddDottedLine("now", "hc1", DottedLine("rs", DottedKind.PROFESSIONAL)))
    result = merge_files(base, ours, theirs)
    assert result.clean
    assert result.project.scenarios["now"].units["hc1"].dotted_lines == (
        DottedLine("best"), DottedLine("rs", DottedKind.PROFESSIONAL))


def test_one_line_changed_two_ways_is_a_conflict_in_words(tmp_path: Path) -> None:
    line = AddDottedLine("now", "hc1", DottedLine("best"))
    base = _saved(tmp_path / "base.orgd", line)
    ours = _saved(tmp_path / "ours.orgd", line, ChangeDottedLine("now", "hc1", DottedLine("best", DottedKind.PROFESSIONAL)))
    theirs = _saved(tmp_path / "theirs.orgd", line, ChangeDottedLine("now", "hc1", DottedLine("best", note="Chefläkare")))
    result = merge_files(base, ours, theirs)
    [conflict] = result.new_conflicts
    assert conflict.ours == [{"to": "best", "kind": "professional", "note": "", "decision": ""}]
    text = render_conflicts(result.project, result.new_conflicts, "sv")
    assert "streckade linjer" in text and "→ Beställarenheten (professionell/medicinsk)" in text
    assert "DottedKind" not in text and "{" not in text and "'kind'" not in text


def test_an_empty_base_merges_as_against_an_empty_project(tmp_path: Path) -> None:
    base = tmp_path / "base.orgd"
    base.write_bytes(b"")  # what git gives its driver when both branches added the file
    ours = _saved(tmp_path / "ours.orgd", SetUnitField("now", ["hc1"], "name", "Vår hälsocentral"))
    theirs = _saved(tmp_path / "theirs.orgd", SetUnitField("now", ["hc2"], "notes", "Deras anteckning"))
    result = merge_files(base, ours, theirs, "anna", "bertil")
    names = {(c.entity, c.field): (c.ours, c.theirs) for c in result.new_conflicts}
    assert names[(("unit", "now", "hc1"), "name")] == ("Vår hälsocentral", "Brunflo hälsocentral")
    assert result.project.scenarios["now"].units["hc1"].name == "Vår hälsocentral"  # ours held, theirs recorded
    assert result.project.scenarios["now"].units["hc2"].notes == "Deras anteckning"  # only theirs wrote one: taken
    assert (("unit", "now", "hc2"), "notes") not in names


def test_a_broken_side_is_named_by_the_project_path_as_gits_driver(tmp_path: Path) -> None:
    base = _saved(tmp_path / ".merge_file_a1")
    ours = tmp_path / ".merge_file_b2"
    ours.write_text("{ not json", encoding="utf-8")
    theirs = _saved(tmp_path / ".merge_file_c3")
    done = run_cli("merge", str(base), str(ours), str(theirs), "-o", str(ours), "--path", "plans/plan.orgd")
    assert done.returncode == 2
    assert "error: plans/plan.orgd (" in done.stderr and ".merge_file" not in done.stderr


def test_git_add_add_of_one_project_keeps_both_sides(repo: Path) -> None:  # noqa: F811 (the fixture)
    (repo / "plan.orgd").unlink()
    git(repo, "commit", "-q", "-am", "no plan yet")
    for name, command in (("anna", SetUnitField("now", ["hc1"], "name", "Annas namn")),
                          ("bertil", SetUnitField("now", ["hc1"], "name", "Bertils namn"))):
        git(repo, "checkout", "-q", "-b", name, "main")
        _saved(repo / "new.orgd", command)
        git(repo, "add", "new.orgd")
        git(repo, "commit", "-q", "-m", name)
    git(repo, "checkout", "-q", "anna")
    done = git(repo, "merge", "--no-edit", "bertil", check=False)
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    merged = load_project(repo / "new.orgd")  # a project with its conflict, no <<<<<<< markers
    [c] = merged.conflicts
    assert (c.entity, c.field, c.ours, c.theirs) == (("unit", "now", "hc1"), "name", "Annas namn", "Bertils namn")
    assert (c.ours_label, c.theirs_label) == ("anna", "bertil")
    assert project_bytes(merged) == (repo / "new.orgd").read_bytes()
