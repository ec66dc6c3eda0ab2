"""Bad files and odd file systems end in a clear message, never a traceback, a hang or lost data."""

from __future__ import annotations

import io
import json
import os
import stat
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from orgdesigner.analysis.context import CHAIN_MEMO, Context
from orgdesigner.cli import main
from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.exchange._tabular import ImportFileError, read_table
from orgdesigner.io.exchange.import_units import UnitColumns, import_units
from orgdesigner.io.exchange.trade_import import TradeImportError, read_flows
from orgdesigner.io.project import atomic, recovery
from orgdesigner.io.project.project_file import load_project, save_project
from orgdesigner.model import Project, Scenario, Unit
from tests.conftest import small_project


def _damaged_xlsx(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(["id", "parent", "name"])
    workbook.active.append(["rs", "", "Regionstyrelsen"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]  # the XML stops in the middle of an element
            target.writestr(item, data)
    return path


def test_an_xlsx_with_damaged_xml_is_refused_with_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _damaged_xlsx(tmp_path / "enheter.xlsx")
    with pytest.raises(ImportFileError, match="enheter.xlsx: not a readable XLSX workbook"):
        read_table(path)
    with pytest.raises(TradeImportError):
        read_flows(path, small_project().scenarios["now"])
    code = main(["import", str(path), "--id-column", "id", "--parent-column", "parent", "--name-column", "name",
                 "-o", str(tmp_path / "out.orgd"), "--lang", "en"])
    assert code == 2 and "not a readable XLSX workbook" in capsys.readouterr().err
    assert not (tmp_path / "out.orgd").exists()


def test_utf16_cut_off_at_an_odd_byte_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_bytes("id;parent;name\nrs;;Regionstyrelsen\n".encode("utf-16")[:-1])
    with pytest.raises(ImportFileError, match="not readable as UTF-16"):
        read_table(path)


def test_a_stray_quotation_mark_does_not_swallow_rows_silently(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text('id;parent;name\nrs;;Regionstyrelsen\npv;rs;"Primärvården\nhc1;pv;Brunflo\nhc2;pv;Frösö\n',
                    encoding="utf-8")
    result = import_units(path, UnitColumns("id", "parent", "name"))
    assert [(b.row, b.message_en) for b in result.bad_rows] == [
        (3, "a value opens a quotation mark that is not closed: lines 3–5 of the file were read as one row")]
    notes = tmp_path / "notes.csv"  # a quoted line break inside one cell stays fine
    notes.write_text('id;parent;name;notes\nrs;;Regionstyrelsen;"rad ett\nrad två"\npv;rs;Primärvården;\n', encoding="utf-8")
    assert list(import_units(notes, UnitColumns("id", "parent", "name", notes="notes")).units) == ["rs", "pv"]


def test_a_damaged_recovery_note_does_not_hide_the_others(tmp_path: Path) -> None:
    good = recovery.write_recovery(small_project(), None, "s1", tmp_path)
    meta = json.loads(good.meta_path.read_text())
    meta["pid"] = 2**22 + 12345  # a process that is gone: a crash
    good.meta_path.write_text(json.dumps(meta))
    (tmp_path / "broken.json").write_text("[1, 2, 3]")  # valid JSON, not a note
    (tmp_path / "broken.orgd").write_text("{}")
    (tmp_path / "huge.json").write_text(json.dumps({"source": None, "written": "2026-01-01T00:00:00", "pid": 2**80}))
    (tmp_path / "huge.orgd").write_text("{}")
    assert [r.meta_path for r in recovery.pending_recoveries(tmp_path)] == [good.meta_path]


def test_recovery_copies_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    found = recovery.write_recovery(small_project(), None, "s1", folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(found.data_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(found.meta_path.stat().st_mode) == 0o600


def test_saving_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "plan.orgd"
    real.parent.mkdir()
    save_project(small_project(), real)
    link = tmp_path / "plan.orgd"
    link.symlink_to(real)
    project = small_project()
    project.name = "Ändrad"
    save_project(project, link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert load_project(real).name == "Ändrad"
    assert (real.parent / "plan.orgd.bak").exists()


def test_a_write_protected_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "plan.orgd"
    save_project(small_project(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    project = small_project()
    project.name = "Ändrad"
    with pytest.raises(PermissionError, match="read-only"):
        save_project(project, path)  # refused even for root, who could write it
    assert path.read_bytes() == before


def test_new_files_get_the_umask_without_changing_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(_mask: int) -> int:
        raise AssertionError("os.umask changes the whole process: not thread-safe")

    old = os.umask(0o027)
    try:
        monkeypatch.setattr(atomic.os, "umask", forbidden)
        paths = [tmp_path / f"f{i}.orgd" for i in range(8)]
        threads = [threading.Thread(target=atomic.write_atomic, args=(p, b"{}")) for p in paths]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        monkeypatch.undo()
        os.umask(old)
    assert {stat.S_IMODE(p.stat().st_mode) for p in paths} == {0o640}


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_device_or_pipe_is_refused_without_reading_it(tmp_path: Path, special: str) -> None:
    if special == "fifo":
        path = tmp_path / "pipe.orgd"
        os.mkfifo(path)
    else:
        path = Path(special)
        if not path.exists():
            pytest.skip("no /dev/zero here")
    with pytest.raises(ProjectFileError, match="not a regular file"):
        load_project(path)
    with pytest.raises(ImportFileError, match="not a regular file"):
        read_table(path)


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from orgdesigner.io.project import project_file

    path = tmp_path / "p.orgd"
    save_project(small_project(), path)
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(ProjectFileError, match="too large"):
        load_project(path)


def test_chains_of_a_very_deep_organisation_are_not_all_kept() -> None:
    project = Project("Deep")
    scenario = Scenario("s", "S")
    depth = 3_000
    for i in range(depth):
        scenario.units[f"u{i}"] = Unit(f"u{i}", f"U{i}", parent_id=f"u{i - 1}" if i else None)
    project.scenarios["s"] = scenario
    context = Context.of(project, scenario)
    for i in range(depth):
        assert len(context.chain(f"u{i}")) == i + 1
    kept = sum(len(c) for c in context._chains.values())
    assert kept <= CHAIN_MEMO * CHAIN_MEMO  # not depth²/2 = 4.5 million entries
