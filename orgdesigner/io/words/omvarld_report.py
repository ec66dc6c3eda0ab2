"""The omvärld comparison in words: a scenario beside the archetypes of how other regions run their
own primary care, the regions' sourced facts, and what they say about intraprenad experience.

One report serves the command line (`orgdesigner omvarld`, text and JSON), the window's dialog
and the paper's omvärld bilaga, so all three say the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from orgdesigner.analysis.engine import AnalysisResult
from orgdesigner.analysis.omvarld import Standing, compare_with_archetypes
from orgdesigner.analysis.texts import join
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.numbers import counted, percent
from orgdesigner.io.words.wording import words
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.reference_spec import Fact, Reference, Source
from orgdesigner.model.vocabulary import label

JSON_FORMAT_VERSION = 1

#: question id -> (Swedish, English): the questions the review of own primary care asks
QUESTIONS: dict[str, tuple[str, str]] = {
    "purchaser": ("Vem beställer vårdvalet?", "Who orders vårdval?"),
    "provider": ("Vem leder de egna enheterna?", "Who heads the own units?"),
    "meeting": ("Var möts beställning och egen drift?", "Where do ordering and own delivery meet?"),
    "board": ("Egen styrelse för de egna enheterna?", "A board of the own units' own?"),
    "result": ("Resultatansvar", "Result responsibility"),
    "authority": ("Befogenheter hos ledningen", "Authority of the management"),
    "findings": ("Vad analysen finner", "What the analysis finds"),
}


def source_note(source: Source, lang: str = "sv") -> str:
    """ "regionhalland.se/… (2023)", "(omkring 2016–2019)", "(år okänt)"."""
    if source.year is None:
        year = _t(lang, "år okänt", "year unknown")
    elif source.approximate:
        year = _t(lang, f"omkring {source.year}", f"about {source.year}")
    else:
        year = source.year
    return f"{source.address} ({year})"


def fact_years(fact: Fact, lang: str = "sv") -> str:
    """The years of a fact's sources, for showing beside the fact: "2019", "2019, år okänt"."""
    out: list[str] = []
    for source in fact.sources:
        year = source.year if source.year is not None else _t(lang, "år okänt", "year unknown")
        if source.approximate:
            year = _t(lang, f"omkring {year}", f"about {year}")
        if year not in out:
            out.append(year)
    return ", ".join(out)


@dataclass(frozen=True)
class Column:
    reference_id: str | None  # None: the planner's scenario
    name: str
    summary: str
    regions: tuple[str, ...]  # names of the regions whose facts place them under this archetype
    problem: str  # why the archetype cannot be applied to this scenario ("" when it can)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    answers: tuple[str, ...]  # one per column


@dataclass(frozen=True)
class OmvarldReport:
    lang: str
    scenario_id: str
    scenario_name: str
    columns: tuple[Column, ...]
    questions: tuple[Question, ...]
    standings: tuple[Standing, ...]
    closest: str | None  # the archetype the scenario stands nearest
    regions: tuple[Reference, ...]  # regions and national facts, in reading order
    experience: tuple[str, ...]  # sentences on intraprenad experience, candidates first

    def column(self, reference_id: str | None) -> Column:
        return next(c for c in self.columns if c.reference_id == reference_id)


def _names(scenario: Scenario, ids: Sequence[str], lang: str, limit: int = 2) -> str:
    """ "A", "A och B", "A, B och 3 till" as a sentence lists them."""
    names = [scenario.units[u].name for u in ids[:limit] if u in scenario.units]
    more = len(ids) - limit
    if more > 0:
        names.append(_t(lang, f"{more} till", f"{more} more"))
    return join(names, lang)



def _counted(n: int, word: str, lang: str) -> str:
    """"inga fel", "3 varningar" (a count of none reads as a word, not "0 fel")."""
    if n:
        return counted(n, word, lang)
    return _t(lang, "inga " + ("fel" if word == "error" else "varningar"), "no " + word + "s")

