"""What the decision paper is made of: renderer-neutral blocks and the content they fill (no Qt).

`orgdesigner.io.paper.proposal` builds a `ProposalContent`; the section builders
(`orgdesigner.io.paper._proposal_sections`) and the PDF and DOCX renderers only read these types, so
they import this module and never the builder (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orgdesigner._gc import gc_paused
from orgdesigner.io.exchange import tables as T
from orgdesigner.io.words._words import word
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Responsibility, Role

MATRIX_ROWS_MAX = 400

#: section id -> (Swedish heading, English heading), in the paper's order: the tjänsteskrivelse's
#: body (as a Swedish region's tjänsteskrivelse is laid out), then the bilagor.
SECTIONS: dict[str, tuple[str, str]] = {
    "summary": ("Sammanfattning", "Summary"),
    "case": ("Ärendebeskrivning", "Case description"),
    "decision": ("Förslag till beslut", "Proposed decision"),
    "analysis": ("Analys", "Analysis"),
    "consequences": ("Konsekvenser", "Consequences"),
    "signatures": ("I tjänsten", "Signed"),
    "receivers": ("Utdrag till", "Extract to"),
    "attachments": ("Beslutsunderlag", "Decision documents"),
    "chart": ("Organisationsskiss", "Organisation chart"),
    "matrix": ("Ansvarsmatris", "Responsibility matrix"),
    "findings": ("Ansvarsfördelningen – samtliga iakttagelser", "Responsibilities – every observation"),
    "comparison": ("Jämförelse med nuläget", "Comparison with the current state"),
    "trade": ("Internhandel", "Internal trade"),
    "plan": ("Genomförandeplan", "Implementation plan"),
    "omvarld": ("Andra regioners egen primärvård", "Other regions' own primary care"),
}
#: sections printed as attachments (bilagor), numbered in this order
ATTACHMENTS = ("chart", "matrix", "findings", "comparison", "trade", "plan", "omvarld")


#: what a nulägesbeskrivning (the current state, nothing to compare with) leaves out: it proposes
#: nothing, so it has no förslag (unless one is written), consequences, comparison or plan
CURRENT_STATE_OMITS = ("decision", "consequences", "comparison", "plan")


def deciding_body(project: Project, scenario: Scenario) -> str:
    """Who decides this proposal ("Beslutas av"): the scenario's paper says, else the case's body."""
    return scenario.paper.decided_by or project.case.decision_body


def section_ids(current_state: bool = False, decision: bool = False) -> list[str]:
    """The sections of a paper in order; a current-state paper keeps its förslag only when written."""
    if not current_state:
        return list(SECTIONS)
    return [s for s in SECTIONS if s not in CURRENT_STATE_OMITS or (s == "decision" and decision)]


def heading(section_id: str, lang: str = "sv", shown: list[str] | None = None) -> str:
    """The printed heading: body sections plain, attachments "Bilaga 2. Ansvarsmatris", numbered
    among the attachments `shown` (default: all)."""
    sv, en = SECTIONS[section_id]
    text = en if lang == "en" else sv
    if section_id in ATTACHMENTS:
        numbered = [a for a in ATTACHMENTS if shown is None or a in shown]
        number = numbered.index(section_id) + 1
        return f"{'Attachment' if lang == 'en' else 'Bilaga'} {number}. {text}"
    return text


def headings(lang: str = "sv", current_state: bool = False, decision: bool = False) -> list[str]:
    shown = section_ids(current_state, decision)
    return [heading(s, lang, shown) for s in shown]

  # a paper is not a spreadsheet: larger matrices point to the XLSX export


@dataclass(slots=True)
class Paragraph:
    text: str
    italic: bool = False


@dataclass(slots=True)
class BulletList:
    items: list[str]


@dataclass(slots=True)
class SubHeading:
    text: str


@dataclass(slots=True)
class TableBlock:
    columns: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative column widths; None: from the content

    def weights(self) -> list[float]:
        """Relative column widths: as given, else each column's mean text length (a column of
        long lists of names gets the room, an often empty one does not)."""
        if self.widths:
            return list(self.widths)
        rows = max(len(self.rows), 1)
        return [max(len(c), sum(len(r[i]) for r in self.rows) / rows) + 4 for i, c in enumerate(self.columns)]


@dataclass(slots=True)
class ChartBlock:
    """The organisation chart as a vector image; renderers draw it from the scenario."""

    unit_ids: list[str]
    caption: str = ""


@dataclass(slots=True)
class NumberedList:
    """Decision points: "1. …" with sub-points "a. …" (numbers added by the renderers)."""

    points: list[tuple[str, list[str]]]


@dataclass(slots=True)
class FigureBlock:
    """A chart as vector graphics (SVG text); `fallback` is the same figures as a table, for
    renderers that cannot place vector images (DOCX)."""

    svg: str
    caption: str
    fallback: TableBlock | None = None


Block = Paragraph | BulletList | SubHeading | TableBlock | ChartBlock | NumberedList | FigureBlock


@dataclass(slots=True)
class Section:
    id: str
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Comparison:
    base: Scenario
    scenario: Scenario
    metrics: list[tuple[str, Any, Any]]  # metric key, base value, scenario value
    changes: list[tuple[str, str, str]]  # part (see tables.PART_WORDS), Swedish text, English text
    resolved: list[Any]  # findings of the base that the scenario no longer has
    introduced: list[Any]  # findings the scenario has and the base had not


def own_words(scenario: Scenario, base: Scenario | None) -> tuple[str, str]:
    """The proposal's own paper title and sammanfattning ("" where it has none). A copy of the
    current state carries its nulägesbeskrivning's title and sammanfattning until the planner
    writes the proposal's own; a proposal compared with that state does not present itself under
    them ("… – nulägesbeskrivning") but falls back, as any paper without its own, on the case's."""
    paper = scenario.paper
    if base is None:
        return paper.title, paper.summary
    return ("" if paper.title == base.paper.title else paper.title,
            "" if paper.summary == base.paper.summary else paper.summary)


