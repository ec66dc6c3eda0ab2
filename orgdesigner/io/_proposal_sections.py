"""The blocks of each section of the decision paper; one function per section id (no Qt)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from orgdesigner.io.proposal_content import (
    Block,
    BulletList,
    ChartBlock,
    Paragraph,
    ProposalContent,
    SubHeading,
    TableBlock,
    matrix_rows,
    role_headings,
)

if TYPE_CHECKING:
    from orgdesigner.analysis.findings import Finding

from orgdesigner.io.numbers import number
from orgdesigner.io.tables import PART_WORDS, PRICING_WORDS, SEVERITY_WORDS, metric_label

_STRUCTURE = {
    "line": ("linjeorganisation", "line organisation"),
    "koncern": ("koncern", "koncern"),
    "intraprenad": ("intraprenad", "intraprenad"),
    "custom": ("egen struktur", "custom structure"),
}


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
    text = _number(abs(change), lang)
    return ("−" if change < 0 else "+") + text


def case(c: ProposalContent, _: str) -> list[Block]:
    s = c.scenario
    blocks: list[Block] = [Paragraph(p) for p in _paragraphs(c.project.description)]
    blocks += [Paragraph(p) for p in _paragraphs(s.description)]
    sv, en = _STRUCTURE.get(s.structure.value, (s.structure.value, s.structure.value))
    when = s.effective_date.isoformat() if s.effective_date else _t(c, "ej angivet datum", "no date given")
    shown = set(c.unit_ids)  # built once: per role it made a 10k-unit export quadratic (minutes)
    roles = sum(1 for k in s.assignments if k.unit_id in shown)
    blocks.append(Paragraph(_t(
        c,
        f"Scenariot {s.name} ({sv}) gäller från {when} och har {len(c.unit_ids)} enheter och {roles} tilldelade roller.",
        f"Scenario {s.name} ({en}) applies from {when} and has {len(c.unit_ids)} units and {roles} assigned roles.",
    )))
    return blocks


def chart(c: ProposalContent, _: str) -> list[Block]:
    root = c.scenario.units[c.unit_ids[0]].name if c.unit_ids else ""
    whole = len(c.unit_ids) == len(c.scenario.units)
    caption = _t(c, f"Organisationen i scenariot {c.scenario.name}", f"The organisation in scenario {c.scenario.name}")
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
                   rows, [2.6, 1.8, 2.6, 4.6, 2.4, 2.4]),
    ]
    if total > len(rows):
        blocks.append(Paragraph(_t(
            c, f"Visar {len(rows)} av {total} rader; hela matrisen finns i XLSX-exporten.",
            f"Showing {len(rows)} of {total} rows; the full matrix is in the XLSX export."), italic=True))
    return blocks


def _severity(c: ProposalContent, severity: object) -> str:
    sv, en = SEVERITY_WORDS.get(str(severity), (str(severity), str(severity)))
    return _t(c, sv, en)


def findings(c: ProposalContent, _: str) -> list[Block]:
    from orgdesigner.analysis.findings import RULES

    if not c.findings:
        return [Paragraph(_t(c, "Analysen hittade inget oklart ansvar.", "The analysis found no unclear responsibility."))]
    counts: defaultdict[str, int] = defaultdict(int)
    for f in c.findings:
        counts[str(f.severity)] += 1
    summary = ", ".join(f"{n} {_severity(c, s)}" for s, n in counts.items())
    blocks: list[Block] = [Paragraph(_t(c, f"Analysen gav {len(c.findings)} fynd ({summary}).",
                                 f"The analysis gave {len(c.findings)} findings ({summary})."))]
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
                text += _t(c, f" Kvitterat: {f.acknowledged}", f" Acknowledged: {f.acknowledged}")
            items.append(text)
        blocks.append(BulletList(items))
        if rule:
            blocks += [Paragraph(p, italic=True) for p in _paragraphs(rule.explanation(c.lang))]
    return blocks


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
        rows.append([metric_label(key, c.lang), _number(before, c.lang), _number(after, c.lang),
                     _signed(after - before, c.lang) if numeric else ""])
    blocks.append(TableBlock([_t(c, "Mått", "Metric"), comp.base.name, comp.scenario.name, _t(c, "Förändring", "Change")],
                             rows, [5, 2, 2, 2]))
    if comp.changes:
        blocks.append(SubHeading(_t(c, "Skillnader", "Differences")))
        items = [f"{_t(c, *PART_WORDS[part]).capitalize()}: {_t(c, sv, en)}" for part, sv, en in comp.changes]
        if len(items) > 60:
            items = [*items[:60], _t(c, f"… och {len(items) - 60} till", f"… and {len(items) - 60} more")]
        blocks.append(BulletList(items))
    blocks.append(SubHeading(_t(c, "Lösta fynd", "Resolved findings")))
    blocks.append(BulletList([f.message(c.lang) for f in comp.resolved]) if comp.resolved
                  else Paragraph(_t(c, "Inga.", "None."), italic=True))
    blocks.append(SubHeading(_t(c, "Nya fynd", "New findings")))
    blocks.append(BulletList([f.message(c.lang) for f in comp.introduced]) if comp.introduced
                  else Paragraph(_t(c, "Inga.", "None."), italic=True))
    return blocks


def trade(c: ProposalContent, _: str) -> list[Block]:
    summary = c.trade
    if not summary.get("services"):
        return [Paragraph(_t(c, "Scenariot har ingen internhandel.", "The scenario has no internal trade."))]
    blocks: list[Block] = [Paragraph(_t(
        c, f"{summary['services']} tjänster och {summary['flows']} flöden av köp och sälj. "
        "Kostnad per år i kronor under varje prismodell (antaganden, inte utfall):",
        f"{summary['services']} services and {summary['flows']} flows of buying and selling. "
        "Cost per year in SEK under each pricing model (assumptions, not outcomes):"))]
    rows = []
    for model, totals in summary["models"].items():
        name = _t(c, "som satt per tjänst", "as set per service") if model == "as_set" else \
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


def decision(c: ProposalContent, text: str) -> list[Block]:
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return [Paragraph(_t(c, "(Förslag till beslut är inte ifyllt.)", "(The proposed decision has not been written.)"), italic=True)]
    return [Paragraph(p) for p in paragraphs]