def _answers(standing: Standing, lang: str) -> dict[str, str]:
    s, sc = standing.stance, standing.scenario
    if s is None:
        return {q: "–" for q in QUESTIONS}
    unit = sc.units.get(s.provider_head or "")
    head = unit.name if unit is not None else ""
    meeting_name = sc.units[s.meeting_point].name if s.meeting_point in sc.units else ""
    meeting = {
        "top": _t(lang, f"Först hos {meeting_name}, i regionens ledning", f"Only at {meeting_name}, in the region's top management"),
        "line": _t(lang, f"Redan hos {meeting_name}, under regionens ledning", f"Already at {meeting_name}, below the region's top management"),
        "inside": _t(lang, f"Inom egenregin: beställaren leds av {meeting_name}", f"Inside egenregi: the purchaser answers to {meeting_name}"),
        "apart": _t(lang, "I ingen gemensam enhet", "In no common unit"),
        "unknown": "–",
    }[s.meeting]
    if unit is None:
        provider = _t(lang, "Inga egna enheter", "No own units")
    else:
        form = label(s.head_form, lang)
        # the form in brackets, unless the unit's name says it already ("… – koncernledning")
        provider = head if form.casefold() in head.casefold() else f"{head} ({form})"
        if not s.own_director:
            provider += _t(lang, f"; leder {s.headed_units} av {s.own_units} egna enheter",
                           f"; heads {s.headed_units} of {s.own_units} own units")
    board = (_t(lang, "Ja: ", "Yes: ") + _names(sc, s.boards, lang)) if s.boards else _t(lang, "Nej", "No")
    result = _t(lang, f"Hos {s.result_units} av {s.own_units} egna enheter", f"In {s.result_units} of {s.own_units} own units")
    if s.intraprenader:
        result += _t(lang, f"; {s.intraprenader} drivs som intraprenad", f"; {s.intraprenader} run as intraprenad")
    findings = (f"{_counted(s.errors, 'error', lang)}, {_counted(s.warnings, 'warning', lang)}; "
                + _t(lang, "tydlighetsindex ", "clarity index ") + percent(s.clarity_index, lang))
    purchaser = _names(sc, s.purchasers, lang) if s.purchasers else _t(lang, "Ingen beställare av vårdvalet", "No purchaser of vårdval")
    authority = words(s.head_authorities, lang) if unit is not None else "–"
    if authority == "–" and unit is not None:
        authority = _t(lang, "Inga angivna", "None given")
    return {"purchaser": purchaser, "provider": provider, "meeting": meeting, "board": board,
            "result": result, "authority": authority, "findings": findings}


def _closest(standings: Sequence[Standing]) -> str | None:
    """The archetype whose applied structure agrees with the scenario on most traits."""
    own = standings[0].stance
    if own is None:
        return None

    def traits(st: Standing) -> tuple[object, ...]:
        s = st.stance
        assert s is not None
        return (bool(s.boards), s.head_form, s.intraprenader > 0, s.meeting, s.own_director)

    mine = traits(standings[0])
    best, best_score = None, -1
    for st in standings[1:]:
        if st.stance is None:
            continue
        score = sum(a == b for a, b in zip(traits(st), mine, strict=True))
        if score > best_score:
            best, best_score = st.reference_id, score
    return best


def intraprenad_experience(scenario: Scenario, candidates: Sequence[str], regions: Sequence[Reference], lang: str,
                           own_care: bool = True) -> tuple[str, ...]:
    """What the regions' facts say about running activities on intraprenad terms: the own primary
    care (with `own_care`), and each kind of unit among `candidates` (the units the analysis names
    as candidates for intraprenad terms); where the sources have nothing for a kind, it says so."""
    facts = [(r, f) for r in regions for f in r.facts if f.activity is not None]
    out: list[str] = []

    def cited(category: UnitCategory) -> list[str]:
        """One sentence group per region: "Västmanland (2019): … …"."""
        by_region: dict[str, list[Fact]] = {}
        for ref, fact in facts:
            if fact.activity is category:
                by_region.setdefault(ref.name.get(lang), []).append(fact)
        out = []
        for region, found in by_region.items():
            years = ", ".join(dict.fromkeys(fact_years(f, lang) for f in found))
            out.append(f"{region} ({years}): " + " ".join(f.text.get(lang) for f in found))
        return out

    own = cited(UnitCategory.OWN_PROVIDER) if own_care else []
    if own:
        out.append(_t(lang, "Andra regioners erfarenhet av intraprenad i den egna primärvården: ",
                      "Other regions' experience of intraprenad in their own primary care: ") + " ".join(own))
    by_category: dict[UnitCategory, list[str]] = {}
    for uid in candidates:
        if uid in scenario.units:
            by_category.setdefault(scenario.units[uid].category, []).append(uid)
    for category, ids in by_category.items():
        names = _names(scenario, ids, lang, limit=4)
        named = _t(lang, f"Analysen pekar ut {names} som {'kandidat' if len(ids) == 1 else 'kandidater'} för intraprenadvillkor.",
                   f"The analysis names {names} as {'a candidate' if len(ids) == 1 else 'candidates'} for intraprenad terms.")
        found = cited(category)
        if found:
            out.append(named + _t(lang, " Andra regioners erfarenhet: ", " Other regions' experience: ") + " ".join(found))
        else:
            out.append(named + _t(lang, " Källorna om andra regioner visar ingen erfarenhet av intraprenad för sådana "
                                        "verksamheter; frågan får prövas utan förebild.",
                                  " The sources on other regions show no experience of intraprenad for such activities; "
                                  "the question has to be tried without a model."))
    return tuple(out)


