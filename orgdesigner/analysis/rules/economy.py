"""Economic rules of a scenario: a surplus model that fits the structure, consistent shares and a
governing decision, and units that have the authority their form implies.

Decisions out of force are R08's job (rules/decisions.py) and an intraprenad's own terms R07's;
these rules cover what the economic rules themselves say.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import AUTHORITY, authorities_phrase
from orgdesigner.model.economy import SurplusModel, intraprenad_units
from orgdesigner.model.enums import Authority, UnitCategory, UnitForm
from orgdesigner.model.vocabulary import label


@scoped_rule(
    "R20-surplus-model-without-intraprenad",
    Severity.WARNING,
    Scope.SCENARIO,
    triggers=frozenset({Trigger.STRUCTURE, Trigger.UNITS, Trigger.SCENARIO}),
    title_sv="Överskottsmodell för intraprenader utan intraprenader",
    title_en="Intraprenad surplus model without intraprenader",
    why_sv="Regeln att intraprenader behåller sitt överskott gäller ingen enhet när scenariot saknar "
    "intraprenader; då styr den ingenting och döljer att övriga enheters över- och underskott inte har "
    "någon regel.",
    why_en="The rule that intraprenader keep their surplus applies to no unit when the scenario has "
    "none; it steers nothing and hides that the other units' surplus and deficit have no rule.",
    fix_sv="Gör de avsedda enheterna till intraprenader (mallen Intraprenad), eller välj en annan "
    "modell för över- och underskott.",
    fix_en="Make the intended units intraprenader (the Intraprenad template), or choose another "
    "surplus/deficit model.",
)
def surplus_model_without_intraprenad(context: Context, _key: str | None) -> Iterator[Found]:
    scenario = context.scenario
    if scenario.economy.surplus_model is SurplusModel.INTRAPRENAD_KEEPS and not intraprenad_units(scenario):
        yield Found(
            "Intraprenader ska behålla sitt överskott, men scenariot har inga intraprenader.",
            "Intraprenader are to keep their surplus, but the scenario has no intraprenader.",
            Subjects(decisions=tuple(scenario.economy.decisions)),
        )


@scoped_rule(
    "R21-economic-rules-incomplete",
    Severity.INFO,
    Scope.SCENARIO,
    triggers=frozenset({Trigger.SCENARIO}),
    title_sv="Ofullständiga ekonomiska regler",
    title_en="Incomplete economic rules",
    why_sv="En modell för över- och underskott behöver andelar som säger något och ett beslut som "
    "den vilar på; annars vet enheterna inte vad som gäller vid årets slut.",
    why_en="A surplus/deficit model needs shares that say something and a decision it rests on; "
    "otherwise units do not know what applies at the year's end.",
    fix_sv="Ange andelar (och tak) för överföringen och knyt reglerna till ett beslut i registret.",
    fix_en="Set the shares (and cap) to carry over and link the rules to a decision in the register.",
)
def economic_rules_incomplete(context: Context, _key: str | None) -> Iterator[Found]:
    problems = context.scenario.economy.problems()
    if problems:
        yield Found(
            "Ekonomiska regler: " + "; ".join(sv for sv, _ in problems) + ".",
            "Economic rules: " + "; ".join(en for _, en in problems) + ".",
            Subjects(),
        )


@scoped_rule(
    "R22-form-without-authority",
    Severity.INFO,
    Scope.UNIT,
    title_sv="Driftform utan sina befogenheter",
    title_en="Form without the authority it implies",
    why_sv="En resultatenhet eller koncernledning som saknar de befogenheter formen förutsätter har "
    "formen bara på papperet: självständighet kommer av tillit och befogenheter.",
    why_en="A result unit or group management without the authorities its form implies has the form "
    "on paper only: independence comes from trust and authority.",
    fix_sv="Ge enheten befogenheterna (se scenariots ekonomiska regler) eller ändra driftform.",
    fix_en="Give the unit the authorities (see the scenario's economic rules) or change its form.",
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.units_with_formal_form,
)
def form_without_authority(context: Context, unit_id: str | None) -> Iterator[Found]:
    unit = context.scenario.units.get(unit_id) if unit_id else None
    # Intraprenader are R07's; governance is exempt like in R06.
    if unit is None or unit.form in (UnitForm.LINE, UnitForm.INTRAPRENAD) or unit.category is UnitCategory.GOVERNANCE:
        return
    implied = context.scenario.economy.implied_authorities(unit.form)
    if implied <= unit.authorities:
        return
    lacks_sv, lacks_en = _lacks(unit.form, frozenset(implied - unit.authorities))
    yield Found(
        f"{unit.name} {lacks_sv}",
        f"{unit.name} {lacks_en}",
        Subjects((unit.id,)),
    )


@lru_cache(maxsize=256)
def _lacks(form: UnitForm, missing: frozenset[Authority]) -> tuple[str, str]:
    """The message after the unit's name; a few (form, missing) pairs recur over many units."""
    ordered = sorted(missing)
    return (
        f"är {label(form, 'sv')} men saknar {authorities_phrase([AUTHORITY[a][0] for a in ordered], 'sv')}.",
        f"is a {label(form, 'en')} but lacks {authorities_phrase([AUTHORITY[a][1] for a in ordered], 'en')}.",
    )
