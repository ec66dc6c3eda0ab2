"""The project file's shape as msgspec structs: the fast path of reading a current, valid file.

msgspec parses and validates JSON into these structs in one pass, several times faster than
pydantic and without pydantic's import cost. They mirror `file_models` field for field (same
names, defaults and limits; a test keeps the two in step), so the conversion that builds the
project (`codec.project_from_model`) and the reference checks take either. Anything this decoder
refuses (an older format version, a malformed file) goes on to the pydantic path, which migrates
old files and words every problem for the user: the messages stay where they were.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct, field

from orgdesigner.model import limits
from orgdesigner.model.dotted import DottedKind
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
from orgdesigner.model.trade import PricingModel, ServiceKind, TradeAssumptions

Id = Annotated[str, Meta(min_length=1, max_length=limits.ID_MAX)]
Name = Annotated[str, Meta(min_length=1, max_length=limits.NAME_MAX)]
Text = Annotated[str, Meta(max_length=limits.TEXT_MAX)]
Amount = Annotated[float, Meta(ge=0, le=limits.AMOUNT_MAX)]
Fte = Annotated[float, Meta(ge=0, le=limits.FTE_MAX)]
Count = Annotated[int, Meta(ge=0, le=limits.COUNT_MAX)]
Share = Annotated[float, Meta(ge=0, le=1)]
Change = Annotated[float, Meta(ge=-1, le=10)]
Volume = Annotated[float, Meta(ge=0, le=1e12)]
FindingKey = Annotated[str, Meta(min_length=1, max_length=limits.FINDING_KEY_MAX)]
Limit = Annotated[int, Meta(ge=1, le=10_000)]

_DEFAULTS = TradeAssumptions()


class _Strict(Struct, forbid_unknown_fields=True):
    pass


class ProjectInfo(_Strict):
    name: Name
    organisation: Text = ""
    reference: Text = ""
    description: Text = ""
    created: date | None = None
    modified: date | None = None


class Settings(_Strict):
    span_of_control_max: Limit = 12
    layers_max: Limit = 6
    disabled_rules: list[Id] = field(default_factory=list)
    severity_overrides: dict[Id, Literal["error", "warning", "info"]] = field(default_factory=dict)
    top_management: Id | None = None


class FunctionEntry(_Strict):
    id: Id
    name: Name
    category: FunctionCategory = FunctionCategory.CARE
    vardval: bool = False
    description: Text = ""


class DecisionEntry(_Strict):
    id: Id
    title: Name
    valid_from: date | None = None
    valid_until: date | None = None
    description: Text = ""


class DottedLineEntry(_Strict):
    to: Id
    kind: DottedKind = DottedKind.FUNCTIONAL
    note: Text = ""
    decision: Text = ""


class UnitEntry(_Strict):
    id: Id
    name: Name
    parent: Id | None = None
    category: UnitCategory = UnitCategory.OWN_PROVIDER
    form: UnitForm = UnitForm.LINE
    authorities: list[Authority] = field(default_factory=list)
    decisions: list[Id] = field(default_factory=list)
    budget_sek: Amount | None = None
    staff_fte: Fte | None = None
    listed_patients: Count | None = None
    notes: Text = ""
    dotted: list[DottedLineEntry] = field(default_factory=list)


class Economy(_Strict):
    surplus_model: SurplusModel = SurplusModel.NONE
    surplus_share: Share = 0.0
    deficit_share: Share = 0.0
    cap_sek: Amount | None = None
    decisions: list[Id] = field(default_factory=list)
    form_authorities: dict[UnitForm, list[Authority]] = field(default_factory=dict)


class ServiceEntry(_Strict):
    id: Id
    name: Name
    supplier: Id
    kind: ServiceKind = ServiceKind.LAB
    unit_cost_sek: Amount | None = None
    pricing: PricingModel = PricingModel.STYCKPRIS
    price_sek: Amount | None = None
    fixed_charge_sek: Amount | None = None
    mixed_price_sek: Amount | None = None
    private_price_sek: Amount | None = None
    pna_alternative: Id | None = None
    description: Text = ""


class FlowEntry(_Strict):
    buyer: Id
    service: Id
    volume: Volume


class Assumptions(_Strict):
    response_free: Change = _DEFAULTS.response_free
    response_per_item: Change = _DEFAULTS.response_per_item
    response_fixed: Change = _DEFAULTS.response_fixed
    response_mixed: Change = _DEFAULTS.response_mixed
    pna_share: Share = _DEFAULTS.pna_share
    consultative_feedback: bool = _DEFAULTS.consultative_feedback
    feedback_effect: Change = _DEFAULTS.feedback_effect
    mixed_variable_share: Share = _DEFAULTS.mixed_variable_share
    note: Text = ""


class Trade(_Strict):
    services: list[ServiceEntry] = field(default_factory=list)
    flows: list[FlowEntry] = field(default_factory=list)
    assumptions: Assumptions = field(default_factory=Assumptions)


class ScenarioEntry(_Strict):
    id: Id
    name: Name
    description: Text = ""
    effective_date: date | None = None
    structure: StructureType = StructureType.CUSTOM
    units: list[UnitEntry] = field(default_factory=list)
    assignments: dict[Id, dict[Responsibility, dict[Id, Role]]] = field(default_factory=dict)
    economy: Economy = field(default_factory=Economy)
    trade: Trade = field(default_factory=Trade)
    proposal: Text = ""


class Signatory(_Strict):
    name: Name
    title: Text = ""


class Case(_Strict):
    title: Text = ""
    department: Text = ""
    officer: Text = ""
    phone: Text = ""
    email: Text = ""
    decision_body: Text = ""
    summary: Text = ""
    background: Text = ""
    signatories: list[Signatory] = field(default_factory=list)
    receivers: list[Name] = field(default_factory=list)


class Acknowledgement(_Strict):
    scenario: Id
    finding: FindingKey
    comment: Text


class Conflict(_Strict):
    kind: Literal["field", "deleted", "cycle", "reference"]
    entity: Annotated[list[FindingKey], Meta(min_length=1, max_length=5)]
    field: Annotated[str, Meta(max_length=limits.ID_MAX)] | None = None
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_label: Text = "ours"
    theirs_label: Text = "theirs"
    referrer: list[FindingKey] = msgspec.field(default_factory=list)  # `field` is a field name here


class ProjectFile(_Strict):
    format: Literal["orgdesigner-project"]
    format_version: Literal[2]  # file_models.FORMAT_VERSION: older versions go the migrating way
    project: ProjectInfo
    case: Case = field(default_factory=Case)
    settings: Settings = field(default_factory=Settings)
    functions: list[FunctionEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    scenarios: list[ScenarioEntry] = field(default_factory=list)
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


#: pydantic model name -> its mirror here (the test that keeps them in step walks this).
MIRRORS: dict[str, type[Struct]] = {
    "ProjectInfoModel": ProjectInfo,
    "SettingsModel": Settings,
    "FunctionModel": FunctionEntry,
    "DecisionModel": DecisionEntry,
    "DottedLineModel": DottedLineEntry,
    "UnitModel": UnitEntry,
    "EconomyModel": Economy,
    "ServiceModel": ServiceEntry,
    "FlowModel": FlowEntry,
    "AssumptionsModel": Assumptions,
    "TradeModel": Trade,
    "ScenarioModel": ScenarioEntry,
    "SignatoryModel": Signatory,
    "CaseModel": Case,
    "AcknowledgementModel": Acknowledgement,
    "ConflictModel": Conflict,
    "ProjectFileModel": ProjectFile,
}

_decoder = msgspec.json.Decoder(ProjectFile)


def decode(data: bytes) -> ProjectFile | None:
    """The validated file, or None when this strict reader refuses it (the caller then reads it
    the slow way, which migrates older versions and explains what is wrong)."""
    try:
        return _decoder.decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
