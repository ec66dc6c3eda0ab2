"""A change between two scenarios as a sentence a politician reads: "Brunflo hälsocentral blir
resultatenhet i stället för linjeenhet." rather than "Ändra enhet Brunflo hälsocentral: form:
linjeenhet → resultatenhet".

One sentence per step of the change list (`analysis.change_list.Step`), in Swedish or English:
for every unit field (`model.fields.UNIT_FIELDS`), every kind of step (a new unit, a move, a unit
changed, a role, an economic rule or scenario setting, a unit closed down). `who` may name one
unit or several ("A, B och C"): the grouped steps of the genomförandeplan say one change made to
many units once. A field without its own sentence gets the general one ("Kategori för X blir …").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from orgdesigner.analysis.change_list import Step
from orgdesigner.analysis.texts import join
from orgdesigner.io.words import wording as W
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.model.vocabulary import label

#: what a sentence calls a field with its article, where "the field of X" is said: (sv, en)
_DEFINITE: dict[str, tuple[str, str]] = {
    "budget_sek": ("budgeten", "the budget"),
    "staff_fte": ("antalet årsarbetare", "the staff"),
    "listed_patients": ("antalet listade patienter", "the number of listed patients"),
    "surplus_share": ("andelen av ett överskott som förs över", "the share of a surplus carried over"),
    "deficit_share": ("andelen av ett underskott som förs över", "the share of a deficit carried over"),
    "cap_sek": ("taket för vad som förs över", "the cap on what is carried over"),
    "surplus_model": ("hanteringen av över- och underskott", "the handling of surpluses and deficits"),
    "structure": ("organisationsformen", "the structure"),
    "form_authorities": ("befogenheterna per form", "the authorities per form"),
}


def _verb(many: bool, one: str, more: str) -> str:
    """The English verb for one unit or several ("becomes" / "become"); Swedish has one form."""
    return more if many else one


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _value(field: str, raw: Any, lang: str) -> str:
    if field == "staff_fte" and raw is not None:  # "12,5 årsarbetare": the field's own unit, once
        return f"{W.number(raw, lang, 1)} {_t(lang, 'årsarbetare', 'FTE')}"
    if field == "surplus_model" and raw is not None:  # a phrase of its own: quoted in a sentence
        return f"”{label(raw, lang)}”" if lang != "en" else f"“{label(raw, lang)}”"
    if field in {"category", "form", "structure"} and raw is not None:
        return label(raw, lang)
    return W.value(field, raw, lang)


def _sets(old: Iterable[Any] | None, new: Iterable[Any] | None, lang: str,
          name: Callable[[Any], str]) -> tuple[str, str, int, int]:
    """What a set gains and loses, each as "a, b och c", and how many of each."""
    before, after = set(old or ()), set(new or ())
    gained = sorted(name(v) for v in after - before)
    lost = sorted(name(v) for v in before - after)
    return join(gained, lang), join(lost, lang), len(gained), len(lost)


def _authorities(who: str, old: Any, new: Any, lang: str, many: bool) -> str:
    gained, lost, n_gained, n_lost = _sets(old, new, lang, lambda a: label(a, lang))
    sv_word = {True: "befogenheterna", False: "befogenheten"}
    en_word = {True: "authorities", False: "authority"}
    parts_sv, parts_en = [], []
    if gained:
        parts_sv.append(f"får {sv_word[n_gained > 1]} {gained}")
        parts_en.append(f"{_verb(many, 'is', 'are')} given the {en_word[n_gained > 1]} {gained}")
    if lost:
        parts_sv.append(f"mister {sv_word[n_lost > 1]} {lost}")
        parts_en.append(f"{_verb(many, 'loses', 'lose')} the {en_word[n_lost > 1]} {lost}")
    return _t(lang, f"{who} {' och '.join(parts_sv)}.", f"{who} {' and '.join(parts_en)}.")


def _decisions(subject: tuple[str, str], old: Any, new: Any, lang: str, decision: Callable[[Any], str],
               many: bool) -> str:
    """`subject` (sv, en) "rests on" decisions: which it now rests on and which no longer."""
    added, gone, _, _ = _sets(old, new, lang, decision)
    sv, en = subject
    rests = _verb(many, "rests", "rest")
    if added and gone:
        return _t(lang, f"{sv} grundas på {added} i stället för på {gone}.", f"{en} {rests} on {added} instead of {gone}.")
    if added:
        return _t(lang, f"{sv} grundas nu också på {added}.", f"{en} now also {rests} on {added}.")
    return _t(lang, f"{sv} grundas inte längre på {gone}.", f"{en} no longer {rests} on {gone}.")


def field_sentence(field: str, who: str, old: Any, new: Any, lang: str = "sv",
                   decision: Callable[[Any], str] = str, many: bool = False) -> str:
    """One field of a unit (or of several, `who` naming them and `many` set) changed, as a sentence."""
    if field == "name":
        return _t(lang, f"{old} byter namn till {new}.", f"{old} is renamed {new}.")
    if field in {"category", "form"}:
        becomes = _verb(many, "becomes", "become")
        if old is None:
            return _t(lang, f"{who} blir {_value(field, new, lang)}.", f"{who} {becomes} {_value(field, new, lang)}.")
        return _t(lang, f"{who} blir {_value(field, new, lang)} i stället för {_value(field, old, lang)}.",
                  f"{who} {becomes} {_value(field, new, lang)} instead of {_value(field, old, lang)}.")
    if field == "authorities":
        return _authorities(who, old, new, lang, many)
    if field == "decisions":
        return _decisions((who, who), old, new, lang, decision, many)
    if field == "notes":
        return _t(lang, f"Anteckningarna om {who} ändras.", f"The notes on {who} change.")
    if field == "dotted_lines":
        return _t(lang, f"De streckade linjerna från {who} ändras.", f"The dotted lines from {who} change.")
    sv_def, en_def = _DEFINITE.get(field, (W.field_name(field, "sv"), f"the {W.field_name(field, 'en')}"))
    return _of(f"{sv_def} för {who}", f"{en_def} of {who}", field, old, new, lang)


def _of(sv: str, en: str, field: str, old: Any, new: Any, lang: str) -> str:
    """"Budgeten för X blir 3 000 000 kr i stället för 2 500 000 kr.", or set for the first time, or removed."""
    sv, en = _capital(sv), _capital(en)
    if old is None or old == "":
        return _t(lang, f"{sv} blir {_value(field, new, lang)}.", f"{en} becomes {_value(field, new, lang)}.")
    if new is None or new == "":
        return _t(lang, f"{sv} ({_value(field, old, lang)}) tas bort.", f"{en} ({_value(field, old, lang)}) is removed.")
    return _t(lang, f"{sv} blir {_value(field, new, lang)} i stället för {_value(field, old, lang)}.",
              f"{en} becomes {_value(field, new, lang)} instead of {_value(field, old, lang)}.")


def rule_sentence(field: str, old: Any, new: Any, lang: str = "sv", decision: Callable[[Any], str] = str) -> str:
    """An economic rule or a setting of the scenario changed, as a sentence."""
    if field == "decisions":
        return _decisions(("De ekonomiska reglerna", "The economic rules"), old, new, lang, decision, True)
    if field == "effective_date":
        if old is None:
            return _t(lang, f"Förslaget gäller från {W.day(new, lang)}.", f"The proposal takes effect on {W.day(new, lang)}.")
        if new is None:
            return _t(lang, "Förslaget har inte längre något datum då det börjar gälla.",
                      "The proposal no longer has a date on which it takes effect.")
        return _t(lang, f"Förslaget gäller från {W.day(new, lang)} i stället för från {W.day(old, lang)}.",
                  f"The proposal takes effect on {W.day(new, lang)} instead of {W.day(old, lang)}.")
    if field == "form_authorities":
        return _t(lang, f"Befogenheterna per form blir: {W.value(field, new, lang)}.",
                  f"The authorities per form become: {W.value(field, new, lang)}.")
    sv_def, en_def = _DEFINITE.get(field, (W.field_name(field, "sv"), f"the {W.field_name(field, 'en')}"))
    return _of(sv_def, en_def, field, old, new, lang)


def role_sentence(who: str, function: str, step: Step, lang: str = "sv", many: bool = False) -> str:
    """A role given, taken away or changed: "För Digital vård (utveckling) får X rollen ansvarig."."""
    what = f"{function} ({label(step.responsibility, lang)})"
    new, old = label(step.new, lang), label(step.old, lang)
    has = _verb(many, "has", "have")
    if step.old is None:
        return _t(lang, f"För {what} får {who} rollen {new}.", f"For {what}, {who} {_verb(many, 'is', 'are')} given the role {new}.")
    if step.new is None:
        return _t(lang, f"För {what} har {who} inte längre rollen {old}.", f"For {what}, {who} no longer {_verb(many, 'has', 'have')} the role {old}.")
    return _t(lang, f"För {what} får {who} rollen {new} i stället för {old}.", f"For {what}, {who} {has} the role {new} instead of {old}.")


def step_sentence(step: Step, unit: Callable[[Any], str], lang: str = "sv",
                  decision: Callable[[Any], str] = str, who: str | None = None, many: bool = False) -> str:
    """One step of the change list as a sentence. `unit` names a unit by id; `decision` names a
    decision by id; `who` overrides the step's unit name (several units named at once: `many`)."""
    who = who if who is not None else step.unit_name
    if step.kind == "new_unit":
        is_ = _verb(many, "is", "are")
        if step.new is None:
            return _t(lang, f"{who} inrättas högst upp i organisationen.", f"{who} {is_} set up at the top of the organisation.")
        return _t(lang, f"{who} inrättas under {unit(step.new)}.", f"{who} {is_} set up under {unit(step.new)}.")
    if step.kind == "move":
        top = _t(lang, "högsta nivån", "the top level")
        old = top if step.old is None else unit(step.old)
        new = top if step.new is None else unit(step.new)
        return _t(lang, f"{who} flyttas från {old} till {new}.", f"{who} {_verb(many, 'moves', 'move')} from {old} to {new}.")
    if step.kind == "close_unit":
        return _t(lang, f"{who} avvecklas.", f"{who} {_verb(many, 'is', 'are')} closed down.")
    if step.kind == "unit_change":
        return field_sentence(step.field, who, step.old, step.new, lang, decision, many)
    if step.kind == "role":
        return role_sentence(who, step.function_name, step, lang, many)
    return rule_sentence(step.field, step.old, step.new, lang, decision)
