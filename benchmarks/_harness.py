"""Measure medians and peak memory; each bench module runs in its own process.

A bench module defines `run(bench: Bench) -> None` and calls `bench.measure(...)`.

Every target a record names is judged on its own: the time (`meets_time`), the ratio to a
reference measured in the same run (`meets_ratio`), the peak memory (`meets_memory`). A record
meets its targets only when each of them holds (`meets_target`); nothing passes on the strength
of another figure.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgdesigner.model.entities import Project


@dataclass
class Record:
    name: str
    median_s: float
    runs: int
    peak_mb: float
    target_s: float | None = None
    meets_target: bool | None = None  # every judged target below holds (None: no target)
    note: str = ""
    ratio: float | None = None  # median / the reference's median, where a reference is named
    target_ratio: float | None = None
    load_avg: str = ""  # the machine's 1/5/15-minute load when measured: the figures move with it
    peak_of: str = "bench process"  # whose peak resident memory `peak_mb` is
    cpu_s: float | None = None  # median CPU time (user + system) of the child: steadier under load
    target_mb: float | None = None  # a peak-memory target
    meets_memory: bool | None = None
    meets_time: bool | None = None  # median_s <= target_s
    meets_ratio: bool | None = None  # ratio <= target_ratio
    measured_at: str = ""  # UTC, ISO 8601

    def judge(self) -> None:
        """Judge each target on its own; the record meets its targets when all of them hold."""
        self.meets_time = None if self.target_s is None else self.median_s <= self.target_s
        self.meets_ratio = None if self.target_ratio is None or self.ratio is None else self.ratio <= self.target_ratio
        self.meets_memory = None if self.target_mb is None else self.peak_mb <= self.target_mb
        judged = [m for m in (self.meets_time, self.meets_ratio, self.meets_memory) if m is not None]
        self.meets_target = all(judged) if judged else None


@dataclass
class ChildPeak:
    """The peak resident memory of the child processes a measurement starts: each child's own
    (wait4), not the bench process's and not the running maximum RUSAGE_CHILDREN keeps."""

    mb: float = 0.0
    cpu: list[float] = field(default_factory=list)

    def wait(self, proc: subprocess.Popen[str] | subprocess.Popen[bytes]) -> int:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        self.mb = max(self.mb, usage.ru_maxrss / 1024)  # kilobytes on Linux
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        return proc.returncode


@dataclass
class Bench:
    records: list[Record] = field(default_factory=list)

    def measure(
        self,
        name: str,
        fn: Callable[[], object],
        *,
        repeat: int = 5,
        target_s: float | None = None,
        setup: Callable[[], object] | None = None,
        note: str = "",
        child: ChildPeak | None = None,
        target_mb: float | None = None,
    ) -> Record:
        """`child`: the work runs in child processes that report their peak memory there; the
        record then gives that peak instead of this process's."""
        times = []
        for _ in range(repeat):
            if setup is not None:
                setup()
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        peak = child.mb if child is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        record = Record(
            name=name,
            median_s=round(median, 6),
            runs=repeat,
            peak_mb=round(peak, 1),
            target_s=target_s,
            note=note,
            load_avg=" ".join(f"{x:.2f}" for x in os.getloadavg()),
            peak_of="child process" if child is not None else "bench process",
            cpu_s=round(statistics.median(child.cpu), 4) if child is not None and child.cpu else None,
            target_mb=target_mb,
            measured_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        record.judge()
        self.records.append(record)
        return record


#: The two region shapes every size-dependent figure is measured on (issue 20): the project's own
#: tidy breadth-first tree with 2,000 functions, and an independently shaped wide, findings-heavy
#: one with 500 functions (random parents, many accountables; ~29k findings at 10k units).
SHAPES = ("tidy", "wide")


def shape_project(shape: str, units: int = 10_000, assignments: int = 100_000, scenarios: int = 1) -> Project:
    from benchmarks.synthetic import synthetic_project, wide_project

    if shape == "tidy":
        return synthetic_project(units=units, functions=units // 5, assignments=assignments, scenarios=scenarios)
    return wide_project(units=units, functions=max(50, units // 20), assignments=assignments, scenarios=scenarios)


def with_edited_copy(project: Project) -> Project:
    """`project` with "s1", a copy of "s0" after a realistic edit set: a tenth of the units change
    form, some move to the top, every twentieth role changes (what bench_compare and the CLI's
    whole-process compare measure)."""
    from orgdesigner.model.commands.scenarios import copied_scenario
    from orgdesigner.model.entities import AssignmentKey
    from orgdesigner.model.enums import Role, UnitForm

    other = copied_scenario(project.scenarios["s0"], "s1", "Changed copy")
    ids = list(other.units)
    for uid in ids[1::10]:
        other.units[uid].form = UnitForm.INTRAPRENAD
    for uid in ids[5::50]:
        other.units[uid].parent_id = "u0"
    for i, key in enumerate(list(other.assignments)[::20]):
        other.assignments[key] = Role.ACCOUNTABLE if i % 2 else Role.INFORMED
    other.assignments[AssignmentKey("u1", "f1", key.responsibility)] = Role.CONSULTED
    other.structure_changed()
    project.scenarios["s1"] = other
    return project


def relative_to(record: Record, reference: Record, target_ratio: float, why: str) -> None:
    """Judge `record` also by its ratio to `reference` measured in the same run (absolute times
    move with the machine's load and speed, ratios carry over; benchmarks/basis.py). The time
    target, when the record has one, is still judged on its own: both must hold."""
    record.ratio = round(record.median_s / reference.median_s, 2)
    record.target_ratio = round(target_ratio, 2)
    record.judge()
    record.note = (record.note + "; " if record.note else "") + f"relative to {reference.name}: {why}"


def main_for(run: Callable[[Bench], None]) -> None:
    """Entry point of one bench module run as a script: prints its records as JSON."""
    bench = Bench()
    run(bench)
    json.dump([asdict(r) for r in bench.records], sys.stdout)
