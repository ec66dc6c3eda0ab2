"""The blocks of each section of the decision paper; one function per section id (no Qt)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from orgdesigner.analysis.texts import join
from orgdesigner.io.paper import _proposal_omvarld
from orgdesigner.io.paper.proposal_content import (
    ATTACHMENTS,
    Block,
    BulletList,
    ChartBlock,
    NumberedList,
    Paragraph,
    ProposalContent,
    SubHeading,
    TableBlock,
    deciding_body,
    heading,
    matrix_rows,
    own_words,
    role_headings,
    section_ids,
)
from orgdesigner.io.words import wording as W

if TYPE_CHECKING:
    from orgdesigner.analysis.compare import UnitDiff
    from orgdesigner.analysis.findings import Finding
    from orgdesigner.model.entities import Scenario

from orgdesigner.io.exchange.tables import PRICING_WORDS, SEVERITY_WORDS, metric_label
from orgdesigner.io.words.numbers import number, points


def _t(c: ProposalContent, sv: str, en: str) -> str:
    return en if c.lang == "en" else sv


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _number(value: object, lang: str = "sv") -> str:
    """Swedish: 1 234,56 (space-grouped, decimal comma); English: 1,234.56."""
    if isinstance(value, int | float):
        return number(value, lang)
    return "" if value is None else str(value)


def _signed(change: float, lang: str) -> str:
    """+5, −11, +0,21 (Swedish decimals); large amounts in whole units."""
    if isinstance(change, float) and (change.is_integer() or abs(change) >= 100):
        change = round(change)
    if isinstance(change, float):
        change = round(change, 2)
    if not change:
        return "±0"
    text = _number(abs(change), lang)
    return ("−" if change < 0 else "+") + text


def _count(n: int, one: str, many: str, lang: str = "sv", neuter: bool = False) -> str:
    """Running text's count: up to twelve in words ("nio varningar", "inga varningar", "ett
    ställe" for a Swedish neuter noun, "one place"), then digits ("13 varningar")."""
    if n == 1 and neuter and lang != "en":
        return f"ett {one}"
    return f"{few(n, lang)} {one if n == 1 else many}"


def _pct(value: float, lang: str) -> str:
    return W.share(round(value, 2), lang)


def _metric(c: ProposalContent, key: str, which: int) -> float:
    """A flat metric of the base (0) or the scenario (1) from the comparison."""
    assert c.comparison is not None
    for k, before, after in c.comparison.metrics:
        if k == key:
            return float(after if which else before)
    return 0.0


