"""orgdesigner/ui/README.md maps every module and package of the UI, so a newcomer finds each one."""

from __future__ import annotations

import re

from tests.conftest import ROOT

UI = ROOT / "orgdesigner" / "ui"


def _parts() -> set[str]:
    """Each module (`name.py`) and package (`name/`) directly in orgdesigner/ui."""
    modules = {p.name for p in UI.glob("*.py") if p.name != "__init__.py"}
    packages = {f"{p.name}/" for p in UI.iterdir() if (p / "__init__.py").is_file()}
    return modules | packages


def _mapped() -> set[str]:
    """The names in the first column of the README's table."""
    rows = [line for line in (UI / "README.md").read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([\w./]+)`", row.split("|")[1])}


def test_every_ui_module_and_package_has_a_row_in_the_readme() -> None:
    parts = _parts()
    assert "main_window.py" in parts and "chart/" in parts  # the folder was read
    missing = sorted(parts - _mapped())
    assert not missing, f"add a row to orgdesigner/ui/README.md for {', '.join(missing)}"


def test_the_readme_names_no_module_that_is_gone() -> None:
    gone = sorted(_mapped() - _parts())
    assert not gone, f"orgdesigner/ui/README.md maps {', '.join(gone)}, which no longer exist"
