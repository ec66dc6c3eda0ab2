"""ArchiMate exchange (issue 22): 10,000 units export in under 3 s and import in under 5 s.

The export includes laying out the view (the chart's tidy layout) and serialising; the import
includes the bounded read, the hardened parse and building the project.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._harness import Bench, main_for
from benchmarks.synthetic import synthetic_project
from orgdesigner.io.exchange.archimate.reader import read_model
from orgdesigner.io.exchange.archimate.writer import model_bytes, write_model

UNITS, ROLES = 10_000, 20_000


def run(bench: Bench) -> None:
    project = synthetic_project(units=UNITS, functions=200, assignments=ROLES)
    scenario = next(iter(project.scenarios))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "region.archimate.xml"
        write_model(project, path, [scenario])
        size_mb = path.stat().st_size / 1e6
        bench.measure(
            f"ArchiMate export: {UNITS:,} units, {ROLES:,} roles, one laid-out view, written to disk",
            lambda: write_model(project, path, [scenario]),
            repeat=3, target_s=3.0, note=f"{size_mb:.1f} MB of XML",
        )
        imported = read_model(path)
        assert len(imported.project.scenarios[scenario].units) == UNITS
        bench.measure(
            f"ArchiMate import: {UNITS:,} units, {ROLES:,} roles from a {size_mb:.0f} MB exchange file",
            lambda: read_model(path),
            repeat=3, target_s=5.0,
        )
        assert model_bytes(imported.project, [scenario]) == path.read_bytes()


if __name__ == "__main__":
    main_for(run)
