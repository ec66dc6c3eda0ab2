"""The project file's shape as msgspec structs: the one definition of the `.orgd` format.

msgspec parses and validates JSON into these structs in one pass, several times faster than
pydantic and without pydantic's import cost. The published JSON Schema is generated from them
(`tools/gen_schema.py`, `make schema`), and so are the pydantic models of `file_models`, which
read what this decoder refuses (an older format version, a malformed file): they migrate old
files and word every problem for the user. The conversion that builds the project
(`codec.project_from_model`) and the reference checks take either. Length limits keep hostile
files from exhausting memory further down the line.
"""

from __future__ import annotations

from dataclasses import MISSING
from dataclasses import fields as dataclass_fields
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args, get_origin, get_type_hints

import msgspec
from msgspec import Meta, Struct, field

from orgdesigner.model import fields, limits
from orgdesigner.model.dotted import DottedKind
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.entities import Unit
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitForm,
)
from orgdesigner.model.trade import PricingModel, ServiceKind, TradeAssumptions
from orgdesigner.model.trade_history import BuyerKind, EventKind

# Each constraint is a declared limit (orgdesigner.model.limits), the one every edit checks;
# tests/model/test_field_tables.py checks each struct field against its entity's table in
# orgdesigner.model.fields.
Id = Annotated[str, Meta(**limits.ID.bounds())]
Name = Annotated[str, Meta(**limits.NAME.bounds())]
Text = Annotated[str, Meta(**limits.TEXT.bounds())]
Amount = Annotated[float, Meta(**limits.AMOUNT.bounds())]
Fte = Annotated[float, Meta(**limits.FTE.bounds())]
Count = Annotated[int, Meta(**limits.COUNT.bounds())]
Share = Annotated[float, Meta(**limits.SHARE.bounds())]
Change = Annotated[float, Meta(**limits.CHANGE.bounds())]
Volume = Annotated[float, Meta(**limits.VOLUME.bounds())]
FindingKey = Annotated[str, Meta(**limits.FINDING_KEY.bounds())]
Limit = Annotated[int, Meta(**limits.SETTING.bounds())]
Period = Annotated[str, Meta(pattern=r"^\d{4}(-(0[1-9]|1[0-2]))?$")]  # a year (2015) or a month (2015-03)

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
    # the unit at and above which ordering and own delivery may meet (format 2); null: derived
    top_management: Id | None = None


class FunctionEntry(_Strict):
    id: Id
    name: Name
    category: FunctionCategory = FunctionCategory.CARE
    vardval: bool = False
    description: Text = ""
    # the vårdval function whose providers this one follows up (format 6); null: none
    follows_up: Id | None = None


class DecisionEntry(_Strict):
    id: Id
    title: Name
    valid_from: date | None = None
    valid_until: date | None = None
    description: Text = ""


class DottedLineEntry(_Strict):
    """A dotted (secondary) reporting line from the unit that holds it (format 2)."""

    to: Id
    kind: DottedKind = DottedKind.FUNCTIONAL
    note: Text = ""
    decision: Text = ""


def _file_type(field: fields.Field, model_type: Any) -> Any:
    """A unit field's type in the file: its declared limit as constraints, sets and tuples as
    lists, dotted lines as their entries, enums as they are."""
    if field.role == "lines":
        return list[DottedLineEntry]
    limit = field.limit
    if limit is None:
        if get_origin(model_type) in (frozenset, tuple):
            return list[get_args(model_type)[0]]  # type: ignore[misc]  # a type built at run time from the table
        return model_type
    base = {"text": str, "number": float, "whole": int}[limit.kind]
    tp: Any = Annotated[base, Meta(**limit.bounds())]
    if limit.many:
        return list[tp]
    return tp | None if limit.optional else tp


def _unit_entry() -> type[Struct]:
    """The file's unit struct, built from the unit's field table (model.fields.UNIT_FIELDS) and
    the model's types and defaults: a field added there is in the file, its schema and both
    readers without a line here."""
    hints = get_type_hints(Unit)
    defaults = {f.name: f for f in dataclass_fields(Unit)}
    out: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for f in fields.UNIT_FIELDS:
        tp = _file_type(f, hints[f.name])
        model = defaults[f.name]
        if model.default is MISSING:
            out.append((f.file_key, tp))
        elif isinstance(model.default, frozenset | tuple):
            out.append((f.file_key, tp, field(default_factory=list)))
        else:
            out.append((f.file_key, tp, model.default))
    return msgspec.defstruct("UnitEntry", out, bases=(_Strict,), module=__name__, forbid_unknown_fields=True)


if TYPE_CHECKING:
    UnitEntry = Any  # built from the table at run time; read through the table too (io.unit_codec)
else:
    UnitEntry = _unit_entry()


class Economy(_Strict):
    """Surplus/deficit handling, its governing decisions (ids in the decision register) and,
    optionally, the authorities each unit form implies when they differ from the defaults."""

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
    """Assumptions (antaganden) of the scenario; see docs/internal-trade.md."""

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


