"""Economic rules of a scenario: surplus/deficit handling, the decisions it rests on, and the
authorities (befogenheter) each unit form implies.

The rules are a value: edit a scenario's rules by building a new `EconomicRules` (for example
with `dataclasses.replace`) and setting it with `SetScenarioField(scenario_id, "economy", …)`.
The dates of the governing decisions live in the project's decision register, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from orgdesigner.model.enums import Authority, UnitForm

if TYPE_CHECKING:
    from orgdesigner.model.entities import Decision, Project, Scenario


class SurplusModel(StrEnum):
    NONE = "none"  # results are not carried over
    CARRY_OVER = "carry_over"  # a share of surplus and deficit carried into next year, capped
    INTRAPRENAD_KEEPS = "intraprenad_keeps"  # intraprenader keep their surplus


#: What each form implies a unit may decide itself, unless a scenario says otherwise. An
#: intraprenad is run like a business (seeds: result responsibility, agreed authority over
#: staffing and purchasing, keeps its surplus); a result unit answers for its result; group
#: management steers development and the group's budget; a line unit gets its budget from above.
DEFAULT_FORM_AUTHORITIES: dict[UnitForm, frozenset[Authority]] = {
    UnitForm.LINE: frozenset(),
    UnitForm.RESULT: frozenset({Authority.BUDGET, Authority.RESULT_RESPONSIBILITY}),
    UnitForm.INTRAPRENAD: frozenset(
        {
            Authority.BUDGET,
            Authority.RESULT_RESPONSIBILITY,
            Authority.SURPLUS_RETENTION,
            Authority.STAFFING,
            Authority.PURCHASING,
        }
    ),
    UnitForm.GROUP_MANAGEMENT: frozenset(
        {Authority.BUDGET, Authority.DEVELOPMENT, Authority.STAFFING, Authority.PURCHASING}
    ),
}

SURPLUS_MODEL_TEXT: dict[SurplusModel, tuple[str, str]] = {
    SurplusModel.NONE: ("Inget över-/underskott förs över", "No surplus or deficit carried over"),
    SurplusModel.CARRY_OVER: (
        "En andel av över- och underskott förs över, med tak",
        "A share of surplus and deficit carried over, capped",
    ),
    SurplusModel.INTRAPRENAD_KEEPS: ("Intraprenader behåller sitt överskott", "Intraprenader keep their surplus"),
}


@dataclass(slots=True)
class EconomicRules:
    surplus_model: SurplusModel = SurplusModel.NONE
    surplus_share: float = 0.0  # 0..1 of a surplus carried over
    deficit_share: float = 0.0  # 0..1 of a deficit carried over
    cap_sek: float | None = None
    decisions: tuple[str, ...] = ()  # governing decision ids, e.g. ("RS/123/2024",)
    #: Per-scenario overrides of DEFAULT_FORM_AUTHORITIES; forms not listed use the default.
    form_authorities: dict[UnitForm, frozenset[Authority]] = field(default_factory=dict)

    def implied_authorities(self, form: UnitForm) -> frozenset[Authority]:
        """The authorities a unit of `form` needs under these rules."""
        found = self.form_authorities.get(form)
        return found if found is not None else DEFAULT_FORM_AUTHORITIES[form]

    def describe(self, lang: str = "sv") -> str:
        """One line for tables and the decision paper."""
        sv, en = SURPLUS_MODEL_TEXT[self.surplus_model]
        text = en if lang == "en" else sv
        if self.surplus_model is SurplusModel.CARRY_OVER:
            # as io.numbers writes them (the model layer cannot import io): "100 %", "3 000 000 kr"
            # in Swedish, "100%", "SEK 3,000,000" in English
            pct = "%" if lang == "en" else "\u00a0%"
            share = f"{self.surplus_share * 100:.0f}{pct} / {self.deficit_share * 100:.0f}{pct}"
            cap = ""
            if self.cap_sek is not None:
                grouped = f"{self.cap_sek:,.0f}"
                amount = f"SEK {grouped}" if lang == "en" else f"{grouped.replace(',', chr(0xA0))}\u00a0kr"
                cap = f", {'cap' if lang == 'en' else 'tak'} {amount}"
            text += f" ({share}{cap})"
        if self.decisions:
            text += f" [{', '.join(self.decisions)}]"
        return text

    def problems(self) -> list[tuple[str, str]]:
        """Inconsistencies within the rules themselves, as (Swedish, English) messages."""
        out: list[tuple[str, str]] = []
        for name, value in (("surplus_share", self.surplus_share), ("deficit_share", self.deficit_share)):
            if not 0.0 <= value <= 1.0:
                out.append((f"{name} måste vara mellan 0 och 1", f"{name} must be between 0 and 1"))
        if self.cap_sek is not None and self.cap_sek < 0:
            out.append(("taket får inte vara negativt", "the cap must not be negative"))
        if self.surplus_model is SurplusModel.CARRY_OVER and not (self.surplus_share or self.deficit_share):
            out.append(
                (
                    "överföringsmodellen för ingen andel av över- eller underskott",
                    "the carry-over model carries no share of surplus or deficit",
                )
            )
        if self.surplus_model is not SurplusModel.NONE and not self.decisions:
            out.append(
                (
                    "modellen för över-/underskott saknar styrande beslut",
                    "the surplus/deficit model has no governing decision",
                )
            )
        return out


def governing_decisions(project: Project, rules: EconomicRules) -> list[Decision]:
    """The rules' decisions as found in the project's register (unknown ids are skipped)."""
    return [project.decisions[d] for d in rules.decisions if d in project.decisions]


def decisions_out_of_force(project: Project, scenario: Scenario) -> list[Decision]:
    """Governing decisions not in force on the scenario's effective date (none without a date)."""
    on: date | None = scenario.effective_date
    return [d for d in governing_decisions(project, scenario.economy) if not d.in_force(on)]


def missing_authorities(scenario: Scenario) -> dict[str, frozenset[Authority]]:
    """Unit id -> authorities its form implies under the scenario's rules that it lacks."""
    rules = scenario.economy
    out: dict[str, frozenset[Authority]] = {}
    for unit in scenario.units.values():
        lacking = rules.implied_authorities(unit.form) - unit.authorities
        if lacking:
            out[unit.id] = lacking
    return out


def intraprenad_units(scenario: Scenario) -> list[str]:
    return [u.id for u in scenario.units.values() if u.form is UnitForm.INTRAPRENAD]
