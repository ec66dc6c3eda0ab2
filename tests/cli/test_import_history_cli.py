"""`orgdesigner import-history`: a Swedish Excel export into a project; bad rows refuse with exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

from orgdesigner.cli import main
from orgdesigner.io.project.project_file import load_project
from tests.conftest import EXAMPLE

CSV = "Period;Beställare;Tjänst;Volym;Pris\n2016-01;HC Åre;CRP;10;42,5\n2016-02;HC Åre;CRP;12;42,5\n"


def test_volumes_are_added_to_the_project(tmp_path: Path, capsys):
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    before = len(load_project(project).trade_history.records)
    (tmp_path / "v.csv").write_bytes(CSV.encode("cp1252"))
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), "--replace"]) == 0
    history = load_project(project).trade_history
    assert [(r.period, r.volume, r.price_sek) for r in history.records] == [("2016-01", 10.0, 42.5), ("2016-02", 12.0, 42.5)]
    assert (tmp_path / "p.orgd.bak").exists() or before == 0
    assert "2 rader lästa, 2 volymer, 1 köpare, perioder 2016-01–2016-02" in capsys.readouterr().out  # Swedish by default


def test_bad_rows_are_named_and_nothing_is_written(tmp_path: Path, capsys):
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    before = project.read_bytes()
    (tmp_path / "v.csv").write_bytes((CSV + "2016-03;HC Åre;CRP;tolv;\n").encode("cp1252"))
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "row 4: column 'Volym': 'tolv' is not a number" in err and "Nothing was written" in err
    assert main(["import-history", str(project), str(tmp_path / "v.csv")]) == 2
    err = capsys.readouterr().err
    assert "1 felaktig rad: rad 4:" in err and "Inget skrevs" in err and "de 2 felfria raderna" in err
    assert project.read_bytes() == before
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), "--good-rows-only", "--replace"]) == 0
    assert "hoppade över" in capsys.readouterr().err
    assert len(load_project(project).trade_history.records) == 2


def test_a_column_that_cannot_be_guessed_is_asked_for(tmp_path: Path, capsys):
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    (tmp_path / "v.csv").write_text("När;Vem;Vad;Hur många\n2016;A;B;1\n", "utf-8")
    assert main(["import-history", str(project), str(tmp_path / "v.csv")]) == 2
    assert "--period-column" in capsys.readouterr().err
    args = ["--period-column", "När", "--buyer-column", "Vem", "--service-column", "Vad", "--volume-column", "Hur många"]
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), *args, "--replace"]) == 0


def test_the_summary_agrees_in_number(tmp_path: Path, capsys):
    """One row is "1 row", one buyer "1 buyer" (it said "1 rows read")."""
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    (tmp_path / "v.csv").write_bytes(CSV.splitlines(keepends=True)[0].encode() + CSV.splitlines(keepends=True)[1].encode())
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), "--replace", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "1 row read, 1 volume, 1 buyer," in out
    assert main(["import-history", str(project), str(tmp_path / "v.csv"), "--replace"]) == 0
    assert "1 rad läst, 1 volym, 1 köpare," in capsys.readouterr().out
