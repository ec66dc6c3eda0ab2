"""Pictures for the user guide (shipped in the package) and shots of Help → About and the guide.

Runs last among `make screenshots`' parts: it scales the guide's step pictures, which
`make guide-screenshots` takes from the real window while tests/ui/test_user_guide_journey.py
walks the guide, into `resources/guide/`, so the installed application shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

GUIDE_DIR = Path(__file__).resolve().parents[1] / "resources" / "guide"
GUIDE_PICTURES = tuple(
    f"guide-{step}.png" for step in ("1-oppna", "2-fynd", "3-fraga", "3-matris", "4-mall", "5-jamfor", "6-export", "7-presentation")
)
GUIDE_WIDTH = 840  # readable in the guide's window, small in the wheel


def scale_guide_pictures(out: Path) -> None:
    """The guide's step pictures from `out` (docs/screenshots), at most GUIDE_WIDTH wide."""
    for name in GUIDE_PICTURES:
        image = QImage(str(out / name))
        if image.isNull():
            raise SystemExit(f"screenshots: {name} is missing; run make guide-screenshots first")
        if image.width() > GUIDE_WIDTH:
            image = image.scaledToWidth(GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        image.save(str(GUIDE_DIR / name))
        print(f"wrote {GUIDE_DIR / name}")


def shots(ctx) -> None:  # ctx: tools.screenshots.Shots
    scale_guide_pictures(ctx.out)
    from orgdesigner.ui.help import GuideDialog, about_text

    window = ctx.window()
    box = QMessageBox(QMessageBox.Icon.Information, "Om orgdesigner", about_text(), parent=window)
    box.show()
    ctx.save(box, "about.png")
    box.close()
    guide = GuideDialog(window)
    guide.resize(900, 760)
    guide.show()
    ctx.save(guide, "user-guide.png")
    guide.close()
    ctx.close(window)


if __name__ == "__main__":  # make guide-screenshots: only the scaling, after the walk
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    scale_guide_pictures(Path(__file__).resolve().parents[1] / "docs" / "screenshots")

