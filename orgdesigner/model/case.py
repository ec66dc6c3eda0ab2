"""The case (ärende) a decision paper belongs to: who writes it, for whom, and its own texts.

Kept in the project so the paper can be exported again without retyping: the header block of a
tjänsteskrivelse (avdelning, handläggare with telephone and e-mail; the diarienummer is the
project's `reference`), its title, sammanfattning and bakgrund, who signs it (I tjänsten) and who
receives an extract (Utdrag till). Each scenario keeps its own förslag till beslut
(`Scenario.proposal`). A value: edit it by setting a new `CaseInfo` with `SetProjectField`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    title: str = ""  # e.g. "Regiondirektör"


@dataclass(frozen=True, slots=True)
class CaseInfo:
    title: str = ""  # the paper's heading; the project's name when empty
    department: str = ""  # avdelning, e.g. "Hälso- och sjukvårdspolitiska avdelningen"
    officer: str = ""  # handläggare
    phone: str = ""
    email: str = ""
    decision_body: str = ""  # who decides, e.g. "Regionstyrelsen"
    summary: str = ""  # sammanfattning
    background: str = ""  # ärendebeskrivning / bakgrund
    signatories: tuple[Signatory, ...] = ()
    receivers: tuple[str, ...] = ()  # utdrag till

    def texts(self) -> list[str]:
        """Every free text, for the length checks every edit meets."""
        out = [self.title, self.department, self.officer, self.phone, self.email, self.decision_body,
               self.summary, self.background, *self.receivers]
        for s in self.signatories:
            out += [s.name, s.title]
        return out