_FEW_SV = ("inga", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
_FEW_EN = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def few(n: int, lang: str) -> str:
    """Numbers up to twelve in words, as running text writes them ("elva", "13")."""
    words = _FEW_EN if lang == "en" else _FEW_SV
    return words[n] if 0 <= n < len(words) else number(n, lang)


def shortcomings(n: int, lang: str) -> str:
    """"en brist", "elva brister", "inga brister" (the analysis's errors, as a paper calls them)."""
    if lang == "en":
        return f"{few(n, lang)} {'shortcoming' if n == 1 else 'shortcomings'}"
    return f"{few(n, lang)} {'brist' if n == 1 else 'brister'}"


def clear_share(value: float, lang: str) -> str:
    """The responsibilities with one clear owner: "samtliga ansvarsområden" at 100 %, else
    "62 % av ansvarsområdena"."""
    if round(value, 4) >= 1:
        return "all responsibilities" if lang == "en" else "samtliga ansvarsområden"
    return f"{_pct(value, lang)} of the responsibilities" if lang == "en" else f"{_pct(value, lang)} av ansvarsområdena"


def summary(c: ProposalContent, _: str) -> list[Block]:
    s, lang = c.scenario, c.lang
    if c.comparison is None:  # a nulägesbeskrivning: the state it describes, not a proposal
        blocks: list[Block] = [Paragraph(p) for p in _paragraphs(s.paper.summary)]
        m = c.metrics
        errors = m.findings_by_severity.get("error", 0)
        when = _t(c, f" den {W.day(s.effective_date, 'sv')}", f" on {W.day(s.effective_date, 'en')}") if s.effective_date else ""
        blocks.append(Paragraph(_t(
            c,
            f"Beskrivningen avser organisationen{when}: {clear_share(m.clarity_index, lang)} "
            f"(utveckling, beställning och utförande per funktion) har en tydlig ansvarig, "
            f"och genomgången av ansvarsfördelningen visar {shortcomings(errors, lang)}.",
            f"The description is of the organisation{when}: {clear_share(m.clarity_index, lang)} "
            f"(development, ordering and delivery per function) have one clear owner, and the "
            f"review of the responsibilities shows {shortcomings(errors, lang)}.",
        )))
        return blocks
    own = own_words(s, c.comparison.base)[1]
    blocks = [Paragraph(p) for p in _paragraphs(own or c.project.case.summary)]
    text = _t(c, f"Förslaget gäller från och med den {W.day(s.effective_date, 'sv')}.",
              f"The proposal applies from {W.day(s.effective_date, 'en')}.") if s.effective_date else ""
    after, before = _metric(c, "clarity_index", 1), _metric(c, "clarity_index", 0)
    errors_after, errors_before = int(_metric(c, "findings.error", 1)), int(_metric(c, "findings.error", 0))
    same_share = _pct(after, lang) == _pct(before, lang)
    share_sv = "lika många som i dag" if same_share else f"mot {_pct(before, lang)} i dag"
    share_en = "as many as today" if same_share else f"against {_pct(before, lang)} today"
    errors_sv = "lika många som i dag" if errors_after == errors_before else f"mot {few(errors_before, lang)} i dag"
    errors_en = "as many as today" if errors_after == errors_before else f"against {few(errors_before, lang)} today"
    text += _t(
        c,
        f" Med förslaget har {clear_share(after, lang)} (utveckling, beställning och utförande "
        f"per funktion) en tydlig ansvarig, {share_sv}. Genomgången av ansvarsfördelningen "
        f"visar {shortcomings(errors_after, lang)} i förslaget, {errors_sv}.",
        f" With the proposal {clear_share(after, lang)} (development, ordering and delivery "
        f"per function) have one clear owner, {share_en}. The review of the responsibilities "
        f"shows {shortcomings(errors_after, lang)} in the proposal, {errors_en}.",
    )
    blocks.append(Paragraph(text.strip()))
    return blocks


def case(c: ProposalContent, _: str) -> list[Block]:
    s = c.scenario
    background = _paragraphs(c.project.case.background)
    if not background:
        background = _paragraphs(c.project.description)
    blocks: list[Block] = [Paragraph(p) for p in background]
    blocks += [Paragraph(p) for p in _paragraphs(s.description)]
    shown = set(c.unit_ids)  # built once: per role it made a 10k-unit export quadratic (minutes)
    roles = sum(1 for k in s.assignments if k.unit_id in shown)
    what = _t(c, "Förslaget", "The proposal") if c.comparison is not None else _t(c, "Organisationen", "The organisation")
    blocks.append(Paragraph(_t(
        c,
        f"{what} omfattar {len(c.unit_ids)} enheter. Bilaga 2 visar vem som ansvarar för utveckling, "
        f"beställning och utförande av var och en av de {len(c.project.functions)} funktionerna"
        + (" (" + number(roles, "sv") + " uppdrag)." if roles else "."),
        f"{what} covers {len(c.unit_ids)} units. Attachment 2 shows who is responsible for development, "
        f"ordering and delivery of each of the {len(c.project.functions)} functions"
        + (" (" + number(roles, "en") + " assignments)." if roles else "."),
    )))
    return blocks


def chart(c: ProposalContent, _: str) -> list[Block]:
    root = c.scenario.units[c.unit_ids[0]].name if c.unit_ids else ""
    whole = len(c.unit_ids) == len(c.scenario.units)
    caption = (_t(c, "Organisationen i förslaget", "The organisation in the proposal") if c.comparison is not None
               else _t(c, "Organisationen i dag", "The organisation today"))
    if not whole:
        caption += _t(c, f", från {root} och nedåt", f", from {root} down")
    return [ChartBlock(list(c.unit_ids), caption + ".")]


def matrix(c: ProposalContent, _: str) -> list[Block]:
    rows, total = matrix_rows(c)
    if not rows:
        return [Paragraph(_t(c, "Inga roller är tilldelade.", "No roles are assigned."), italic=True)]
    blocks: list[Block] = [
        Paragraph(_t(
            c,
            "Vem som är ansvarig, utför, rådfrågas och informeras för varje funktion och ansvar "
            "(utveckling, beställning, utförande).",
            "Who is accountable, performs, is consulted and informed for each function and "
            "responsibility (development, ordering, delivery).",
        )),
        TableBlock([_t(c, "Funktion", "Function"), _t(c, "Ansvar", "Responsibility"), *role_headings(c.lang)],
                   rows),
    ]
    if total > len(rows):
        blocks.append(Paragraph(_t(
            c, f"Visar {len(rows)} av {total} rader; hela matrisen finns i XLSX-exporten.",
            f"Showing {len(rows)} of {total} rows; the full matrix is in the XLSX export."), italic=True))
    return blocks


#: severity -> (Swedish one, Swedish many, English one, English many), as a paper counts them
_SEVERITY_COUNTED = {
    "error": ("brist", "brister", "shortcoming", "shortcomings"),
    "warning": ("varning", "varningar", "warning", "warnings"),
    "info": ("upplysning", "upplysningar", "note", "notes"),
}


def _severity(c: ProposalContent, severity: object, n: int = 1) -> str:
    """The severity as the paper names it; with `n`, counted ("13 varningar")."""
    key = str(severity)
    if key not in _SEVERITY_COUNTED:
        sv, en = SEVERITY_WORDS.get(key, (key, key))
        return _t(c, sv, en)
    one_sv, many_sv, one_en, many_en = _SEVERITY_COUNTED[key]
    return _t(c, one_sv if n == 1 else many_sv, one_en if n == 1 else many_en)


def findings(c: ProposalContent, _: str) -> list[Block]:
    from orgdesigner.analysis.findings import RULES

    if not c.findings:
        return [Paragraph(_t(c, "Analysen hittade inget oklart ansvar.", "The analysis found no unclear responsibility."))]
    counts: defaultdict[str, int] = defaultdict(int)
    for f in c.findings:
        counts[str(f.severity)] += 1
    summary = join([f"{n} {_severity(c, s, n)}" for s, n in counts.items()], c.lang)
    blocks: list[Block] = [Paragraph(_t(c, f"Genomgången av ansvarsfördelningen ger {len(c.findings)} iakttagelser: {summary}.",
                                        f"The review of the responsibilities gives {len(c.findings)} observations: {summary}."))]
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for f in c.findings:
        by_rule[f.rule].append(f)
    for rule_id, group in by_rule.items():
        rule = RULES.get(rule_id)
        blocks.append(SubHeading(f"{rule.title(c.lang) if rule else rule_id} ({_severity(c, group[0].severity)})"))
        items = []
        for f in group:
            text = f.message(c.lang)
            if f.acknowledged:
                text += _t(c, f" Avvägning: {f.acknowledged}", f" Trade-off: {f.acknowledged}")
            items.append(text)
        blocks.append(BulletList(items))
        if rule:
            blocks += [Paragraph(p, italic=True) for p in _paragraphs(rule.why(c.lang))]  # how to fix it is for the planner
    return blocks


def _label(key: str, lang: str) -> str:
    """A measure as a table's row heads it: "Tydlighetsindex", "Fynd: upplysning"."""
    text = metric_label(key, lang)
    return text[:1].upper() + text[1:]


def comparison(c: ProposalContent, _: str) -> list[Block]:
    comp = c.comparison
    if comp is None:
        return [Paragraph(_t(c, "Scenariot är självt nuläget; det finns inget att jämföra med.",
                             "The scenario is the current state itself; there is nothing to compare with."))]
    blocks: list[Block] = [Paragraph(_t(c, f"Scenariot {comp.scenario.name} jämfört med {comp.base.name}.",
                                 f"Scenario {comp.scenario.name} compared with {comp.base.name}."))]
    rows = []
    for key, before, after in comp.metrics:
        if before == after and not key.startswith(("units", "clarity", "findings", "layers")):
            continue  # unchanged detail rows would drown the ones that matter
        numeric = isinstance(before, int | float) and isinstance(after, int | float)
        if numeric and key.endswith("_sek"):  # whole kronor, as a budget reads
            before, after = round(before), round(after)
        if numeric and key == "clarity_index":  # a share of the pairs, as the text says it
            rows.append([_label(key, c.lang), _pct(before, c.lang), _pct(after, c.lang), points(after - before, c.lang)])
            continue
        rows.append([_label(key, c.lang), _number(before, c.lang), _number(after, c.lang),
                     _signed(after - before, c.lang) if numeric else ""])
    blocks.append(TableBlock([_t(c, "Mått", "Metric"), comp.base.name, comp.scenario.name, _t(c, "Förändring", "Change")],
                             rows, [5, 2, 2, 2]))
    from orgdesigner.io.paper.plan_steps import board_steps

    grouped = [s.text for s in board_steps(c.project, c.scenario, comp.base, c.lang) if s.key not in {"mbl", "info"}]
    if grouped:  # repeated changes grouped as the genomförandeplan groups them
        blocks.append(SubHeading(_t(c, "Skillnader", "Differences")))
        blocks.append(BulletList(grouped))
    blocks.append(SubHeading(_t(c, "Lösta fynd", "Resolved findings")))
    blocks.append(BulletList([f.message(c.lang) for f in comp.resolved]) if comp.resolved
                  else Paragraph(_t(c, "Inga.", "There are none."), italic=True))
    blocks.append(SubHeading(_t(c, "Nya fynd", "New findings")))
    blocks.append(BulletList([f.message(c.lang) for f in comp.introduced]) if comp.introduced
                  else Paragraph(_t(c, "Inga.", "There are none."), italic=True))
    return blocks


def trade(c: ProposalContent, _: str) -> list[Block]:
    from orgdesigner.io.paper._proposal_trade_evaluation import evaluation_blocks

    evaluation = evaluation_blocks(c.project, c.scenario, c.lang)  # the three questions, when there is a history
    summary = c.trade
    if not summary.get("services"):
        return [*evaluation, Paragraph(_t(c, "Scenariot har ingen internhandel.", "The scenario has no internal trade."))]
    if evaluation:
        evaluation.append(SubHeading(_t(c, "Beräkning per prismodell", "Calculation per pricing model")))
    blocks: list[Block] = [*evaluation, Paragraph(_t(
        c, f"{summary['services']} tjänster och {summary['flows']} flöden av köp och sälj. "
        "Kostnad per år i kronor under varje prismodell (antaganden, inte utfall):",
        f"{summary['services']} services and {summary['flows']} flows of buying and selling. "
        "Cost per year in SEK under each pricing model (assumptions, not outcomes):"))]
    rows = []
    for model, totals in summary["models"].items():
        name = _t(c, "Nuvarande priser", "Current prices") if model == "as_set" else \
            (PRICING_WORDS[model][1] if c.lang == "en" else PRICING_WORDS[model][0]) if model in PRICING_WORDS else model
        rows.append([name] + [_number(round(totals[k]), c.lang) for k in
                              ("volume", "production_cost_sek", "charged_sek", "central_funding_sek", "net_cost_sek")])
    blocks.append(TableBlock([_t(c, "Prismodell", "Pricing model"), _t(c, "Volym", "Volume"),
                              _t(c, "Produktionskostnad", "Production cost"), _t(c, "Debiterat", "Charged"),
                              _t(c, "Central finansiering", "Central funding"), _t(c, "Regionens nettokostnad", "Region's net cost")],
                             rows, [2.6, 1.8, 2.6, 2.4, 2.4, 2.6]))
    note = summary.get("assumptions", {}).get("note")
    if note:
        blocks.append(Paragraph(note, italic=True))
    return blocks


PLAN_STEPS_MAX = 400  # a paper is not a spreadsheet: a longer plan points to its XLSX export


def plan(c: ProposalContent, _: str) -> list[Block]:
    """The genomförandeplan: the change grouped into steps a board recognises, from the current
    state to the proposal, with phase, date and owner; every single edit only in a table after it."""
    from orgdesigner.analysis.change_list import change_list
    from orgdesigner.io.paper.change_plan import kind_words, paper_steps, step_text
    from orgdesigner.io.paper.plan_steps import board_steps, when_text

    comp = c.comparison
    assert comp is not None  # a nulägesbeskrivning has no plan (section_ids)
    steps = board_steps(c.project, c.scenario, comp.base, c.lang)
    if not steps:
        return [Paragraph(_t(c, "Förslaget ändrar ingenting jämfört med i dag.", "The proposal changes nothing compared with today."))]
    blocks: list[Block] = [Paragraph(_t(
        c, f"Förslaget genomförs i {len(steps)} steg, från dagens organisation till den föreslagna.",
        f"The proposal is carried out in {len(steps)} steps, from today's organisation to the proposed one."))]
    blocks.append(TableBlock(
        [_t(c, "Steg", "Step"), _t(c, "Åtgärd", "Action"), _t(c, "Fas", "Phase"), _t(c, "Datum", "Date"),
         _t(c, "Ansvarig", "Owner")],
        [[str(i), s.text, s.phase, when_text(s, c.lang), s.owner or "–"] for i, s in enumerate(steps, 1)],
        [0.6, 6.0, 1.8, 1.6, 1.8]))
    edits = paper_steps(change_list(c.project, c.scenario.id, comp.base.id))
    shown = edits[:PLAN_STEPS_MAX]
    blocks.append(SubHeading(_t(c, "Förteckning över samtliga ändringar", "Every change, one by one")))
    blocks.append(TableBlock(
        [_t(c, "Nr", "No."), _t(c, "Åtgärd", "Action"), _t(c, "Beskrivning", "Description")],
        [[str(i), kind_words(e.kind, c.lang), step_text(c.project, c.scenario.id, comp.base.id, e, c.lang)]
         for i, e in enumerate(shown, 1)], [0.6, 2.0, 7.0]))
    if len(edits) > len(shown):
        blocks.append(Paragraph(_t(
            c, f"Visar {len(shown)} av {len(edits)} ändringar; hela förteckningen kan exporteras till Excel från panelen Genomförandeplan.",
            f"Showing {len(shown)} of {len(edits)} changes; the whole list can be exported to Excel from the Genomförandeplan panel."), italic=True))
    else:  # a paper does not end in a table: Word wants a paragraph after it
        blocks.append(Paragraph(_t(c, f"Förteckningen har {len(edits)} ändringar, grupperade i stegen ovan.",
                                   f"The list has {len(edits)} changes, grouped in the steps above."), italic=True))
    return blocks


def decision(c: ProposalContent, text: str) -> list[Block]:
    from orgdesigner.io.paper.decision_draft import parse_points

    points = parse_points(text)
    if not points:
        return []  # no placeholder: check_decision stops a proposal's export before it is written
    say = _draft_in_english(c) if c.lang == "en" else {}

    def own(line: str) -> str:
        return say.get(" ".join(line.casefold().split()), line)

    return [Paragraph(_lead_in(c)), NumberedList([(own(p.text), [own(s) for s in p.sub]) for p in points])]


def _lead_in(c: ProposalContent) -> str:
    """"Regionstyrelsen föreslår regionfullmäktige besluta" when another body decides, else
    "Regionstyrelsen föreslås besluta": the paper goes to the case's body either way."""
    to = c.project.case.decision_body or _t(c, "Regionstyrelsen", "The regional board")
    decides = deciding_body(c.project, c.scenario) or to
    if decides.casefold() == to.casefold():
        return _t(c, f"{to} föreslås besluta", f"{to} is proposed to decide")
    return _t(c, f"{to} föreslår {_lower_first(decides)} besluta", f"{to} proposes that {_lower_first(decides)} decide")


def _lower_first(name: str) -> str:
    """"Regionfullmäktige" inside a sentence is "regionfullmäktige" (a body's name is no proper noun)."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _draft_in_english(c: ProposalContent) -> dict[str, str]:
    """The Swedish draft points (as the dialog stored them) -> the same points in English, so an
    English paper does not print generated Swedish; what the planner typed stays as typed."""
    from orgdesigner.io.paper.decision_draft import draft_points

    if c.comparison is None:
        return {}
    base, scenario = c.comparison.base, c.scenario
    sv, en = draft_points(c.project, base, scenario, "sv"), draft_points(c.project, base, scenario, "en")
    out: dict[str, str] = {}
    for sv_point, en_point in zip(sv, en, strict=True):
        out[" ".join(sv_point.text.casefold().split())] = en_point.text
        for sv_sub, en_sub in zip(sv_point.sub, en_point.sub, strict=True):
            out[" ".join(sv_sub.casefold().split())] = en_sub
    return out


def _by_rule(c: ProposalContent, findings: list[Finding]) -> list[str]:
    """One sentence per rule: its title, the first finding's message, how many more."""
    from orgdesigner.analysis.findings import RULES, SEVERITY_RANK

    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.rule].append(f)
    order = sorted(groups, key=lambda r: (min(SEVERITY_RANK[f.severity] for f in groups[r]), -len(groups[r]), r))
    out = []
    for rule_id in order:
        group = groups[rule_id]
        rule = RULES.get(rule_id)
        title = rule.title(c.lang) if rule else rule_id
        more = len(group) - 1
        extra = _t(c, f" Samma sak gäller på ytterligare {_count(more, 'ställe', 'ställen', neuter=True)}.",
                   f" The same holds in {_count(more, 'place', 'places', 'en')} more.") if more else ""
        out.append(f"{title}: {group[0].message(c.lang)}{extra}")
    return out


