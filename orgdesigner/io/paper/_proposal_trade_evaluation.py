"""The paper's Internhandel bilaga, first part: the evaluation of the volume history — the three
questions of the evaluation answered in order, with vector charts — and the decision point the
förslag till beslut can carry (återredovisning to the board). Its own module: the rest of the
paper is built in `_proposal_sections`."""

from __future__ import annotations

from orgdesigner.io.paper.proposal_content import (
    Block,
    FigureBlock,
    Paragraph,
    SubHeading,
    TableBlock,
)
from orgdesigner.io.paper.svg_charts import Series, interval_chart, line_chart
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.numbers import number
from orgdesigner.io.words.trade_evaluation import TradeReport, build_report, signed_percent
from orgdesigner.model.entities import Project, Scenario

GROUP_COLOURS = {"lab": "#4e79a7", "radiology": "#f28e2b", "pna": "#59a14f", "other": "#9c755f"}
KIND_COLOURS = {"own": "#4e79a7", "private": "#e15759"}
EVENT_COLOURS = {"pricing": "#b07aa1", "feedback": "#76b7b2", "pna": "#59a14f"}


def evaluation_blocks(project: Project, scenario: Scenario, lang: str) -> list[Block]:
    """The evaluation for the paper; nothing when the project has no volume history."""
    report = build_report(project, scenario, lang)
    if report.evaluation.empty:
        return []
    ev = report.evaluation
    blocks: list[Block] = [
        SubHeading(_t(lang, "Utvärdering av internhandeln", "Evaluation of the internal trade")),
        Paragraph(_t(lang, f"Volymhistorik {ev.years[0]}–{ev.years[-1]} för {len(ev.buyers)} köpare och {len(ev.services)} tjänster. "
                           "Frågorna besvaras i den ordning uppdraget ställer dem.",
                     f"Volume history {ev.years[0]}–{ev.years[-1]} for {len(ev.buyers)} buyers and {len(ev.services)} services. "
                     "The questions are answered in the order the assignment asks them.")),
    ]
    blocks += [Paragraph(text, italic=True) for text in _limits(report)]
    figures = _figures(report)
    for answer in report.answers:
        blocks.append(SubHeading(f"{answer.number}. {answer.question}"))
        blocks += [Paragraph(p) for p in answer.paragraphs]
        blocks += figures.get(answer.number, [])
        blocks.append(Paragraph(answer.conclusion))
    blocks.append(Paragraph(report.method, italic=True))
    return blocks


def _limits(report: TradeReport) -> list[str]:
    from orgdesigner.io.words.trade_evaluation import limits

    return limits(report)


def _events(report: TradeReport) -> list[tuple[float, str, str]]:
    lang = report.lang
    words = {"pricing": _t(lang, "prisändring", "pricing change"), "feedback": _t(lang, "återkoppling", "feedback"),
             "pna": _t(lang, "PNA införs", "PNA introduced")}
    out = []
    for e in report.evaluation.effects:
        if e.on is not None:
            x = e.on.year + (e.on.timetuple().tm_yday - 1) / 365.0 - 0.5
            out.append((x, EVENT_COLOURS[e.event.kind.value], f"{words[e.event.kind.value]} {e.on.year}"))
    return out


