"""The findings badges' numbers: per unit, its open findings and the colour of the worst.

A 50,000-unit region has 120,000 findings naming 300,000 units, yet opens folded to about fifty
cards: counting every unit took 0.2 s of the wait for the window to settle, and again after
every edit. `BadgeCounts` counts at once only for the units that have cards; the first question
about any other unit (a branch unfolded, a card made by an edit) counts them all, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from orgdesigner.ui.chart import style

if TYPE_CHECKING:  # the analysis loads after the first paint (start-up, issue 34)
    from orgdesigner.analysis.findings import Finding

_RANK = {"error": 0, "warning": 1, "info": 2}
_COLOURS = (style.FINDING_COLOUR, style.WARNING_COLOUR, style.INFO_COLOUR)

Badge = tuple[int, str]  # (open findings, badge colour)


def count_badges(findings: Iterable[Finding], only: set[str] | None = None) -> dict[str, Badge]:
    """unit id -> (its open findings, the colour of the worst): every unit named, or `only` those."""
    counts: dict[str, list[int]] = {}
    for finding in findings:
        if finding.acknowledged is not None:
            continue
        units = finding.subjects.units
        if only is not None:
            if only.isdisjoint(units):
                continue
            units = tuple(u for u in units if u in only)
        worst = _RANK.get(finding.severity, 0)
        for uid in units:
            seen = counts.get(uid)
            if seen is None:
                counts[uid] = [1, worst]
            else:
                seen[0] += 1
                if worst < seen[1]:
                    seen[1] = worst
    return {uid: (n, _COLOURS[worst]) for uid, (n, worst) in counts.items()}


class BadgeCounts(Mapping[str, Badge]):
    """unit id -> badge for the units with findings: counted for `first` now, for all when first
    asked about another unit (or iterated)."""

    def __init__(self, findings: Sequence[Finding], first: Iterable[str] = ()) -> None:
        self._findings = findings
        self._asked = set(first)
        self._counts = count_badges(findings, self._asked)
        self._complete = False

    def _all(self) -> dict[str, Badge]:
        if not self._complete:
            self._counts = count_badges(self._findings)
            self._complete = True
        return self._counts

    def __getitem__(self, unit_id: str) -> Badge:
        counts = self._counts if self._complete or unit_id in self._asked else self._all()
        return counts[unit_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    @property
    def complete(self) -> bool:
        """Whether every unit has been counted (tests; the window never needs to know)."""
        return self._complete
