"""What a structure template will change, in plain sentences for the planner (the template
dialog's *Det här ändras*): "Område Primärvård blir koncernledning i stället för intraprenad",
"17 enheter blir resultatenheter …", "Under X inrättas 3 nya stödenheter: …".

Said from the difference between the scenario and the scenario as the template would leave it,
so every template (the bundled ones and a region's own) is described alike. No ids, field names,
brackets or arrows reach the planner; amounts and dates as io.wording writes them. No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from orgdesigner.analysis.texts import decision_ref, join
from orgdesigner.io.words.lang import in_lang as _t
from orgdesigner.io.words.wording import day, economy_changes
from orgdesigner.model.entities import Decision, Scenario, Unit
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm
from orgdesigner.model.vocabulary import label

NAMES_SHOWN = 5  # a sentence names this many units, then "och 12 till"

_FORMS: dict[UnitForm, tuple[tuple[str, str], tuple[str, str]]] = {  # (sv one, sv many), (en one, en many)
    UnitForm.LINE: (("linjeenhet", "linjeenheter"), ("a line unit", "line units")),
    UnitForm.RESULT: (("resultatenhet", "resultatenheter"), ("a result unit", "result units")),
    UnitForm.INTRAPRENAD: (("intraprenad", "intraprenader"), ("an intraprenad", "intraprenader")),
    UnitForm.GROUP_MANAGEMENT: (("koncernledning", "koncernledningar"), ("the group management", "group managements")),
}
_KINDS: dict[UnitCategory, tuple[tuple[str, str], tuple[str, str]]] = {
    UnitCategory.GOVERNANCE: (("ledningsenhet", "ledningsenheter"), ("management unit", "management units")),
    UnitCategory.PURCHASER: (("beställarenhet", "beställarenheter"), ("beställarenhet", "beställarenheter")),
    UnitCategory.OWN_PROVIDER: (("enhet i egenregi", "enheter i egenregi"), ("egenregi unit", "egenregi units")),
    UnitCategory.PRIVATE_PROVIDER: (("privat utförare", "privata utförare"), ("private provider", "private providers")),
    UnitCategory.MEDICAL_SERVICE: (("enhet för medicinsk service", "enheter för medicinsk service"),
                                   ("medical service unit", "medical service units")),
    UnitCategory.SUPPORT: (("stödenhet", "stödenheter"), ("support unit", "support units")),
    UnitCategory.UNKNOWN: (("enhet", "enheter"), ("unit", "units")),
}
_POWERS = {  # an authority as the thing a unit may decide: "nya befogenheter: bemanning, inköp …"
    Authority.BUDGET: ("budget", "budget"),
    Authority.STAFFING: ("bemanning", "staffing"),
    Authority.PURCHASING: ("inköp", "purchasing"),
    Authority.PRICING: ("prissättning", "pricing"),
    Authority.DEVELOPMENT: ("utveckling", "development"),
    Authority.SURPLUS_RETENTION: ("att behålla överskott", "keeping a surplus"),
    Authority.RESULT_RESPONSIBILITY: ("resultatansvar", "result responsibility"),
}
_BECOMES = {  # (sv one, sv many, en one, en many): what a unit does from now on
    Role.ACCOUNTABLE: ("blir ansvarig", "blir ansvariga", "becomes accountable", "become accountable"),
    Role.PERFORMS: ("utför", "utför", "performs", "perform"),
    Role.CONSULTED: ("rådfrågas", "rådfrågas", "is consulted", "are consulted"),
    Role.INFORMED: ("informeras", "informeras", "is informed", "are informed"),
}
_WAS = {  # the role before, after the new one: "rådfrågas (i dag ansvarig)"
    Role.ACCOUNTABLE: ("ansvarig", "ansvariga", "accountable", "accountable"),
    Role.PERFORMS: ("utför", "utför", "performs", "perform"),
    Role.CONSULTED: ("rådfrågas", "rådfrågas", "consulted", "consulted"),
    Role.INFORMED: ("informeras", "informeras", "informed", "informed"),
}
_NUMBERS_SV = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio")
_NUMBERS_EN = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


#: one unit's change: (old, new) form, authorities added, removed, decisions added, (old, new) category
_UnitChange = tuple[tuple[UnitForm, UnitForm] | None, frozenset[Authority], frozenset[Authority], tuple[str, ...],
                    tuple[UnitCategory, UnitCategory] | None]


def _count(n: int, lang: str) -> str:
    words = _NUMBERS_EN if lang == "en" else _NUMBERS_SV
    return words[n] if n < len(words) else str(n)


def _names(names: list[str], lang: str) -> str:
    if len(names) > NAMES_SHOWN + 1:
        rest = len(names) - NAMES_SHOWN
        return ", ".join(names[:NAMES_SHOWN]) + _t(lang, f" och {rest} till", f" and {rest} more")
    return join(names, lang)


def _who(units: list[Unit], lang: str) -> str:
    """One unit by its name; several as "17 enheter (A, B … och 12 till)"."""
    if len(units) == 1:
        return units[0].name
    return _t(lang, f"{len(units)} enheter", f"{len(units)} units") + f" ({_names([u.name for u in units], lang)})"


def _form(form: UnitForm, many: bool, lang: str) -> str:
    words = _FORMS.get(form)
    if words is None:
        return label(form, lang)
    return words[lang == "en"][many]


def _kind(category: UnitCategory, many: bool, lang: str) -> str:
    return _KINDS[category][lang == "en"][many]


def _authorities(values: frozenset[Authority], lang: str) -> str:
    words = [_POWERS[a][lang == "en"] if a in _POWERS else label(a, lang) for a in Authority if a in values]
    return join(words, lang)


def template_changes(source: Scenario, applied: Scenario, decisions: Mapping[str, Decision],
                     new_decisions: list[Decision], function_names: Mapping[str, str],
                     new_copy: str | None = None, lang: str = "sv") -> list[str]:
    """The sentences, in the order a planner reads a reorganisation: the copy, the structure, new
    and moved units, forms and authorities, the economy, then who answers for what."""
    out: list[str] = []
    if new_copy is not None:
        out.append(_t(lang, f"Mallen gör ändringarna i en ny kopia, ”{new_copy}”; ”{source.name}” ändras inte.",
                      f"The template makes the changes in a new copy, “{new_copy}”; “{source.name}” stays as it is."))
    if applied.structure is not source.structure:
        out.append(_t(lang, f"Organisationsformen blir {label(applied.structure, 'sv')} i stället för {label(source.structure, 'sv')}.",
                      f"The structure becomes {label(applied.structure, 'en')} instead of {label(source.structure, 'en')}."))
    out.extend(_new_units(source, applied, lang))
    out.extend(_moves(source, applied, lang))
    register = {**decisions, **{d.id: d for d in new_decisions}}
    out.extend(_unit_changes(source, applied, register, lang))
    for decision in new_decisions:
        span = _t(lang, f"från {day(decision.valid_from, 'sv')}", f"from {day(decision.valid_from, 'en')}")
        if decision.valid_until is not None:
            span += _t(lang, f" till {day(decision.valid_until, 'sv')}", f" until {day(decision.valid_until, 'en')}")
        out.append(_t(lang, f"Ett nytt avtal förs in i beslutsregistret: {decision.title}, som gäller {span}.",
                      f"A new agreement is entered in the decision register: {decision.title}, in force {span}."))
    titles = {d.id: d.title for d in (*decisions.values(), *new_decisions)}
    out.extend(economy_changes(source.economy, applied.economy, lang, titles))
    out.extend(_roles(source, applied, function_names, lang))
    return out


def _new_units(source: Scenario, applied: Scenario, lang: str) -> list[str]:
    by_parent: dict[tuple[str | None, UnitCategory], list[Unit]] = defaultdict(list)
    for unit in applied.units.values():
        if unit.id not in source.units:
            by_parent[(unit.parent_id, unit.category)].append(unit)
    out = []
    for (parent, category), units in by_parent.items():
        where = applied.units[parent].name if parent in applied.units else None
        names = join([u.name for u in units], lang)
        kind = _kind(category, len(units) > 1, lang)
        if where is None:
            out.append(_t(lang, f"Högst upp inrättas {_count(len(units), 'sv')} ny {kind}: {names}." if len(units) == 1
                          else f"Högst upp inrättas {_count(len(units), 'sv')} nya {kind}: {names}.",
                          f"At the top, {_count(len(units), 'en')} new {kind} {'is' if len(units) == 1 else 'are'} set up: {names}."))
        elif len(units) == 1:
            out.append(_t(lang, f"Under {where} inrättas en ny {kind}, {names}.",
                          f"Under {where}, a new {kind} is set up: {names}."))
        else:
            out.append(_t(lang, f"Under {where} inrättas {_count(len(units), 'sv')} nya {kind}: {names}.",
                          f"Under {where}, {_count(len(units), 'en')} new {kind} are set up: {names}."))
    return out


def _moves(source: Scenario, applied: Scenario, lang: str) -> list[str]:
    to: dict[str | None, list[Unit]] = defaultdict(list)
    for uid, unit in applied.units.items():
        old = source.units.get(uid)
        if old is not None and old.parent_id != unit.parent_id:
            to[unit.parent_id].append(unit)
    out = []
    for parent, units in to.items():
        verb = _t(lang, "flyttas", "moves" if len(units) == 1 else "move")
        if parent in applied.units:
            where = applied.units[parent].name
            out.append(_t(lang, f"{_who(units, 'sv')} {verb} till {where}.", f"{_who(units, 'en')} {verb} to {where}."))
        else:
            out.append(_t(lang, f"{_who(units, 'sv')} {verb} högst upp i schemat.", f"{_who(units, 'en')} {verb} to the top of the chart."))
    return out


def _unit_changes(source: Scenario, applied: Scenario, decisions: Mapping[str, Decision], lang: str) -> list[str]:
    """Units whose form, authorities or decisions change, one sentence per same change."""
    same: dict[_UnitChange, list[Unit]] = defaultdict(list)
    for uid, unit in applied.units.items():
        old = source.units.get(uid)
        if old is None:
            continue
        form = (old.form, unit.form) if old.form is not unit.form else None
        added, removed = unit.authorities - old.authorities, old.authorities - unit.authorities
        rests = tuple(d for d in unit.decisions if d not in old.decisions)
        category = (old.category, unit.category) if old.category is not unit.category else None
        if form or added or removed or rests or category:
            same[(form, frozenset(added), frozenset(removed), rests, category)].append(unit)
    out = []
    for (form, added, removed, rests, category), units in same.items():
        many = len(units) > 1
        parts: list[str] = []
        if form is not None:
            old_form, new_form = form
            parts.append(_t(lang, f"blir {_form(new_form, many, 'sv')} i stället för {_form(old_form, many, 'sv')}",
                            f"{'become' if many else 'becomes'} {_form(new_form, many, 'en')} instead of {_form(old_form, many, 'en')}"))
        if category is not None:
            parts.append(_t(lang, f"räknas som {_kind(category[1], many, 'sv')} i stället för {_kind(category[0], many, 'sv')}",
                            f"{'count' if many else 'counts'} as {_kind(category[1], many, 'en')} instead of {_kind(category[0], many, 'en')}"))
        if rests:
            named = join([decision_ref(d, decisions[d].title if d in decisions else None) for d in rests], lang)
            parts.append(_t(lang, f"vilar på {named}", f"{'rest' if many else 'rests'} on {named}"))
        if removed:
            parts.append(_t(lang, f"förlorar befogenheten över {_authorities(removed, 'sv')}",
                            f"{'lose' if many else 'loses'} authority over {_authorities(removed, 'en')}"))
        if added:
            parts.append(_t(lang, f"får nya befogenheter: {_authorities(added, 'sv')}" if len(added) > 1
                            else f"får befogenhet över {_authorities(added, 'sv')}",
                            f"{'gain' if many else 'gains'} authority over {_authorities(added, 'en')}"))
        out.append(f"{_who(units, lang)} {join(parts, lang)}.")
    return out


def _roles(source: Scenario, applied: Scenario, function_names: Mapping[str, str], lang: str) -> list[str]:
    """Per function and responsibility: who answers, performs, is consulted or informed from now
    on, with the role each had before ("rådfrågas (i dag ansvarig)")."""
    before, after = source.assignments, applied.assignments
    keys = {k for k in (*before, *after) if before.get(k) is not after.get(k)}
    functions = {fid: i for i, fid in enumerate(function_names)}
    units = {uid: i for i, uid in enumerate((*applied.units, *(u for u in source.units if u not in applied.units)))}
    by_duty: dict[tuple[str, Responsibility], dict[tuple[Role | None, Role | None], list[str]]] = {}
    for key in sorted(keys, key=lambda k: (functions.get(k.function_id, -1), list(Responsibility).index(k.responsibility),
                                           units.get(k.unit_id, -1))):
        unit = applied.units.get(key.unit_id) or source.units.get(key.unit_id)
        if unit is None:
            continue
        duty = by_duty.setdefault((key.function_id, key.responsibility), {})
        duty.setdefault((after.get(key), before.get(key)), []).append(unit.name)
    order = (Role.ACCOUNTABLE, Role.PERFORMS, Role.CONSULTED, Role.INFORMED, None)
    out = []
    for (fid, responsibility), roles in by_duty.items():
        parts = []
        for (role, was), names in sorted(roles.items(), key=lambda item: (order.index(item[0][0]), order.index(item[0][1]))):
            many = len(names) > 1
            who = _names(names, lang)
            if role is None:
                text = _t(lang, f"{who} har ingen roll längre", f"{who} no longer {'have' if many else 'has'} a role")
            else:
                sv_one, sv_many, en_one, en_many = _BECOMES[role]
                text = f"{who} {_t(lang, sv_many if many else sv_one, en_many if many else en_one)}"
            if was is not None:
                sv_one, sv_many, en_one, en_many = _WAS[was]
                text += _t(lang, f" (i dag {sv_many if many else sv_one})", f" (today {en_many if many else en_one})")
            parts.append(text)
        out.append(f"{function_names.get(fid, fid)}, {label(responsibility, lang)}: {'; '.join(parts)}.")
    return out


__all__ = ["template_changes"]
