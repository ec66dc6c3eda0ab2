"""Dotted lines through the exchange formats: the units table (CSV/XLSX) and its import, GraphML."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from orgdesigner.io.exchange.export_csv import write_csv
from orgdesigner.io.exchange.export_graphml import graphml_bytes
from orgdesigner.io.exchange.export_xlsx import write_xlsx
from orgdesigner.io.exchange.import_units import (
    UnitColumns,
    guess_unit_columns,
    import_units,
    read_table,
)
from orgdesigner.io.exchange.tables import units_table
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import DottedKind, DottedLine
from tests.conftest import EXAMPLE


def _columns(path: Path) -> UnitColumns:
    guessed = guess_unit_columns(read_table(path, None, prefer="units").header)
    assert guessed["dotted_parents"] in {"Streckade linjer", "Dotted lines"}
    return UnitColumns(**{k: v for k, v in guessed.items() if v is not None})  # type: ignore[arg-type]  # the guess is typed str | None; the Nones are left out


def _with_agreement(project):
    """The example's koncern, its shared development unit also working for Digitala tjänster by
    agreement (a dotted line of another kind than the hälsocentraler's professional ones)."""
    koncern = project.scenarios["koncern-2018"]
    koncern.units["kl-utv"].dotted_lines = (
        DottedLine("digi", DottedKind.AGREEMENT, "Utvecklar digital vård", "RS/1039/2017"),)
    return koncern


def test_units_table_round_trips_dotted_lines_through_csv_and_xlsx(tmp_path: Path):
    project = load_project(EXAMPLE)
    koncern = _with_agreement(project)
    for lang in ("sv", "en"):
        table = units_table(koncern, lang)
        row = table.rows[list(koncern.units).index("kl-utv")]
        assert row[table.columns.index("dotted_parents")] == (
            "digi (efter överenskommelse)" if lang == "sv" else "digi (by agreement)")
        for path in (tmp_path / f"u-{lang}.csv", tmp_path / f"u-{lang}.xlsx"):
            if path.suffix == ".csv":
                write_csv([table], path, sep=";")
            else:
                write_xlsx([table], path)
            imported = import_units(path, _columns(path))
            assert imported.ok, imported.bad_rows[:3]
            scenario = imported.to_scenario()
            for uid, unit in koncern.units.items():
                assert [(x.target_id, x.kind) for x in scenario.units[uid].dotted_lines] == [
                    (x.target_id, x.kind) for x in unit.dotted_lines], uid


def _write(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "units.csv"
    path.write_text("\n".join(",".join(r) for r in [["id", "parent_id", "name", "Streckad linje"], *rows]), "utf-8")
    return path


def test_the_dotted_parent_column_takes_several_ids_and_kinds(tmp_path: Path):
    path = _write(tmp_path, [
        ["rs", "", "Regionstyrelsen", ""],
        ["cl", "rs", "Chefläkare", ""],
        ["best", "rs", "Beställarenheten", ""],
        ["hc", "rs", "Hälsocentral", "cl (professionell/medicinsk); best"],
    ])
    imported = import_units(path, UnitColumns("id", "parent_id", "name", dotted_parents="Streckad linje"))
    assert imported.ok
    assert imported.units["hc"].dotted_lines == (
        DottedLine("cl", DottedKind.PROFESSIONAL), DottedLine("best", DottedKind.FUNCTIONAL))


def test_bad_dotted_parents_are_listed_by_row(tmp_path: Path):
    path = _write(tmp_path, [
        ["rs", "", "Regionstyrelsen", ""],
        ["a", "rs", "A", "ghost"],
        ["b", "rs", "B", "rs"],
        ["c", "rs", "C", "a (sideways)"],
        ["d", "rs", "D", "a; a"],
        ["e", "rs", "E", "e"],
    ])
    imported = import_units(path, UnitColumns("id", "parent_id", "name", dotted_parents="Streckad linje"))
    assert [(b.row, b.message_en) for b in imported.bad_rows] == [
        (3, "dotted line to 'ghost': is not in the file"),
        (4, "dotted line to 'rs': is already in the line"),
        (5, "dotted line: cannot read 'a (sideways)' (write id or id (kind))"),
        (6, "dotted line to 'a': is named twice"),
        (7, "dotted line to 'e': is the unit itself"),
    ]
    assert imported.bad_rows[0].describe("sv") == "rad 3: streckad linje till 'ghost': saknas i filen"


def test_graphml_carries_dotted_lines_as_their_own_edge_kind(tmp_path: Path):
    project = load_project(EXAMPLE)
    data = graphml_bytes(project, _with_agreement(project))
    path = tmp_path / "k.graphml"
    path.write_bytes(data)
    graph = nx.read_graphml(path)
    edge = graph.edges["kl-utv", "digi"]
    assert edge["relation"] == "dotted" and edge["kind"] == "agreement" and edge["decision"] == "RS/1039/2017"
    assert graph.edges["hc-brunflo", "cl"]["kind"] == "professional"
    assert graph.edges["kl", "kl-utv"]["relation"] == "reports_to"
    kinds = [d["relation"] for _, _, d in graph.edges(data=True)]
    assert kinds.count("dotted") == 17 and kinds.count("reports_to") == len(project.scenarios["koncern-2018"].units) - 5