def analysis(c: ProposalContent, _: str) -> list[Block]:
    m, lang = c.metrics, c.lang
    blocks: list[Block] = []
    comp = c.comparison
    if comp is not None:
        base_errors, base_warnings = int(_metric(c, "findings.error", 0)), int(_metric(c, "findings.warning", 0))
        blocks.append(Paragraph(_t(
            c,
            f"I dag har {clear_share(_metric(c, 'clarity_index', 0), lang)} (utveckling, beställning och "
            f"utförande per funktion) en tydlig ansvarig; genomgången av ansvarsfördelningen visar "
            f"{shortcomings(base_errors, lang)} och {_count(base_warnings, 'varning', 'varningar')}.",
            f"Today {clear_share(_metric(c, 'clarity_index', 0), lang)} (development, ordering and "
            f"delivery per function) have one clear owner; the review of the responsibilities shows "
            f"{shortcomings(base_errors, lang)} and {_count(base_warnings, 'warning', 'warnings', 'en')}.",
        )))
        blocks.append(SubHeading(_t(c, "Det förslaget gör tydligt", "What the proposal makes clear")))
        blocks.append(BulletList(_by_rule(c, comp.resolved)) if comp.resolved
                      else Paragraph(_t(c, "Förslaget löser inga av dagens fynd.", "The proposal resolves none of today's findings.")))
        if comp.introduced:
            blocks.append(SubHeading(_t(c, "Det förslaget gör otydligare", "What the proposal makes less clear")))
            blocks.append(BulletList(_by_rule(c, comp.introduced)))
    errors = m.findings_by_severity.get("error", 0)
    warnings = m.findings_by_severity.get("warning", 0)
    where = _t(c, "I förslaget", "In the proposal") if comp is not None else _t(c, "I dag", "Today")
    blocks.append(SubHeading(_t(c, "Det som fortfarande är oklart", "What stays unclear") if comp is not None
                             else _t(c, "Det som är oklart", "What is unclear")))
    blocks.append(Paragraph(_t(
        c,
        f"{where} har {clear_share(m.clarity_index, lang)} en tydlig ansvarig; genomgången visar "
        f"{shortcomings(errors, lang)} och {_count(warnings, 'varning', 'varningar')}.",
        f"{where} {clear_share(m.clarity_index, lang)} have one clear owner; the review shows "
        f"{shortcomings(errors, lang)} and {_count(warnings, 'warning', 'warnings', 'en')}.",
    )))
    remaining = [f for f in c.findings if str(f.severity) != "info"] or list(c.findings)
    if remaining:
        blocks.append(BulletList(_by_rule(c, remaining)))
    weighed = [f for f in c.findings if f.acknowledged and str(f.severity) != "info"]
    if weighed and comp is not None:
        blocks.append(SubHeading(_t(c, "Risker och avvägningar", "Risks and trade-offs")))
        blocks.append(Paragraph(_t(c, "Förslaget behåller följande medvetet, av de skäl som anges:",
                                   "The proposal keeps the following on purpose, for the reasons given:")))
        blocks.append(BulletList([f"{f.message(c.lang)} {_sentence(str(f.acknowledged))}" for f in weighed]))
    blocks.append(Paragraph(_t(c, "Samtliga iakttagelser med förklaringar finns i bilaga 3.", "Every observation with its explanation is in attachment 3."), italic=True))
    return blocks


