"""The tables every data export writes, built once from a scenario: plain rows, no Qt.

XLSX, CSV, the DOCX/PDF proposal and tests all take their data from here, so the formats cannot
drift apart. Each table keeps stable column identifiers (`columns`, what code and tests address)
and prints plain headers in the chosen language (`headers`: "Överordnad (id)", "Budget (kr)";
the matrix names its unit columns by unit name). The importers read these headers back, and the
identifiers older exports wrote. The values of vocabulary columns (role, responsibility,
category, form, severity) and of messages are in the chosen language.

Tables:
- ``units``: one row per unit in chart order (id, parent_id, name, category, form, figures …,
  dotted_parents: its dotted lines as "id (kind); …").
- ``matrix``: the responsibility matrix in wide form: one row per (function, responsibility),
  one column per unit id, the cell the role word. All units are columns when there are at most
  ``MATRIX_ALL_UNITS_MAX``; larger scenarios only get the units that hold a role. A matrix of
  more than ``MATRIX_WIDE_CELLS_MAX`` cells (thousands of units and functions) is written in long
  form instead: one row per role (unit, unit_name, function, function_name, responsibility,
  role), which the assignment import reads as well.
- ``findings``: the analysis findings with their explanations.
- ``comparison``: metrics of the compared scenario against this one, then the differences.
- ``trade``: the internal-trade summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from operator import itemgetter
from typing import Any

from orgdesigner.io.words._dotted import format_targets
from orgdesigner.io.words._words import word
from orgdesigner.model.entities import AssignmentKey, Project, Scenario
from orgdesigner.model.enums import Responsibility, Role
from orgdesigner.model.fields import UNIT_FIELDS

MATRIX_ALL_UNITS_MAX = 300
MATRIX_WIDE_CELLS_MAX = 2_000_000  # beyond this the wide matrix would be mostly empty cells
MATRIX_HEAD = ["function_id", "function", "responsibility"]
MATRIX_LONG_COLUMNS = ["unit", "unit_name", "function", "function_name", "responsibility", "role"]
#: a unit row: its id and place first, then every other field of the unit's table in its order
#: (model.fields.UNIT_FIELDS; dotted lines as "id (kind); …", which the unit import reads back)
_UNIT_ORDER = sorted(UNIT_FIELDS, key=lambda f: {"key": 0, "place": 1}.get(f.role, 2))
UNIT_COLUMNS = [f.column_id for f in _UNIT_ORDER]
FINDING_COLUMNS = [
    "severity",
    "rule",
    "title",
    "message",
    "units",
    "functions",
    "responsibility",
    "explanation",
    "acknowledged",
]

TITLES: dict[str, tuple[str, str]] = {
    "units": ("Enheter", "Units"),
    "matrix": ("Ansvarsmatris", "Responsibility matrix"),
    "findings": ("Oklart ansvar", "Unclear responsibility"),
    "comparison": ("Jämförelse", "Comparison"),
    "trade": ("Internhandel", "Internal trade"),
}
PRICING_WORDS = {
    "free": ("fri nyttighet", "fri nyttighet (free at use)"),
    "per_item": ("styckpris", "price per item"),
    "fixed": ("fast avgift", "fixed charge"),
    "mixed": ("blandad", "mixed"),
}
SEVERITY_WORDS = {"error": ("fel", "error"), "warning": ("varning", "warning"), "info": ("upplysning", "note")}
_SEVERITY_MANY = {"error": ("fel", "errors"), "warning": ("varningar", "warnings"), "info": ("upplysningar", "information")}


#: column id -> (Swedish, English) header a reader sees; the importers accept both and the id
HEADER_WORDS: dict[str, tuple[str, str]] = {
    **{f.column_id: f.headers() for f in UNIT_FIELDS},
    "function_id": ("Funktions-id", "Function id"),
    "function": ("Funktion", "Function"),
    "responsibility": ("Ansvar", "Responsibility"),
    "unit": ("Enhets-id", "Unit id"),
    "unit_name": ("Enhet", "Unit"),
    "function_name": ("Funktion", "Function"),
    "role": ("Roll", "Role"),
    "severity": ("Allvarlighet", "Severity"),
    "rule": ("Regel", "Rule"),
    "title": ("Rubrik", "Title"),
    "message": ("Beskrivning", "Message"),
    "units": ("Enheter", "Units"),
    "functions": ("Funktioner", "Functions"),
    "explanation": ("Förklaring", "Explanation"),
    "acknowledged": ("Kvitterat", "Acknowledged"),
    "part": ("Del", "Part"),
    "item": ("Vad", "Item"),
    "base": ("Jämfört med", "Compared with"),
    "scenario": ("Förslaget", "The proposal"),
    "change": ("Förändring", "Change"),
    "pricing_model": ("Prismodell", "Pricing model"),
    "measure": ("Mått", "Measure"),
    "value": ("Värde", "Value"),
}


def header_words(columns: Sequence[str], lang: str) -> list[str]:
    return [_pick(HEADER_WORDS[c], lang) if c in HEADER_WORDS else c for c in columns]


@dataclass(slots=True)
class Table:
    name: str  # CSV file suffix; the sheet is named by `title`
    columns: list[str]  # stable identifiers
    rows: list[list[Any]] = field(default_factory=list)  # scalars only: str, int, float, None
    lang: str = "sv"
    headers: list[str] = field(default_factory=list)  # what the header row says; empty: the ids

    def title(self, lang: str | None = None) -> str:
        sv, en = TITLES.get(self.name, (self.name, self.name))
        return en if (lang or self.lang) == "en" else sv

    def header_row(self) -> list[str]:
        return self.headers or list(self.columns)

    def to_frame(self) -> Any:  # a pandas.DataFrame; pandas imported only when asked for
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)


def _join(values: Iterable[str]) -> str:
    return ", ".join(values)


def _cell(value: Any, lang: str) -> Any:
    """A unit's value as a cell: words for vocabulary values, lists joined, no empty text."""
    if isinstance(value, Enum):
        return word(value, lang)
    if isinstance(value, frozenset):
        return _join(sorted(word(v, lang) for v in value)) or None
    if isinstance(value, tuple):
        return _join(value) or None
    return None if value == "" else value


