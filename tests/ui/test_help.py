"""Help menu: the Swedish user guide shipped in the package, and About with the metadata version."""

from __future__ import annotations

import platform
import re
from importlib.metadata import version

import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from orgdesigner.resources import resource_path
from orgdesigner.ui.help import GUIDE, GuideDialog, about_text

GUIDE_TEXT = resource_path(*GUIDE).read_text(encoding="utf-8")


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def test_about_names_the_metadata_version_licence_qt_and_python():
    text = about_text()
    for part in (version("orgdesigner"), "MIT", qVersion(), platform.python_version()):
        assert part in text


def test_version_option_reads_the_same_metadata(capsys: pytest.CaptureFixture[str]):
    from orgdesigner.cli import main

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.split() == ["orgdesigner", version("orgdesigner")]


def test_help_menu_opens_the_guide_with_its_pictures(swedish_window, qtbot):
    bar = swedish_window.menuBar()
    help_menu = next(a.menu() for a in bar.actions() if _plain(a.text()) == "Hjälp")
    entries = {_plain(a.text()): a for a in help_menu.actions() if not a.isSeparator()}
    assert {"Användarguide", "Öppna exemplet", "Om orgdesigner"} <= set(entries)
    entries["Användarguide"].trigger()
    guide = swedish_window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Användarguide för orgdesigner" in text and "Rätta ett delat ansvar" in text
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE_TEXT)
    assert pictures
    for name in pictures:  # found beside the guide, as the installed package lays them out
        image = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    guide.close()


def test_every_menu_path_the_guide_names_exists_in_the_swedish_window(swedish_window):
    # The guide says e.g. **Scenario → Använd strukturmall…**: a renamed menu must not strand it.
    menus: dict[str, QMenu] = {_plain(a.text()): a.menu() for a in swedish_window.menuBar().actions()}
    paths = re.findall(r"\*\*([^*]+ → [^*]+)\*\*", GUIDE_TEXT)
    assert len(paths) >= 4
    for path in paths:
        top, *rest = [part.strip() for part in path.split("→")]
        assert top in menus, path
        menu = menus[top]
        for part in rest:
            found = {_plain(a.text()): a for a in menu.actions()}
            assert part in found, f"{path}: {part!r} not in {sorted(found)}"
            menu = found[part].menu() or menu