def _management_change(delta: int, lang: str) -> str:
    """"Kostnaden för ledningen ökar därmed med 10 400 000 kr per år" (not "ändras med +…")."""
    if not delta:
        return "The cost of management thus stays the same." if lang == "en" else "Kostnaden för ledningen är därmed oförändrad."
    if lang == "en":
        return f"The cost of management thus {'rises' if delta > 0 else 'falls'} by {W.amount(abs(delta), 'en')} a year."
    return f"Kostnaden för ledningen {'ökar' if delta > 0 else 'minskar'} därmed med {W.amount(abs(delta), 'sv')} per år."


def _sentence(text: str) -> str:
    """The planner's comment as a sentence: capital first, full stop last."""
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _sum(values: list[float | int | None]) -> float:
    return float(sum(v for v in values if v is not None))


#: rules whose findings bear on LOV (lag 2008:962 om valfrihetssystem) and konkurrensneutralitet
NEUTRALITY_RULES = ("R04-development-split", "R05-purchaser-independence", "R05-purchaser-under-egenregi",
                    "R11-vardval-held-by-egenregi", "R12-egenregi-accountable-for-all-delivery",
                    "R14-provider-delivery-unowned", "T02-free-for-egenregi-only", "T03-price-differs-for-private")


def consequences(c: ProposalContent, _: str) -> list[Block]:
    """Konsekvenser as a tjänsteskrivelse has them: ekonomi, personal och arbetsmiljö, patienter,
    barn, jämställdhet, juridik and organisation; what only the planner can judge (children,
    gender equality) comes from the scenario's paper and is left out when not written."""
    from orgdesigner.analysis.compare import diff_scenarios

    comp = c.comparison
    assert comp is not None  # a nulägesbeskrivning has no konsekvenser (section_ids)
    diff = diff_scenarios(comp.base, c.scenario)
    moved = [d for d in diff.units if d.status == "moved"]
    added = [d for d in diff.units if d.status == "added"]
    removed = [d for d in diff.units if d.status == "removed"]
    blocks: list[Block] = [SubHeading(_t(c, "Ekonomi", "Economy"))]
    blocks += [Paragraph(p) for p in _economy(c, moved, added, removed)] or [
        Paragraph(_t(c, "Förslaget ändrar inte regionens kostnader.", "The proposal does not change the region's costs."))]
    blocks.append(SubHeading(_t(c, "Personal och arbetsmiljö", "Staff and work environment")))
    blocks += [Paragraph(p) for p in _staff(c, moved, added, removed)]
    blocks.append(SubHeading(_t(c, "Patienter och medborgare", "Patients and citizens")))
    blocks += _patients(c, added)
    paper = c.scenario.paper
    for text, sv, en in ((paper.child_rights, "Barn och unga (barnrättsperspektivet)", "Children and young people"),
                         (paper.equality, "Jämställdhet", "Gender equality")):
        if text.strip():
            blocks.append(SubHeading(_t(c, sv, en)))
            blocks += [Paragraph(p) for p in _paragraphs(text)]
    blocks.append(SubHeading(_t(c, "Juridik", "Legal")))
    blocks += _legal(c)
    blocks.append(SubHeading(_t(c, "Organisation", "Organisation")))
    blocks += [Paragraph(p) for p in _organisation(c, moved, added, removed)] or [
        Paragraph(_t(c, "Organisationen ändras inte.", "The organisation does not change."))]
    return blocks