class VolumeEntry(_Strict):
    """What one buyer bought of one service in one period (format 3)."""

    period: Period
    buyer: Id
    service: Id
    volume: Volume
    price_sek: Amount | None = None


class HistoryBuyer(_Strict):
    """A buyer's kind and listed patients per period, as the volume history gave them (format 3)."""

    buyer: Id
    kind: BuyerKind | None = None
    listed: dict[Period, Count] = field(default_factory=dict)


class TradeEventEntry(_Strict):
    """An event on the volume history's time line (format 3): a pricing change (its date from
    its decision unless `on` is set), consultative feedback started by a supplier, or PNA
    introduced at some buyers."""

    id: Id
    kind: EventKind
    on: date | None = None
    decision: Id | None = None
    supplier: Id | None = None
    buyers: list[Id] = field(default_factory=list)
    pricing_from: PricingModel | None = None
    pricing_to: PricingModel | None = None
    note: Text = ""


class TradeHistoryEntry(_Strict):
    """What happened in the internal trade (format 3): volumes per period and events."""

    note: Text = ""
    buyers: list[HistoryBuyer] = field(default_factory=list)
    records: list[VolumeEntry] = field(default_factory=list)
    events: list[TradeEventEntry] = field(default_factory=list)
_Day = date  # a field named "date" would shadow the type in the struct's own namespace


class PlanStep(_Strict):
    """The planner's phase, date and owner of one genomförandeplan step (format 5)."""

    key: Name
    phase: Text = ""
    date: _Day | None = None
    owner: Text = ""


class Paper(_Strict):
    """A scenario's own decision paper (format 5); empty texts fall back to the case's."""

    title: Text = ""
    summary: Text = ""
    date: _Day | None = None  # the paper's date; null: the day it is exported
    decided_by: Text = ""  # Beslutas av
    child_rights: Text = ""  # konsekvenser för barn
    equality: Text = ""  # konsekvenser för jämställdheten
    plan: list[PlanStep] = field(default_factory=list)  # the genomförandeplan's schedule as edited


class ScenarioEntry(_Strict):
    id: Id
    name: Name
    description: Text = ""
    effective_date: date | None = None
    structure: StructureType = StructureType.CUSTOM
    units: list[UnitEntry] = field(default_factory=list)
    #: function id -> responsibility -> unit id -> role: compact, one line per role when indented
    assignments: dict[Id, dict[Responsibility, dict[Id, Role]]] = field(default_factory=dict)
    economy: Economy = field(default_factory=Economy)
    trade: Trade = field(default_factory=Trade)
    proposal: Text = ""  # förslag till beslut (format 2)
    paper: Paper = field(default_factory=Paper)  # the scenario's own paper (format 5)


class Signatory(_Strict):
    name: Name
    title: Text = ""


class Case(_Strict):
    """The decision paper's case (format 2): header block, texts, signatories, receivers."""

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
    """A merge conflict left by `orgdesigner merge` (format 2): the entity, the field (null: the
    entity as a whole), and the value each side and their common base had (null: absent)."""

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
    """An orgdesigner project (`.orgd`)."""

    format: Literal["orgdesigner-project"]
    format_version: Literal[6]  # file_format.FORMAT_VERSION: older versions go the migrating way
    project: ProjectInfo
    case: Case = field(default_factory=Case)
    settings: Settings = field(default_factory=Settings)
    functions: list[FunctionEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    scenarios: list[ScenarioEntry] = field(default_factory=list)
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    trade_history: TradeHistoryEntry = field(default_factory=TradeHistoryEntry)  # format 3


#: struct name -> the name of the pydantic model generated from it (`file_models`)
MODEL_NAMES: dict[str, str] = {
    "ProjectInfo": "ProjectInfoModel",
    "Settings": "SettingsModel",
    "FunctionEntry": "FunctionModel",
    "DecisionEntry": "DecisionModel",
    "DottedLineEntry": "DottedLineModel",
    "UnitEntry": "UnitModel",
    "Economy": "EconomyModel",
    "ServiceEntry": "ServiceModel",
    "FlowEntry": "FlowModel",
    "Assumptions": "AssumptionsModel",
    "Trade": "TradeModel",
    "VolumeEntry": "VolumeModel",
    "HistoryBuyer": "HistoryBuyerModel",
    "TradeEventEntry": "TradeEventModel",
    "TradeHistoryEntry": "TradeHistoryModel",
    "PlanStep": "PlanStepModel",
    "Paper": "PaperModel",
    "ScenarioEntry": "ScenarioModel",
    "Signatory": "SignatoryModel",
    "Case": "CaseModel",
    "Acknowledgement": "AcknowledgementModel",
    "Conflict": "ConflictModel",
    "ProjectFile": "ProjectFileModel",
}

_decoder = msgspec.json.Decoder(ProjectFile)


def decode(data: bytes) -> ProjectFile | None:
    """The validated file, or None when this strict reader refuses it (the caller then reads it
    the slow way, which migrates older versions and explains what is wrong)."""
    try:
        return _decoder.decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
