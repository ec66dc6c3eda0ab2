"""Volume history import: 10 years × 50 buyers × 200 services as a Swedish Excel CSV (issue 35,
target 2 s), and the evaluation of that history (issue 35: the Internhandel tab redraws from it)."""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path

from benchmarks._harness import Bench, main_for
from orgdesigner.analysis.trade_history import evaluate
from orgdesigner.io.exchange.import_history import HistoryColumns, import_history
from orgdesigner.model import Project, Scenario
from orgdesigner.model.trade_history import EventKind, TradeEvent

YEARS, BUYERS, SERVICES = 10, 50, 200


def write_history_file(path: Path) -> int:
    """Semicolon CSV, Windows-1252, decimal commas, one row per year, buyer and service."""
    lines = ["År;Köpare;Analys;Antal;Pris;Listade;Regi"]
    for year in range(2008, 2008 + YEARS):
        for b in range(BUYERS):
            kind = "privat" if b % 5 == 0 else "egenregi"
            for s in range(SERVICES):
                lines.append(f"{year};Hälsocentral {b} Östersund;Analys {s};{(b * 7 + s * 13 + year) % 900 + 1},5;"
                             f"{40 + s % 30},25;{3000 + b * 50};{kind}")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return len(lines) - 1


def run(bench: Bench) -> None:
    columns = HistoryColumns("År", "Köpare", "Analys", "Antal", price_sek="Pris", listed_patients="Listade", buyer_kind="Regi")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "volymer.csv"
        rows = write_history_file(path)
        result = import_history(path, columns)
        assert result.ok and len(result.history.records) == rows
        bench.measure(
            f"history import: {rows:,} rows ({YEARS} years × {BUYERS} buyers × {SERVICES} services), Swedish-Excel CSV",
            lambda: import_history(path, columns),
            repeat=3,
            target_s=2.0,
        )
    project = Project("bench")
    scenario = Scenario("s", "S")
    project.scenarios[scenario.id] = scenario
    event = TradeEvent("pricing", EventKind.PRICING, on=date(2013, 1, 1))  # every egenregi buyer against the private
    project.trade_history = dataclasses.replace(result.history, events=(event,))
    assert evaluate(project, scenario).effects[0].estimate is not None
    bench.measure(
        f"history evaluation: {rows:,} records, one pricing change (rates, spread, difference in differences)",
        lambda: evaluate(project, scenario),
        repeat=3,
        target_s=2.0,
        note="what the Internhandel tab and `orgdesigner trade` compute on each change",
    )


if __name__ == "__main__":
    main_for(run)
