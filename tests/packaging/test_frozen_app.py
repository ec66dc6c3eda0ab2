"""The frozen application without building it: the PyInstaller spec's hidden imports cover every
subcommand module, and `tools/app-test.sh` tells a crashed subcommand from one with findings.

The script runs against a stand-in bundle: `orgdesigner-cli` runs this checkout's command line
(optionally made to crash the way a missing hidden import does) and `orgdesigner` answers the
first-paint probe, so the test checks the script's judgement, not PyInstaller.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from orgdesigner import cli

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "orgdesigner.spec"
APP_TEST = ROOT / "tools" / "app-test.sh"


def _spec_hidden_imports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Run the spec with PyInstaller's build classes replaced by recorders; return hiddenimports."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda package: []  # type: ignore[attr-defined]  # a stand-in module gets PyInstaller's hook functions
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    seen: dict[str, Any] = {}

    def analysis(scripts: list[str], **kwargs: Any) -> types.SimpleNamespace:
        seen.update(kwargs)
        return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

    def anything(*_args: Any, **_kwargs: Any) -> None:
        return None

    names = {"Analysis": analysis, "PYZ": anything, "EXE": anything, "COLLECT": anything,
             "SPECPATH": str(SPEC.parent), "os": os, "__file__": str(SPEC)}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    # the run-time files go where the wheel puts them, without backups (`make example` leaves one
    # beside the example)
    placed = {Path(source).name: Path(target) for source, target in seen["datas"]}
    assert placed["jamtland-primarvard-2017.orgd"] == Path("orgdesigner/data/examples")
    assert placed["orgd.schema.json"] == Path("orgdesigner/data/schema")
    assert placed["__init__.py"].parts[:2] == ("orgdesigner", "data")
    assert not [source for source, _ in seen["datas"] if source.endswith(".bak")]
    return list(seen["hiddenimports"])


def _modules_with_register() -> set[str]:
    """Every module of orgdesigner/cli_commands that defines register(): a subcommand."""
    found = set()
    for path in (ROOT / "orgdesigner" / "cli_commands").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name == "register" for node in tree.body):
            found.add(f"orgdesigner.cli_commands.{path.stem}")
    return found


def test_the_spec_hides_every_subcommand_module(monkeypatch: pytest.MonkeyPatch) -> None:
    hidden = _spec_hidden_imports(monkeypatch)
    subcommands = _modules_with_register()
    assert len(subcommands) >= 9
    assert subcommands <= set(hidden), subcommands - set(hidden)
    # A module with register() that the CLI does not list would be a subcommand nobody can run.
    assert set(cli.subcommand_modules()) == subcommands


def _stand_in_bundle(folder: Path, crash: str | None) -> Path:
    """A folder shaped like dist/orgdesigner whose CLI is this checkout's (crashing on `crash`)."""
    folder.mkdir()
    python = sys.executable
    crash_branch = ""
    if crash:
        crash_branch = (
            f'if [ "${{1:-}}" = {crash} ]; then\n'
            "  echo 'Traceback (most recent call last):' >&2\n"
            f"  echo \"ModuleNotFoundError: No module named 'orgdesigner.cli_commands.{crash}'\" >&2\n"
            "  echo '[PYI-1234:ERROR] Failed to execute script launch' >&2\n"
            "  exit 1\nfi\n"
        )
    (folder / "orgdesigner-cli").write_text(
        f"#!/usr/bin/env bash\n{crash_branch}exec {python} -m orgdesigner.cli \"$@\"\n", encoding="utf-8")
    # The window's part: the first-paint probe answers as the real window does.
    (folder / "orgdesigner").write_text(
        "#!/usr/bin/env bash\n"
        f'if [ "${{1:-}}" = --example ]; then exec {python} -m orgdesigner.cli --example; fi\n'
        'echo "first paint with project: 0.1 s"\n', encoding="utf-8")
    for name in ("orgdesigner", "orgdesigner-cli"):
        (folder / name).chmod(0o755)
    return folder


def _app_test(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(APP_TEST), str(folder)], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.slow
def test_app_test_passes_check_findings_and_fails_a_crashed_subcommand(tmp_path: Path) -> None:
    good = _app_test(_stand_in_bundle(tmp_path / "good", crash=None))
    assert good.returncode == 0, good.stdout + good.stderr
    # check ended with 1 (the example's findings) and that is not a failure
    assert "check            exit 1" in good.stdout
    for sub in cli.SUBCOMMANDS:
        assert f"\n{sub} " in "\n" + good.stdout, f"{sub} did not run"
    crashed = _app_test(_stand_in_bundle(tmp_path / "crashed", crash="diff"))
    assert crashed.returncode == 1
    assert "orgdesigner-cli diff crashed" in crashed.stderr
    assert "ModuleNotFoundError" in crashed.stderr
