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
