"""The beslutsunderlag as PDF (issue 16): the example under 2 s, a 10,000-unit scenario under 20 s.

Measured in-process the way the export dialog runs it (`prepare` then `finish`), Qt already started;
the 10k figure includes the analysis of both scenarios, the comparison and the split chart pages.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._harness import Bench, main_for, shape_project
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.resources import example_path


def run(bench: Bench) -> None:
    from orgdesigner.io.export_job import ExportJob, prepare
    from orgdesigner.ui.render.exporter import finish
    from orgdesigner.ui.render.offscreen import ensure_app

    ensure_app()
    out = Path(tempfile.mkdtemp()) / "paper.pdf"
    example = load_project(example_path())

    def paper(project, scenario: str, base: str) -> None:
        finish(project, prepare(project, ExportJob(out, scenario, base)))

    bench.measure("paper: the example's Koncern 2018 as PDF (sv)", lambda: paper(example, "koncern-2018", "nulage-2017"),
                  repeat=3, target_s=2.0)
    large = shape_project("tidy")
    large.scenarios["s1"] = copied_scenario(large.scenarios["s0"], "s1", "Copy")
    # a proposal's paper needs its förslag till beslut (an empty one stops the export)
    large.scenarios["s1"].proposal = "Organisationen ändras enligt förslaget."
    bench.measure("paper: a 10,000-unit scenario as PDF (sv), compared with a copy", lambda: paper(large, "s1", "s0"),
                  repeat=1, target_s=20.0, note="chart pages capped at 40; the full chart is in the PNG/SVG export")
    docx_out = out.with_suffix(".docx")
    bench.measure("paper: the same 10,000-unit scenario as DOCX (sv)",
                  lambda: finish(large, prepare(large, ExportJob(docx_out, "s1", "s0"))), repeat=1,
                  note="no target in issue 16; python-docx's own add_paragraph made this a minute")


if __name__ == "__main__":
    main_for(run)
