"""Atomic file writes: a killed save never leaves a broken or empty file behind."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import stat
import time
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = False, mode: int | None = None) -> None:
    """Write `data` to `path` via a temporary file in the same folder, flushed and fsynced.

    With `keep_backup`, the previous file is kept as `<name>.bak` (e.g. `plan.orgd.bak`).
    A symbolic link is followed: the file it points to is replaced, the link stays. A file
    without write permission (e.g. 0444) is refused, not silently replaced. `mode`: the new
    file's permissions (default: the old file's, else what the umask allows, as for any new file).
    Raises OSError (no permission, read-only, disk full, …) with `path` untouched.
    """
    path = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    old = _existing(path)
    if old is not None and not old.st_mode & 0o222:
        raise PermissionError(errno.EACCES, "the file is read-only (write-protected)", str(path))
    # the copy is private from its first byte: a save killed mid-write must not leave a 0644 copy
    # of a 0600 project (the umask can only take permissions away)
    final = mode if mode is not None else (stat.S_IMODE(old.st_mode) if old is not None else 0o666)
    tmp, fd = _create_temporary(folder, path.name, final)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif old is not None:
            with contextlib.suppress(OSError):  # keep the permissions the file had
                os.chmod(tmp, stat.S_IMODE(old.st_mode))
        if old is not None and keep_backup:
            _keep_backup(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
    _remove_stale_temporaries(path)


def _existing(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _create_temporary(folder: Path, name: str, mode: int = 0o666) -> tuple[Path, int]:
    """A new `.<name>.<random>.tmp` beside the target, created with `mode` (default 0666) so the
    kernel applies the umask, as for any new file: no process-wide umask juggling (which is not
    thread-safe)."""
    for _ in range(100):
        tmp = folder / f".{name}.{os.urandom(4).hex()}.tmp"  # as secrets.token_hex, without its imports
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


#: a temporary file untouched this long belongs to a save that was killed: a save being written
#: (by another process saving the same file, say) is touched every moment
STALE_AFTER_S = 3600.0


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of earlier saves of `path` that were killed mid-write (SIGKILL, power
    loss) are left beside it: remove those not written to for an hour, so none accumulate and
    none that another process is still writing is taken from under it."""
    cutoff = time.time() - STALE_AFTER_S
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def _keep_backup(source: Path, target: Path) -> None:
    """`target` becomes the file `source` is now, atomically: a second name for the same file
    where the file system allows it (the save then puts a new file at `source`, so `target`
    keeps the old content; a 7 MB copy took a tenth of a 10,000-unit save), else a copy."""
    for _ in range(100):
        # not `.tmp`: a link keeps the old file's modification time, and another save's clean-up
        # of stale temporaries must not take it from under this one
        link = target.parent / f".{target.name}.{os.urandom(4).hex()}.lnk"
        try:
            os.link(source, link)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares): copy instead
            break
        try:
            os.replace(link, target)
        except BaseException:
            with contextlib.suppress(OSError):
                link.unlink()
            raise
        return
    _copy_atomic(source, target)


def _copy_atomic(source: Path, target: Path) -> None:
    """Copy `source` to `target` atomically, with the source's permissions from the start."""
    source_mode = stat.S_IMODE(source.stat().st_mode)
    tmp, fd = _create_temporary(target.parent, target.name, source_mode)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        with contextlib.suppress(OSError):
            os.chmod(tmp, source_mode)  # the umask may have taken more than the source lacks
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. The size is checked while reading,
    not trusted from stat (/dev/zero reports 0), and a FIFO or device is refused before it is
    opened (reading one could block for ever). Raises OSError with a plain reason."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe or socket)"
        raise OSError(errno.EINVAL, f"{kind}", str(path))
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        shown = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1000} kB"
        raise OSError(errno.EFBIG, f"file is too large (the limit is {shown})", str(path))
    return data
