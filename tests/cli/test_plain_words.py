"""Every text a reader sees of the example speaks plain words: no field names, enum values,
`None`, Python tuples or floats such as `3000000.0` / `1.18522e+07`.

The example's Koncern 2018 proposal is exported as a user would (PDF and DOCX in Swedish and
English, XLSX, CSV) and the CLI's text reports are run; each text is scanned and a failure names
the file, page, sheet or line. Data tables are scanned whole: sheet names, header rows (plain
words the importers read back) and every text cell below them.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli.test_export import run_cli
from tests.conftest import EXAMPLE

BAD = [
    (re.compile(r"\b[a-z]+(?:_[a-z]+)+\b"), "a snake_case identifier"),
    (re.compile(r"\bNone\b"), "None"),
    (re.compile(r"\('"), "a Python tuple"),
    (re.compile(r"\d\.0(?![\d])"), "an amount written as a float"),
    (re.compile(r"\d(?:\.\d+)?e[+-]\d"), "a number in scientific notation"),
    (re.compile(r"(?<![\d,.\s])\s?\b1 (?:more )?(?:errors|warnings|places|ställen|varningar)\b"), "one with a plural noun"),
]


def offences(place: str, text: str) -> list[str]:
    out = []
    for pattern, what in BAD:
        for m in pattern.finditer(text):
            start = max(0, m.start() - 40)
            out.append(f"{place}: {what} {m.group(0)!r} in …{text[start:m.end() + 40]!r}…")
    return out


def export(tmp: Path, name: str, *extra: str) -> Path:
    out = tmp / name
    done = run_cli("export", str(EXAMPLE), "--scenario", "koncern-2018", "--compare-with", "nulage-2017", "--to", str(out), *extra)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[tuple[str, str]]:
    tmp = tmp_path_factory.mktemp("plain")
    out: list[tuple[str, str]] = []
    for lang in ("sv", "en"):
        pdf = export(tmp, f"k-{lang}.pdf", "--lang", lang)
        for number, page in enumerate(PdfReader(pdf).pages, start=1):
            out.append((f"{pdf.name} page {number}", page.extract_text()))
        document = docx.Document(str(export(tmp, f"k-{lang}.docx", "--lang", lang)))
        out += [(f"k-{lang}.docx paragraph {i}", p.text) for i, p in enumerate(document.paragraphs)]
        for t, table in enumerate(document.tables):
            for r, row in enumerate(table.rows):
                out.append((f"k-{lang}.docx table {t} row {r}", " | ".join(c.text for c in row.cells)))
        workbook = openpyxl.load_workbook(export(tmp, f"k-{lang}.xlsx", "--lang", lang), read_only=True)
        for sheet in workbook.worksheets:
            out.append((f"k-{lang}.xlsx sheet name", sheet.title))
            for r, row in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                text = " | ".join("" if v is None else str(v) for v in row if isinstance(v, str))
                out.append((f"k-{lang}.xlsx sheet {sheet.title} row {r}", text))
        export(tmp, f"k-{lang}.csv", "--lang", lang)
        for path in sorted(tmp.glob(f"k-{lang}-*.csv")):
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
            # numeric cells are data for spreadsheets (decimal points allowed); text cells are read
            out += [(f"{path.name} line {i}", " | ".join(c for c in row if not _numeric(c)))
                    for i, row in enumerate(rows, start=1)]
    for args in (("info",), ("check",), ("check", "--lang", "en"),
                 ("compare", "--scenarios", "nulage-2017", "koncern-2018"),
                 ("compare", "--scenarios", "nulage-2017", "koncern-2018", "--lang", "sv")):
        done = run_cli(args[0], str(EXAMPLE), *args[1:])
        assert done.returncode in (0, 1), done.stderr
        out += [(f"orgdesigner {' '.join(args)} line {i}", line) for i, line in enumerate(done.stdout.splitlines(), 1)]
    return out


def _numeric(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_the_tables_are_headed_in_the_readers_language(texts):
    heads = {place: text for place, text in texts if place.endswith((" row 1", " line 1"))}
    assert heads and all(heads.values())
    sv = " ".join(t for p, t in heads.items() if "-sv" in p)
    en = " ".join(t for p, t in heads.items() if "-en" in p)
    assert "Överordnad (id)" in sv and "Budget (kr)" in sv and "Ansvar" in sv
    assert "Parent (id)" in en and "Budget (SEK)" in en and "Responsibility" in en


def test_no_code_like_text_reaches_a_reader(texts):
    found = [o for place, text in texts for o in offences(place, text)]
    assert not found, f"{len(found)} code-like texts:\n" + "\n".join(found[:40])


def test_the_scan_finds_what_it_looks_for():
    assert offences("x", "cap_sek: 3000000.0 → None")
    assert offences("x", "decisions: ('LS/42/2010',)")
    assert offences("x", "1.18522e+07")
    assert offences("x", "the analysis gives 1 errors against 10") and offences("x", "in 1 more places")
    assert not offences("x", "gives 11 errors and 21 warnings")
    assert not offences("x", "Taket 3 000 000 kr gäller från 1 mars 2018; tydlighetsindex 0,62.")


def test_values_in_words():
    from datetime import date

    from orgdesigner.io.words.wording import amount, day, economy_changes, number, surplus_sentence
    from orgdesigner.model.economy import EconomicRules, SurplusModel

    assert amount(3000000.0) == "3\u00a0000\u00a0000\u00a0kr" and amount(3e6, "en") == "SEK 3,000,000"
    assert day(date(2018, 3, 1)) == "1 mars 2018" and day(date(2018, 3, 1), "en") == "1 March 2018"
    assert number(11852239.4, "sv") == "11\u00a0852\u00a0239,4" and number(2.0) == "2"
    old = EconomicRules(SurplusModel.CARRY_OVER, 1.0, 1.0, 3e6, ("LS/42/2010",))
    assert "3\u00a0000\u00a0000\u00a0kr" in surplus_sentence(old) and "LS/42/2010" in surplus_sentence(old)
    changes = economy_changes(old, EconomicRules(decisions=("RS/1039/2017",)), "en")
    assert any("rest on RS/1039/2017 instead of LS/42/2010" in c for c in changes)
    assert not offences("changes", " ".join(changes))
