"""The evaluation of the internal trade in words and as JSON: the three questions, in order.

One source for the Internhandel tab, `orgdesigner trade` and the paper's bilaga. Each answer
says what the history shows with its figures and uncertainty, or why the history cannot tell;
the method is named in plain words. Swedish or English (no Qt here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from orgdesigner.analysis.trade import AS_SET
from orgdesigner.analysis.trade_calibration import Calibration, calibrate, calibrated_results
from orgdesigner.analysis.trade_history import Evaluation, EventEffect, Unanswerable, evaluate
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.numbers import amount, number, percent
from orgdesigner.io.words.wording import day
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.trade import PricingModel
from orgdesigner.model.trade_history import EventKind

JSON_FORMAT = "orgdesigner-trade-evaluation"
JSON_VERSION = 1

METHOD = {
    "sv": "Metod: skillnad i skillnader. För varje köpare jämförs volymen per 1 000 listade patienter åren efter "
          "händelsen med åren före. Förändringen hos de köpare som händelsen berörde jämförs med förändringen hos "
          "köpare som den inte berörde, så att det som hände alla (nya analyser, fler listade) räknas bort. "
          "Osäkerheten anges som ett 95-procentigt intervall, beräknat från hur mycket förändringen skiljer sig "
          "mellan köparna; en effekt påstås bara när hela intervallet ligger på samma sida om noll. "
          "Ett år med en händelse mitt i räknas varken före eller efter.",
    "en": "Method: difference in differences. For each buyer, the volume per 1,000 listed patients in the years "
          "after the event is compared with the years before. The change among the buyers the event touched is "
          "compared with the change among buyers it did not touch, so what happened to everyone (new analyses, "
          "more listed patients) cancels out. The uncertainty is a 95% interval, computed from how much the change "
          "differs between buyers; an effect is claimed only when the whole interval lies on one side of zero. "
          "A year with an event in its middle counts neither before nor after.",
}

QUESTIONS = {
    "sv": ("Har köp och sälj gjort beställarna mer kostnadsmedvetna och hållit tillbaka kostnadsökningen jämfört "
           "med om tjänsterna varit fria nyttigheter?",
           "Har leverantörernas konsultativa återkoppling stöttat ett mer ändamålsenligt och kostnadseffektivt "
           "nyttjande?",
           "Hur skulle modellen kunna förändras för att styra starkare mot ett ändamålsenligt och kostnadseffektivt "
           "nyttjande, även av patientnära analyser (PNA)?"),
    "en": ("Has buying and selling made buyers more cost-aware and held back cost growth compared with free services?",
           "Has the suppliers' consultative feedback supported more appropriate and cost-effective use?",
           "How could the model change to steer more strongly toward appropriate and cost-effective use, "
           "patient-near analyses (PNA) included?"),
}

MODEL_WORDS = {
    PricingModel.FRI_NYTTIGHET: ("fri nyttighet", "free service"),
    PricingModel.STYCKPRIS: ("styckpris", "price per item"),
    PricingModel.FAST_AVGIFT: ("fast avgift", "fixed charge"),
    PricingModel.BLANDAD: ("blandad modell", "mixed model"),
}

FIELD_WORDS = {
    "response_free": ("volymrespons vid fri nyttighet", "volume response, free service"),
    "response_per_item": ("volymrespons vid styckpris", "volume response, price per item"),
    "response_fixed": ("volymrespons vid fast avgift", "volume response, fixed charge"),
    "response_mixed": ("volymrespons vid blandad modell", "volume response, mixed model"),
    "feedback_effect": ("effekt av konsultativ återkoppling", "effect of consultative feedback"),
}

GROUP_WORDS = {"all": ("alla tjänster", "all services"), "lab": ("lab", "lab"), "radiology": ("radiologi", "radiology"),
               "pna": ("PNA", "PNA"), "other": ("övrigt", "other")}


def signed_percent(share: float, lang: str) -> str:
    """A relative change: +16 %, −3,9 %, 0 %."""
    decimals = 1 if abs(share) < 0.1 else 0
    text = percent(abs(share), lang, decimals)
    if round(abs(share) * 100, decimals) == 0:
        return text
    return ("−" if lang == "sv" else "-") + text if share < 0 else "+" + text


def _interval(e: EventEffect, lang: str) -> str:
    assert e.estimate is not None
    low, high = e.estimate.relative_low, e.estimate.relative_high
    return _t(lang, f"95 % intervall {signed_percent(low, lang)} till {signed_percent(high, lang)}", f"95% interval {signed_percent(low, lang)} to {signed_percent(high, lang)}")


def _date(e: EventEffect, lang: str) -> str:
    return day(e.on, lang) if e.on else ""


def event_title(e: EventEffect, project: Project, lang: str) -> str:
    """"prisändringen enligt RS/12/2012 (fri nyttighet till styckpris)", "konsultativ återkoppling från …"."""
    ev = e.event
    if ev.kind is EventKind.PRICING:
        decision = project.decisions.get(ev.decision or "")
        what = _t(lang, "prisändringen", "the pricing change")
        if decision is not None:
            what += _t(lang, f" enligt {decision.id} ({decision.title})", f" under {decision.id} ({decision.title})")
        if ev.pricing_from and ev.pricing_to:
            i = 1 if lang == "en" else 0
            what += _t(lang, ", från ", ", from ") + MODEL_WORDS[ev.pricing_from][i] + _t(lang, " till ", " to ") + MODEL_WORDS[ev.pricing_to][i]
        return what
    if ev.kind is EventKind.FEEDBACK:
        supplier = _unit_name(project, ev.supplier or "")
        return _t(lang, f"konsultativ återkoppling från {supplier}", f"consultative feedback from {supplier}")
    return _t(lang, "införandet av PNA", "the introduction of PNA")


def _unit_name(project: Project, uid: str) -> str:
    for s in project.scenarios.values():
        if uid in s.units:
            return s.units[uid].name
    return uid


def reason_text(e: EventEffect, lang: str) -> str:
    r = e.unanswerable
    if r is Unanswerable.NO_DATE:
        return _t(lang, "händelsens beslut saknar datum i beslutsregistret", "the event's decision has no date in the decision register")
    if r is Unanswerable.NO_COMPARISON:
        return _t(lang, "det finns ingen jämförelsegrupp: färre än två köpare som händelsen inte berörde har volymer både före och efter",
                  "there is no comparison group: fewer than two buyers the event did not touch have volumes both before and after")
    if r is Unanswerable.TOO_FEW_TOUCHED:
        return _t(lang, "färre än två berörda köpare har volymer både före och efter",
                  "fewer than two touched buyers have volumes both before and after")
    if r is Unanswerable.TOO_FEW_YEARS:
        b, a = len(e.years_before), len(e.years_after)
        return _t(lang, f"historiken har för få år: minst två hela år före och två efter behövs, här finns {b} före och {a} efter",
                  f"the history has too few years: at least two whole years before and two after are needed, here {b} before and {a} after")
    return _t(lang, "historiken har inga volymer av de tjänster händelsen gäller", "the history has no volumes of the services the event concerns")


def effect_sentence(e: EventEffect, project: Project, lang: str) -> str:
    title = event_title(e, project, lang)
    when = _date(e, lang)
    head = f"{title[0].upper()}{title[1:]}" + (f" ({when})" if when else "")
    if e.estimate is None:
        return head + _t(lang, ": historiken kan inte säga vad den ledde till, eftersom ", ": the history cannot tell what it did, because ") + reason_text(e, lang) + "."
    est = e.estimate
    control = _t(lang, "privata köpare", "private buyers") if e.event.kind is EventKind.PRICING and not e.event.buyers else _t(lang, "köpare utan händelsen", "buyers without the event")
    text = head + _t(
        lang,
        f": volymen per 1 000 listade hos de {est.n_treated} berörda köparna ändrades med {signed_percent(est.relative, lang)} jämfört med "
        f"{est.n_control} {control} ({_interval(e, lang)}).",
        f": the volume per 1,000 listed among the {est.n_treated} touched buyers changed by {signed_percent(est.relative, lang)} compared with "
        f"{est.n_control} {control} ({_interval(e, lang)}).",
    )
    if est.direction == 0:
        text += _t(lang, " Skillnaden är inte säker: historiken kan varken bekräfta eller utesluta en effekt.",
                   " The difference is not certain: the history can neither confirm nor rule out an effect.")
    return text


@dataclass(slots=True)
class Answer:
    number: int
    question: str
    answered: bool  # False: the history cannot answer it
    paragraphs: list[str] = field(default_factory=list)
    conclusion: str = ""
    proposals: list[str] = field(default_factory=list)  # question 3: what the region should do, as clauses


@dataclass(slots=True)
class TradeReport:
    """The evaluation with its words: what the tab, the CLI and the paper show."""

    project: Project
    scenario: Scenario
    evaluation: Evaluation
    calibration: Calibration
    answers: list[Answer]
    lang: str

    @property
    def method(self) -> str:
        return METHOD["en" if self.lang == "en" else "sv"]


def build_report(project: Project, scenario: Scenario, lang: str = "sv") -> TradeReport:
    ev = evaluate(project, scenario)
    calibration = calibrate(scenario.trade.assumptions, ev)
    answers = [_q1(project, ev, lang), _q2(project, ev, lang), _q3(project, scenario, ev, calibration, lang)]
    return TradeReport(project, scenario, ev, calibration, answers, lang)


def _cost_trend(ev: Evaluation, lang: str) -> str:
    rates = ev.rates.get("all", {})
    years = [y for y in ev.years if rates.get(y) and rates[y].cost_per_1000 is not None]
    if len(years) < 2:
        return ""
    first, last = rates[years[0]].cost_per_1000, rates[years[-1]].cost_per_1000
    assert first is not None and last is not None
    text = _t(lang, f"Kostnaden per 1 000 listade patienter var {amount(first, lang)} {years[0]} och {amount(last, lang)} {years[-1]}",
              f"The cost per 1,000 listed patients was {amount(first, lang)} in {years[0]} and {amount(last, lang)} in {years[-1]}")
    text += f" ({signed_percent(last / first - 1, lang)})." if first > 0 else "."
    own, private = ev.kind_cost.get("own", {}), ev.kind_cost.get("private", {})
    both = [y for y in years if y in own and y in private]
    if len(both) >= 2:
        a, b = both[0], both[-1]
        text += _t(lang, f" Egenregi: {amount(own[a], lang)} → {amount(own[b], lang)}; privata köpare: {amount(private[a], lang)} → {amount(private[b], lang)}.",
                   f" Egenregi: {amount(own[a], lang)} → {amount(own[b], lang)}; private buyers: {amount(private[a], lang)} → {amount(private[b], lang)}.")
    return text


def _q1(project: Project, ev: Evaluation, lang: str) -> Answer:
    answer = Answer(1, QUESTIONS["en" if lang == "en" else "sv"][0], False)
    trend = _cost_trend(ev, lang)
    if trend:
        answer.paragraphs.append(trend)
    effects = ev.effects_of(EventKind.PRICING)
    if not effects:
        answer.conclusion = _t(lang, "Historiken kan inte besvara frågan: den innehåller ingen prisändring att jämföra före och efter.",
                               "The history cannot answer this: it holds no pricing change to compare before and after.")
        return answer
    answer.paragraphs += [effect_sentence(e, project, lang) for e in effects]
    estimated = [e for e in effects if e.estimate is not None]
    if not estimated:
        answer.conclusion = _t(lang, "Historiken kan inte besvara frågan med någon siffra (se ovan).", "The history cannot answer this with a figure (see above).")
        return answer
    answer.answered = True
    charged = [e for e in estimated if e.event.pricing_from is PricingModel.FRI_NYTTIGHET or e.event.pricing_to is not PricingModel.FRI_NYTTIGHET]
    down = [e for e in charged if e.estimate is not None and e.estimate.direction < 0]
    up = [e for e in charged if e.estimate is not None and e.estimate.direction > 0]
    if down and not up:
        answer.conclusion = _t(lang, "Ja: när köparna fick betala för tjänsterna minskade volymen jämfört med köpare som inte berördes. "
                               "Det talar för att köp och sälj gjort beställarna mer kostnadsmedvetna.",
                               "Yes: when buyers had to pay for the services, volume fell compared with buyers not touched. "
                               "That suggests buying and selling has made buyers more cost-aware.")
    elif up and not down:
        answer.conclusion = _t(lang, "Nej: volymen ökade mer hos de köpare som fick betala. Prissättningen har inte hållit tillbaka nyttjandet.",
                               "No: volume grew more among the buyers who had to pay. The pricing has not held back use.")
    else:
        answer.conclusion = _t(lang, "Historiken visar ingen säker skillnad: den kan varken bekräfta eller utesluta att prissättningen påverkat nyttjandet.",
                               "The history shows no certain difference: it can neither confirm nor rule out that the pricing affected use.")
    return answer


def _q2(project: Project, ev: Evaluation, lang: str) -> Answer:
    answer = Answer(2, QUESTIONS["en" if lang == "en" else "sv"][1], False)
    effects = ev.effects_of(EventKind.FEEDBACK)
    if not effects:
        answer.conclusion = _t(lang, "Historiken kan inte besvara frågan: tidslinjen har ingen start av konsultativ återkoppling.",
                               "The history cannot answer this: the time line has no start of consultative feedback.")
        return answer
    for e in effects:
        answer.paragraphs.append(effect_sentence(e, project, lang))
        (tb, ub), (ta, ua) = e.spread_before, e.spread_after
        if tb is not None and ta is not None:
            text = _t(lang, f"Spridningen mellan de berörda köparna (standardavvikelse i andel av medelvärdet) var {percent(tb, lang)} före och {percent(ta, lang)} efter",
                      f"The spread between the touched buyers (standard deviation as a share of the mean) was {percent(tb, lang)} before and {percent(ta, lang)} after")
            if ub is not None and ua is not None:
                text += _t(lang, f"; hos övriga köpare {percent(ub, lang)} och {percent(ua, lang)}.", f"; among the other buyers {percent(ub, lang)} and {percent(ua, lang)}.")
            else:
                text += "."
            answer.paragraphs.append(text)
    estimated = [e for e in effects if e.estimate is not None]
    if not estimated:
        answer.conclusion = _t(lang, "Historiken kan inte besvara frågan med någon siffra (se ovan).", "The history cannot answer this with a figure (see above).")
        return answer
    answer.answered = True
    down = [e for e in estimated if e.estimate is not None and e.estimate.direction < 0]
    narrowed = [e for e in estimated if None not in (e.spread_before[0], e.spread_after[0]) and e.spread_after[0] < e.spread_before[0]]  # type: ignore[operator]  # both spreads are checked not None in the same condition
    if down:
        answer.conclusion = _t(lang, "Ja: där leverantören gav konsultativ återkoppling minskade volymen jämfört med köpare utan återkoppling.",
                               "Yes: where the supplier gave consultative feedback, volume fell compared with buyers without it.")
    else:
        answer.conclusion = _t(lang, "Historiken visar ingen säker minskning av volymen där återkoppling gavs.",
                               "The history shows no certain fall in volume where feedback was given.")
    if narrowed:
        answer.conclusion += _t(lang, " Spridningen mellan de berörda köparna minskade efteråt.", " The spread between the touched buyers narrowed afterwards.")
    return answer


def _q3(project: Project, scenario: Scenario, ev: Evaluation, calibration: Calibration, lang: str) -> Answer:
    answer = Answer(3, QUESTIONS["en" if lang == "en" else "sv"][2], True)
    i = 1 if lang == "en" else 0
    estimated = [f for f in calibration.figures.values() if f.estimated]
    if estimated:
        parts = []
        for f in estimated:
            assert f.low is not None and f.high is not None
            parts.append(f"{FIELD_WORDS[f.field][i]} {signed_percent(f.value, lang)} ({_t(lang, '95 % intervall', '95% interval')} "
                         f"{signed_percent(f.low, lang)} {_t(lang, 'till', 'to')} {signed_percent(f.high, lang)})")
        answer.paragraphs.append(_t(lang, "Skattat ur historiken: ", "Estimated from the history: ") + "; ".join(parts) + ".")
    assumed = [f for f in calibration.figures.values() if not f.estimated and f.field != "response_per_item"]
    if assumed:
        answer.paragraphs.append(_t(lang, "Antaget (inte skattat): ", "Assumed (not estimated): ")
                                 + "; ".join(f"{FIELD_WORDS[f.field][i]} {signed_percent(f.value, lang)}" for f in assumed) + ".")
    if scenario.trade.flows:
        results = calibrated_results(scenario, calibration)
        costs = {m: results[m.value].production_cost_sek for m in PricingModel}
        listing = "; ".join(f"{MODEL_WORDS[m][i]} {amount(c, lang)}" for m, c in costs.items())
        answer.paragraphs.append(_t(
            lang,
            f"Med dessa responser blir produktionskostnaden per år för scenariots flöden {amount(results[AS_SET].production_cost_sek, lang)} "
            f"med nuvarande prissättning, och med hela handeln under en och samma modell: {listing}.",
            f"With these responses the yearly production cost of the scenario's flows is {amount(results[AS_SET].production_cost_sek, lang)} "
            f"under the current pricing, and with the whole trade under one model: {listing}."))
    shares = [(y, s) for y, s in ev.pna_share.items() if s is not None]
    if len(shares) >= 2:
        (y0, s0), (y1, s1) = shares[0], shares[-1]
        answer.paragraphs.append(_t(lang, f"PNA:s andel av de analyser PNA kan ersätta var {percent(s0, lang)} {y0} och {percent(s1, lang)} {y1}.",
                                    f"PNA's share of the analyses PNA can replace was {percent(s0, lang)} in {y0} and {percent(s1, lang)} in {y1}."))
    answer.paragraphs += [effect_sentence(e, project, lang) for e in ev.effects_of(EventKind.PNA)]
    proposals = []
    feedback = calibration.figures["feedback_effect"]
    if feedback.estimate is not None and feedback.estimate.direction < 0:
        proposals.append(_t(lang, "införa konsultativ återkoppling hos alla köpare", "introduce consultative feedback at every buyer"))
    free = calibration.figures["response_free"]
    if free.estimate is not None and free.estimate.direction != 0 and free.value > 0:
        proposals.append(_t(lang, "behålla ett pris per styck i stället för fria nyttigheter", "keep a price per item rather than free services"))
    if any(s is not None for _, s in shares):
        proposals.append(_t(lang, "låta PNA ingå i samma prismodell som laboratoriets analyser, så att valet mellan dem inte styrs av vem som betalar",
                            "bring PNA into the same pricing model as the lab's analyses, so the choice between them is not steered by who pays"))
    answer.proposals = proposals
    if proposals:
        answer.conclusion = _t(lang, "Historiken talar för att regionen bör ", "The history suggests that the region should ") + "; ".join(proposals) + "."
    else:
        answer.conclusion = _t(lang, "Historiken ger inget säkert stöd för en viss ändring av modellen; beräkningen ovan bygger då på antaganden.",
                               "The history gives no certain support for a particular change of the model; the figures above then rest on assumptions.")
    return answer


def report_json(report: TradeReport) -> dict[str, Any]:
    """JSON-ready: the envelope, the figures per year, every event's estimate, the answers (docs/trade-json.md)."""
    ev, lang = report.evaluation, report.lang

    def r(x: float | None, digits: int = 4) -> float | None:
        return None if x is None else round(x, digits)

    effects = []
    for e in ev.effects:
        item: dict[str, Any] = {
            "event": e.event.id, "kind": e.event.kind.value, "date": None if e.on is None else e.on.isoformat(),
            "title": event_title(e, report.project, lang), "touched": list(e.touched), "untouched": list(e.untouched),
            "years_before": list(e.years_before), "years_after": list(e.years_after),
        }
        if e.estimate is None:
            item["estimate"] = None
            item["cannot_answer"] = {"reason": e.unanswerable.value if e.unanswerable else None, "text": reason_text(e, lang)}
        else:
            est = e.estimate
            item["estimate"] = {"relative_change": r(est.relative), "low": r(est.relative_low), "high": r(est.relative_high),
                                "log_effect": r(est.log_effect, 6), "standard_error": r(est.se, 6),
                                "n_touched": est.n_treated, "n_untouched": est.n_control,
                                "claim": {-1: "decrease", 0: "none", 1: "increase"}[est.direction]}
        if e.event.kind is EventKind.FEEDBACK:
            item["spread"] = {"touched": {"before": r(e.spread_before[0]), "after": r(e.spread_after[0])},
                              "untouched": {"before": r(e.spread_before[1]), "after": r(e.spread_after[1])}}
        effects.append(item)
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "project": report.project.name,
        "scenario": {"id": report.scenario.id, "name": report.scenario.name},
        "note": ev.note,
        "years": ev.years,
        "method": report.method,
        "per_1000_listed": {
            group: {str(y): {"volume": r(rate.volume_per_1000, 2), "cost_sek": r(rate.cost_per_1000, 2), "buyers": rate.buyers}
                    for y, rate in years.items()}
            for group, years in ev.rates.items()
        },
        "cost_per_1000_by_kind": {kind: {str(y): round(v, 2) for y, v in years.items()} for kind, years in ev.kind_cost.items()},
        "per_buyer": [
            {"buyer": b, "name": info.name, "kind": None if info.kind is None else info.kind.value,
             "volume_per_1000": {g: {str(y): round(v, 2) for y, v in ys.items()} for g, ys in ev.buyer_rates.get(b, {}).items()},
             "cost_per_1000_sek": {g: {str(y): round(v, 2) for y, v in ys.items()} for g, ys in ev.buyer_costs.get(b, {}).items()}}
            for b, info in ev.buyers.items()
        ],
        "spread": {group: {str(y): r(v) for y, v in years.items()} for group, years in ev.spread.items()},
        "pna_share": {str(y): r(v) for y, v in ev.pna_share.items()},
        "events": effects,
        "what_if": {
            f.field: {"value": r(f.value), "assumed": r(f.assumed), "source": "estimated" if f.estimated else "assumed",
                      "low": r(f.low), "high": r(f.high), "events": list(f.events)}
            for f in report.calibration.figures.values()
        },
        "answers": [{"question": a.number, "text": a.question, "answered": a.answered, "findings": a.paragraphs,
                     "conclusion": a.conclusion} for a in report.answers],
        "limits": limits(report),
    }


