"""Model values as a reader's words: the one place every export and text report asks.

Amounts as "3 000 000 kr", dates as "1 mars 2018" / "1 March 2018", roles, forms and
authorities in words, the surplus model and changes of the economic rules as sentences. No
field name, enum value, `None`, tuple or float such as `3000000.0` reaches a reader from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from enum import Enum
from typing import Any

from orgdesigner.analysis.texts import decision_ref, join
from orgdesigner.io.words import numbers
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.model.economy import EconomicRules, SurplusModel
from orgdesigner.model.fields import UNIT_FIELDS
from orgdesigner.model.limits import AMOUNT, FTE, Limit
from orgdesigner.model.vocabulary import label

_MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
              "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")

#: model field -> (Swedish, English) name a reader understands
FIELD_WORDS: dict[str, tuple[str, str]] = {
    # a unit's fields by attribute and by the file's key (a merge names "parent", "dotted")
    **{key: (f.sv, f.en) for f in UNIT_FIELDS if f.role != "key" for key in (f.name, f.file_key)},
    "structure": ("struktur", "structure"),
    "effective_date": ("gäller från", "effective from"),
    "description": ("beskrivning", "description"),
    "surplus_model": ("över- och underskottshantering", "surplus and deficit handling"),
    "surplus_share": ("andel av överskott som förs över", "share of a surplus carried over"),
    "deficit_share": ("andel av underskott som förs över", "share of a deficit carried over"),
    "cap_sek": ("tak för överföring", "cap on the carry-over"),
    "form_authorities": ("befogenheter per form", "authorities per form"),
}


def _kept(limit: Limit) -> set[str]:
    """The unit fields that keep `limit` (or its optional form): amounts are worded in kr, staff in FTE."""
    return {f.name for f in UNIT_FIELDS if f.limit is not None and replace(f.limit, optional=False) == limit}


_AMOUNTS = {"cap_sek"} | _kept(AMOUNT)
_FTES = _kept(FTE)


#: How a text report names what changed: shared by `compare` and `diff` so both say it alike.
CHANGE_WORDS = {
    "sv": {"scenario": "scenario", "units": "enheter", "roles": "ändrade roller", "economy": "ekonomiska regler",
           "none": "inga skillnader", "added": "ny", "removed": "borttagen", "moved": "flyttad", "changed": "ändrad",
           "added_n": "nya", "removed_n": "borttagna", "moved_n": "flyttade", "changed_n": "ändrade"},
    "en": {"scenario": "scenario", "units": "units", "roles": "roles changed", "economy": "economic rules",
           "none": "no differences", "added": "added", "removed": "removed", "moved": "moved", "changed": "changed",
           "added_n": "added", "removed_n": "removed", "moved_n": "moved", "changed_n": "changed"},
}



def counted_change(count: int, kind: str, lang: str = "sv") -> str:
    """"1 flyttad", "3 flyttade": a count of units added/removed/moved/changed, in number with it."""
    words = CHANGE_WORDS[lang]
    return f"{count} {words[kind] if count == 1 else words[kind + '_n']}"

def field_name(name: str, lang: str = "sv") -> str:
    words = FIELD_WORDS.get(name)
    return _t(lang, *words) if words else name.replace("_", " ")


def number(value: float | int | None, lang: str = "sv", decimals: int = 2) -> str:
    """1 234 567 / 1 234,5 (orgdesigner.io.words.numbers); "–" for no value."""
    return "–" if value is None else numbers.number(value, lang, decimals)


def amount(value: float | int | None, lang: str = "sv") -> str:
    """Whole kronor: "3 000 000 kr" / "SEK 3,000,000"."""
    return "–" if value is None else numbers.amount(value, lang)


def signed(value: float | int, lang: str = "sv", decimals: int = 2) -> str:
    return numbers.signed(value, lang, decimals)


def share(value: float, lang: str = "sv") -> str:
    """0.5 → "50 %" / "50%"."""
    return numbers.percent(value, lang, 0 if float(value * 100).is_integer() else 1)


def day(value: date | None, lang: str = "sv") -> str:
    """1 mars 2018 / 1 March 2018."""
    if value is None:
        return _t(lang, "inget datum", "no date")
    months = _MONTHS_EN if lang == "en" else _MONTHS_SV
    return f"{value.day} {months[value.month - 1]} {value.year}"


def words(values: Iterable[Any], lang: str = "sv") -> str:
    """Enum members and ids joined as "budget, bemanning"; "–" when empty."""
    texts = sorted(label(v, lang) for v in values)
    return ", ".join(texts) if texts else "–"


def value(name: str, raw: Any, lang: str = "sv") -> str:
    """A field's value in words, chosen by the field (amounts, dates, FTE, patients, sets)."""
    if raw is None or raw == () or raw == frozenset() or raw == "":
        return "–"
    if name in _AMOUNTS:
        return amount(raw, lang)
    if name in _FTES:
        return f"{number(raw, lang, 1)} {_t(lang, 'årsarbetare', 'FTE')}"
    if name in {"surplus_share", "deficit_share"}:
        return share(raw, lang)
    if name == "form_authorities":
        parts = [f"{label(form, lang)}: {words(auth, lang)}" for form, auth in sorted(raw.items())]
        return "; ".join(parts) if parts else "–"
    if isinstance(raw, date):
        return day(raw, lang)
    if isinstance(raw, frozenset | set | tuple | list):
        return words(raw, lang)
    if isinstance(raw, bool):
        return _t(lang, "ja", "yes") if raw else _t(lang, "nej", "no")
    if isinstance(raw, int | float):
        return number(raw, lang)
    if isinstance(raw, Enum):
        return label(raw, lang)
    return str(raw)


