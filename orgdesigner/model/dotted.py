"""Dotted (secondary) reporting lines: a unit answering to another besides its line manager.

A matrix region is not a pure tree: a hälsocentral reports to its närområde but answers to the
chefläkare on medical matters. A dotted line is kept on the unit it starts from (`Unit.dotted_lines`)
and names the unit it goes to; it never takes part in the reporting tree (layers, spans, cycles).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DottedKind(StrEnum):
    PROFESSIONAL = "professional"  # professional/medical: answers to the chefläkare on medical matters
    FUNCTIONAL = "functional"  # works for another unit's function (a shared service)
    AGREEMENT = "agreement"  # by agreement: an överenskommelse or uppdrag, not the line


@dataclass(frozen=True, slots=True)
class DottedLine:
    target_id: str
    kind: DottedKind = DottedKind.FUNCTIONAL
    note: str = ""
    decision: str = ""  # a decision reference such as "RS/123/2024"; free text, may be empty
