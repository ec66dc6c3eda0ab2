"""The paper's omvärld bilaga: how other regions run their own primary care, where the proposal
stands among the four archetypes, and the regions' experience of intraprenad, every fact with a
numbered note naming its source and year (the words are `orgdesigner.io.words.omvarld_report`'s)."""

from __future__ import annotations

from orgdesigner.analysis.texts import join
from orgdesigner.io.bundled.reference_file import ReferenceFileError, load_references
from orgdesigner.io.paper.proposal_content import (
    Block,
    BulletList,
    NumberedList,
    Paragraph,
    ProposalContent,
    SubHeading,
    TableBlock,
)
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.omvarld_report import OmvarldReport, build_report, source_note
from orgdesigner.model.reference_spec import Reference, Source

_MONTHS = {"sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                  "november", "december"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")}


def _month(year_month: str, lang: str) -> str:
    """ "2026-11" → "november 2026" / "November 2026"."""
    year, month = year_month.split("-")
    return f"{_MONTHS['en' if lang == 'en' else 'sv'][int(month) - 1]} {year}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


class _Notes:
    """Sources numbered in the order they are first cited: "[3]" in the text, "3. address (year)"."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.numbers: dict[Source, int] = {}

    def cite(self, sources: tuple[Source, ...]) -> str:
        marks = [self.numbers.setdefault(s, len(self.numbers) + 1) for s in sources]
        return "[" + ", ".join(str(n) for n in sorted(set(marks))) + "]"

    def points(self) -> list[tuple[str, list[str]]]:
        """The notes in number order, for a numbered list (the renderers number them)."""
        return [(source_note(s, self.lang), []) for s, _ in sorted(self.numbers.items(), key=lambda item: item[1])]


def _overview(report: OmvarldReport, lang: str) -> Paragraph:
    ways = []
    for column in report.columns[1:]:
        like = f" ({join(column.regions, lang)})" if column.regions else ""
        ways.append(_lower_first(column.name) + like)
    unplaced = [r.name.get(lang) for r in report.regions if r.kind == "region" and r.archetype is None]
    regions = sum(1 for r in report.regions if r.kind == "region")
    text = _t(lang, f"Offentliga källor om {regions} regioner visar fyra sätt att driva den egna primärvården: ",
              f"Public sources on {regions} regions show four ways of running the own primary care: ") + join(ways, lang) + "."
    if unplaced:
        text += _t(lang, f" {join(unplaced, lang)} passar inte in i något av dem.", f" {join(unplaced, lang)} fit none of them.")
    return Paragraph(text)


def _placement(c: ProposalContent, report: OmvarldReport) -> Paragraph:
    lang = c.lang
    text = _t(lang, "Tabellen visar hur organisationen i underlaget svarar på frågorna om beställning, ledning, styrelse, "
                    "resultatansvar och befogenheter; därefter följer vad vart och ett av de fyra sätten skulle ändra om det "
                    "tillämpades på den.",
              "The table shows how the organisation in this paper answers the questions of ordering, management, board, "
              "result responsibility and authority; then follows what each of the four ways would change if applied to it.")
    if report.closest is not None:
        column = report.column(report.closest)
        like = _t(lang, f", som i {join(column.regions, lang)}", f", as in {join(column.regions, lang)}") if column.regions else ""
        text = _t(lang, f"{c.scenario.name} ligger närmast sättet {_lower_first(column.name)}{like}. ",
                  f"{c.scenario.name} stands nearest to the way {_lower_first(column.name)}{like}. ") + text
    return Paragraph(text)


def _table(c: ProposalContent, report: OmvarldReport) -> TableBlock:
    """The scenario's own answers; the archetypes follow as the differences they would make."""
    rows = [[q.text, q.answers[0]] for q in report.questions]
    return TableBlock([_t(c.lang, "Fråga", "Question"), c.scenario.name], rows, widths=[1.0, 1.6])


def _archetypes(c: ProposalContent, report: OmvarldReport) -> list[Block]:
    lang = c.lang
    blocks: list[Block] = [SubHeading(_t(lang, f"De fyra sätten tillämpade på {c.scenario.name}",
                                         f"The four ways applied to {c.scenario.name}"))]
    for i, column in enumerate(report.columns[1:], start=1):
        text = f"{column.name}. {column.summary}"
        if column.regions:
            text += _t(lang, f" Så gör {join(column.regions, lang)}.", f" So do {join(column.regions, lang)}.")
        blocks.append(Paragraph(text))
        if column.problem:
            blocks.append(Paragraph(_t(lang, "Sättet kan inte prövas på den här organisationen.", "This way cannot be tried on this organisation."), italic=True))
            continue
        changed = [f"{q.text.rstrip('?')}: {q.answers[i]}" for q in report.questions if q.answers[i] != q.answers[0]]
        if changed:
            blocks.append(Paragraph(_t(lang, "Tillämpat här skulle svaren bli:", "Applied here, the answers would become:")))
            blocks.append(BulletList(changed))
        else:
            blocks.append(Paragraph(_t(lang, "Tillämpat här ändrar det inget av svaren ovan.", "Applied here, it changes none of the answers above.")))
    return blocks


def _region_facts(ref: Reference, notes: _Notes, lang: str) -> Paragraph:
    sentences = " ".join(f"{f.text.get(lang)} {notes.cite(f.sources)}" for f in ref.facts)
    return Paragraph(sentences if ref.kind == "national" else f"{ref.name.get(lang)}. {sentences}")


def omvarld(c: ProposalContent, _: str) -> list[Block]:
    lang = c.lang
    try:
        references = load_references()
    except ReferenceFileError:
        return [Paragraph(_t(lang, "Omvärldsuppgifterna kunde inte läsas.", "The facts on other regions could not be read."), italic=True)]
    if c.scenario.id not in c.project.scenarios:
        return []
    report = build_report(c.project, c.scenario.id, references, lang)
    notes = _Notes(lang)
    blocks: list[Block] = [_overview(report, lang), _placement(c, report), _table(c, report), *_archetypes(c, report)]
    blocks.append(SubHeading(_t(lang, "Andra regioner", "Other regions")))
    for column in [*report.columns[1:], None]:
        wanted = column.reference_id if column is not None else None
        for ref in report.regions:
            if ref.kind == "region" and ref.archetype == wanted:
                blocks.append(_region_facts(ref, notes, lang))
    national = [r for r in report.regions if r.kind == "national"]
    if national:
        blocks.append(SubHeading(_t(lang, "Hela landet", "Sweden as a whole")))
        blocks += [_region_facts(r, notes, lang) for r in national]
    if report.experience:
        blocks.append(SubHeading(_t(lang, "Intraprenad i andra verksamheter", "Intraprenad in other activities")))
        blocks += [Paragraph(s) for s in report.experience]
    gathered = join([_month(g, lang) for g in sorted({r.gathered for r in references})], lang)
    blocks.append(SubHeading(_t(lang, "Källor", "Sources")))
    blocks.append(Paragraph(_t(lang, f"Uppgifterna hämtades från källornas webbsidor i {gathered}; årtalet anger källans datum.",
                               f"The facts were taken from the sources' web pages in {gathered}; the year is the source's date."), italic=True))
    blocks.append(NumberedList(notes.points()))
    return blocks