def _no_patients(scenario: Scenario, unit_id: str) -> bool:
    """A unit with no listed patients of its own: ledning, a gemensam funktion or a närområde."""
    return not scenario.units[unit_id].listed_patients


def _posts(c: ProposalContent, scenario: Scenario, diffs: list[UnitDiff]) -> tuple[list[str], float, float, int]:
    """Units without patients of their own among `diffs`: their names, budget and FTE summed from
    the units' data, and how many have no budget given."""
    names, budget, fte, unknown = [], 0.0, 0.0, 0
    for d in diffs:
        if not _no_patients(scenario, d.unit_id):
            continue
        unit = scenario.units[d.unit_id]
        names.append(unit.name)
        budget += unit.budget_sek or 0
        fte += unit.staff_fte or 0
        unknown += unit.budget_sek is None
    return names, budget, fte, unknown


def _economy(c: ProposalContent, moved: list[UnitDiff], added: list[UnitDiff], removed: list[UnitDiff]) -> list[str]:
    comp, s, lang = c.comparison, c.scenario, c.lang
    assert comp is not None
    out: list[str] = []
    new, new_cost, new_fte, new_unknown = _posts(c, s, added)
    gone, gone_cost, gone_fte, gone_unknown = _posts(c, comp.base, removed)
    if new or gone:
        parts = []
        if new:
            parts.append(_t(c, f"Ledning och gemensamma funktioner som inrättas ({join(new, 'sv')}) kostar enligt enheternas "
                            f"budget {W.amount(new_cost, 'sv')} per år ({W.number(new_fte, 'sv', 1)} årsarbetare).",
                            f"Management and shared functions set up ({join(new, 'en')}) cost {W.amount(new_cost, 'en')} a year "
                            f"by the units' budgets ({W.number(new_fte, 'en', 1)} FTE)."))
        if gone:
            parts.append(_t(c, f"Ledning och funktioner som upphör ({join(gone, 'sv')}) kostar i dag {W.amount(gone_cost, 'sv')} "
                            f"per år ({W.number(gone_fte, 'sv', 1)} årsarbetare).",
                            f"Management and functions closed ({join(gone, 'en')}) cost {W.amount(gone_cost, 'en')} a year today "
                            f"({W.number(gone_fte, 'en', 1)} FTE)."))
        parts.append(_management_change(round(new_cost - gone_cost), c.lang))
        if new_unknown or gone_unknown:
            parts.append(_t(c, f"För {few(new_unknown + gone_unknown, 'sv')} av enheterna saknas budget i underlaget; "
                            "beloppet är därför för lågt räknat.",
                            f"{few(new_unknown + gone_unknown, 'en').capitalize()} of the units have no budget in the material; "
                            "the amount is therefore too low."))
        out.append(" ".join(parts))
    out += _trade_cost(c)
    budgets: dict[str, float] = defaultdict(float)
    for d in moved:
        budget = s.units[d.unit_id].budget_sek
        if budget:
            budgets[d.new_parent or ""] += budget
    if budgets:
        parts_moved = [f"{s.units[p].name if p in s.units else '–'} {W.amount(v, lang)}" for p, v in budgets.items()]
        out.append(_t(c, f"Budget som flyttas med enheterna till nya chefer: {'; '.join(parts_moved)}.",
                      f"Budget moved with the units to new managers: {'; '.join(parts_moved)}."))
    out += W.economy_changes(comp.base.economy, s.economy, lang, {d.id: d.title for d in c.project.decisions.values()})
    return out


