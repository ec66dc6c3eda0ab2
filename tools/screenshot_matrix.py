"""Screenshots of the responsibility matrix and the chart overlay on the bundled example.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_matrix.py [OUT_DIR]

Writes matrix.png (matrix tab with the findings dock, a double-accountable finding selected) and
overlay.png (the chart with the overlay for Vårdval primärvård) to docs/screenshots/ by default.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "examples" / "jamtland-primarvard-2017.orgd"


def main(out: Path) -> int:
    from PySide6.QtCore import QRectF, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QDockWidget

    from orgdesigner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("ORGDESIGNER_RECOVERY_DIR", folder)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, lang="sv")
        window.resize(1600, 980)
        window.show()
        window.open_path(EXAMPLE)
        app.processEvents()
        views = window.responsibility_views

        window.tabs.setCurrentWidget(views.matrix)
        findings = views.findings.model.findings
        chosen = next((f for f in findings if f.rule == "R02-double-accountable"), findings[0] if findings else None)
        if chosen is not None:
            views.findings.select_finding(chosen.key)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / "matrix.png"))

        window.tabs.setCurrentWidget(window.chart)
        for dock in window.findChildren(QDockWidget):  # the chart alone, as large as it gets
            dock.hide()
        vardval = next((f.id for f in window.controller.project.functions.values() if f.vardval), None)
        views.chooser.choose(vardval)
        window.controller.select_units([])
        app.processEvents()
        scene = window.chart.scene
        area = QRectF()
        for uid in views.overlay.holdings():
            rect = scene.card_rect(uid)
            if rect is not None:
                area = area.united(rect)
        window.chart.view.fitInView(area.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / "overlay.png"))
        window.controller.mark_saved(EXAMPLE)  # nothing changed: close without asking
        window.close()
    print(f"wrote {out / 'matrix.png'} and {out / 'overlay.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
