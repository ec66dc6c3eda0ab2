"""The core (model, analysis, layout, io) never imports Qt: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import orgdesigner.model, orgdesigner.analysis, orgdesigner.layout, orgdesigner.io\n"
        "for pkg in (orgdesigner.model, orgdesigner.analysis, orgdesigner.layout, orgdesigner.io):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_package_imports_nothing_of_the_repository_around_it():
    """What ships is orgdesigner/ alone: benchmarks (and their synthetic regions), tests and
    tools stay out of it, so an installed wheel never reaches for them."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "orgdesigner"
    outside = {"benchmarks", "tests", "tools", "examples", "resources"}
    reaching = []
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            reaching += [f"{source.relative_to(package)}: {n}" for n in names if n.split(".")[0] in outside]
    assert reaching == []
