"""File shape and conversion of a scenario's economic rules."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from orgdesigner.model import limits
from orgdesigner.model.economy import EconomicRules, SurplusModel
from orgdesigner.model.enums import Authority, UnitForm

Share = Annotated[float, Field(ge=0, le=1)]


class EconomyModel(BaseModel):
    """Surplus/deficit handling, its governing decisions (ids in the decision register) and,
    optionally, the authorities each unit form implies when they differ from the defaults."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    surplus_model: SurplusModel = SurplusModel.NONE
    surplus_share: Share = 0.0
    deficit_share: Share = 0.0
    cap_sek: Annotated[float, Field(ge=0, le=limits.AMOUNT_MAX, allow_inf_nan=False)] | None = None
    decisions: list[Annotated[str, Field(min_length=1, max_length=limits.ID_MAX)]] = []
    form_authorities: dict[UnitForm, list[Authority]] = {}


_FORM_ORDER = {form: i for i, form in enumerate(UnitForm)}


def economy_to_json(rules: EconomicRules) -> dict[str, Any]:
    out: dict[str, Any] = {"surplus_model": rules.surplus_model.value}
    if rules.surplus_share:
        out["surplus_share"] = rules.surplus_share
    if rules.deficit_share:
        out["deficit_share"] = rules.deficit_share
    if rules.cap_sek is not None:
        out["cap_sek"] = rules.cap_sek
    if rules.decisions:
        out["decisions"] = list(rules.decisions)
    if rules.form_authorities:
        out["form_authorities"] = {
            form.value: sorted(a.value for a in rules.form_authorities[form])
            for form in sorted(rules.form_authorities, key=_FORM_ORDER.__getitem__)
        }
    return out


def economy_from_model(model: EconomyModel) -> EconomicRules:
    return EconomicRules(
        surplus_model=model.surplus_model,
        surplus_share=model.surplus_share,
        deficit_share=model.deficit_share,
        cap_sek=model.cap_sek,
        decisions=tuple(model.decisions),
        form_authorities={form: frozenset(auths) for form, auths in model.form_authorities.items()},
    )
