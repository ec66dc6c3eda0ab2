"""Swedish and English words for the domain's enum values, for previews, diffs and reports
produced outside Qt (the UI has its own translated labels)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)

_WORDS: dict[Enum, tuple[str, str]] = {
    UnitCategory.GOVERNANCE: ("styrning", "governance"),
    UnitCategory.PURCHASER: ("beställarenhet", "beställarenhet (purchaser)"),
    UnitCategory.OWN_PROVIDER: ("egenregi", "egenregi (own provider)"),
    UnitCategory.PRIVATE_PROVIDER: ("privat utförare", "private provider"),
    UnitCategory.MEDICAL_SERVICE: ("medicinsk service", "medical service"),
    UnitCategory.SUPPORT: ("stöd", "support"),
    UnitCategory.UNKNOWN: ("okänd", "unknown"),
    UnitForm.LINE: ("linjeenhet", "line unit"),
    UnitForm.RESULT: ("resultatenhet", "result unit"),
    UnitForm.INTRAPRENAD: ("intraprenad", "intraprenad"),
    UnitForm.GROUP_MANAGEMENT: ("koncernledning", "group management"),
    Authority.BUDGET: ("budget", "budget"),
    Authority.STAFFING: ("bemanning", "staffing"),
    Authority.PURCHASING: ("inköp", "purchasing"),
    Authority.PRICING: ("prissättning", "pricing"),
    Authority.DEVELOPMENT: ("utvecklingsmandat", "development mandate"),
    Authority.SURPLUS_RETENTION: ("behålla överskott", "surplus retention"),
    Authority.RESULT_RESPONSIBILITY: ("resultatansvar", "result responsibility"),
    FunctionCategory.CARE: ("vård", "care"),
    FunctionCategory.MEDICAL_SERVICE: ("medicinsk service", "medical service"),
    FunctionCategory.SUPPORT: ("stöd", "support"),
    FunctionCategory.MANAGEMENT: ("ledning", "management"),
    Responsibility.DEVELOPMENT: ("utveckling", "development"),
    Responsibility.ORDERING: ("beställning", "ordering"),
    Responsibility.DELIVERY: ("utförande", "delivery"),
    Role.ACCOUNTABLE: ("ansvarig", "accountable"),
    Role.PERFORMS: ("utför", "performs"),
    Role.CONSULTED: ("rådfrågas", "consulted"),
    Role.INFORMED: ("informeras", "informed"),
    StructureType.LINE: ("linjeorganisation", "line organisation"),
    StructureType.KONCERN: ("koncern", "koncern"),
    StructureType.INTRAPRENAD: ("intraprenad", "intraprenad"),
    StructureType.CUSTOM: ("egen", "custom"),
    SurplusModel.NONE: ("ingen överföring", "no carry-over"),
    SurplusModel.CARRY_OVER: ("andel förs över", "share carried over"),
    SurplusModel.INTRAPRENAD_KEEPS: ("intraprenader behåller överskott", "intraprenader keep surplus"),
}


def label(value: object, lang: str = "sv") -> str:
    """A word for an enum value (its stored value when none is known), or str(value)."""
    if value is None:
        return "–"
    words = _WORDS.get(value) if isinstance(value, Enum) else None
    if words is None:
        return str(value.value) if isinstance(value, Enum) else str(value)
    return words[1] if lang == "en" else words[0]


def words_of(enum: type[Enum]) -> dict[Enum, tuple[str, str]]:
    """(Swedish, English) for every member of `enum` that has words."""
    return {member: _WORDS[member] for member in enum if member in _WORDS}


def labels(values: Iterable[object], lang: str = "sv") -> str:
    return ", ".join(label(v, lang) for v in values)