def _figures(report: TradeReport) -> dict[int, list[Block]]:
    """Question → its charts: cost per 1,000 listed (1), the events' changes and the spread (2),
    volume per group and the PNA share (3)."""
    ev, lang = report.evaluation, report.lang
    years = ev.years
    events = _events(report)
    words = {"lab": "Lab", "radiology": _t(lang, "Radiologi", "Radiology"), "pna": "PNA", "other": _t(lang, "Övrigt", "Other"),
             "own": "Egenregi", "private": _t(lang, "Privata köpare", "Private buyers")}
    out: dict[int, list[Block]] = {1: [], 2: [], 3: []}
    cost = [Series(words[k], KIND_COLOURS[k], [(float(y), v) for y, v in costs.items()]) for k, costs in ev.kind_cost.items()]
    if cost:
        title = _t(lang, "Kostnad per 1 000 listade patienter (kr)", "Cost per 1,000 listed patients (SEK)")
        out[1].append(_figure(line_chart(title, cost, years, events, lang), title, cost, years, lang))
    rows = [(_row_label(e, lang), e.estimate.relative * 100, e.estimate.relative_low * 100, e.estimate.relative_high * 100,
             EVENT_COLOURS[e.event.kind.value]) for e in ev.effects if e.estimate is not None]
    if rows:
        title = _t(lang, "Förändring kring varje händelse jämfört med köpare utan den (%, 95 % intervall)",
                   "Change around each event against buyers without it (%, 95% interval)")
        table = TableBlock([_t(lang, "Händelse", "Event"), _t(lang, "Förändring", "Change"), _t(lang, "95 % intervall", "95% interval")],
                           [[r[0], signed_percent(r[1] / 100, lang), f"{signed_percent(r[2] / 100, lang)} … {signed_percent(r[3] / 100, lang)}"]
                            for r in rows])
        out[2].append(FigureBlock(interval_chart(title, rows, lang), title, table))
    spread = [Series("Lab", GROUP_COLOURS["lab"], [(float(y), v * 100) for y, v in ev.spread.get("lab", {}).items() if v is not None])]
    if spread[0].points:
        title = _t(lang, "Spridning mellan köpare, lab per 1 000 listade (%)", "Spread between buyers, lab per 1,000 listed (%)")
        out[2].append(_figure(line_chart(title, spread, years, events, lang), title, spread, years, lang))
    volume = [Series(words.get(g, g), GROUP_COLOURS.get(g, "#888"),
                     [(float(y), r.volume_per_1000) for y, r in rates.items() if r.volume_per_1000 is not None and r.volume > 0])
              for g, rates in ev.rates.items() if g != "all"]
    volume = [s for s in volume if s.points]
    if volume:
        title = _t(lang, "Volym per 1 000 listade patienter och år", "Volume per 1,000 listed patients per year")
        out[3].append(_figure(line_chart(title, volume, years, events, lang), title, volume, years, lang))
    pna = [Series("PNA", GROUP_COLOURS["pna"], [(float(y), v * 100) for y, v in ev.pna_share.items() if v is not None])]
    if pna[0].points:
        title = _t(lang, "PNA:s andel av de analyser PNA kan ersätta (%)", "PNA's share of the analyses PNA can replace (%)")
        out[3].append(_figure(line_chart(title, pna, years, events, lang), title, pna, years, lang))
    return out


def _row_label(e: object, lang: str) -> str:
    from orgdesigner.analysis.trade_history import EventEffect

    assert isinstance(e, EventEffect)
    words = {"pricing": _t(lang, "Prisändring", "Pricing change"), "feedback": _t(lang, "Återkoppling", "Feedback"),
             "pna": _t(lang, "PNA införs", "PNA introduced")}
    return f"{words[e.event.kind.value]} {e.on.year}" if e.on else words[e.event.kind.value]


def _figure(svg: str, title: str, series: list[Series], years: list[int], lang: str) -> FigureBlock:
    """The chart, and its figures as a table for renderers without vector images."""
    columns = [_t(lang, "År", "Year"), *(s.label for s in series)]
    rows = []
    for y in years:
        row = [str(y)]
        for s in series:
            value = dict(s.points).get(float(y))
            row.append("" if value is None else number(value, lang, 0))
        rows.append(row)
    return FigureBlock(svg, title, TableBlock(columns, rows))


def decision_point(project: Project, scenario: Scenario, lang: str = "sv") -> tuple[str, list[str]] | None:
    """A point for the förslag till beslut carrying the evaluation's conclusion (återredovisning to
    the board) with what the history suggests as sub-points, or None without a history."""
    report = build_report(project, scenario, lang)
    if report.evaluation.empty:
        return None
    board = project.case.decision_body or _t(lang, "Regionstyrelsen", "The regional board")
    head = _t(lang, f"{board} tar emot utvärderingen av internhandeln med medicinska servicetjänster som återredovisning",
              f"{board} receives the evaluation of the internal trade in medical services as the report back")
    proposals = report.answers[2].proposals
    if not proposals:
        return head + ".", []
    return head + _t(lang, "; regiondirektören får i uppdrag att:", "; the regional director is commissioned to:"), proposals
