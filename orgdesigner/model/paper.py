"""A scenario's own decision paper: what differs from one proposal's paper to the next.

The project's case (`orgdesigner.model.case`) holds what every paper of the ärende shares:
diarienummer, avdelning, handläggare, signatories and receivers, and the ärende's own heading and
background. Each scenario adds its paper's title and sammanfattning (falling back to the case's),
the paper's date (the day it is exported when not set), who decides it ("Beslutas av"; the
case's decision body when empty) and the planner's own words on children's rights and gender
equality for the konsekvenser. A value: edit it by setting a new `PaperInfo` with
`SetScenarioField(scenario_id, "paper", …)`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """The planner's schedule for one step of the genomförandeplan (a group of changes, or the
    MBL and information steps), found again by its key (see orgdesigner.io.paper.plan_steps)."""

    key: str
    phase: str = ""  # e.g. "Före beslut", "Införande"; empty: the step's default phase
    date: datetime.date | None = None  # when; None: the step's default (from the effective date)
    owner: str = ""  # who carries it out, e.g. "Primärvårdschef"


@dataclass(frozen=True, slots=True)
class PaperInfo:
    title: str = ""  # the paper's heading; the case's title when empty
    summary: str = ""  # sammanfattning; the case's when empty
    date: datetime.date | None = None  # the paper's date (Datum); None: the day it is exported
    decided_by: str = ""  # Beslutas av, e.g. "Regionfullmäktige"; the case's decision body when empty
    child_rights: str = ""  # konsekvenser för barn (barnrättsperspektivet), in the planner's words
    equality: str = ""  # konsekvenser för jämställdheten, in the planner's words
    plan: tuple[PlanEntry, ...] = ()  # the genomförandeplan's phases, dates and owners as edited

    def entry(self, key: str) -> PlanEntry:
        """The stored schedule of the step `key`, or an empty one."""
        return next((e for e in self.plan if e.key == key), PlanEntry(key))

    def texts(self) -> list[str]:
        """Every free text, for the length checks every edit meets."""
        return [self.title, self.summary, self.decided_by, self.child_rights, self.equality,
                *(t for e in self.plan for t in (e.key, e.phase, e.owner))]
