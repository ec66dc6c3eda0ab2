"""The paper is an accessible document (lag 2018:1937): read back as a screen reader's tools would."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from orgdesigner.io.paper.proposal import headings
from tests.cli.test_export import _words, run_cli
from tests.conftest import EXAMPLE


def _export(tmp_path, name: str, lang: str):
    out = tmp_path / name
    done = run_cli("export", str(EXAMPLE), "--scenario", "koncern-2018", "--compare-with", "nulage-2017",
                   "--to", str(out), "--lang", lang)
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_docx_headings_alt_texts_header_rows_and_language(tmp_path, lang):
    document = docx.Document(str(_export(tmp_path, "k.docx", lang)))
    styles = [p.style.name for p in document.paragraphs]
    assert "Title" in styles
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == headings(lang)
    assert document.inline_shapes, "the chart is a picture"
    for shape in document.inline_shapes:
        assert shape._inline.docPr.get("descr"), "every picture has an alt text"
    data_tables = [t for t in document.tables if len(t.columns) > 2]
    assert data_tables
    for table in data_tables:
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None, table.rows[0].cells[0].text
    expected = "en-GB" if lang == "en" else "sv-SE"
    assert document.core_properties.language == expected
    lang_element = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang_element.get(qn("w:val")) == expected


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_pdf_title_language_and_an_outline_per_section(tmp_path, lang):
    reader = PdfReader(_export(tmp_path, "k.pdf", lang))
    assert reader.metadata.title.startswith("Primärvårdens egenregi som koncern")
    assert reader.trailer["/Root"]["/Lang"] == ("en-GB" if lang == "en" else "sv-SE")
    sections = [item for item in reader.outline if not isinstance(item, list)]  # a list: a section's subheadings
    outline = [(item.title, reader.get_destination_page_number(item)) for item in sections]
    assert [title for title, _ in outline] == headings(lang)
    pages = [_words(p.extract_text()) for p in reader.pages]
    for title, page in outline:
        assert _words(title) in pages[page], f"bookmark {title!r} points at page {page + 1}, which does not show it"
    assert [p for _, p in outline] == sorted(p for _, p in outline)


def test_docx_chart_pages_carry_their_legend_and_dotted_line_notes(tmp_path):
    document = docx.Document(str(_export(tmp_path, "k.docx", "sv")))
    texts = [p.text for p in document.paragraphs]
    legends = [t for t in texts if t.startswith("\u2003")]  # each swatch an em space Word shades or underlines
    assert legends and any("ny enhet" in t for t in legends)
    assert any("streckad linje: professionellt/medicinskt ansvar" in t for t in legends)
    assert any(t.startswith("Streckad linje (professionellt/medicinskt ansvar) till Chefläkare") for t in texts)
