"""Recovery files: where the GUI autosaves unsaved work, and how it finds it after a crash.

No Qt here. Each open window writes `<key>.orgd` plus `<key>.json` (which file it belongs to,
when, which process) into the recovery folder; a clean close or a save removes them.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orgdesigner.io.project.atomic import read_bounded, write_atomic
from orgdesigner.io.project.project_file import load_project, storable_bytes
from orgdesigner.model.entities import Project


def recovery_dir() -> Path:
    """$ORGDESIGNER_RECOVERY_DIR, else $XDG_STATE_HOME/orgdesigner/recovery (~/.local/state)."""
    override = os.environ.get("ORGDESIGNER_RECOVERY_DIR")
    if override:
        return Path(override)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "orgdesigner" / "recovery"


def recovery_key(source: Path | None, session: str) -> str:
    """A file name stem: the project's name and a hash of its path, or untitled per session."""
    if source is None:
        return f"untitled-{session}"
    import hashlib  # here: start-up reaches this module but rarely this line

    digest = hashlib.sha1(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:10]
    return f"{Path(source).stem}-{digest}"


@dataclass(frozen=True, slots=True)
class Recovery:
    data_path: Path
    meta_path: Path
    source: Path | None  # the project file it belongs to (None: never saved)
    written: datetime
    pid: int

    def load(self) -> Project:
        return load_project(self.data_path)

    def discard(self) -> None:
        for path in (self.data_path, self.meta_path):
            with contextlib.suppress(OSError):
                path.unlink()


def write_recovery(project: Project, source: Path | None, session: str, folder: Path | None = None) -> Recovery:
    """Write (atomically) the recovery copy of `project`; raises OSError if the disk refuses and
    ProjectFileError when the project holds a value a load would refuse (nothing is written)."""
    folder = folder or recovery_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # unsaved work is private: the folder is the user's alone
        os.chmod(folder, 0o700)
    key = recovery_key(source, session)
    data_path, meta_path = folder / f"{key}.orgd", folder / f"{key}.json"
    written = datetime.now().replace(microsecond=0)
    write_atomic(data_path, storable_bytes(project, data_path), mode=0o600)
    meta = {"source": None if source is None else str(source), "written": written.isoformat(), "pid": os.getpid()}
    write_atomic(meta_path, json.dumps(meta).encode("utf-8"), mode=0o600)
    return Recovery(data_path, meta_path, source, written, os.getpid())


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # our own autosave, not a crash
    if pid <= 0:
        return False  # 0 and negatives name process groups, not one process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


_META_MAX = 64 * 1024  # a note is some 200 bytes


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """Recovery files left by processes that are gone (a crash), newest first."""
    folder = folder or recovery_dir()
    found = []
    for meta_path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data_path = meta_path.with_suffix(".orgd")
        try:
            # bounded, and never a FIFO or device (reading one would block the start for ever)
            meta = json.loads(read_bounded(meta_path, _META_MAX).decode("utf-8"))
            source = None if meta.get("source") is None else Path(meta["source"])
            recovery = Recovery(data_path, meta_path, source, datetime.fromisoformat(meta["written"]), int(meta["pid"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
            continue  # a half-written, damaged or foreign file: not ours to offer; look at the next
        if data_path.is_file() and not _alive(recovery.pid):
            found.append(recovery)
    found.sort(key=lambda r: r.written, reverse=True)
    return found