def _trade_cost(c: ProposalContent) -> list[str]:
    """The internal trade's net cost, split into what the reorganisation causes and what differs
    only because the scenario assumes other trade data (volumes, prices, assumptions)."""
    from dataclasses import replace

    from orgdesigner.analysis.trade import trade_summary

    comp = c.comparison
    assert comp is not None
    before, after = _metric(c, "trade.net_cost_sek", 0), _metric(c, "trade.net_cost_sek", 1)
    if not (before or after):
        return []
    if round(after - before) == 0:
        text = _t(c, f"Internhandeln kostar regionen netto {W.amount(after, 'sv')} per år i förslaget, lika mycket som i dag "
                  "(antaganden, inte utfall).",
                  f"Internal trade costs the region {W.amount(after, 'en')} net a year in the proposal, as much as today "
                  "(assumptions, not outcomes).")
    else:
        text = _t(c, f"Internhandeln kostar regionen netto {W.amount(after, 'sv')} per år i förslaget mot {W.amount(before, 'sv')} "
                  f"i dag ({W.signed(round(after - before), 'sv')} kr; antaganden, inte utfall).",
                  f"Internal trade costs the region {W.amount(after, 'en')} net a year in the proposal against "
                  f"{W.amount(before, 'en')} today ({W.signed(round(after - before), 'en')} SEK; assumptions, not outcomes).")
    if c.scenario.trade == comp.base.trade or round(after - before) == 0:
        return [text]
    same_data = trade_summary(c.project, replace(c.scenario, trade=comp.base.trade))
    by_change = float(same_data["models"].get("as_set", {}).get("net_cost_sek", before)) - before
    by_data = (after - before) - by_change
    if round(by_change) == 0:
        text += " " + _t(
            c, "Skillnaden beror på att förslaget räknar med andra volymer, priser eller antaganden i internhandeln än "
            "nuläget, inte på omorganisationen, som i sig inte ändrar kostnaden.",
            "The difference is because the proposal assumes other volumes, prices or assumptions in internal trade than "
            "today, not because of the reorganisation, which itself does not change the cost.")
    else:
        text += " " + _t(
            c,
            f"Av skillnaden beror {W.signed(round(by_data), 'sv')} kr på att förslaget räknar med andra volymer, priser eller "
            f"antaganden i internhandeln än nuläget, inte på omorganisationen; omorganisationen i sig ger "
            f"{W.signed(round(by_change), 'sv')} kr.",
            f"Of the difference, {W.signed(round(by_data), 'en')} SEK is because the proposal assumes other volumes, prices or "
            f"assumptions in internal trade than today, not because of the reorganisation; the reorganisation itself gives "
            f"{W.signed(round(by_change), 'en')} SEK.",
        )
    return [text]


