"""A scenario's economic rules ⇄ the file (either reader's validated model; no pydantic here)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgdesigner.model.economy import EconomicRules
from orgdesigner.model.enums import UnitForm

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import Economy as EconomyModel


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
