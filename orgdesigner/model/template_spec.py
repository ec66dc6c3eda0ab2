"""What a structure template says, as plain data (read from resources/templates/*.json by
`orgdesigner.io.bundled.template_file`; interpreted by `orgdesigner.model.templates`).

A template never names units of a particular region: it describes forms, authorities, new units
and role rewrites relative to the *group unit* (the selected subtree root, or a unit inserted
next to it) and to the *inside* of the group (the group unit's subtree after the template's moves).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)

RootMode = Literal["keep", "become", "insert_above", "insert_below", "auto"]
Position = Literal["any", "root", "below_root", "leaf", "inner"]
#: A reference to a unit inside the template: "group" (the group unit) or the key of a new unit.
UnitRef = str
GROUP = "group"
GOVERNANCE = "governance"  # the nearest governance unit above the group (move targets only)


@dataclass(frozen=True, slots=True)
class Text:
    """A text in both UI languages; `{name}` stands for the selected root's name where allowed."""

    sv: str
    en: str

    def get(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """Which existing units a rule touches (all conditions must hold)."""

    categories: frozenset[UnitCategory] = frozenset({UnitCategory.OWN_PROVIDER})
    forms: frozenset[UnitForm] | None = None  # None: any form
    position: Position = "below_root"
    chosen_only: bool = False  # only units the planner ticked (when a choice was made)
    name_contains: tuple[str, ...] = ()  # any of these, case-insensitive; empty: any name


@dataclass(frozen=True, slots=True)
class UnitChange:
    form: UnitForm | None = None
    category: UnitCategory | None = None
    authorities: frozenset[Authority] | None = None  # replaces the set when given
    add_authorities: frozenset[Authority] = frozenset()
    remove_authorities: frozenset[Authority] = frozenset()
    form_authorities: bool = False  # also add what the (new) form implies under the economic rules
    attach_agreement: bool = False  # add the template's agreement decision to the unit


@dataclass(frozen=True, slots=True)
class UnitRule:
    match: UnitMatch
    change: UnitChange


@dataclass(frozen=True, slots=True)
class RootSpec:
    """What happens at the selected root.

    keep: the root is the group unit as it is; become: the root is changed into the group unit;
    insert_above: a new group unit takes the root's place and the root moves under it;
    insert_below: a new group unit under the root takes over the root's children that match
    `scope`; auto: become when the root matches `scope`, insert_below otherwise.
    """

    mode: RootMode = "keep"
    change: UnitChange = UnitChange()
    new_id: str = "group"
    new_name: Text = Text("{name} – ledning", "{name} – management")
    new_category: UnitCategory = UnitCategory.OWN_PROVIDER
    scope: frozenset[UnitCategory] = frozenset({UnitCategory.OWN_PROVIDER})


@dataclass(frozen=True, slots=True)
class NewUnit:
    key: str  # also the preferred unit id
    name: Text
    category: UnitCategory = UnitCategory.SUPPORT
    form: UnitForm = UnitForm.LINE
    authorities: frozenset[Authority] = frozenset()
    parent: UnitRef = GROUP


@dataclass(frozen=True, slots=True)
class MoveRule:
    """Move matching units out of (or within) the group, e.g. a beställarenhet to governance."""

    match: UnitMatch
    to: UnitRef = GOVERNANCE


@dataclass(frozen=True, slots=True)
class FunctionScope:
    """Functions a role rule covers: all, or those inside units hold (roles) for (responsibilities)."""

    mode: Literal["held_inside", "all"] = "held_inside"
    responsibilities: frozenset[Responsibility] | None = None  # None: the rule's responsibility
    roles: frozenset[Role] = frozenset({Role.ACCOUNTABLE, Role.PERFORMS})
    categories: frozenset[FunctionCategory] | None = None  # None: every function category
    vardval: bool | None = None  # True: only vårdval functions; False: only the others; None: both
    #: True: only functions that follow up a vårdval function's providers; False: only the others
    follow_up: bool | None = None


@dataclass(frozen=True, slots=True)
class OutsideRewrite:
    """Roles of units outside (or, in `RoleRule.inside`, inside) the group for a covered function:
    `from_roles` become `to`. Empty `categories` (inside only): units of every category."""

    categories: frozenset[UnitCategory]
    from_roles: frozenset[Role]
    to: Role | None  # None removes the role


@dataclass(frozen=True, slots=True)
class ExtraRole:
    unit: UnitRef
    role: Role


@dataclass(frozen=True, slots=True)
class RoleRule:
    responsibility: Responsibility
    functions: FunctionScope = FunctionScope()
    accountable: UnitRef | None = GROUP  # None leaves accountability as it is
    inside_accountables_become: Role | None = Role.PERFORMS  # None removes their role
    outside: tuple[OutsideRewrite, ...] = ()
    extra: tuple[ExtraRole, ...] = ()
    #: roles of units inside the group, rewritten before `inside_accountables_become` applies
    #: (e.g. vårdval delivery: egenregi management's A becomes I, each hälsocentral's U becomes A)
    inside: tuple[OutsideRewrite, ...] = ()


@dataclass(frozen=True, slots=True)
class EconomyPatch:
    surplus_model: str | None = None  # a SurplusModel value; None keeps
    surplus_share: float | None = None
    deficit_share: float | None = None
    cap_sek: float | None = None
    clear_cap: bool = False
    decisions: Literal["keep", "agreement", "clear"] = "keep"


@dataclass(frozen=True, slots=True)
class AgreementSpec:
    """The decision (agreement) a template's units rest on; added to the register if missing."""

    id: str = "AVTAL/{year}"  # `{year}`: the year it starts
    title: Text = Text("Avtal", "Agreement")
    description: Text = Text("", "")
    years: int = 3  # default length when the planner gives no end date


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: Text
    description: Text
    structure: StructureType | None = None
    root: RootSpec = RootSpec()
    moves: tuple[MoveRule, ...] = ()
    unit_rules: tuple[UnitRule, ...] = ()
    new_units: tuple[NewUnit, ...] = ()
    role_rules: tuple[RoleRule, ...] = ()
    economy: EconomyPatch | None = None
    agreement: AgreementSpec | None = None
    chooses_units: bool = False  # the dialog asks which units (e.g. which become intraprenader)
    source: str = field(default="", compare=False)  # the file it came from, for messages
