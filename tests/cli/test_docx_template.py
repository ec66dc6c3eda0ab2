"""The DOCX paper: a running header with title, diarienummer and date on every page, written into
the region's own Word template on request (--template, .docx or .dotx), Swedish quotation marks
(issue 30, point 8)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from tests.conftest import EXAMPLE

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="bundled example not built yet")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args], capture_output=True, text=True, timeout=300)


def _region_template(path: Path) -> Path:
    """A region's own template: wide margins, its logo line in the header, a placeholder body,
    and none of the list or table styles the paper uses defined."""
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = Cm(3.5)
    section.header.paragraphs[0].text = "REGION VÄSTERDAL"
    document.add_paragraph("Skriv här")
    styles = document.styles.element
    for style in list(styles):
        name = style.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
        if name is not None and name.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") in (
                "List Bullet", "Light Grid Accent 1", "Caption"):
            styles.remove(style)
    document.save(path)
    return path


def _headers(document) -> list[str]:
    return [p.text for s in document.sections for p in s.header.paragraphs]


def test_every_page_has_the_running_header(tmp_path: Path):
    out = tmp_path / "paper.docx"
    result = run_cli("export", str(EXAMPLE), "--scenario", "koncern-2018", "--to", str(out))
    assert result.returncode == 0, result.stderr
    document = docx.Document(out)
    first = document.sections[0].header.paragraphs[0].text
    assert first.startswith(document.core_properties.title) and "RS/1039/2017" in first and "2017-12-06" in first
    assert all(s.header.is_linked_to_previous for s in document.sections[1:])  # the landscape matrix too


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_the_paper_is_written_into_the_regions_template(tmp_path: Path, suffix: str):
    template = _region_template(tmp_path / "mall.docx")
    if suffix == ".dotx":  # the same package under Word's template content type
        data = io.BytesIO()
        with zipfile.ZipFile(template) as source, zipfile.ZipFile(data, "w") as target:
            for item in source.infolist():
                body = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    body = body.replace(b"document.main+xml", b"template.main+xml")
                target.writestr(item, body)
        template = tmp_path / "mall.dotx"
        template.write_bytes(data.getvalue())
    out = tmp_path / "paper.docx"
    result = run_cli("export", str(EXAMPLE), "--scenario", "koncern-2018", "--template", str(template), "--to", str(out))
    assert result.returncode == 0, result.stderr
    document = docx.Document(out)
    assert abs(document.sections[0].left_margin - Cm(3.5)) < Cm(0.01)  # the template's page set-up
    headers = _headers(document)
    assert headers[0] == "REGION VÄSTERDAL" and any("RS/1039/2017" in h for h in headers)
    texts = [p.text for p in document.paragraphs]
    assert "Skriv här" not in texts and "Förslag till beslut" in texts
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)


def test_a_bad_template_is_exit_2_naming_it(tmp_path: Path):
    bad = tmp_path / "mall.docx"
    bad.write_text("ingen mall", encoding="utf-8")
    out = tmp_path / "paper.docx"
    for template, to in ((bad, out), (tmp_path / "saknas.docx", out), (bad, tmp_path / "paper.pdf")):
        result = run_cli("export", str(EXAMPLE), "--scenario", "koncern-2018", "--template", str(template), "--to", str(to))
        assert result.returncode == 2 and ("--template" in result.stderr or str(template) in result.stderr)
        assert "Traceback" not in result.stderr and not out.exists()


def test_swedish_quotation_marks_in_generated_text():
    package = Path(__file__).resolve().parents[2] / "orgdesigner"
    offenders = [p.name for p in package.rglob("*.py") if "«" in p.read_text(encoding="utf-8")]
    assert offenders == []
