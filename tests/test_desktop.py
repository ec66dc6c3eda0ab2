"""Desktop integration (Linux): the menu entry, the icon and the .orgd type install per user."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from orgdesigner import desktop


def test_install_writes_entry_mime_type_and_icons(tmp_path: Path) -> None:
    result = desktop.install(tmp_path, command="/opt/my apps/orgdesigner", refresh=False)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(tmp_path / "applications" / "orgdesigner.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == '"/opt/my apps/orgdesigner" %f'  # quoted: the path has a space
    assert section["MimeType"] == "application/x-orgdesigner;"
    assert section["Icon"] == "orgdesigner" and section["Name"] == "orgdesigner"
    mime = (tmp_path / "mime" / "packages" / "orgdesigner.xml").read_text(encoding="utf-8")
    assert 'type="application/x-orgdesigner"' in mime and 'pattern="*.orgd"' in mime
    for size in desktop.ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "orgdesigner.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "orgdesigner.svg").exists()
    assert len(result.written) == 4 + len(desktop.ICON_SIZES)
    assert sorted(desktop.uninstall(tmp_path, refresh=False).removed) == sorted(result.written)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_entry_is_valid_by_the_specification(tmp_path: Path) -> None:
    desktop.install(tmp_path, command="orgdesigner", refresh=False)
    out = subprocess.run(["desktop-file-validate", str(tmp_path / "applications" / "orgdesigner.desktop")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_a_project_file_is_recognised_as_an_orgdesigner_project(tmp_path: Path) -> None:
    result = desktop.install(tmp_path, command="orgdesigner")
    assert "update-mime-database" in result.refreshed
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert any(line.endswith(":application/x-orgdesigner:*.orgd") for line in globs.splitlines())


def _fake_cache_tools(folder: Path, log: Path) -> None:
    """update-mime-database and update-desktop-database that only record how they were run."""
    folder.mkdir()
    for tool in ("update-mime-database", "update-desktop-database"):
        script = folder / tool
        script.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n', encoding="utf-8")
        script.chmod(0o755)


def test_uninstall_refreshes_the_caches_as_install_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgdesigner.cli import main

    log = tmp_path / "ran.log"
    _fake_cache_tools(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    home = tmp_path / "share"
    assert main(["install-desktop", "--data-home", str(home)]) == 0
    installed = log.read_text(encoding="utf-8").splitlines()
    assert installed == [f"update-mime-database {home / 'mime'}", f"update-desktop-database {home / 'applications'}"]
    log.unlink()
    assert main(["install-desktop", "--data-home", str(home), "--uninstall"]) == 0
    assert log.read_text(encoding="utf-8").splitlines() == installed
    assert "refreshed with update-mime-database, update-desktop-database" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_after_uninstall_a_project_file_is_no_longer_an_orgdesigner_project(tmp_path: Path) -> None:
    desktop.install(tmp_path, command="orgdesigner")
    result = desktop.uninstall(tmp_path)
    assert "update-mime-database" in result.refreshed
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert "orgd" not in globs


def test_the_cli_installs_into_the_given_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from orgdesigner.cli import main

    assert main(["install-desktop", "--data-home", str(tmp_path)]) == 0
    assert (tmp_path / "applications" / "orgdesigner.desktop").exists()
    assert "wrote" in capsys.readouterr().out
    assert main(["install-desktop", "--data-home", str(tmp_path), "--uninstall"]) == 0
    assert not (tmp_path / "applications" / "orgdesigner.desktop").exists()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_cli_refuses_where_there_is_no_freedesktop_menu(
    platform: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from orgdesigner.cli import EXIT_BAD_INPUT, main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", platform)
    assert main(["install-desktop"]) == EXIT_BAD_INPUT
    assert "README" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())  # nothing written