def change(name: str, old: Any, new: Any, lang: str = "sv") -> str:
    """"befogenheter: budget → budget, inköp"."""
    return f"{field_name(name, lang)}: {value(name, old, lang)} → {value(name, new, lang)}"


def surplus_sentence(rules: EconomicRules, lang: str = "sv") -> str:
    """The surplus/deficit model as one sentence, with its decisions."""
    model = rules.surplus_model
    if model is SurplusModel.NONE:
        text = _t(lang, "Över- och underskott förs inte över till nästa år.",
                  "Surpluses and deficits are not carried over into the next year.")
    elif model is SurplusModel.INTRAPRENAD_KEEPS:
        text = _t(lang, "Intraprenaderna behåller sitt överskott till nästa år.",
                  "The intraprenader keep their surplus for the next year.")
    else:
        cap = ""
        if rules.cap_sek is not None:
            cap = _t(lang, f", högst {amount(rules.cap_sek, lang)}", f", at most {amount(rules.cap_sek, lang)}")
        text = _t(
            lang,
            f"{share(rules.surplus_share, lang)} av ett överskott och {share(rules.deficit_share, lang)} "
            f"av ett underskott förs över till nästa år{cap}.",
            f"{share(rules.surplus_share, lang)} of a surplus and {share(rules.deficit_share, lang)} "
            f"of a deficit are carried over into the next year{cap}.",
        )
    if rules.decisions:
        ids = ", ".join(rules.decisions)
        text += _t(lang, f" Modellen vilar på beslut {ids}.", f" The model rests on decision {ids}.")
    return text


def economy_changes(old: EconomicRules, new: EconomicRules, lang: str = "sv",
                    titles: Mapping[str, str] | None = None) -> list[str]:
    """What changes in the economic rules, as sentences (empty when nothing does); `titles` (decision
    id -> title) names a decision without a diarienummer by its title."""
    out: list[str] = []
    model_fields = ("surplus_model", "surplus_share", "deficit_share", "cap_sek")
    if any(getattr(old, f) != getattr(new, f) for f in model_fields):
        before = surplus_sentence(EconomicRules(old.surplus_model, old.surplus_share, old.deficit_share, old.cap_sek), lang)
        after = surplus_sentence(EconomicRules(new.surplus_model, new.surplus_share, new.deficit_share, new.cap_sek), lang)
        out.append(_t(lang, f"Över- och underskott: i dag gäller att {_lower(before)} I förslaget: {after}",
                      f"Surplus and deficit: today, {_lower(before)} In the proposal: {after}"))
    if old.decisions != new.decisions:
        named = {d: decision_ref(d, (titles or {}).get(d)) for d in (*old.decisions, *new.decisions)}
        gone = join([named[d] for d in old.decisions if d not in new.decisions], lang)
        added = join([named[d] for d in new.decisions if d not in old.decisions], lang)
        if gone and added:
            out.append(_t(lang, f"De ekonomiska reglerna grundas i förslaget på {added} i stället för på {gone}.",
                          f"In the proposal the economic rules rest on {added} instead of {gone}."))
        elif gone:
            out.append(_t(lang, f"De ekonomiska reglerna grundas inte längre på {gone}.",
                          f"The economic rules no longer rest on {gone}."))
        else:
            out.append(_t(lang, f"De ekonomiska reglerna grundas i förslaget på {added}.",
                          f"In the proposal the economic rules rest on {added}."))
    if old.form_authorities != new.form_authorities:
        out.append(_t(lang, f"Befogenheter per form: {value('form_authorities', new.form_authorities, lang)}.",
                      f"Authorities per form: {value('form_authorities', new.form_authorities, lang)}."))
    return out


def _lower(sentence: str) -> str:
    return sentence[:1].lower() + sentence[1:] if sentence[:2] != sentence[:2].upper() else sentence
