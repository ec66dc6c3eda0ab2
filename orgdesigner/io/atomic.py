"""Atomic file writes: a killed save never leaves a broken or empty file behind."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Write `data` to `path` via a temporary file in the same folder, flushed and fsynced.

    With `keep_backup`, the previous file is kept as `<name>.bak` (e.g. `plan.orgd.bak`).
    Raises OSError (no permission, disk full, …) with `path` untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    started = time.time()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # mkstemp makes 0600; keep the usual permissions
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else _default_mode())
        if path.exists() and keep_backup:
            _copy_atomic(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
    _remove_stale_temporaries(path, started)


def _remove_stale_temporaries(path: Path, before: float) -> None:
    """Temporary files of earlier saves of `path` that were killed mid-write (SIGKILL, power
    loss) are left beside it: remove those older than this save, so none accumulate."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            if stale.stat().st_mtime < before:
                stale.unlink()


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _copy_atomic(source: Path, target: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
