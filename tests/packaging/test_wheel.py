"""What users install is the wheel, not the checkout: build it, install it into a fresh venv
(not editable) and run the application from there.

The fresh venv gets orgdesigner from the wheel only; its dependencies (PySide6, pandas, …) are
borrowed from the test's own environment through a .pth file, so the test needs no network. A
.pth file's folder is not scanned for further .pth files, so the checkout's editable install
cannot leak in; the test checks that the package really comes from the venv.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKOUT_EXAMPLE = ROOT / "examples" / "jamtland-primarvard-2017.orgd"

GUI_PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import orgdesigner
from orgdesigner.resources import example_path
from orgdesigner.ui.app import start_window

app = QApplication([])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = start_window(str(example_path()), None, settings=settings, offer_recovery=False)
menus = [a.text() for a in window.menuBar().actions()]
shown = []
window.scenario_tools.asker.run = lambda dialog: shown.append(dialog) or False
window.scenario_tools.template_dialog()
box = shown[0].template_box
print(orgdesigner.__file__)
print("|".join(menus))
print("|".join(box.itemText(i) for i in range(box.count())))
window.controller.undo_stack.setClean()
window.close()
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    wheels = work / "dist"
    # As `make dist` and pipx from a source archive: the sdist first, the wheel built from it in a
    # clean folder. (A wheel built in the checkout would also ship stale modules left in build/lib.)
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(wheels), str(ROOT)],
                   check=True, cwd=work, capture_output=True)
    wheel = next(wheels.glob("orgdesigner-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, cwd=work)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def _run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(scripts / args[0]), *args[1:]], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_the_wheel_carries_every_run_time_file(installed: Path) -> None:
    wheel = next((installed.parent / "dist").glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("orgdesigner/data/translations/orgdesigner_sv.qm",
                   "orgdesigner/data/schema/orgd.schema.json",
                   "orgdesigner/data/templates/koncern.json",
                   "orgdesigner/data/examples/jamtland-primarvard-2017.orgd",
                   "orgdesigner/data/guide/anvandarguide.md",
                   "orgdesigner/data/references/region-vastmanland.json",
                   "orgdesigner/data/references/archetype-1-own-board.json"):
        assert needed in names, needed
    assert any(n.endswith("/licenses/LICENSE") for n in names)


def test_installed_check_equals_the_checkout(installed: Path, tmp_path: Path) -> None:
    found = _run(installed, "orgdesigner", "--example", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    example = Path(found.stdout.strip())
    assert example.is_file() and installed in example.parents
    ours = _run(installed, "orgdesigner", "check", str(example), "--format", "json", cwd=tmp_path)
    theirs = subprocess.run([sys.executable, "-m", "orgdesigner", "check", str(CHECKOUT_EXAMPLE), "--format", "json"],
                            capture_output=True, text=True, cwd=ROOT)
    assert ours.returncode == theirs.returncode == 1  # the example has error-level findings
    mine, reference = json.loads(ours.stdout), json.loads(theirs.stdout)
    assert [s["findings"] for s in mine["scenarios"]] == [s["findings"] for s in reference["scenarios"]]
    assert mine["scenarios"]


def test_installed_omvarld_equals_the_checkout(installed: Path, tmp_path: Path) -> None:
    """The reference structures ship in the wheel: the installed comparison is the checkout's."""
    args = ("omvarld", str(CHECKOUT_EXAMPLE), "--scenario", "Koncern 2018", "--format", "json")
    ours = _run(installed, "orgdesigner", *args, cwd=tmp_path)
    theirs = subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, cwd=ROOT)
    assert ours.returncode == theirs.returncode == 0, ours.stderr
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)
    assert len(json.loads(ours.stdout)["regions"]) >= 11


def test_installed_version_comes_from_the_metadata(installed: Path, tmp_path: Path) -> None:
    out = _run(installed, "orgdesigner", "--version", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.split() == ["orgdesigner", "0.1.0"]


def test_installed_window_is_swedish_and_lists_the_templates(installed: Path, tmp_path: Path) -> None:
    out = _run(installed, "python", "-c", GUI_PROBE, str(tmp_path / "settings.ini"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    module, menus, templates = out.stdout.strip().splitlines()[-3:]
    assert installed in Path(module).parents  # the wheel's copy, not the checkout
    assert menus.split("|")[:3] == ["&Arkiv", "&Redigera", "&Visa"]
    assert len(templates.split("|")) == 3


def _dist_name(requirement: str) -> str:
    found = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
    assert found, requirement
    return re.sub(r"[-_.]+", "-", found.group()).lower()


def _declared_closure(metadata: str) -> set[str]:
    """The wheel's Requires-Dist and, through the installed metadata, theirs (extras left out)."""
    todo = [_dist_name(line.split(":", 1)[1]) for line in metadata.splitlines()
            if line.startswith("Requires-Dist:") and "extra ==" not in line]
    closure: set[str] = set()
    while todo:
        name = todo.pop()
        if name in closure:
            continue
        closure.add(name)
        with contextlib.suppress(PackageNotFoundError):
            todo += [_dist_name(r) for r in requires(name) or [] if "extra ==" not in r]
    return closure


def test_every_imported_package_is_a_declared_dependency(installed: Path) -> None:
    # The venv above borrows the test environment's packages, so a missing Requires-Dist would
    # go unnoticed there; pipx would install without it. Every third-party import in the wheel
    # (also those inside functions) must come from a declared dependency or one of theirs.
    wheel = zipfile.ZipFile(next((installed.parent / "dist").glob("*.whl")))
    metadata = wheel.read(next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")))
    closure = _declared_closure(metadata.decode("utf-8"))
    imported: set[str] = set()
    for name in wheel.namelist():
        if name.endswith(".py"):
            for node in ast.walk(ast.parse(wheel.read(name))):
                if isinstance(node, ast.Import):
                    imported |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"orgdesigner", "__future__"}
    owners = packages_distributions()
    # A module not installed here (a stale test environment) is judged by its own name.
    undeclared = {module: owners.get(module, [module]) for module in sorted(third_party)
                  if not any(_dist_name(d) in closure for d in owners.get(module, [module]))}
    assert not undeclared, f"imported but not in pyproject's dependencies: {undeclared}"
    assert {"pyside6-essentials", "pandas", "pydantic"} <= closure
