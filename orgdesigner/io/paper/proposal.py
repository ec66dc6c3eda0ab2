"""The decision paper (beslutsunderlag) as a renderer-neutral content model (no Qt).

`build_proposal` collects everything once: analysis, comparison with the current state,
internal trade and the planner's own text, and lays it out as sections of simple blocks
(paragraphs, lists, tables, the chart). The PDF (`orgdesigner.ui.render.proposal_pdf`) and DOCX
(`orgdesigner.io.paper.proposal_docx`) renderers only walk these blocks, so both papers say the same.
`ProposalContent.tables()` gives the data tables the XLSX and CSV exports write.

Swedish by default; `lang="en"` gives English headings and messages (domain terms keep their
Swedish names).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from orgdesigner.analysis.texts import decision_ref
from orgdesigner.io.paper import _proposal_sections as build
from orgdesigner.io.paper.proposal_content import (  # the content model, re-exported for callers
    ATTACHMENTS,
    MATRIX_ROWS_MAX,
    SECTIONS,
    Block,
    BulletList,
    ChartBlock,
    Comparison,
    NumberedList,
    Paragraph,
    ProposalContent,
    Section,
    SubHeading,
    TableBlock,
    deciding_body,
    heading,
    headings,
    matrix_rows,
    own_words,
    role_headings,
    section_ids,
)
from orgdesigner.io.words import wording as W
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.model.entities import Project, Scenario

__all__ = [
    "ATTACHMENTS", "MATRIX_ROWS_MAX", "MissingDecisionError", "check_decision", "compared_scenario", "deciding_body", "section_ids", "SECTIONS", "heading", "headings", "NumberedList", "Block", "BulletList", "ChartBlock", "Comparison", "Paragraph",
    "ProposalContent", "Section", "SubHeading", "TableBlock", "build_proposal", "compare",
    "matrix_rows", "role_headings", "subtree_label",
]


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
    with_sections: bool = True,
) -> ProposalContent:
    """Everything the paper and the data exports need; `compare_with` defaults to the project's
    first scenario (the current state) when another scenario is exported. The förslag till beslut
    is the scenario's stored proposal unless `decision_text` overrides it. With `with_sections=False`
    (the XLSX and CSV tables) the paper's sections are not written: the omvärld bilaga alone analyses
    five structures."""
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.analysis.trade import trade_summary

    if subtree is not None and subtree not in scenario.units:
        raise KeyError(subtree)
    decision_text = decision_text or scenario.proposal
    unit_ids = scenario.subtree(subtree) if subtree else list(scenario.units)
    result = analyze_scenario(project, scenario)
    compare_with = compared_scenario(project, scenario, compare_with)
    base_findings: list[Any] = []
    comparison = None
    if compare_with is not None:
        base_result = analyze_scenario(project, compare_with)
        base_findings = list(base_result.findings)
        comparison = compare(project, compare_with, scenario, result, base_result)
    trade = trade_summary(project, scenario)
    paper = scenario.paper
    day = day or paper.date or date.today()
    case = project.case
    ref = reference if reference is not None else project.reference
    meta = [(_t(lang, "Datum", "Date"), day.isoformat())]  # the header's date, ISO as a tjänsteskrivelse writes it
    for label_sv, label_en, value in (
        ("Avdelning", "Department", case.department),
        ("Handläggare", "Case officer", case.officer),
        ("Tfn", "Telephone", case.phone),
        ("E-post", "E-mail", case.email),
        ("Diarienummer", "Reference", ref),
        ("Beslutas av", "Decided by", deciding_body(project, scenario) if compare_with is not None else ""),
    ):
        if value:
            meta.append((_t(lang, label_sv, label_en), value))
    own_title = own_words(scenario, compare_with if comparison is not None else None)[0]
    content = ProposalContent(
        project=project,
        scenario=scenario,
        lang=lang,
        title=own_title or case.title or project.name,
        # a paper with its own title needs no line under it; else it names what it is
        subtitle="" if own_title else _t(lang, "Nulägesbeskrivning", "Description of the current state")
        if comparison is None else scenario.name,
        meta=meta,
        sections=[],
        unit_ids=unit_ids,
        findings=list(result.findings),
        metrics=result.metrics,
        comparison=comparison,
        trade=trade,
        reference=ref or "",
        base_findings=base_findings,
    )
    shown = section_ids(comparison is None, bool(decision_text.strip())) if with_sections else []
    for section_id in shown:
        section = Section(section_id, heading(section_id, lang, shown))
        section.blocks = getattr(build, section_id)(content, decision_text)
        content.sections.append(section)
    return content


def compared_scenario(project: Project, scenario: Scenario, compare_with: Scenario | None) -> Scenario | None:
    """What the paper compares with: the given scenario, else the project's first (the current
    state); None when the scenario is the current state itself: its paper is a
    nulägesbeskrivning, which proposes nothing and so compares with nothing."""
    first = next(iter(project.scenarios.values()), None)
    if first is not None and first.id == scenario.id:
        return None
    if compare_with is None:
        compare_with = first
    return compare_with if compare_with is not None and compare_with.id != scenario.id else None


class MissingDecisionError(ValueError):
    """A proposal's paper without a förslag till beslut: it is not printed with a placeholder."""


