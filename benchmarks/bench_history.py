"""Volume history import: 10 years × 50 buyers × 200 services as a Swedish Excel CSV (issue 35,
target 2 s), and the evaluation of that history (issue 35: the Internhandel tab redraws from it)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._harness import Bench, main_for
from orgdesigner.io.import_history import HistoryColumns, import_history

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


if __name__ == "__main__":
    main_for(run)
