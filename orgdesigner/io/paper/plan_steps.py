"""The genomförandeplan as steps a board recognises: the change list (one edit a line) grouped
into "16 hälsocentraler flyttas till …", "Ansvaret för Digital vård fördelas om …", with the MBL
negotiation before the decision and the information after it, each with a phase, a date and an
owner (the planner's, kept in the scenario's paper, else the step's defaults). No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from orgdesigner.analysis.change_list import Step, change_list
from orgdesigner.analysis.texts import decision_ref, join, opening_count
from orgdesigner.io.paper.change_plan import paper_steps
from orgdesigner.io.words.change_words import field_sentence, rule_sentence
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.wording import day
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.model.vocabulary import label

#: phase keys -> (Swedish, English), in the order a plan runs
PHASES = {
    "before": ("Före beslut", "Before the decision"),
    "prepare": ("Förberedelse", "Preparation"),
    "change": ("Genomförande", "Implementation"),
    "after": ("Efter genomförandet", "After implementation"),
}
NAMES_SHOWN = 6  # a step names this many units, then "och ytterligare 10"
_WHO = "\x00"  # stands in for the units a grouped sentence names


@dataclass(slots=True)
class BoardStep:
    key: str  # stable: found again in PaperInfo.plan when the planner has set phase, date or owner
    text: str
    phase: str
    date: date | None
    owner: str
    edits: list[Step] = field(default_factory=list)


def _names(names: list[str], lang: str) -> str:
    """The names, or the first NAMES_SHOWN and how many more; never "och 1 till" for a name that fits."""
    if len(names) > NAMES_SHOWN + 1:
        rest = len(names) - NAMES_SHOWN
        return ", ".join(names[:NAMES_SHOWN]) + _t(lang, f" och ytterligare {rest}", f" and {rest} more")
    return join(names, lang)


def board_steps(project: Project, scenario: Scenario, base: Scenario, lang: str = "sv") -> list[BoardStep]:
    """The plan from `base` (the current state) to `scenario`, grouped, in the order it is carried
    out; empty when nothing changes."""
    edits = paper_steps(change_list(project, scenario.id, base.id))
    if not edits:
        return []
    when = scenario.effective_date
    out: list[BoardStep] = [BoardStep("mbl", _t(
        lang, "Förhandling med berörda arbetstagarorganisationer enligt 11 § MBL och risk- och konsekvensbedömning "
        "av arbetsmiljön tillsammans med skyddsombuden",
        "Negotiation with the trade unions concerned (MBL section 11) and a risk assessment of the work environment "
        "with the safety representatives"), "before", None, "")]
    by_kind: dict[str, list[Step]] = defaultdict(list)
    for e in edits:
        by_kind[e.kind].append(e)
    names = {**{u.id: u.name for u in base.units.values()}, **{u.id: u.name for u in scenario.units.values()}}
    settings = [e for e in by_kind["rule"] if e.field in {"structure", "effective_date"}]
    rules = [e for e in by_kind["rule"] if e not in settings]
    structure = [e for e in settings if e.field == "structure"]
    if structure:
        e = structure[0]
        out.append(BoardStep("structure", _t(
            lang, f"Organisationsformen ändras från {label(e.old, 'sv')} till {label(e.new, 'sv')}",
            f"The structure changes from {label(e.old, 'en')} to {label(e.new, 'en')}"), "prepare", when, "", settings))
    if by_kind["new_unit"]:
        new = by_kind["new_unit"]
        out.append(BoardStep("new_units", _t(
            lang, f"{opening_count(len(new), 'sv')} nya enheter inrättas: {_names([e.unit_name for e in new], 'sv')}" if len(new) > 1
            else f"Enheten {new[0].unit_name} inrättas under {names.get(str(new[0].new), '–')}",
            f"{opening_count(len(new), 'en')} new units are set up: {_names([e.unit_name for e in new], 'en')}" if len(new) > 1
            else f"The unit {new[0].unit_name} is set up under {names.get(str(new[0].new), '–')}"), "prepare", when, "", new))
    if by_kind["move"]:
        moves = by_kind["move"]
        to: dict[str, int] = defaultdict(int)
        for e in moves:
            to[names.get(str(e.new), "–")] += 1
        centres = all(scenario.units[e.unit_ids[0]].listed_patients for e in moves if e.unit_ids[0] in scenario.units)
        what = _t(lang, "hälsocentraler" if centres else "enheter", "hälsocentraler" if centres else "units")
        targets = [f"{name} ({n})" for name, n in to.items()] if len(to) > 1 else list(to)
        out.append(BoardStep("moves", _t(
            lang, f"{opening_count(len(moves), 'sv')} {what} flyttas till {join(targets, 'sv')}" if len(moves) > 1
            else f"{moves[0].unit_name} flyttas till {targets[0]}",
            f"{opening_count(len(moves), 'en')} {what} move to {join(targets, 'en')}" if len(moves) > 1
            else f"{moves[0].unit_name} moves to {targets[0]}"), "change", when, "", moves))
    by_field: dict[str, list[Step]] = defaultdict(list)
    for e in by_kind["unit_change"]:
        by_field[e.field].append(e)
    for name, group in by_field.items():
        same: dict[str, list[Step]] = defaultdict(list)  # one change made to many units is said once
        for e in group:  # the units whose sentence is the same but for who
            same[field_sentence(name, _WHO, e.old, e.new, lang, lambda d: _decision(project, d))].append(e)
        sentences = [field_sentence(name, _names([e.unit_name for e in steps], lang), steps[0].old, steps[0].new, lang,
                                    lambda d: _decision(project, d), many=len(steps) > 1) for steps in same.values()]
        out.append(BoardStep(f"unit_change:{name}", " ".join(sentences), "change", when, "", group))
    by_function: dict[str, list[Step]] = defaultdict(list)
    for e in by_kind["role"]:
        by_function[e.field].append(e)
    for fid, group in by_function.items():
        out.append(BoardStep(f"role:{fid}", _role_text(scenario, fid, group, lang), "change", when, "", group))
    if rules:
        said = " ".join(rule_sentence(e.field, e.old, e.new, lang, lambda d: _decision(project, d)) for e in rules)
        out.append(BoardStep("rules", _t(lang, f"Nya ekonomiska regler: {said}", f"New economic rules: {said}"),
                             "change", when, "", rules))
    if by_kind["close_unit"]:
        closed = by_kind["close_unit"]
        out.append(BoardStep("close", _t(
            lang, f"{_names([e.unit_name for e in closed], 'sv')} avvecklas när deras ansvar har flyttats",
            f"{_names([e.unit_name for e in closed], 'en')} {'is' if len(closed) == 1 else 'are'} closed down once their responsibilities have moved"),
            "after", when, "", closed))
    out.append(BoardStep("info", _t(
        lang, "Information om beslutet till medarbetare, patienter och vårdgivarna i vårdvalet",
        "Information on the decision to staff, patients and the vårdval providers"), "after", None, ""))
    chosen = scenario.paper
    for step in out:  # the planner's own phase, date and owner win over the defaults
        entry = chosen.entry(step.key)
        step.phase = entry.phase or _t(lang, *PHASES[step.phase])
        step.date = entry.date or step.date
        step.owner = entry.owner
    return out


def _decision(project: Project, decision_id: object) -> str:
    decision = project.decisions.get(str(decision_id))
    return decision_ref(str(decision_id), decision.title if decision else None)


def _role_text(scenario: Scenario, function_id: str, group: list[Step], lang: str) -> str:
    """"Ansvaret för Digital vård fördelas om: utveckling Beställarenheten Hälsoval; …" (who is
    accountable afterwards, per responsibility the edits touch)."""
    function = group[0].function_name
    touched = [r for r in Responsibility if any(e.responsibility is r for e in group)]
    parts = []
    for r in touched:
        owners = [scenario.units[k.unit_id].name for k, role in scenario.assignments.items()
                  if k.function_id == function_id and k.responsibility is r and role is Role.ACCOUNTABLE]
        who = (owners[0] if len(owners) == 1 else _t(lang, f"{len(owners)} enheter, var och en för sin del", f"{len(owners)} units, each for its own part")
               if owners else _t(lang, "ingen ansvarig", "nobody accountable"))
        parts.append(f"{label(r, lang)}: {who}")
    count = len(group)
    return _t(lang, f"Ansvaret för {function} fördelas om ({count} {'ändring' if count == 1 else 'ändringar'}); ansvarig för {'; '.join(parts)}",
              f"Responsibility for {function} is reallocated ({count} {'change' if count == 1 else 'changes'}); accountable for {'; '.join(parts)}")


def when_text(step: BoardStep, lang: str) -> str:
    return day(step.date, lang) if step.date else ("–")
