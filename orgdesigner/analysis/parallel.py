"""Full analyses of several scenarios side by side, for one-shot command-line runs.

`compare` analyses every scenario it is given: two 10,000-unit scenarios take a third of a second
each. Where the platform can fork (and the machine has a second core), each scenario after the
first is analysed in a forked child while this process analyses the first; a child sends its
findings back as plain tuples (pickling the finding objects themselves cost as much as the
analysis) and ends. Only for processes without threads or a GUI: the command line, never the
window, which keeps its own live analysis.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Iterable

from orgdesigner.analysis.engine import AnalysisResult, analyze_scenario
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.analysis.metrics import Metrics
from orgdesigner.model.entities import Project
from orgdesigner.model.enums import Responsibility

#: below this many assignments in the scenarios a child would analyse, forking costs more than
#: it saves
FORK_FROM_ASSIGNMENTS = 20_000

Row = tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], str | None, tuple[str, ...], str | None]
_SEVERITY = {s.value: s for s in Severity}
_RESPONSIBILITY = {r.value: r for r in Responsibility}


def analyze_scenarios(project: Project, scenario_ids: Iterable[str]) -> dict[str, AnalysisResult]:
    """`analyze_scenario` of each scenario (equal results), the later ones in forked children
    where that is possible and worth it."""
    ids = list(dict.fromkeys(scenario_ids))
    later = sum(len(project.scenarios[sid].assignments) for sid in ids[1:])
    if len(ids) < 2 or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2 or later < FORK_FROM_ASSIGNMENTS:
        return {sid: analyze_scenario(project, project.scenarios[sid]) for sid in ids}
    sys.stdout.flush()  # nothing buffered twice
    sys.stderr.flush()
    children: list[tuple[str, int, int]] = []
    for sid in ids[1:]:
        child = _fork_analysis(project, sid)
        if child is not None:
            children.append((sid, *child))
    results = {ids[0]: analyze_scenario(project, project.scenarios[ids[0]])}
    for sid, pid, fd in children:
        with os.fdopen(fd, "rb") as stream:
            data = stream.read()
        _, status = os.waitpid(pid, 0)
        if status == 0 and data:
            results[sid] = _from_rows(pickle.loads(data))
    for sid in ids[1:]:  # a child that could not start or failed: here, as without children
        if sid not in results:
            results[sid] = analyze_scenario(project, project.scenarios[sid])
    return {sid: results[sid] for sid in ids}


def _fork_analysis(project: Project, scenario_id: str) -> tuple[int, int] | None:
    """(pid, read end of the pipe) of a child analysing the scenario, or None."""
    try:
        read, write = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid:
        os.close(write)
        return pid, read
    code = 1
    try:  # the child: analyse, write, end without running the parent's exit handlers
        os.close(read)
        data = pickle.dumps(_to_rows(analyze_scenario(project, project.scenarios[scenario_id])),
                            protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as stream:
            stream.write(data)
        code = 0
    finally:
        os._exit(code)


def _to_rows(result: AnalysisResult) -> tuple[list[Row], Metrics]:
    rows = []
    for f in result.findings:
        s = f.subjects
        resp = s.responsibility.value if s.responsibility is not None else None
        rows.append((f.rule, f.severity.value, f.message_sv, f.message_en, s.units, s.functions, resp, s.decisions,
                     f.acknowledged))
    return rows, result.metrics


def _from_rows(payload: tuple[list[Row], Metrics]) -> AnalysisResult:
    rows, metrics = payload
    severity, responsibility = _SEVERITY, _RESPONSIBILITY
    findings = [
        Finding(rule, severity[sev], sv, en,
                Subjects(units, functions, responsibility[resp] if resp is not None else None, decisions), ack)
        for rule, sev, sv, en, units, functions, resp, decisions, ack in rows
    ]
    return AnalysisResult(findings, metrics)
