"""Checks a JSON Schema cannot express: unique ids and references that point somewhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from orgdesigner.io.errors import Problem
from orgdesigner.io.project.history_codec import history_reference_problems
from orgdesigner.io.project.trade_codec import trade_reference_problems

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import ProjectFile as ProjectFileModel

MAX_PROBLEMS = 200  # enough to fix a file by; a broken generator would otherwise flood


_ID, _PARENT, _LINKS = attrgetter("id"), attrgetter("parent"), attrgetter("dotted", "decisions")


def _duplicates(ids: Iterable[str], where: str, what: str) -> list[Problem]:
    ids = list(ids)
    if len(set(ids)) == len(ids):  # the usual answer, in C
        return []
    seen: set[str] = set()
    problems = []
    for i, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(Problem(f"{where}[{i}].id", f"duplicate {what} id '{item_id}'"))
        seen.add(item_id)
    return problems


def reference_problems(model: ProjectFileModel, *, cells: bool = True) -> list[Problem]:
    """Every broken reference, in file order, at most about MAX_PROBLEMS. `cells=False` leaves out
    whether each assignment's unit exists: a reader that builds the project checks that while it
    builds (codec.UnknownUnit) and then asks again with `cells=True` for the whole list."""
    problems: list[Problem] = []
    problems += _duplicates((f.id for f in model.functions), "$.functions", "function")
    problems += _duplicates((d.id for d in model.decisions), "$.decisions", "decision")
    problems += _duplicates((s.id for s in model.scenarios), "$.scenarios", "scenario")
    functions = {f.id for f in model.functions}
    for fi, f in enumerate(model.functions):
        if f.follows_up is not None and (f.follows_up not in functions or f.follows_up == f.id):
            what = "itself" if f.follows_up == f.id else f"unknown function '{f.follows_up}'"
            problems.append(Problem(f"$.functions[{fi}].follows_up", f"function '{f.id}' follows up {what}"))
    decisions = {d.id for d in model.decisions}
    for si, scenario in enumerate(model.scenarios):
        here = f"$.scenarios[{si}]"
        problems += _duplicates(map(_ID, scenario.units), f"{here}.units", "unit")
        units = set(map(_ID, scenario.units))
        problems += unit_problems(scenario.units, units, decisions, here)
        problems += trade_reference_problems(scenario.trade, units, f"{here}.trade")
        for di, ref in enumerate(scenario.economy.decisions):
            if ref not in decisions:
                problems.append(Problem(f"{here}.economy.decisions[{di}]", f"unknown decision '{ref}'"))
        for fid, by_resp in scenario.assignments.items():
            where = f"{here}.assignments.{fid}"
            if fid not in functions:
                problems.append(Problem(where, f"unknown function '{fid}'"))
            for resp, by_unit in by_resp.items():
                if not cells or units.issuperset(by_unit):  # in C: 500,000 cells at 50k units took 0.35 s in Python
                    continue
                problems += [
                    Problem(f"{where}.{resp.value}.{uid}", f"unknown unit '{uid}'")
                    for uid in by_unit
                    if uid not in units
                ]
            if len(problems) >= MAX_PROBLEMS:
                return problems
    scenario_ids = {s.id for s in model.scenarios}
    for i, ack in enumerate(model.acknowledgements):
        if ack.scenario not in scenario_ids:
            problems.append(Problem(f"$.acknowledgements[{i}].scenario", f"unknown scenario '{ack.scenario}'"))
    problems += history_reference_problems(model.trade_history, decisions, MAX_PROBLEMS)
    return problems


def unit_problems(entries: Sequence[Any], units: set[str], decisions: set[str], here: str, *, every: bool = False) -> list[Problem]:
    """The broken parents, dotted lines and decision references of a scenario's units, in file
    order. When every parent exists (one set operation in C) only units with dotted lines or
    decisions can have one, so only those are looked at (`every`: all of them, the plain way)."""
    parents = set(map(_PARENT, entries))
    parents.discard(None)
    candidates: Iterable[tuple[int, Any]] = enumerate(entries)
    if not every and parents <= units:
        candidates = compress(candidates, map(any, map(_LINKS, entries)))
    problems = []
    for ui, unit in candidates:
        if unit.parent is not None and unit.parent not in units:
            problems.append(
                Problem(f"{here}.units[{ui}].parent", f"parent '{unit.parent}' of unit '{unit.id}' does not exist")
            )
        targets: set[str] = set()
        for li, line in enumerate(unit.dotted):
            if line.to in targets:
                problems.append(Problem(f"{here}.units[{ui}].dotted[{li}].to", f"second dotted line of unit '{unit.id}' to '{line.to}'"))
            targets.add(line.to)
            if line.to not in units or line.to == unit.id:
                what = "itself" if line.to == unit.id else f"'{line.to}', which does not exist"
                problems.append(Problem(f"{here}.units[{ui}].dotted[{li}].to", f"dotted line of unit '{unit.id}' to {what}"))
        for di, ref in enumerate(unit.decisions):
            if ref not in decisions:
                problems.append(Problem(f"{here}.units[{ui}].decisions[{di}]", f"unknown decision '{ref}'"))
    return problems