def limits(report: TradeReport) -> list[str]:
    """What the reader must know about the figures (missing listed patients, prices from the list)."""
    ev, lang = report.evaluation, report.lang
    out = []
    if ev.note:
        out.append(ev.note)
    if ev.buyers_without_listed:
        names = ", ".join(ev.buyers[b].name for b in ev.buyers_without_listed[:5])
        out.append(_t(lang, f"{len(ev.buyers_without_listed)} köpare saknar listade patienter och räknas inte per 1 000 listade ({names}).",
                      f"{len(ev.buyers_without_listed)} buyers have no listed patients and are not counted per 1,000 listed ({names})."))
    if ev.listed_from_units:
        names = ", ".join(ev.buyers[b].name for b in ev.listed_from_units[:5])
        out.append(_t(lang, f"För {len(ev.listed_from_units)} köpare saknar historiken listade patienter; enhetens nuvarande antal används för alla år ({names}).",
                      f"For {len(ev.listed_from_units)} buyers the history has no listed patients; the unit's current number is used for every year ({names})."))
    if ev.priced_from_list:
        out.append(_t(lang, "Där historiken saknar pris räknas kostnaden med scenariots nuvarande prislista.",
                      "Where the history has no price, cost is counted with the scenario's current price list."))
    return out


def render_text(report: TradeReport) -> str:
    lang = report.lang
    ev = report.evaluation
    lines = [f"{report.project.name} — {report.scenario.name}"]
    if ev.empty:
        lines.append(_t(lang, "Projektet har ingen volymhistorik: importera en (orgdesigner import-history) för att utvärdera internhandeln.",
                        "The project has no volume history: import one (orgdesigner import-history) to evaluate the internal trade."))
        return "\n".join(lines)
    lines.append(_t(lang, f"Volymhistorik {ev.years[0]}–{ev.years[-1]}, {len(ev.buyers)} köpare, {len(ev.services)} tjänster.",
                    f"Volume history {ev.years[0]}–{ev.years[-1]}, {len(ev.buyers)} buyers, {len(ev.services)} services."))
    lines += limits(report)
    lines.append("")
    head = _t(lang, "Per 1 000 listade patienter", "Per 1,000 listed patients")
    lines.append(f"{head}:")
    i = 1 if lang == "en" else 0
    for group, years in ev.rates.items():
        shown = [f"{y}: {number(rate.volume_per_1000, lang, 0)}" for y, rate in years.items() if rate.volume_per_1000 is not None]
        if shown:
            lines.append(f"  {GROUP_WORDS.get(group, (group, group))[i]}: " + ", ".join(shown))
    lines.append("")
    for a in report.answers:
        lines.append(f"{a.number}. {a.question}")
        lines += [f"   {p}" for p in a.paragraphs]
        lines.append(f"   → {a.conclusion}")
        lines.append("")
    lines.append(report.method)
    return "\n".join(lines)