def _staff(c: ProposalContent, moved: list[UnitDiff], added: list[UnitDiff], removed: list[UnitDiff]) -> list[str]:
    comp, s = c.comparison, c.scenario
    assert comp is not None
    fte_moved = _sum([s.units[d.unit_id].staff_fte for d in moved])
    fte_removed = _sum([comp.base.units[d.unit_id].staff_fte for d in removed])
    fte_added = _sum([s.units[d.unit_id].staff_fte for d in added])
    staff: list[str] = []
    if moved:
        staff.append(_t(c, f"Medarbetarna i {_count(len(moved), 'enhet', 'enheter')} får en ny chef"
                        + (f" ({W.number(fte_moved, 'sv', 1)} årsarbetare)." if fte_moved else "."),
                        f"The staff of {_count(len(moved), 'unit', 'units', 'en')} get a new manager"
                        + (f" ({W.number(fte_moved, 'en', 1)} FTE)." if fte_moved else ".")))
    if fte_removed:
        staff.append(_t(c, f"Enheter som upphör har {W.number(fte_removed, 'sv', 1)} årsarbetare; de erbjuds arbete i de nya enheterna.",
                        f"Units that are closed have {W.number(fte_removed, 'en', 1)} FTE; they are offered work in the new units."))
    if fte_added:
        staff.append(_t(c, f"Nya enheter har {W.number(fte_added, 'sv', 1)} årsarbetare.",
                        f"New units have {W.number(fte_added, 'en', 1)} FTE."))
    if not (moved or added or removed):
        return staff or [_t(c, "Ingen medarbetare byter chef eller enhet.", "No member of staff changes manager or unit.")]
    staff.append(_t(
        c,
        "Förslaget är en viktigare förändring av verksamheten. Innan beslut förhandlar regionen med berörda "
        "arbetstagarorganisationer enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL), och en risk- "
        "och konsekvensbedömning av arbetsmiljön görs tillsammans med skyddsombuden enligt 8 § Arbetsmiljöverkets "
        "föreskrifter om systematiskt arbetsmiljöarbete.",
        "This is a major change of the organisation. Before the decision the region negotiates with the trade unions "
        "concerned under section 11 of the Co-determination in the Workplace Act (1976:580, MBL), and a risk and "
        "consequence assessment of the work environment is made with the safety representatives.",
    ))
    return staff


def _patients(c: ProposalContent, added: list[UnitDiff]) -> list[Block]:
    s = c.scenario
    listed = []
    for d in added:
        total = _sum([s.units[u].listed_patients for u in s.subtree(d.unit_id)])
        if total:
            count = sum(1 for u in s.subtree(d.unit_id) if s.units[u].listed_patients)
            listed.append(_t(c, f"{d.name}: {W.number(total, 'sv')} listade patienter vid {few(count, 'sv')} hälsocentraler",
                             f"{d.name}: {W.number(total, 'en')} listed patients at {few(count, 'en')} hälsocentraler"))
    if not listed:
        return [Paragraph(_t(c, "Inga listade patienter byter enhet; patienternas val av hälsocentral påverkas inte.",
                             "No listed patients change unit; the patients' choice of hälsocentral is not affected."))]
    return [Paragraph(_t(c, "Hälsocentralerna leds i nya enheter:", "The hälsocentraler are led in new units:")),
            BulletList(listed),
            Paragraph(_t(c, "Patienterna är listade vid samma hälsocentraler som i dag och kan välja hälsocentral som förut.",
                         "Patients stay listed at the same hälsocentraler as today and choose as before."))]