def build_report(project: Project, scenario_id: str, references: Sequence[Reference], lang: str = "sv",
                 result: AnalysisResult | None = None) -> OmvarldReport:
    """`result`: the scenario's analysis when the caller has it (the window's live one)."""
    archetypes = [r for r in references if r.kind == "archetype" and r.template is not None]
    regions = tuple(r for r in references if r.kind != "archetype")
    standings = compare_with_archetypes(project, scenario_id, [(r.id, r.template) for r in archetypes if r.template], lang, result)
    scenario = project.scenarios[scenario_id]
    columns = [Column(None, scenario.name, scenario.description, (), "")]
    for ref, standing in zip(archetypes, standings[1:], strict=True):
        followers = tuple(r.name.get(lang) for r in regions if r.archetype == ref.id)
        columns.append(Column(ref.id, ref.name.get(lang), ref.summary.get(lang), followers, standing.problem))
    answers = [_answers(st, lang) for st in standings]
    questions = tuple(Question(q, _t(lang, *words_), tuple(a[q] for a in answers)) for q, words_ in QUESTIONS.items())
    return OmvarldReport(lang, scenario_id, scenario.name, tuple(columns), questions, tuple(standings),
                         _closest(standings), regions,
                         intraprenad_experience(scenario, standings[0].stance.candidates if standings[0].stance else (), regions, lang))


def to_json(report: OmvarldReport) -> dict[str, Any]:
    lang = report.lang
    return {
        "format_version": JSON_FORMAT_VERSION,
        "lang": lang,
        "scenario": {"id": report.scenario_id, "name": report.scenario_name},
        "columns": [
            {"reference": c.reference_id, "name": c.name, "summary": c.summary, "regions": list(c.regions),
             "applicable": not c.problem, "problem": c.problem or None}
            for c in report.columns
        ],
        "questions": [{"id": q.id, "question": q.text, "answers": list(q.answers)} for q in report.questions],
        "closest_archetype": report.closest,
        "regions": [
            {"id": r.id, "name": r.name.get(lang), "kind": r.kind, "archetype": r.archetype, "gathered": r.gathered,
             "facts": [{"topic": f.topic, "text": f.text.get(lang),
                        "sources": [{"address": s.address, "year": s.year, "approximate": s.approximate} for s in f.sources]}
                       for f in r.facts]}
            for r in report.regions
        ],
        "intraprenad_experience": list(report.experience),
    }


def to_text(report: OmvarldReport) -> str:
    lang = report.lang
    lines = [_t(lang, f"Omvärld: {report.scenario_name} jämfört med andra regioners sätt att driva egen primärvård",
                f"Omvärld: {report.scenario_name} compared with other regions' ways of running their own primary care"), ""]
    for column in report.columns[1:]:
        lines.append(f"{column.name}: {column.summary}")
        if column.regions:
            lines.append("  " + _t(lang, "Som ", "Like ") + ", ".join(column.regions) + ".")
        if column.problem:
            lines.append("  " + _t(lang, "Kan inte prövas här: ", "Cannot be tried here: ") + column.problem)
    lines.append("")
    for q in report.questions:
        lines.append(q.text)
        for column, answer in zip(report.columns, q.answers, strict=True):
            lines.append(f"  {column.name}: {answer}")
    if report.closest is not None:
        lines += ["", _t(lang, "Närmast: ", "Closest: ") + report.column(report.closest).name]
    lines += ["", _t(lang, "Andra regioner (källa, år)", "Other regions (source, year)")]
    for ref in report.regions:
        gathered = _t(lang, f"uppgifterna insamlade {ref.gathered}", f"facts gathered {ref.gathered}")
        lines.append(f"{ref.name.get(lang)} ({gathered})")
        for fact in ref.facts:
            notes = "; ".join(source_note(s, lang) for s in fact.sources)
            lines.append(f"  - {fact.text.get(lang)} [{notes}]")
    if report.experience:
        lines += ["", _t(lang, "Intraprenad i andra verksamheter", "Intraprenad in other activities")]
        lines += [f"  {s}" for s in report.experience]
    return "\n".join(lines) + "\n"