def units_table(scenario: Scenario, lang: str = "sv", unit_ids: Sequence[str] | None = None) -> Table:
    table = Table("units", list(UNIT_COLUMNS), lang=lang, headers=header_words(UNIT_COLUMNS, lang))
    ids = scenario.units if unit_ids is None else unit_ids
    wanted = None if unit_ids is None else set(unit_ids)
    for uid in ids:
        u = scenario.units[uid]
        table.rows.append([
            _cell(getattr(u, f.name), lang) if f.role != "lines"
            # dotted lines to units outside the export are left out
            else format_targets(tuple(x for x in getattr(u, f.name) if wanted is None or x.target_id in wanted), lang)
            for f in _UNIT_ORDER
        ])
    return table


def matrix_table(project: Project, scenario: Scenario, lang: str = "sv", unit_ids: Sequence[str] | None = None) -> Table:
    """Wide matrix: rows (function, responsibility) in catalogue order, columns unit ids."""
    wanted = set(scenario.units if unit_ids is None else unit_ids)
    assignments = scenario.assignments
    keys = list(assignments) if unit_ids is None else [k for k in assignments if k.unit_id in wanted]
    # the shape first, from C-level sets: a large scenario goes to the long form without
    # building the wide rows
    holders = set(map(itemgetter(0), keys))
    if len(wanted) <= MATRIX_ALL_UNITS_MAX:
        columns = [uid for uid in scenario.units if uid in wanted]
    else:
        columns = [uid for uid in scenario.units if uid in holders]
    functions = list(project.functions)
    functions += sorted(set(map(itemgetter(1), keys)) - set(project.functions))
    if len(functions) * len(Responsibility) * len(columns) > MATRIX_WIDE_CELLS_MAX:
        return _long_matrix(project, scenario, lang, keys)
    by_row: dict[tuple[str, Responsibility], dict[str, Any]] = {}
    for key in keys:
        uid, fid, resp = key
        by_row.setdefault((fid, resp), {})[uid] = assignments[key]
    table = Table("matrix", MATRIX_HEAD + columns, lang=lang,
                  headers=header_words(MATRIX_HEAD, lang) + unit_headers(scenario, columns))
    role_words: dict[Role, str] = {}
    for fid in functions:
        function = project.functions.get(fid)
        for resp in Responsibility:
            cells = by_row.get((fid, resp), {})
            row: list[Any] = [fid, function.name if function else fid, word(resp, lang)]
            for uid in columns:
                held = cells.get(uid)
                if held is None:
                    row.append(None)
                else:
                    text = role_words.get(held)
                    if text is None:
                        text = role_words[held] = word(held, lang)
                    row.append(text)
            table.rows.append(row)
    return table


