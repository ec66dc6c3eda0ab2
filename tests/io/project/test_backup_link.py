"""The `.bak` a save keeps: the previous file under a second name where hard links work (no 7 MB
copy), a copy where they do not; either way the previous content, nothing left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgdesigner.io.project import atomic


def _saves(path: Path, contents: list[bytes]) -> None:
    for data in contents:
        atomic.write_atomic(path, data, keep_backup=True)


@pytest.mark.parametrize("links", [True, False], ids=["hard link", "copy"])
def test_each_save_keeps_the_previous_content_as_bak(tmp_path: Path, monkeypatch, links: bool):
    if not links:
        def no_links(*_args, **_kwargs):
            raise PermissionError(1, "hard links are not supported here")

        monkeypatch.setattr(atomic.os, "link", no_links)
    path = tmp_path / "plan.orgd"
    _saves(path, [b"first", b"second", b"third"])
    assert path.read_bytes() == b"third"
    assert (tmp_path / "plan.orgd.bak").read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgd", "plan.orgd.bak"]  # no temporaries left


def test_the_bak_is_a_second_name_of_the_previous_file_where_links_work(tmp_path: Path):
    path = tmp_path / "plan.orgd"
    _saves(path, [b"first"])
    before = path.stat()
    _saves(path, [b"second"])
    bak = (tmp_path / "plan.orgd.bak").stat()
    assert (bak.st_ino, bak.st_dev) == (before.st_ino, before.st_dev)  # the old file itself, not copied
    assert path.stat().st_ino != before.st_ino  # the save wrote a new file in its place


def test_a_failed_backup_leaves_the_project_file_as_it_was(tmp_path: Path, monkeypatch):
    path = tmp_path / "plan.orgd"
    _saves(path, [b"first"])

    def refused(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refused)
    with pytest.raises(OSError):
        atomic.write_atomic(path, b"second", keep_backup=True)
    monkeypatch.undo()
    assert path.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgd"]  # the link and the temporary removed
    assert os.access(path, os.R_OK)
