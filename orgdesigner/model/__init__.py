"""The domain model: plain typed Python, no Qt. Change it only through `commands`."""

from orgdesigner.model.document import Document
from orgdesigner.model.dotted import DottedKind, DottedLine
from orgdesigner.model.economy import EconomicRules, SurplusModel
from orgdesigner.model.entities import (
    Acknowledgement,
    AnalysisSettings,
    AssignmentKey,
    Decision,
    Function,
    Project,
    Scenario,
    Unit,
)
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.events import Change, ModelEvent

__all__ = [
    "Acknowledgement",
    "AnalysisSettings",
    "AssignmentKey",
    "Authority",
    "Change",
    "Decision",
    "Document",
    "DottedKind",
    "DottedLine",
    "EconomicRules",
    "Function",
    "FunctionCategory",
    "ModelEvent",
    "Project",
    "Responsibility",
    "Role",
    "Scenario",
    "StructureType",
    "SurplusModel",
    "Unit",
    "UnitCategory",
    "UnitForm",
]