def _legal(c: ProposalContent) -> list[Block]:
    """LOV and konkurrensneutralitet from the findings: what the proposal still has, and what it solves."""
    comp = c.comparison
    assert comp is not None
    remaining = [f for f in c.findings if f.rule in NEUTRALITY_RULES]
    solved = [f for f in comp.resolved if f.rule in NEUTRALITY_RULES]
    law = _t(c, "lagen (2008:962) om valfrihetssystem (LOV)", "the Act on System of Choice in the Public Sector (2008:962, LOV)")
    blocks: list[Block] = []
    if remaining:
        blocks.append(Paragraph(_t(
            c, f"Vårdvalet ska enligt {law} behandla regionens egna och privata vårdgivare lika (konkurrensneutralitet). "
            f"Genomgången visar {few(len(remaining), 'sv')} förhållanden i förslaget som behöver hanteras:",
            f"Under {law} vårdval must treat the region's own and private providers alike (competitive neutrality). "
            f"The review shows {few(len(remaining), 'en')} matters in the proposal that need handling:")))
        blocks.append(BulletList(_by_rule(c, remaining)))
    else:
        blocks.append(Paragraph(_t(
            c, f"Förslaget håller isär beställning och eget utförande av vårdvalets tjänster och ger egenregin och de privata "
            f"vårdgivarna samma villkor; genomgången visar inga brister i konkurrensneutraliteten enligt {law}.",
            f"The proposal keeps ordering apart from own delivery of vårdval services and gives egenregi and the private "
            f"providers the same terms; the review shows no shortcomings in competitive neutrality under {law}.")))
    if solved:
        blocks.append(Paragraph(_t(c, f"Förslaget åtgärdar {few(len(solved), 'sv')} sådana förhållanden i dag "
                                      "(se Analys).", f"The proposal resolves {few(len(solved), 'en')} such matters of today (see Analysis).")))
    return blocks


def _organisation(c: ProposalContent, moved: list[UnitDiff], added: list[UnitDiff], removed: list[UnitDiff]) -> list[str]:
    comp, s, lang = c.comparison, c.scenario, c.lang
    assert comp is not None
    base = comp.base
    org: list[str] = []
    if s.structure != base.structure:
        org.append(_t(c, f"Strukturen ändras från {W.value('structure', base.structure, 'sv')} till {W.value('structure', s.structure, 'sv')}.",
                      f"The structure changes from {W.value('structure', base.structure, 'en')} to {W.value('structure', s.structure, 'en')}."))
    if added:
        org.append(_t(c, f"{_count(len(added), 'ny enhet', 'nya enheter').capitalize()}: {join([d.name for d in added], 'sv')}.",
                      f"{_count(len(added), 'new unit', 'new units', 'en').capitalize()}: {join([d.name for d in added], 'en')}."))
    if removed:
        org.append(_t(c, f"{_count(len(removed), 'enhet upphör', 'enheter upphör').capitalize()}: {join([d.name for d in removed], 'sv')}.",
                      f"{_count(len(removed), 'unit is closed', 'units are closed', 'en').capitalize()}: {join([d.name for d in removed], 'en')}."))
    if moved:
        by_parent: dict[str, list[str]] = defaultdict(list)
        for d in moved:
            by_parent[d.new_parent or ""].append(d.name)
        parts = [f"{s.units[p].name if p in s.units else '–'} ({join(names, lang)})" for p, names in by_parent.items()]
        if len(moved) == 1:  # "Närsjukvårdens ledning flyttas till Regiondirektör."
            (parent, (name,)), = by_parent.items()
            where = s.units[parent].name if parent in s.units else "–"
            org.append(_t(c, f"{name} flyttas till {where}.", f"{name} moves to {where}."))
        else:
            org.append(_t(c, f"{_count(len(moved), 'enhet flyttas', 'enheter flyttas').capitalize()}: till {'; till '.join(parts)}.",
                          f"{_count(len(moved), 'unit moves', 'units move', 'en').capitalize()}: to {'; to '.join(parts)}."))
    return org



def signatures(c: ProposalContent, _: str) -> list[Block]:
    people = c.project.case.signatories
    if not people:
        return [Paragraph(_t(c, "(Inga underskrifter angivna.)", "(No signatories given.)"), italic=True)]
    return [Paragraph(f"{p.name}\n{p.title}" if p.title else p.name) for p in people]


def receivers(c: ProposalContent, _: str) -> list[Block]:
    names = list(c.project.case.receivers)
    return [Paragraph("\n".join(names))] if names else [Paragraph(_t(c, "(Inga mottagare angivna.)", "(No receivers given.)"), italic=True)]


def attachments(c: ProposalContent, text: str) -> list[Block]:
    shown = section_ids(c.comparison is None, bool(text.strip()))
    return [BulletList([heading(a, c.lang, shown) for a in ATTACHMENTS if a in shown])]


# The omvärld bilaga lives in a module of its own (it reads the reference files); re-exported so
# `build_proposal` finds every section builder here by the section's id.
omvarld = _proposal_omvarld.omvarld
