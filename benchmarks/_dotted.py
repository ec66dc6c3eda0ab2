"""Dotted lines for the chart benchmarks: the issue's target is 10,000 units with 1,000 of them."""

from __future__ import annotations

import random

from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.entities import Project

DOTTED_LINES = 1_000


def add_dotted_lines(project: Project, count: int = DOTTED_LINES, seed: int = 19) -> None:
    """`count` dotted lines in the first scenario between random units, never to a unit's own
    parent or child, kinds in turn, some from the unit the move benchmark moves (u5000)."""
    scenario = next(iter(project.scenarios.values()))
    units = scenario.units
    ids = list(units)
    rng = random.Random(seed)
    kinds = list(DottedKind)
    made = 0
    while made < count:
        a, b = ("u5000", rng.choice(ids)) if made < 5 and "u5000" in units else (rng.choice(ids), rng.choice(ids))
        unit = units[a]
        if a == b or units[b].parent_id == a or unit.parent_id == b or any(x.target_id == b for x in unit.dotted_lines):
            continue
        unit.dotted_lines = (*unit.dotted_lines, DottedLine(b, kinds[made % 3]))
        made += 1
