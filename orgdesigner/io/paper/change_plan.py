"""The change list in words: one sentence per step, the genomförandeplan as an XLSX table, and
a section the beslutsunderlag can include (`plan_section`)."""

from __future__ import annotations

from pathlib import Path

from orgdesigner.analysis.change_list import Step, StepKind, change_list
from orgdesigner.analysis.texts import decision_ref
from orgdesigner.io.exchange.tables import Table
from orgdesigner.io.words.wording import change, field_name
from orgdesigner.model.entities import Project
from orgdesigner.model.vocabulary import label

_KIND: dict[StepKind, tuple[str, str]] = {
    "new_unit": ("Inrätta enhet", "Set up unit"),
    "move": ("Flytta enhet", "Move unit"),
    "unit_change": ("Ändra enhet", "Change unit"),
    "role": ("Ändra ansvar", "Change responsibility"),
    "rule": ("Ändra ekonomisk regel", "Change economic rule"),
    "close_unit": ("Avveckla enhet", "Close down unit"),
}
_TOP = ("högst upp", "top level")


def kind_words(kind: StepKind, lang: str = "sv") -> str:
    sv, en = _KIND[kind]
    return en if lang == "en" else sv


def step_text(project: Project, scenario_id: str, base_id: str, step: Step, lang: str = "sv") -> str:
    """"Flytta enhet Digitala tjänster: Regiondirektör → Beställarenheten", …"""
    names = {**{u.id: u.name for u in project.scenarios[base_id].units.values()},
             **{u.id: u.name for u in project.scenarios[scenario_id].units.values()}}
    top = _TOP[1] if lang == "en" else _TOP[0]

    def unit(uid: object) -> str:
        return top if uid is None else names.get(str(uid), str(uid))

    head = kind_words(step.kind, lang)
    if step.kind in {"new_unit", "move"}:
        if step.kind == "new_unit":
            return f"{head} {step.unit_name} under {unit(step.new)}"
        return f"{head} {step.unit_name}: {unit(step.old)} → {unit(step.new)}"
    if step.kind == "close_unit":
        return f"{head} {step.unit_name}"
    old, new = step.old, step.new
    if step.field == "decisions":  # a draft agreement's register id is internal: its title
        old, new = (tuple(decision_ref(str(d), _title(project, d)) for d in v or ()) for v in (old, new))
    if step.kind == "unit_change":
        return f"{head} {step.unit_name}: {change(step.field, old, new, lang)}"
    if step.kind == "role":  # in a sentence: a role given, taken away or changed
        what = f"{step.function_name}, {label(step.responsibility, lang)}"
        if step.old is None:
            return (f"Give {step.unit_name} the role {label(step.new, lang)} for {what}" if lang == "en"
                    else f"Ge {step.unit_name} rollen {label(step.new, lang)} för {what}")
        if step.new is None:
            return (f"Take the role {label(step.old, lang)} for {what} from {step.unit_name}" if lang == "en"
                    else f"Ta bort rollen {label(step.old, lang)} för {what} från {step.unit_name}")
        return (f"{head} for {what}: {step.unit_name} {label(step.old, lang)} → {label(step.new, lang)}" if lang == "en"
                else f"{head} för {what}: {step.unit_name} {label(step.old, lang)} → {label(step.new, lang)}")
    if step.field in {"structure", "effective_date"}:  # the scenario's own settings, not a rule
        head = "Change" if lang == "en" else "Ändra"
    return f"{head}: {change(step.field, old, new, lang)}"


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