def unit_headers(scenario: Scenario, unit_ids: Sequence[str]) -> list[str]:
    """A matrix column per unit, headed by its name; "name (id)" where the name is not unique,
    so the assignment import finds every column's unit again."""
    counts: dict[str, int] = {}
    for unit in scenario.units.values():
        counts[unit.name.casefold()] = counts.get(unit.name.casefold(), 0) + 1
    out = []
    for uid in unit_ids:
        name = scenario.units[uid].name
        out.append(name if counts[name.casefold()] == 1 and name != uid and name.casefold() not in HEADER_SPELLINGS
                   else f"{name} ({uid})")
    return out


#: header texts the matrix's first columns may have: a unit named so gets its id added
HEADER_SPELLINGS = {w.casefold() for c in MATRIX_HEAD for w in (c, *HEADER_WORDS[c])} | {"ansvarstyp", "funktionsnamn", "funktion_id"}


def _long_matrix(project: Project, scenario: Scenario, lang: str, wanted_keys: list[AssignmentKey]) -> Table:
    table = Table("matrix", list(MATRIX_LONG_COLUMNS), lang=lang, headers=header_words(MATRIX_LONG_COLUMNS, lang))
    # ranks, names and words looked up once: a 10,000-unit scenario has 100,000 rows here
    unit_rank = {uid: i for i, uid in enumerate(scenario.units)}
    function_rank = {fid: i for i, fid in enumerate(project.functions)}
    resp_rank = {r: i for i, r in enumerate(Responsibility)}
    unknown = len(function_rank)
    assignments = scenario.assignments
    keys = sorted(
        wanted_keys,
        key=lambda k: (function_rank.get(k.function_id, unknown), k.function_id,
                       resp_rank[k.responsibility], unit_rank[k.unit_id]),
    )
    units = scenario.units
    function_names = {fid: f.name for fid, f in project.functions.items()}
    resp_words = {r: word(r, lang) for r in Responsibility}
    role_words = {r: word(r, lang) for r in Role}
    append = table.rows.append
    for key in keys:
        uid, fid, resp = key
        append([uid, units[uid].name, fid, function_names.get(fid, fid), resp_words[resp], role_words[assignments[key]]])
    return table


def findings_table(findings: Iterable[Any], lang: str = "sv", names: dict[str, str] | None = None) -> Table:
    """Findings (orgdesigner.analysis.findings.Finding) with rule title and explanation; units
    and functions by name where `names` (id -> name) knows them."""
    from orgdesigner.analysis.findings import RULES

    table = Table("findings", list(FINDING_COLUMNS), lang=lang, headers=header_words(FINDING_COLUMNS, lang))
    named = names or {}
    # per rule and severity once (a 10,000-unit scenario has some 25,000 findings)
    texts: dict[str, tuple[str, str | None]] = {}
    severities: dict[Any, str] = {}
    resp_words: dict[Any, str | None] = {None: None, **{r: word(r, lang) for r in Responsibility}}
    for f in findings:
        rule_texts = texts.get(f.rule)
        if rule_texts is None:
            rule = RULES.get(f.rule)
            rule_texts = texts[f.rule] = (rule.title(lang), rule.explanation(lang)) if rule else (f.rule, None)
        severity = severities.get(f.severity)
        if severity is None:
            sv, en = SEVERITY_WORDS.get(str(f.severity), (str(f.severity),) * 2)
            severity = severities[f.severity] = en if lang == "en" else sv
        subjects = f.subjects
        table.rows.append(
            [
                severity,
                f.rule,
                rule_texts[0],
                f.message(lang),
                _join([named.get(u, u) for u in subjects.units]) or None,
                _join([named.get(x, x) for x in subjects.functions]) or None,
                resp_words[subjects.responsibility],
                rule_texts[1],
                f.acknowledged,
            ]
        )
    return table