@dataclass(slots=True)
class ProposalContent:
    project: Project
    scenario: Scenario
    lang: str
    title: str
    subtitle: str
    meta: list[tuple[str, str]]  # the header block: (label, value) of date, avdelning, handläggare …
    sections: list[Section]
    unit_ids: list[str]
    findings: list[Any]
    metrics: Any
    comparison: Comparison | None
    trade: dict[str, Any]
    reference: str = ""  # diarienummer, repeated in every page's header
    base_findings: list[Any] = field(default_factory=list)  # the compared scenario's findings

    def tables(self) -> list[T.Table]:
        """The data tables of the XLSX/CSV export, from the same analysis."""
        with gc_paused():  # some 140,000 row lists at 10,000 units, none in a reference cycle
            return self._tables()

    def _tables(self) -> list[T.Table]:
        out = [
            T.units_table(self.scenario, self.lang, self.unit_ids),
            T.matrix_table(self.project, self.scenario, self.lang, self.unit_ids),
            T.findings_table(self.findings, self.lang, {
                **{f.id: f.name for f in self.project.functions.values()},
                **{u.id: u.name for u in self.scenario.units.values()}}),
        ]
        if self.comparison is not None:
            out.append(T.comparison_table(self.comparison, self.lang))
        else:
            out.append(T.Table("comparison", list(T.COMPARISON_COLUMNS), lang=self.lang,
                               headers=T.header_words(T.COMPARISON_COLUMNS, self.lang)))
        out.append(T.trade_table(self.trade, self.lang))
        return out


def matrix_rows(content: ProposalContent, limit: int = MATRIX_ROWS_MAX) -> tuple[list[list[str]], int]:
    """Compact matrix for a paper: (function, responsibility) → unit names per role."""
    scenario, lang = content.scenario, content.lang
    wanted = set(content.unit_ids)
    cells: dict[tuple[str, Responsibility], dict[Role, list[str]]] = {}
    for (uid, fid, resp), role in scenario.assignments.items():
        if uid in wanted:
            cells.setdefault((fid, resp), {}).setdefault(role, []).append(uid)
    order = {fid: i for i, fid in enumerate(content.project.functions)}
    keys = sorted(cells, key=lambda k: (order.get(k[0], len(order)), k[0], list(Responsibility).index(k[1])))
    rank = {uid: i for i, uid in enumerate(scenario.units)}
    rows = []
    for fid, resp in keys[:limit]:
        function = content.project.functions.get(fid)
        row = [function.name if function else fid, word(resp, lang)]
        for role in Role:
            holders = sorted(cells[(fid, resp)].get(role, []), key=rank.__getitem__)
            row.append(", ".join(scenario.units[u].name for u in holders))
        rows.append(row)
    return rows, len(keys)


def role_headings(lang: str) -> list[str]:
    return [word(r, lang).capitalize() for r in Role]
