"""Inputs that used to hang, read for ever or end in a traceback (issue 31, item 4): each ends in
a message naming the file and exit 2, or is passed over."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from orgdesigner.cli import main
from orgdesigner.io.project import recovery
from orgdesigner.io.project.project_file import save_project
from tests.conftest import small_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    return path


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_a_proposal_text_that_is_no_text_file_is_refused(tmp_path: Path, project_file: Path, kind: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    if kind == "fifo":
        source = tmp_path / "text.txt"
        os.mkfifo(source)  # nobody writes: reading it would wait for ever
    elif kind == "device":
        source = Path("/dev/zero")  # endless
    else:
        source = tmp_path / "text.txt"
        source.write_text("Förslag. " * 20_000, encoding="utf-8")  # 180,000 characters
    out = tmp_path / "paper.docx"
    code = main(["export", str(project_file), "--to", str(out), "--proposal-text", str(source)])
    err = capsys.readouterr().err
    assert code == 2 and str(source) in err and not out.exists()
    reason = {"fifo": "not a regular file", "device": "not a regular file", "huge": "too long (at most 100000 characters"}[kind]
    assert reason in err


def test_a_proposal_text_at_the_limit_is_used(tmp_path: Path, project_file: Path) -> None:
    source = tmp_path / "text.txt"
    source.write_text("\ufeffPunkt ett.\nPunkt två.", encoding="utf-8")
    out = tmp_path / "paper.docx"
    assert main(["export", str(project_file), "--to", str(out), "--proposal-text", str(source)]) == 0
    assert out.stat().st_size > 0


def test_a_recovery_folder_with_a_fifo_and_a_deeply_nested_note_still_offers_the_crash(tmp_path: Path) -> None:
    good = recovery.write_recovery(small_project(), None, "s1", tmp_path)
    meta = json.loads(good.meta_path.read_text())
    meta["pid"] = 2**22 + 12345  # a process that is gone: a crash
    good.meta_path.write_text(json.dumps(meta))
    os.mkfifo(tmp_path / "a-pipe.json")  # sorts first: reading it would block the start for ever
    (tmp_path / "a-pipe.orgd").write_text("{}")
    (tmp_path / "deep.json").write_text("[" * 100_000)
    (tmp_path / "deep.orgd").write_text("{}")
    assert [r.meta_path for r in recovery.pending_recoveries(tmp_path)] == [good.meta_path]


def test_a_csv_with_a_byte_order_mark_and_a_windows_byte_names_the_line(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "units.csv"
    source.write_bytes(b"\xef\xbb\xbfid;parent;name\nrs;;Regionstyrelsen\nare;rs;\xc5re h\xc3\xa4lsocentral\n")
    out = tmp_path / "out.orgd"
    code = main(["import", str(source), "--id-column", "id", "--parent-column", "parent", "--name-column", "name",
                 "-o", str(out), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "line 3" in err and "not UTF-8" in err and not out.exists()


def test_install_desktop_into_a_folder_it_cannot_write_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be", encoding="utf-8")  # unwritable even for root
    code = main(["install-desktop", "--data-home", str(blocker / "inner")])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write" in err and str(blocker) in err and "Traceback" not in err
