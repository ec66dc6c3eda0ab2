"""`orgdesigner import-history` refuses a file in the language asked for (Swedish by default):
each refusal a person can cause, in Swedish and in English, with no word of the other language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orgdesigner.cli import main
from tests.conftest import EXAMPLE
from tests.refusal_words import foreign_words

HEAD = "Period;Beställare;Tjänst;Volym\n"


def _bom_then_cp1252(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + HEAD.encode() + "2016-01;HC Åre;CRP;10\n".encode("cp1252"))


def _utf16_cut(path: Path) -> None:
    path.write_bytes(b"\xff\xfe" + HEAD.encode("utf-16-le") + b"\x00")  # an odd byte: cut off


#: what the file holds -> words each language must say (the reason, not just that it failed)
CASES = {
    "bom_not_utf8": (_bom_then_cp1252, "är inte UTF-8", "is not UTF-8"),
    "cut_utf16": (_utf16_cut, "kan inte läsas som UTF-16", "not readable as UTF-16"),
    "empty": (lambda p: p.write_bytes(b""), "filen är tom", "the file is empty"),
    "binary": (lambda p: p.write_bytes(b"\x00\x01\x02" * 100), "inte en textfil", "not a text file"),
    "header_only": (lambda p: p.write_text(HEAD, "utf-8"), "inga datarader", "no data rows"),
    "no_period": (lambda p: p.write_text("När;Beställare;Tjänst;Volym\n2016;A;B;1\n", "utf-8"),
                  "ingen kolumn hittades för --period-column", "no column found for --period-column"),
    "bad_row": (lambda p: p.write_text(HEAD + "2016-01;HC Åre;CRP;tolv\n", "utf-8"),
                "felaktig rad: rad 2", "bad volume row: row 2"),
    "not_xlsx": (lambda p: p.write_text(HEAD, "utf-8"), "inte en XLSX-arbetsbok", "not an XLSX workbook"),
    "missing": (lambda p: None, "filen finns inte", "the file does not exist"),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_each_refusal_speaks_the_language_asked_for(case: str, lang: str, tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    write, sv, en = CASES[case]
    volumes = tmp_path / ("volymer.xlsx" if case == "not_xlsx" else "volymer.csv")
    write(volumes)
    before = project.read_bytes()
    args = ["import-history", str(project), str(volumes)] + ([] if lang == "sv" else ["--lang", "en"])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert (sv if lang == "sv" else en) in err
    prefix = f"orgdesigner import-history: {'fel' if lang == 'sv' else 'error'}: "
    assert err.startswith(prefix)
    message = err.removeprefix(prefix)
    assert foreign_words(message, lang, keep=(str(volumes), "--period-column", "--good-rows-only", "HC Åre", "CRP",
                                               "tolv", "Period", "Beställare", "Tjänst", "Volym", "När")) == []
    assert project.read_bytes() == before
