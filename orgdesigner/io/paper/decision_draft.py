"""A draft förslag till beslut from the comparison with the base scenario, and how the stored
text is read as numbered points with sub-points.

The draft is offered to the planner, never forced on them: `merge_draft` only appends the draft
points the text does not already hold, so what the planner wrote stays first and unchanged.

Text form (what the planner edits): one point a line; a line that starts with a space, a tab or
"-" is a sub-point of the point above ("a.", "b." are added when printed). Numbers or letters the
planner typed ("1.", "a.") are dropped so the paper numbers them once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from orgdesigner.analysis.texts import decision_ref, join
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.wording import day, surplus_sentence
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.entities import Decision, Project, Scenario
from orgdesigner.model.enums import Responsibility, StructureType, UnitCategory, UnitForm

_DRAFT_NOTE = re.compile(r"\((?:utkast|draft)[^)]*\)", re.IGNORECASE)  # "(utkast, ej beslutat)": the planner's note
_NUMBERING = re.compile(r"^\s*(?:[-–•]\s*)?(?:(?:\d+|[a-zA-Z])[.)]\s+)?")


@dataclass(slots=True)
class Point:
    text: str
    sub: list[str] = field(default_factory=list)


def parse_points(text: str) -> list[Point]:
    points: list[Point] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        is_sub = line[:1] in {" ", "\t", "-", "–", "•"} and bool(points)
        clean = _NUMBERING.sub("", line, count=1).strip()
        if is_sub:
            points[-1].sub.append(clean)
        else:
            points.append(Point(clean))
    return points


def points_text(points: list[Point]) -> str:
    lines: list[str] = []
    for p in points:
        lines.append(p.text)
        lines += [f"  - {s}" for s in p.sub]
    return "\n".join(lines)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text



def _decisions_used(scenario: Scenario) -> list[str]:
    out = list(scenario.economy.decisions)
    for unit in scenario.units.values():
        out += [d for d in unit.decisions if d not in out]
    return out


def draft_points(project: Project, base: Scenario, scenario: Scenario, lang: str = "sv") -> list[Point]:
    """Points that follow from what `scenario` changes relative to `base`."""
    points: list[Point] = []
    when = scenario.effective_date
    body = project.case.decision_body or _t(lang, "Regionstyrelsen", "The regional board")
    used = set(_decisions_used(scenario))
    ending = []
    gone = [project.decisions[d] for d in _decisions_used(base) if d in project.decisions and d not in used]
    for decision in sorted(gone, key=lambda d: (d.valid_from is None, d.valid_from, d.id)):  # oldest first
        end = decision.valid_until or when
        ending.append(_t(
            lang,
            f"{_decision_phrase(decision, 'sv')} upphör att gälla från och med den {day(end, 'sv')}.",
            f"{_decision_phrase(decision, 'en')} ceases to apply from {day(end, 'en')}.",
        ))
    if ending:
        points.append(Point(_t(lang, f"{body} föreslår regionfullmäktige:", f"{body} proposes to the regional assembly:"), ending))
    since = _t(lang, f" från och med den {day(when, 'sv')}", f" from {day(when, 'en')}") if when else ""
    if scenario.structure != base.structure or not points:
        structure = _structure_point(scenario, lang, since)
        if structure:
            points.append(Point(structure))
    development = _development_point(project, base, scenario, lang)
    if development:
        points.append(Point(development))
    intraprenad = _intraprenad_point(project, base, scenario, lang, since)
    if intraprenad:
        points.append(Point(intraprenad))
    old, new = base.economy, scenario.economy
    if new.surplus_model is not SurplusModel.NONE and (old.surplus_model, old.surplus_share, old.deficit_share, old.cap_sek) != (
            new.surplus_model, new.surplus_share, new.deficit_share, new.cap_sek):
        points.append(Point(_t(lang, "Ny modell för över- och underskottshantering: ", "A new model for surpluses and deficits: ")
                            + surplus_sentence(replace(new, decisions=()), lang)))  # what it rests on is not decided here
    from orgdesigner.io.paper._proposal_trade_evaluation import decision_point

    trade = decision_point(project, scenario, lang)  # the internal trade's evaluation, when there is a history
    if trade:
        points.append(Point(trade[0], trade[1]))
    return points


def _decision_phrase(decision: Decision, lang: str) -> str:
    """"Beslutet RS/123/2024 om organisation för …"; a decision without a diarienummer by its title."""
    title = _lower_first(_DRAFT_NOTE.sub("", decision.title).strip())
    if decision_ref(decision.id, "-") == decision.id:  # the id is a diarienummer
        return _t(lang, f"Beslutet {decision.id} om {title}", f"Decision {decision.id} on {title}")
    return _t(lang, f"Beslutet om {title}", f"The decision on {title}")


_OWN_SIDE = frozenset({UnitCategory.OWN_PROVIDER, UnitCategory.SUPPORT})


def _development_point(project: Project, base: Scenario, scenario: Scenario, lang: str) -> str:
    """When the proposal settles what the analysis found unclear about development (no owner,
    two owners, split between the beställarenhet and egenregi), the point says so; it never asks
    to investigate what the proposal already settles."""
    from orgdesigner.analysis.engine import analyze_scenario

    unclear = {"R01-no-accountable", "R02-double-accountable", "R04-development-split"}

    def development(s: Scenario) -> int:
        return sum(1 for f in analyze_scenario(project, s).findings
                   if f.rule in unclear and f.subjects.responsibility is Responsibility.DEVELOPMENT)

    if development(base) and not development(scenario):
        return _t(lang, "Ansvaret för utveckling fördelas enligt ansvarsmatrisen i bilaga 2, med en ansvarig enhet för "
                  "utvecklingen av varje funktion.",
                  "Development responsibility is allocated as in the responsibility matrix in attachment 2, with one "
                  "accountable unit for the development of each function.")
    return ""


def _structure_point(scenario: Scenario, lang: str, since: str) -> str:
    units = scenario.units
    heads = [u for u in units.values() if u.form is UnitForm.GROUP_MANAGEMENT]
    results = [u for u in units.values() if u.form is UnitForm.RESULT]
    if scenario.structure is StructureType.KONCERN and heads:
        head = heads[0]
        below = set(scenario.subtree(head.id)) - {head.id}
        # egenregi's own shared functions only: a beställarenhet or a private provider placed under
        # the head is a breach the analysis reports, never a koncerngemensam funktion of a decision
        shared = [u.name for u in units.values() if u.parent_id == head.id and u.form is not UnitForm.RESULT
                  and u.category in _OWN_SIDE and not any(c for c in scenario.children(u.id))]
        count = sum(1 for u in results if u.id in below)
        shared_sv = f", koncerngemensamma funktioner ({join(shared, 'sv')})" if shared else ""
        shared_en = f", shared functions ({join(shared, 'en')})" if shared else ""
        return _t(
            lang,
            f"Primärvårdens egenregi organiseras som koncern med en koncernledning ({head.name}){shared_sv} "
            f"och {count} hälsocentraler som resultatenheter{since}.",
            f"The region's own primary care (egenregi) is organised as a koncern with a group management "
            f"({head.name}){shared_en} and {count} hälsocentraler as result units{since}.",
        )
    if scenario.structure is StructureType.LINE:
        return _t(lang, f"Primärvårdens egenregi organiseras som linjeorganisation{since}.",
                  f"The region's own primary care (egenregi) is organised as a line organisation{since}.")
    return ""


def _intraprenad_point(project: Project, base: Scenario, scenario: Scenario, lang: str, since: str) -> str:
    before = [u for u in base.units.values() if u.form is UnitForm.INTRAPRENAD]
    after = [u for u in scenario.units.values() if u.form is UnitForm.INTRAPRENAD]
    if after and {u.id for u in after} != {u.id for u in before}:
        agreements = sorted({d for u in after for d in u.decisions if d in project.decisions})
        names = join([u.name for u in after], lang)
        if agreements:  # the agreement is what this point decides: named by its start, not its register id
            decision = project.decisions[agreements[0]]
            start = decision.valid_from or scenario.effective_date
            return _t(lang,
                      f"Ett intraprenadavtal tecknas för {names} från och med den {day(start, 'sv')}.",
                      f"An intraprenad agreement is made with {names} from {day(start, 'en')}.")
        return _t(lang, f"Ett intraprenadavtal tecknas för {names}{since}.", f"An intraprenad agreement is made with {names}{since}.")
    if before and not after:
        names = join([u.name for u in before], lang)
        return _t(lang,
                  f"Inga nya intraprenadvillkor tecknas för {names}; verksamheten leds i stället inom den nya organisationen{since}.",
                  f"No new intraprenad terms are agreed for {names}; the units are led within the new organisation{since}.")
    return ""


def merge_draft(existing: str, draft: list[Point]) -> str:
    """The planner's text with the draft points it lacks appended; never changes what is there."""
    have = {_key(p.text) for p in parse_points(existing)} | {_key(s) for p in parse_points(existing) for s in p.sub}
    missing = [Point(p.text, [s for s in p.sub if _key(s) not in have]) for p in draft if _key(p.text) not in have]
    missing = [p for p in missing if p.sub or not draft_subs(draft, p)]
    if not missing:
        return existing
    added = points_text(missing)
    return f"{existing.rstrip()}\n{added}" if existing.strip() else added


def draft_subs(draft: list[Point], point: Point) -> bool:
    return any(p.text == point.text and p.sub for p in draft)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())
