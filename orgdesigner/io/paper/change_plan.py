"""The change list in words: one sentence per step, the genomförandeplan as an XLSX table, and
a section the beslutsunderlag can include (`plan_section`)."""

from __future__ import annotations

from pathlib import Path

from orgdesigner.analysis.change_list import Step, StepKind, change_list
from orgdesigner.analysis.texts import decision_ref
from orgdesigner.io.exchange.tables import Table
from orgdesigner.io.words.change_words import step_sentence
from orgdesigner.io.words.wording import field_name
from orgdesigner.model.entities import Project

_KIND: dict[StepKind, tuple[str, str]] = {
    "new_unit": ("Inrätta enhet", "Set up unit"),
    "move": ("Flytta enhet", "Move unit"),
    "unit_change": ("Ändra enhet", "Change unit"),
    "role": ("Ändra ansvar", "Change responsibility"),
    "rule": ("Ändra ekonomisk regel", "Change economic rule"),
    "close_unit": ("Avveckla enhet", "Close down unit"),
}


def kind_words(kind: StepKind, lang: str = "sv") -> str:
    sv, en = _KIND[kind]
    return en if lang == "en" else sv


def step_text(project: Project, scenario_id: str, base_id: str, step: Step, lang: str = "sv") -> str:
    """"Digitala tjänster flyttas från Regiondirektör till Beställarenheten.", "Brunflo hälsocentral
    blir resultatenhet i stället för linjeenhet.": one sentence (orgdesigner.io.words.change_words)."""
    names = {**{u.id: u.name for u in project.scenarios[base_id].units.values()},
             **{u.id: u.name for u in project.scenarios[scenario_id].units.values()}}
    return step_sentence(step, lambda uid: names.get(str(uid), str(uid)), lang, lambda d: decision_ref(str(d), _title(project, d)))


def _title(project: Project, decision_id: object) -> str | None:
    decision = project.decisions.get(str(decision_id))
    return decision.title if decision else None


def paper_steps(steps: list[Step]) -> list[Step]:
    """The steps a paper prints: a unit's private notes are the planner's, not the board's."""
    return [s for s in steps if not (s.kind == "unit_change" and s.field == "notes")]


def plan_table(project: Project, scenario_id: str, base_id: str, lang: str = "sv") -> Table:
    steps = change_list(project, scenario_id, base_id)
    columns = ["step", "action", "unit", "description"] if lang == "en" else ["steg", "åtgärd", "enhet", "beskrivning"]
    rows: list[list[object]] = [
        [i, kind_words(s.kind, lang), s.unit_name or (field_name(s.field, lang) if s.field else ""),
         step_text(project, scenario_id, base_id, s, lang)]
        for i, s in enumerate(steps, 1)
    ]
    return Table("genomförandeplan" if lang == "sv" else "implementation plan", columns, rows)


def write_plan_xlsx(project: Project, scenario_id: str, base_id: str, path: Path, lang: str = "sv") -> None:
    from orgdesigner.io.exchange.export_xlsx import write_xlsx

    write_xlsx([plan_table(project, scenario_id, base_id, lang)], path)


def plan_section(project: Project, scenario_id: str, base_id: str, lang: str = "sv") -> tuple[str, list[str]]:
    """A heading and numbered steps for the beslutsunderlag (issue 16 may include it)."""
    steps = change_list(project, scenario_id, base_id)
    heading = "Implementation plan" if lang == "en" else "Genomförandeplan"
    return heading, [f"{i}. {step_text(project, scenario_id, base_id, s, lang)}" for i, s in enumerate(steps, 1)]