def check_decision(content: ProposalContent) -> None:
    """Raise MissingDecisionError when a proposal (not a nulägesbeskrivning) has no förslag."""
    if content.comparison is not None and not any(s.id == "decision" and s.blocks for s in content.sections):
        raise MissingDecisionError(content.scenario.name)


def compare(project: Project, base: Scenario, scenario: Scenario, result: Any | None = None,
            base_result: Any | None = None) -> Comparison:
    """Metrics side by side, changed units and roles, resolved and new findings
    (`orgdesigner.analysis.compare`, the same comparison the Comparison tab shows)."""
    from orgdesigner.analysis.compare import compare as compare_scenarios
    from orgdesigner.io.words._dotted import dotted_changes

    results = {k: v for k, v in ((scenario.id, result), (base.id, base_result)) if v is not None} or None
    comparison = compare_scenarios(project, [base.id, scenario.id], results=results)
    diff = comparison.diffs[0]
    before, after = comparison.shown_metrics(base.id), comparison.shown_metrics(scenario.id)
    metrics = [(k, before.get(k, 0), after.get(k, 0)) for k in dict.fromkeys([*before, *after])]
    names = comparison.unit_names
    changes: list[tuple[str, str, str]] = []
    titles = {d.id: d.title for d in project.decisions.values()}

    def shown(fields: dict[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
        """A unit's changed fields as a paper prints them: its private notes stay out, a decision
        without a diarienummer goes by its title."""
        out = {}
        for k, (o, n) in fields.items():
            if k in {"name", "notes"}:
                continue
            if k == "decisions":
                o, n = (tuple(decision_ref(d, titles.get(d)) for d in v or ()) for v in (o, n))
            out[k] = (o, n)
        return out

    for u in diff.units:
        fields = shown(u.fields)
        if u.status == "changed" and not fields:
            continue  # only its notes changed
        fields_sv = "; ".join(W.change(k, o, n, "sv") for k, (o, n) in fields.items())
        fields_en = "; ".join(W.change(k, o, n, "en") for k, (o, n) in fields.items())
        if u.status == "moved":
            old, new = names.get(u.old_parent or "", "–"), names.get(u.new_parent or "", "–")
            changes.append(("unit_moved", f"{u.name}: under {new} (förut {old})" + (f"; {fields_sv}" if fields_sv else ""),
                            f"{u.name}: under {new} (was {old})" + (f"; {fields_en}" if fields_en else "")))
        elif u.status == "changed":
            changes.append(("unit_changed", f"{u.name}: {fields_sv}", f"{u.name}: {fields_en}"))
        else:
            changes.append((f"unit_{u.status}", u.name, u.name))
    if diff.assignments:
        n = len(diff.assignments)
        changes.append(("role_changed", f"{n} roller i ansvarsmatrisen har ändrats", f"{n} roles in the responsibility matrix changed"))
    changes += dotted_changes(diff, names)
    for key, (old_value, new_value) in diff.scenario.items():
        changes.append(("setting_changed", W.change(key, old_value, new_value, "sv").capitalize(),
                        W.change(key, old_value, new_value, "en").capitalize()))
    for sv, en in zip(W.economy_changes(base.economy, scenario.economy, "sv", titles),
                      W.economy_changes(base.economy, scenario.economy, "en", titles), strict=True):
        changes.append(("setting_changed", sv, en))
    return Comparison(base, scenario, metrics, changes, list(diff.resolved), list(diff.introduced))


def subtree_label(scenario: Scenario, unit_ids: Sequence[str]) -> str:
    return scenario.units[unit_ids[0]].name if unit_ids else ""
