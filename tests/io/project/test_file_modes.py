"""Privacy and concurrency of saves (issue 31, item 5): a private project keeps its mode in its
`.bak` and in every temporary copy, and a save never removes a temporary file another process
is still writing."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from orgdesigner.io.project import atomic
from orgdesigner.io.project.project_file import save_project
from tests.conftest import small_project


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_private_project_gets_a_private_bak(tmp_path: Path) -> None:
    path = tmp_path / "plan.orgd"
    save_project(small_project(), path)
    os.chmod(path, 0o600)
    save_project(small_project(), path)
    assert _mode(path) == 0o600 and _mode(tmp_path / "plan.orgd.bak") == 0o600


def test_a_save_killed_mid_write_leaves_no_readable_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.orgd"
    save_project(small_project(), path)
    os.chmod(path, 0o600)
    seen: list[int] = []

    def killed(fd: int) -> None:  # the moment after the data is on disk: what a SIGKILL would leave
        seen.extend(_mode(p) for p in tmp_path.glob(".plan.orgd.*.tmp"))
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", killed)
    with pytest.raises(KeyboardInterrupt):
        save_project(small_project(), path)
    assert seen == [0o600]


def test_a_temporary_file_another_save_is_writing_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "plan.orgd"
    save_project(small_project(), path)
    busy = tmp_path / ".plan.orgd.0badcafe.tmp"  # another process's save, begun a moment ago
    busy.write_bytes(b"{")
    os.utime(busy, (time.time() - 5, time.time() - 5))
    killed = tmp_path / ".plan.orgd.deadbeef.tmp"  # a save killed yesterday
    killed.write_bytes(b"{")
    os.utime(killed, (time.time() - 86_400, time.time() - 86_400))
    save_project(small_project(), path)
    assert busy.exists() and not killed.exists()


def test_two_writers_saving_one_file_never_fail(tmp_path: Path) -> None:
    path = tmp_path / "plan.orgd"
    errors: list[BaseException] = []

    def writer() -> None:
        for _ in range(60):
            try:
                save_project(small_project(), path)
            except BaseException as exc:  # any failure counts
                errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
