"""Why a command is refused, as data worded in either language.

A refusal is a kind and its parts (the ids and names it concerns, the kind of thing it is about);
`CommandError(Refusal.EXISTS, thing="unit", id="hc1")` carries them, so the window and the
command line word the same refusal in the reader's language ("Det finns redan en enhet med id
”hc1”." / "A unit with the id 'hc1' already exists."). The table below is the one place these
sentences live; a test words every kind in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class Refusal(StrEnum):
    EXISTS = "exists"  # thing, id
    UNKNOWN = "unknown"  # thing, id
    UNKNOWN_REFERENCE = "unknown_reference"  # owner, name, thing, id: a service's supplier, a unit's decision
    NEEDS_ID = "needs_id"  # thing
    IN_USE = "in_use"  # thing, id, users (units, economic rules, events: see `uses`)
    PNA_IN_USE = "pna_in_use"  # id, users (service names)
    PARENT_MISSING = "parent_missing"  # unit, parent
    REPORTING_CYCLE = "reporting_cycle"  # unit, parent (names)
    DOTTED_SELF = "dotted_self"  # unit (a name or an id)
    DOTTED_IN_LINE = "dotted_in_line"  # source, target: the target is already its line manager
    DOTTED_IN_LINE_BELOW = "dotted_in_line_below"  # source, target: the source is the target's line manager
    DOTTED_EXISTS = "dotted_exists"  # source, target
    DOTTED_MISSING = "dotted_missing"  # source, target
    DOTTED_TARGET_GONE = "dotted_target_gone"  # source, target
    FLOW_EXISTS = "flow_exists"  # buyer, service
    FLOW_MISSING = "flow_missing"  # buyer, service
    FOLLOWS_ITSELF = "follows_itself"
    ALREADY_CURRENT = "already_current"
    EVENT_DECISION_OR_DATE = "event_decision_or_date"  # id
    EVENT_DATE = "event_date"  # id
    EVENT_SUPPLIER = "event_supplier"  # id
    EVENT_BUYERS = "event_buyers"  # id
    CONFLICT_SETTLED = "conflict_settled"
    CONFLICT_GONE = "conflict_gone"
    CONFLICT_MISFIT = "conflict_misfit"  # reason (the project file's own words)
    TEMPLATE_FAILED = "template_failed"  # template (`Both` names), reason (a CommandError)
    NOTHING_ABOVE = "nothing_above"  # name: a template moves units out above a unit at the top
    NO_OWN_PROVIDER = "no_own_provider"  # an archetype needs the own providers' head to apply to


#: a thing a refusal names: (Swedish noun, its definite form, "en" or "ett", English noun)
THINGS: dict[str, tuple[str, str, str, str]] = {
    "unit": ("enhet", "enheten", "en", "unit"),
    "scenario": ("scenario", "scenariot", "ett", "scenario"),
    "function": ("funktion", "funktionen", "en", "function"),
    "decision": ("beslut", "beslutet", "ett", "decision"),
    "service": ("tjänst", "tjänsten", "en", "service"),
    "event": ("händelse", "händelsen", "en", "event"),
    "flow": ("flöde", "flödet", "ett", "flow"),
    "supplier": ("leverantörsenhet", "leverantörsenheten", "en", "supplier unit"),
    "pna": ("PNA-alternativ", "PNA-alternativet", "ett", "PNA alternative"),
    "buyer": ("köpare", "köparen", "en", "buyer unit"),
    # the economic rules of a scenario, named by the scenario
    "economy": ("ekonomiska regler", "de ekonomiska reglerna i scenariot", "", "economic rules of scenario"),
}

#: kind -> (Swedish, English); {thing}, {a_thing}, {the_thing}, {no_thing}, {The_owner} are
#: derived from the `thing` and `owner` parts, the rest are the parts as given
_WORDS: dict[Refusal, tuple[str, str]] = {
    Refusal.EXISTS: ("Det finns redan {a_thing} med id ”{id}”.", "{thing} id '{id}' already exists"),
    Refusal.UNKNOWN: ("Det finns {no_thing} ”{id}”.", "unknown {thing} '{id}'"),
    Refusal.UNKNOWN_REFERENCE: ("{The_owner} ”{name}” hänvisar till {the_thing} ”{id}”, som inte finns.",
                                "{owner} '{name}': unknown {thing} '{id}'"),
    Refusal.NEEDS_ID: ("{A_thing} behöver ett id.", "a {thing} needs an id"),
    Refusal.IN_USE: ("{The_thing} ”{id}” används fortfarande av {users}.", "{thing} {id} is still referred to by: {users}"),
    Refusal.PNA_IN_USE: ("Tjänsten ”{id}” är PNA-alternativ för {users}.", "service '{id}' is the PNA alternative of {users}"),
    Refusal.PARENT_MISSING: ("Enheten ”{unit}” står under ”{parent}”, som inte finns.",
                             "parent '{parent}' of unit '{unit}' does not exist"),
    Refusal.REPORTING_CYCLE: ("{unit} kan inte flyttas under {parent}: enheten skulle då rapportera till sig själv "
                              "(en cirkel i rapportvägarna).",
                              "cannot move {unit} under {parent}: it would report to itself (a reporting cycle)"),
    Refusal.DOTTED_SELF: ("{unit} kan inte ha en streckad linje till sig själv.", "{unit} cannot have a dotted line to itself"),
    Refusal.DOTTED_IN_LINE: ("{source} rapporterar redan till {target} i linjen.",
                             "{source} already reports to {target} in the line"),
    Refusal.DOTTED_IN_LINE_BELOW: ("{target} rapporterar redan till {source} i linjen.",
                                   "{target} already reports to {source} in the line"),
    Refusal.DOTTED_EXISTS: ("{source} har redan en streckad linje till {target}.",
                            "{source} already has a dotted line to {target}"),
    Refusal.DOTTED_MISSING: ("Det finns ingen streckad linje från ”{source}” till ”{target}”.",
                             "no dotted line from '{source}' to '{target}'"),
    Refusal.DOTTED_TARGET_GONE: ("Enheten ”{source}” har en streckad linje till ”{target}”, som inte finns.",
                                 "dotted line of unit '{source}' to '{target}', which does not exist"),
    Refusal.FLOW_EXISTS: ("Det finns redan ett flöde där {buyer} köper {service}.", "a flow {buyer} × {service} already exists"),
    Refusal.FLOW_MISSING: ("Det finns inget flöde där {buyer} köper {service}.", "no flow {buyer} × {service}"),
    Refusal.FOLLOWS_ITSELF: ("En funktion kan inte följa upp sig själv.", "a function cannot follow itself up"),
    Refusal.ALREADY_CURRENT: ("Scenariot är redan nuläget.", "the scenario is already the current state"),
    Refusal.EVENT_DECISION_OR_DATE: ("Händelsen ”{id}” är en prisändring och behöver sitt beslut eller ett datum.",
                                     "event '{id}': a pricing change needs its decision or a date"),
    Refusal.EVENT_DATE: ("Händelsen ”{id}” behöver ett datum.", "event '{id}': the event needs a date"),
    Refusal.EVENT_SUPPLIER: ("Händelsen ”{id}” är konsultativ återkoppling och behöver leverantören som ger den.",
                             "event '{id}': consultative feedback needs the supplier that gives it"),
    Refusal.EVENT_BUYERS: ("Händelsen ”{id}” behöver de beställare den gällde.",
                           "event '{id}': name the buyers the event touched"),
    Refusal.CONFLICT_SETTLED: ("Konflikten är redan löst.", "the conflict is already settled"),
    Refusal.CONFLICT_GONE: ("Det konflikten gäller finns inte längre i projektet.",
                            "the entity of this conflict is no longer in the project"),
    Refusal.CONFLICT_MISFIT: ("Värdet passar inte i projektet: {reason}", "that value does not fit the project: {reason}"),
    Refusal.TEMPLATE_FAILED: ("Mallen {template} kan inte användas här: {reason}", "template {template}: {reason}"),
    Refusal.NOTHING_ABOVE: ("Det finns ingen enhet ovanför ”{name}” att flytta ut enheter till.",
                            "no unit above “{name}” to move units out to"),
    Refusal.NO_OWN_PROVIDER: ("Scenariot har ingen enhet i egenregin att tillämpa strukturen på.",
                              "the scenario has no own-provider unit to apply the structure to"),
}


@dataclass(frozen=True, slots=True)
class Both:
    """A part with a word in each language (a template's name)."""

    sv: str
    en: str

    def words(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


def words(kind: Refusal) -> tuple[str, str]:
    """The (Swedish, English) sentence of a kind, with its {parts} (a test reads every kind)."""
    return _WORDS[kind]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _things(key: str, lang: str) -> dict[str, str]:
    """The forms of a thing's word a sentence may use: {thing}, {a_thing}, {the_thing}, {no_thing}."""
    sv, definite, article, en = THINGS.get(key, (key, key, "", key))
    if lang == "en":
        forms = {"thing": en, "a_thing": f"a {en}", "the_thing": f"the {en}", "no_thing": f"no {en}"}
    else:
        none = {"en": "ingen", "ett": "inget"}.get(article, "inga")
        forms = {"thing": sv, "a_thing": f"{article} {sv}".strip(), "the_thing": definite, "no_thing": f"{none} {sv}"}
    return forms | {f"{k[:1].upper()}{k[1:]}": _capital(v) for k, v in forms.items()}


def uses(users: Sequence[tuple[str, ...]], lang: str) -> str:
    """Where a decision is used, as a list: ("unit", scenario, name), ("economy", scenario),
    ("event", id); a unit named alike in several scenarios once, five places at most."""
    en = lang == "en"
    places: dict[tuple[str, str], list[str]] = {}  # (kind, name) -> scenarios, in order
    for kind, *names in users:
        if kind == "unit":
            places.setdefault((kind, names[1]), []).append(names[0])
        elif kind == "economy":
            places.setdefault((kind, ""), []).append(names[0])
        else:
            places.setdefault((kind, names[0]), [])
    shown = []
    for (kind, name), scenarios in list(places.items())[:5]:
        where = ", ".join(scenarios)
        if kind == "unit":
            shown.append(f"{name} {'in' if en else 'i'} {where}")
        elif kind == "economy":
            shown.append(f"the economic rules of {where}" if en else f"de ekonomiska reglerna i {where}")
        else:
            shown.append(f"event {name} of the volume history" if en else f"händelsen {name} i volymhistoriken")
    more = len(places) - len(shown)
    if more > 0:
        shown.append(f"{more} more" if en else f"{more} till")
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + (" and " if en else " och ") + shown[-1]


def worded(kind: Refusal, parts: Mapping[str, object], lang: str) -> str:
    """A refusal in `lang`: its sentence with the parts filled in. A part that is itself a refusal
    (an error with `words`) is worded in the same language; a list of uses as `uses` lists it."""
    sv, en = _WORDS[kind]
    text = en if lang == "en" else sv
    filled: dict[str, str] = {}
    for key, value in parts.items():
        if key == "thing":
            filled |= _things(str(value), lang)
        elif key == "owner":
            owner = _things(str(value), lang)
            filled |= {"owner": owner["thing"], "The_owner": owner["The_thing"]}
        elif key == "users" and isinstance(value, tuple) and value and isinstance(value[0], tuple):
            filled["users"] = uses(value, lang)
        elif hasattr(value, "words"):
            filled[key] = value.words(lang)
        elif isinstance(value, tuple | list):
            filled[key] = ", ".join(str(v) for v in value)
        else:
            filled[key] = str(value)
    return text.format_map(filled)
