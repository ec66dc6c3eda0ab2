"""The DOCX chart pages' legends are drawn by Word itself: a box shaded in the colour and framed,
a dotted line underlined in the line's colour; no ■ or ┄ glyph a font might lack (issue 30's
leftover). LibreOffice's rendering of the result was looked at (soffice --convert-to pdf)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from orgdesigner.ui.colours import hex_colour
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


def test_the_legend_swatches_are_drawn_not_typed(tmp_path: Path) -> None:
    out = tmp_path / "paper.docx"
    result = subprocess.run([sys.executable, "-m", "orgdesigner", "export", str(EXAMPLE), "--scenario", "koncern-2018",
                             "--compare-with", "nulage-2017", "--to", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert not {"■", "┄", "—"} & set(text)
    boxes, lines = [], []
    for paragraph in document.paragraphs:
        for run, after in zip(paragraph.runs, paragraph.runs[1:], strict=False):
            properties = run._r.rPr
            if properties is None:
                continue
            shading, underline = properties.find(qn("w:shd")), properties.find(qn("w:u"))
            if shading is not None and run.text == "\u2003":
                assert properties.find(qn("w:bdr")) is not None  # framed: a pale colour still shows on white paper
                boxes.append((shading.get(qn("w:fill")), after.text.strip()))
            elif underline is not None and underline.get(qn("w:val")) == "dottedHeavy":
                assert run.text.strip("\u2003") == "" and properties.find(qn("w:position")) is not None
                lines.append((underline.get(qn("w:color")), after.text.strip()))
    assert ("ny enhet" in {words for _, words in boxes}) and any(w.startswith("streckad linje") for _, w in lines)
    new = next(fill for fill, words in boxes if words == "ny enhet")
    assert new == hex_colour("status_added").lstrip("#").upper()
