"""The closed vocabularies of the domain. Values are the strings stored in project files."""

from __future__ import annotations

from enum import StrEnum


class UnitCategory(StrEnum):
    GOVERNANCE = "governance"
    PURCHASER = "purchaser"  # beställarenhet
    OWN_PROVIDER = "own_provider"  # egenregi
    PRIVATE_PROVIDER = "private_provider"
    MEDICAL_SERVICE = "medical_service"
    SUPPORT = "support"
    # not known: imported from a model that does not say (an ArchiMate Business Actor may be a
    # customer or a bank as well as a unit of the region); the planner sets it
    UNKNOWN = "unknown"


class UnitForm(StrEnum):
    LINE = "line_unit"
    RESULT = "result_unit"
    INTRAPRENAD = "intraprenad"
    GROUP_MANAGEMENT = "group_management"


class Authority(StrEnum):
    """What a unit may decide itself (befogenheter)."""

    BUDGET = "budget"
    STAFFING = "staffing"
    PURCHASING = "purchasing"
    PRICING = "pricing"
    DEVELOPMENT = "development_mandate"
    SURPLUS_RETENTION = "surplus_retention"
    RESULT_RESPONSIBILITY = "result_responsibility"


class FunctionCategory(StrEnum):
    CARE = "care"
    MEDICAL_SERVICE = "medical_service"
    SUPPORT = "support"
    MANAGEMENT = "management"


class Responsibility(StrEnum):
    DEVELOPMENT = "development"
    ORDERING = "ordering"
    DELIVERY = "delivery"


class Role(StrEnum):
    """RACI: exactly one accountable per (function, responsibility)."""

    ACCOUNTABLE = "accountable"
    PERFORMS = "performs"
    CONSULTED = "consulted"
    INFORMED = "informed"


class StructureType(StrEnum):
    LINE = "line"
    KONCERN = "koncern"
    INTRAPRENAD = "intraprenad"
    CUSTOM = "custom"
