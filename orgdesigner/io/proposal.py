"""The decision paper (beslutsunderlag) as a renderer-neutral content model (no Qt).

`build_proposal` collects everything once: analysis, comparison with the current state,
internal trade and the planner's own text, and lays it out as sections of simple blocks
(paragraphs, lists, tables, the chart). The PDF (`orgdesigner.ui.render.proposal_pdf`) and DOCX
(`orgdesigner.io.proposal_docx`) renderers only walk these blocks, so both papers say the same.
`ProposalContent.tables()` gives the data tables the XLSX and CSV exports write.

Swedish by default; `lang="en"` gives English headings and messages (domain terms keep their
Swedish names).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from orgdesigner.io import tables as T
from orgdesigner.io._words import word
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Responsibility, Role

#: section id -> (Swedish heading, English heading), in the paper's order
SECTIONS: dict[str, tuple[str, str]] = {
    "case": ("Ärendebeskrivning", "Case description"),
    "chart": ("Organisationsskiss", "Organisation chart"),
    "matrix": ("Ansvarsmatris", "Responsibility matrix"),
    "findings": ("Oklart ansvar", "Unclear responsibility"),
    "comparison": ("Jämförelse med nuläget", "Comparison with the current state"),
    "trade": ("Internhandel", "Internal trade"),
    "decision": ("Förslag till beslut", "Proposed decision"),
}
MATRIX_ROWS_MAX = 400  # a paper is not a spreadsheet: larger matrices point to the XLSX export


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
    widths: list[float] | None = None  # relative column widths


@dataclass(slots=True)
class ChartBlock:
    """The organisation chart as a vector image; renderers draw it from the scenario."""

    unit_ids: list[str]
    caption: str = ""


Block = Paragraph | BulletList | SubHeading | TableBlock | ChartBlock


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


@dataclass(slots=True)
class ProposalContent:
    project: Project
    scenario: Scenario
    lang: str
    title: str
    subtitle: str
    meta: list[tuple[str, str]]  # (label, value): diarienummer, date, organisation, scenario
    sections: list[Section]
    unit_ids: list[str]
    findings: list[Any]
    metrics: Any
    comparison: Comparison | None
    trade: dict[str, Any]

    def tables(self) -> list[T.Table]:
        """The data tables of the XLSX/CSV export, from the same analysis."""
        out = [
            T.units_table(self.scenario, self.lang, self.unit_ids),
            T.matrix_table(self.project, self.scenario, self.lang, self.unit_ids),
            T.findings_table(self.findings, self.lang),
        ]
        if self.comparison is not None:
            out.append(T.comparison_table(self.comparison, self.lang))
        else:
            out.append(T.Table("comparison", list(T.COMPARISON_COLUMNS)))
        out.append(T.trade_table(self.trade, self.lang))
        return out


def _t(lang: str, sv: str, en: str) -> str:
    return en if lang == "en" else sv


def build_proposal(
    project: Project,
    scenario: Scenario,
    *,
    compare_with: Scenario | None = None,
    lang: str = "sv",
    subtree: str | None = None,
    decision_text: str = "",
    reference: str | None = None,
    day: date | None = None,
) -> ProposalContent:
    """Everything the paper and the data exports need; `compare_with` defaults to the project's
    first scenario (the current state) when another scenario is exported."""
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.analysis.trade import trade_summary

    if subtree is not None and subtree not in scenario.units:
        raise KeyError(subtree)
    unit_ids = scenario.subtree(subtree) if subtree else list(scenario.units)
    result = analyze_scenario(project, scenario)
    if compare_with is None:
        first = next(iter(project.scenarios.values()), None)
        compare_with = first if first is not None and first.id != scenario.id else None
    comparison = compare(project, compare_with, scenario, result) if compare_with is not None else None
    trade = trade_summary(project, scenario)
    day = day or date.today()
    meta = [
        (_t(lang, "Diarienummer", "Reference"), reference if reference is not None else project.reference or "–"),
        (_t(lang, "Datum", "Date"), day.isoformat()),
        (_t(lang, "Organisation", "Organisation"), project.organisation or "–"),
        (_t(lang, "Scenario", "Scenario"), scenario.name),
    ]
    content = ProposalContent(
        project=project,
        scenario=scenario,
        lang=lang,
        title=_t(lang, "Beslutsunderlag", "Decision paper"),
        subtitle=f"{project.name}: {scenario.name}",
        meta=meta,
        sections=[],
        unit_ids=unit_ids,
        findings=list(result.findings),
        metrics=result.metrics,
        comparison=comparison,
        trade=trade,
    )
    from orgdesigner.io import _proposal_sections as build

    for section_id, (sv, en) in SECTIONS.items():
        section = Section(section_id, en if lang == "en" else sv)
        section.blocks = getattr(build, section_id)(content, decision_text)
        content.sections.append(section)
    return content


def compare(project: Project, base: Scenario, scenario: Scenario, result: Any | None = None) -> Comparison:
    """Metrics side by side, changed units and roles, resolved and new findings
    (`orgdesigner.analysis.compare`, the same comparison the Comparison tab shows)."""
    from orgdesigner.analysis.compare import compare as compare_scenarios

    results = {scenario.id: result} if result is not None else None
    comparison = compare_scenarios(project, [base.id, scenario.id], results=results)
    diff = comparison.diffs[0]
    before, after = comparison.metrics[base.id], comparison.metrics[scenario.id]
    metrics = [(k, before.get(k, 0), after.get(k, 0)) for k in dict.fromkeys([*before, *after])]
    names = comparison.unit_names
    changes: list[tuple[str, str, str]] = []
    for u in diff.units:
        if u.status == "moved":
            old, new = names.get(u.old_parent or "", "–"), names.get(u.new_parent or "", "–")
            changes.append(("unit_moved", f"{u.name}: under {new} (förut {old})", f"{u.name}: under {new} (was {old})"))
        elif u.status == "changed":
            fields = ", ".join(u.fields)
            changes.append(("unit_changed", f"{u.name}: {fields}", f"{u.name}: {fields}"))
        else:
            changes.append((f"unit_{u.status}", u.name, u.name))
    if diff.assignments:
        n = len(diff.assignments)
        changes.append(("role_changed", f"{n} roller i ansvarsmatrisen har ändrats", f"{n} roles in the responsibility matrix changed"))
    for key, (old, new) in {**diff.scenario, **diff.economy}.items():
        changes.append(("setting_changed", f"{key}: {old} → {new}", f"{key}: {old} → {new}"))
    return Comparison(base, scenario, metrics, changes, list(diff.resolved), list(diff.introduced))


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


def subtree_label(scenario: Scenario, unit_ids: Sequence[str]) -> str:
    return scenario.units[unit_ids[0]].name if unit_ids else ""
