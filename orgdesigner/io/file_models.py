"""The project file's shape as pydantic models: the validator and the source of the JSON Schema.

`tools/gen_schema.py` writes `orgdesigner/data/schema/orgd.schema.json` from these; a test keeps the
two in step. Length limits keep hostile files from exhausting memory further down the line.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from orgdesigner.io.economy_file import EconomyModel

# Re-exported: the constants live where reading a current file finds them without pydantic.
from orgdesigner.io.file_format import FORMAT_NAME as FORMAT_NAME
from orgdesigner.io.file_format import FORMAT_VERSION as FORMAT_VERSION
from orgdesigner.io.trade_file import TradeModel
from orgdesigner.model import limits
from orgdesigner.model.dotted import DottedKind
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)

# The limits come from the model (orgdesigner.model.limits), which every edit, import and template
# meets too: what the application accepts, the file reads back.
Id = Annotated[str, Field(min_length=1, max_length=limits.ID_MAX)]
Name = Annotated[str, Field(min_length=1, max_length=limits.NAME_MAX)]
Text = Annotated[str, Field(max_length=limits.TEXT_MAX)]
Amount = Annotated[float, Field(ge=0, le=limits.AMOUNT_MAX, allow_inf_nan=False)]
Fte = Annotated[float, Field(ge=0, le=limits.FTE_MAX, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=limits.COUNT_MAX)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProjectInfoModel(_Strict):
    name: Name
    organisation: Text = ""
    reference: Text = ""
    description: Text = ""
    created: date | None = None
    modified: date | None = None


class SettingsModel(_Strict):
    span_of_control_max: Annotated[int, Field(ge=1, le=10_000)] = 12
    layers_max: Annotated[int, Field(ge=1, le=10_000)] = 6
    disabled_rules: list[Id] = []
    severity_overrides: dict[Id, Literal["error", "warning", "info"]] = {}
    # the unit at and above which ordering and own delivery may meet (format 2); null: derived
    top_management: Id | None = None


class FunctionModel(_Strict):
    id: Id
    name: Name
    category: FunctionCategory = FunctionCategory.CARE
    vardval: bool = False
    description: Text = ""


class DecisionModel(_Strict):
    id: Id
    title: Name
    valid_from: date | None = None
    valid_until: date | None = None
    description: Text = ""


class DottedLineModel(_Strict):
    """A dotted (secondary) reporting line from the unit that holds it (format 2)."""

    to: Id
    kind: DottedKind = DottedKind.FUNCTIONAL
    note: Text = ""
    decision: Text = ""


class UnitModel(_Strict):
    id: Id
    name: Name
    parent: Id | None = None
    category: UnitCategory = UnitCategory.OWN_PROVIDER
    form: UnitForm = UnitForm.LINE
    # default_factory: a plain [] default is deep-copied for every unit read (0.1 s per 10,000)
    authorities: list[Authority] = Field(default_factory=list, json_schema_extra={"default": []})
    decisions: list[Id] = Field(default_factory=list, json_schema_extra={"default": []})
    budget_sek: Amount | None = None
    staff_fte: Fte | None = None
    listed_patients: Count | None = None
    notes: Text = ""
    dotted: list[DottedLineModel] = Field(default_factory=list, json_schema_extra={"default": []})


#: function id -> responsibility -> unit id -> role: compact, one line per role when indented.
AssignmentsModel = dict[Id, dict[Responsibility, dict[Id, Role]]]


class ScenarioModel(_Strict):
    id: Id
    name: Name
    description: Text = ""
    effective_date: date | None = None
    structure: StructureType = StructureType.CUSTOM
    units: list[UnitModel] = []
    assignments: AssignmentsModel = {}
    economy: EconomyModel = EconomyModel()
    trade: TradeModel = TradeModel()
    proposal: Text = ""  # förslag till beslut (format 2)


class SignatoryModel(_Strict):
    name: Name
    title: Text = ""


class CaseModel(_Strict):
    """The decision paper's case (format 2): header block, texts, signatories, receivers."""

    title: Text = ""
    department: Text = ""
    officer: Text = ""
    phone: Text = ""
    email: Text = ""
    decision_body: Text = ""
    summary: Text = ""
    background: Text = ""
    signatories: list[SignatoryModel] = []
    receivers: list[Name] = []


class AcknowledgementModel(_Strict):
    scenario: Id
    finding: Annotated[str, Field(min_length=1, max_length=limits.FINDING_KEY_MAX)]
    comment: Text


class ConflictModel(_Strict):
    """A merge conflict left by `orgdesigner merge` (format 2): the entity, the field (null: the
    entity as a whole), and the value each side and their common base had (null: absent)."""

    kind: Literal["field", "deleted", "cycle", "reference"]
    entity: Annotated[list[Annotated[str, Field(min_length=1, max_length=limits.FINDING_KEY_MAX)]], Field(min_length=1, max_length=5)]
    field: Annotated[str, Field(max_length=limits.ID_MAX)] | None = None
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_label: Text = "ours"
    theirs_label: Text = "theirs"
    referrer: list[Annotated[str, Field(min_length=1, max_length=limits.FINDING_KEY_MAX)]] = []


class ProjectFileModel(_Strict):
    """An orgdesigner project (`.orgd`)."""

    format: Literal["orgdesigner-project"]
    format_version: Literal[2]
    project: ProjectInfoModel
    case: CaseModel = CaseModel()
    settings: SettingsModel = SettingsModel()
    functions: list[FunctionModel] = []
    decisions: list[DecisionModel] = []
    scenarios: list[ScenarioModel] = []
    acknowledgements: list[AcknowledgementModel] = []
    conflicts: list[ConflictModel] = []  # format 2; written only when there are any
