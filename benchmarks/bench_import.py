"""Unit import: a 50,000-row CSV as Swedish Excel writes it (issue: exports and imports, target 5 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._harness import Bench, main_for
from orgdesigner.io.exchange.import_units import UnitColumns, import_units

ROWS = 50_000


def write_hr_file(path: Path, rows: int = ROWS) -> None:
    """A tree in a semicolon CSV, Windows-1252, decimal commas; about 1 % bad rows."""
    lines = ["Enhets-ID;Överordnad;Namn;Kategori;Driftform;Budget;Årsarbetare"]
    for i in range(rows):
        parent = "" if i == 0 else f"E{(i - 1) // 6}"
        if i % 100 == 99:
            parent = "saknas"  # a missing parent
        lines.append(f"E{i};{parent};Enhet {i} Östersund;egenregi;resultatenhet;{i * 1000},50;{i % 40},5")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def run(bench: Bench) -> None:
    columns = UnitColumns("Enhets-ID", "Överordnad", "Namn", category="Kategori", form="Driftform",
                          budget_sek="Budget", staff_fte="Årsarbetare")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hr.csv"
        write_hr_file(path)
        result = import_units(path, columns)
        assert len(result.units) + len(result.bad_rows) == ROWS and result.bad_rows
        bench.measure(
            f"import: {ROWS:,} units from a Swedish-Excel CSV (read, check, bad rows)",
            lambda: import_units(path, columns),
            repeat=3,
            target_s=5.0,
            note=f"{len(result.bad_rows)} bad rows (missing parents and the rows below them)",
        )
        bench.measure(
            f"import: {ROWS:,} units into a new scenario",
            lambda: import_units(path, columns).to_scenario(),
            repeat=3,
            target_s=5.0,
        )


if __name__ == "__main__":
    main_for(run)