COMPARISON_COLUMNS = ["part", "item", "base", "scenario", "change"]
TRADE_COLUMNS = ["part", "id", "name", "pricing_model", "measure", "value"]

# metric key -> (Swedish, English); nested metrics are "outer.inner"
METRIC_WORDS: dict[str, tuple[str, str]] = {
    "units": ("antal enheter", "units"),
    "layers": ("antal nivåer", "layers"),
    "span_mean": ("medelkontrollspann", "mean span of control"),
    "span_max": ("största kontrollspann", "largest span of control"),
    "acknowledged": ("kvitterade fynd", "acknowledged findings"),
    "pairs": ("ansvarspar (funktion × ansvar)", "responsibility pairs (function × responsibility)"),
    "clear_pairs": ("tydliga ansvarspar", "clear responsibility pairs"),
    "clarity_index": ("tydlighetsindex", "clarity index"),
    "findings_by_severity": ("fynd", "findings"),
    "findings": ("fynd", "findings"),
    "units_by_category": ("enheter", "units"),
    "units_by_form": ("enheter", "units"),
    "responsibility_split": ("ansvarig", "accountable"),
    "split": ("ansvarig", "accountable"),
    "trade": ("internhandel", "internal trade"),
    "dotted_lines": ("streckade linjer", "dotted lines"),
    "dotted": ("streckade linjer", "dotted lines"),
    "dotted_by_kind": ("streckade linjer", "dotted lines"),
    "dotted_units": ("enheter med streckade linjer", "units with dotted lines"),
    "dotted_max_per_unit": ("flest streckade linjer vid en enhet", "most dotted lines at one unit"),
}
_INNER_WORDS: dict[str, tuple[str, str]] = {
    "total": ("totalt", "total"),
    "net_cost_sek": ("regionens nettokostnad (kr)", "region's net cost (SEK)"),
    "charged_sek": ("debiterat (kr)", "charged (SEK)"),
    "production_cost_sek": ("produktionskostnad (kr)", "production cost (SEK)"),
}
PART_WORDS: dict[str, tuple[str, str]] = {
    "metric": ("mått", "metric"),
    "resolved": ("löst fynd", "resolved finding"),
    "introduced": ("nytt fynd", "new finding"),
    "unit_added": ("ny enhet", "unit added"),
    "unit_removed": ("borttagen enhet", "unit removed"),
    "unit_moved": ("flyttad enhet", "unit moved"),
    "unit_changed": ("ändrad enhet", "unit changed"),
    "setting_changed": ("ändrad inställning", "setting changed"),
    "dotted_added": ("ny streckad linje", "dotted line added"),
    "dotted_removed": ("borttagen streckad linje", "dotted line removed"),
    "dotted_changed": ("ändrad streckad linje", "dotted line changed"),
    "role_changed": ("ändrad roll", "role changed"),
    "model": ("prismodell", "pricing model"),
    "buyer": ("köpare", "buyer"),
    "supplier": ("leverantör", "supplier"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def metric_label(key: str, lang: str = "sv") -> str:
    """"findings_by_severity.warning" → "fynd: varningar"; unknown keys are shown as they are."""
    head, *rest = key.split(".")
    words = METRIC_WORDS.get(head)
    text = _pick(words, lang) if words else head
    if rest:
        counted = head in {"findings_by_severity", "findings"}  # a count of them: "fynd: varningar"
        inner = [_pick(_SEVERITY_MANY[r] if counted else SEVERITY_WORDS[r], lang) if r in SEVERITY_WORDS
                 else _pick(_INNER_WORDS[r], lang) if r in _INNER_WORDS else _enum_word(r, lang) for r in rest]
        text += ": " + ", ".join(inner)
    return text


def _enum_word(value: str, lang: str) -> str:
    from orgdesigner.analysis.texts import DOTTED_KIND
    from orgdesigner.model.dotted import DottedKind
    from orgdesigner.model.enums import UnitCategory, UnitForm

    for enum in (UnitCategory, UnitForm, Responsibility):
        try:
            return word(enum(value), lang)
        except ValueError:
            continue
    if value in DottedKind.__members__.values():
        return _pick(DOTTED_KIND[DottedKind(value)], lang)
    return _pick(("övriga", "other"), lang) if value == "other" else value


def comparison_table(comparison: Any, lang: str = "sv") -> Table:
    """Rows of a `orgdesigner.io.paper.proposal.Comparison`: metrics first, then what changed."""
    headers = header_words(COMPARISON_COLUMNS, lang)
    headers[2:4] = [comparison.base.name, comparison.scenario.name]
    table = Table("comparison", list(COMPARISON_COLUMNS), lang=lang, headers=headers)
    for key, base, value in comparison.metrics:
        if key.endswith("_sek"):  # amounts in whole kronor, as a budget reads
            base, value = _kronor(base), _kronor(value)
        change = value - base if isinstance(base, int | float) and isinstance(value, int | float) else None
        if isinstance(change, float):
            change = round(change, 4)
        table.rows.append([_pick(PART_WORDS["metric"], lang), metric_label(key, lang), base, value, change])
    for part, text_sv, text_en in comparison.changes:
        table.rows.append([_pick(PART_WORDS[part], lang), text_en if lang == "en" else text_sv, None, None, None])
    return table


def trade_table(summary: dict[str, Any], lang: str = "sv") -> Table:
    """The internal-trade summary (`orgdesigner.analysis.trade.trade_summary`) in long form."""
    table = Table("trade", list(TRADE_COLUMNS), lang=lang, headers=header_words(TRADE_COLUMNS, lang))
    for model, totals in summary.get("models", {}).items():
        for measure, value in totals.items():
            table.rows.append([_pick(PART_WORDS["model"], lang), None, None, _model_word(model, lang), _measure(measure, lang),
                               _kronor(value) if measure.endswith("_sek") else value])
    for part in ("buyer", "supplier"):
        for entry in summary.get(part + "s", []):
            for model, value in entry.items():
                if model in {"id", "name"}:
                    continue
                if isinstance(value, dict):
                    for measure, x in value.items():
                        table.rows.append([_pick(PART_WORDS[part], lang), entry["id"], entry["name"], _model_word(model, lang),
                                           _measure(measure, lang), _kronor(x) if measure.endswith("_sek") else x])
                else:
                    table.rows.append([_pick(PART_WORDS[part], lang), entry["id"], entry["name"], _model_word(model, lang),
                                       _measure("charged_sek", lang), _kronor(value)])
    return table


def _kronor(value: Any) -> Any:
    """An amount in whole kronor (13 418 846,9 kr of modelled cost is no more exact than 13 418 847)."""
    return round(value) if isinstance(value, float) else value


MEASURE_WORDS: dict[str, tuple[str, str]] = {
    "volume": ("volym", "volume"),
    "production_cost_sek": ("produktionskostnad (kr)", "production cost (SEK)"),
    "charged_sek": ("debiterat (kr)", "charged (SEK)"),
    "external_income_sek": ("intäkter från privata utförare (kr)", "income from private providers (SEK)"),
    "central_funding_sek": ("central finansiering (kr)", "central funding (SEK)"),
    "net_cost_sek": ("regionens nettokostnad (kr)", "region's net cost (SEK)"),
    "cost_sek": ("kostnad (kr)", "cost (SEK)"),
    "revenue_sek": ("intäkt (kr)", "revenue (SEK)"),
    "coverage": ("kostnadstäckning", "cost coverage"),
}


def _measure(measure: str, lang: str) -> str:
    words = MEASURE_WORDS.get(measure)
    return _pick(words, lang) if words else measure.replace("_sek", " (kr)" if lang != "en" else " (SEK)").replace("_", " ")


def _model_word(model: str, lang: str) -> str:
    if model == "as_set":
        return _pick(("som satt per tjänst", "as set per service"), lang)
    return _pick(PRICING_WORDS[model], lang) if model in PRICING_WORDS else model
