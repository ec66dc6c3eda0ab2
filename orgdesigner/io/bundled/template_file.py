"""Structure templates as data files (resources/templates/*.json; format in docs/templates.md).

`load_template(path)` validates a file with pydantic and returns the model's `Template`; a broken
file raises `TemplateFileError` naming the file and the JSON path. `load_templates()` reads the
bundled folder plus any extra folders and reports broken files instead of stopping at them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.io.project.project_file import json_path
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    StructureType,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.template_spec import (
    AgreementSpec,
    EconomyPatch,
    ExtraRole,
    FunctionScope,
    MoveRule,
    NewUnit,
    OutsideRewrite,
    RoleRule,
    RootSpec,
    Template,
    Text,
    UnitChange,
    UnitMatch,
    UnitRule,
)
from orgdesigner.resources import resource_path

FORMAT_NAME = "orgdesigner-template"
FORMAT_VERSION = 1
MAX_TEMPLATE_BYTES = 1024 * 1024

Key = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")]
Short = Annotated[str, Field(min_length=1, max_length=500)]


class TemplateFileError(ProjectFileError):
    """A template file that cannot be used; same shape as a project file error."""


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextModel(StrictModel):
    sv: Short
    en: Short

    def spec(self) -> Text:
        return Text(self.sv, self.en)


AnyText = Short | TextModel


def _text(value: AnyText) -> Text:
    return Text(value, value) if isinstance(value, str) else value.spec()


class MatchModel(StrictModel):
    categories: list[UnitCategory] = [UnitCategory.OWN_PROVIDER]
    forms: list[UnitForm] | None = None
    position: Literal["any", "root", "below_root", "leaf", "inner"] = "below_root"
    chosen_only: bool = False
    name_contains: list[Short] = []

    def spec(self) -> UnitMatch:
        return UnitMatch(
            frozenset(self.categories),
            None if self.forms is None else frozenset(self.forms),
            self.position,
            self.chosen_only,
            tuple(self.name_contains),
        )


class ChangeModel(StrictModel):
    form: UnitForm | None = None
    category: UnitCategory | None = None
    authorities: list[Authority] | None = None
    add_authorities: list[Authority] = []
    remove_authorities: list[Authority] = []
    form_authorities: bool = False
    attach_agreement: bool = False

    def spec(self) -> UnitChange:
        return UnitChange(
            self.form,
            self.category,
            None if self.authorities is None else frozenset(self.authorities),
            frozenset(self.add_authorities),
            frozenset(self.remove_authorities),
            self.form_authorities,
            self.attach_agreement,
        )


class RootModel(StrictModel):
    mode: Literal["keep", "become", "insert_above", "insert_below", "auto"] = "keep"
    change: ChangeModel = ChangeModel()
    new_id: Key = "group"
    new_name: AnyText = TextModel(sv="{name} – ledning", en="{name} – management")
    new_category: UnitCategory = UnitCategory.OWN_PROVIDER
    scope: list[UnitCategory] = [UnitCategory.OWN_PROVIDER]

    def spec(self) -> RootSpec:
        return RootSpec(self.mode, self.change.spec(), self.new_id, _text(self.new_name), self.new_category, frozenset(self.scope))


class UnitRuleModel(StrictModel):
    match: MatchModel = MatchModel()
    change: ChangeModel


class NewUnitModel(StrictModel):
    key: Key
    name: AnyText
    category: UnitCategory = UnitCategory.SUPPORT
    form: UnitForm = UnitForm.LINE
    authorities: list[Authority] = []
    parent: Key = "group"


class MoveModel(StrictModel):
    match: MatchModel
    to: Key = "governance"


class FunctionScopeModel(StrictModel):
    mode: Literal["held_inside", "all"] = "held_inside"
    responsibilities: list[Responsibility] | None = None
    roles: list[Role] = [Role.ACCOUNTABLE, Role.PERFORMS]
    categories: list[FunctionCategory] | None = None
    vardval: bool | None = None
    follow_up: bool | None = None


class InsideModel(StrictModel):
    categories: list[UnitCategory] = []
    from_roles: list[Role] = Field(min_length=1)
    to: Role | None


class OutsideModel(StrictModel):
    categories: list[UnitCategory] = Field(min_length=1)
    from_roles: list[Role] = Field(min_length=1)
    to: Role | None


class ExtraRoleModel(StrictModel):
    unit: Key
    role: Role


class RoleRuleModel(StrictModel):
    responsibility: Responsibility
    functions: FunctionScopeModel = FunctionScopeModel()
    accountable: Key | None = "group"
    inside_accountables_become: Role | None = Role.PERFORMS
    outside: list[OutsideModel] = []
    extra: list[ExtraRoleModel] = []
    inside: list[InsideModel] = []


class EconomyPatchModel(StrictModel):
    surplus_model: Literal["none", "carry_over", "intraprenad_keeps"] | None = None
    surplus_share: Annotated[float, Field(ge=0, le=1)] | None = None
    deficit_share: Annotated[float, Field(ge=0, le=1)] | None = None
    cap_sek: Annotated[float, Field(ge=0)] | None = None
    clear_cap: bool = False
    decisions: Literal["keep", "agreement", "clear"] = "keep"


class AgreementModel(StrictModel):
    id: Short = "AVTAL/{year}"
    title: AnyText
    description: AnyText = ""
    years: Annotated[int, Field(ge=1, le=50)] = 3


class TemplateFileModel(StrictModel):
    """A structure template (`resources/templates/*.json`)."""

    format: Literal["orgdesigner-template"]
    format_version: Literal[1]
    id: Key
    name: AnyText
    description: AnyText = ""
    structure: StructureType | None = None
    chooses_units: bool = False
    root: RootModel = RootModel()
    moves: list[MoveModel] = []
    unit_rules: list[UnitRuleModel] = []
    new_units: list[NewUnitModel] = []
    role_rules: list[RoleRuleModel] = []
    economy: EconomyPatchModel | None = None
    agreement: AgreementModel | None = None

    @model_validator(mode="after")
    def _references(self) -> TemplateFileModel:
        """Unit references must name 'group' or an earlier new unit; an agreement must exist."""
        keys: set[str] = set()
        for i, unit in enumerate(self.new_units):
            if unit.key in keys:
                raise ValueError(f"new_units[{i}].key: duplicate key '{unit.key}'")
            if unit.parent != "group" and unit.parent not in keys:
                raise ValueError(f"new_units[{i}].parent: '{unit.parent}' is neither 'group' nor an earlier new unit's key")
            keys.add(unit.key)
        for i, move in enumerate(self.moves):
            if move.to not in {"group", "governance"} | keys:
                raise ValueError(f"moves[{i}].to: '{move.to}' is not 'group', 'governance' or a new unit's key")
        for i, rule in enumerate(self.role_rules):
            refs = [("accountable", rule.accountable)] + [(f"extra[{j}].unit", e.unit) for j, e in enumerate(rule.extra)]
            for where, ref in refs:
                if ref is not None and ref != "group" and ref not in keys:
                    raise ValueError(f"role_rules[{i}].{where}: '{ref}' is neither 'group' nor a new unit's key")
        attaches = any(r.change.attach_agreement for r in self.unit_rules) or self.root.change.attach_agreement
        if (attaches or (self.economy is not None and self.economy.decisions == "agreement")) and self.agreement is None:
            raise ValueError("agreement: the template attaches an agreement, so it must define one")
        return self

    def spec(self, source: str = "") -> Template:
        return Template(
            id=self.id,
            name=_text(self.name),
            description=_text(self.description) if self.description else Text("", ""),
            structure=self.structure,
            root=self.root.spec(),
            moves=tuple(MoveRule(m.match.spec(), m.to) for m in self.moves),
            unit_rules=tuple(UnitRule(r.match.spec(), r.change.spec()) for r in self.unit_rules),
            new_units=tuple(
                NewUnit(u.key, _text(u.name), u.category, u.form, frozenset(u.authorities), u.parent) for u in self.new_units
            ),
            role_rules=tuple(
                RoleRule(
                    r.responsibility,
                    FunctionScope(
                        r.functions.mode,
                        None if r.functions.responsibilities is None else frozenset(r.functions.responsibilities),
                        frozenset(r.functions.roles),
                        None if r.functions.categories is None else frozenset(r.functions.categories),
                        r.functions.vardval,
                        r.functions.follow_up,
                    ),
                    r.accountable,
                    r.inside_accountables_become,
                    tuple(OutsideRewrite(frozenset(o.categories), frozenset(o.from_roles), o.to) for o in r.outside),
                    tuple(ExtraRole(e.unit, e.role) for e in r.extra),
                    tuple(OutsideRewrite(frozenset(i.categories), frozenset(i.from_roles), i.to) for i in r.inside),
                )
                for r in self.role_rules
            ),
            economy=None if self.economy is None else EconomyPatch(**self.economy.model_dump()),
            agreement=None
            if self.agreement is None
            else AgreementSpec(self.agreement.id, _text(self.agreement.title), _text(self.agreement.description) if self.agreement.description else Text("", ""), self.agreement.years),
            chooses_units=self.chooses_units,
            source=source,
        )


def read_data_file(data: bytes, path: Path | str | None, *, kind: str, format_name: str,
                   error: type[ProjectFileError]) -> dict[str, Any]:
    """The JSON object of a bundled data file (a template, a reference) of `format_name`; `error`
    naming the file when it is too large, not JSON, or not such a file."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise error(path, [Problem("", f"file is too large for a {kind} (limit 1 MB)")])
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise error(path, [Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}")]) from None
    if not isinstance(document, dict) or document.get("format") != format_name:
        raise error(path, [Problem("$.format", f'not an orgdesigner {kind} (expected "format": "{format_name}")')])
    return document


def parse_template(data: bytes, path: Path | str | None = None) -> Template:
    document = read_data_file(data, path, kind="template", format_name=FORMAT_NAME, error=TemplateFileError)
    try:
        model = TemplateFileModel.model_validate(document)
    except ValidationError as exc:
        problems = []
        for item in exc.errors(include_url=False)[:20]:
            loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and (p.startswith("function-") or p in {"str", "TextModel", "constrained-str"})))
            message = item["msg"].removeprefix("Value error, ")
            if not loc and ": " in message:  # a cross-reference problem names its own path
                where, message = message.split(": ", 1)
                loc = tuple(int(p) if p.isdigit() else p for p in where.replace("[", ".").replace("]", "").split("."))
            problems.append(Problem(json_path(loc), message))
        raise TemplateFileError(path, problems) from None
    return model.spec(str(path) if path is not None else "")


def load_template(path: Path | str) -> Template:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateFileError(path, [Problem("", exc.strerror or str(exc))]) from None
    return parse_template(data, path)


def bundled_template_dir() -> Path:
    return resource_path("templates")


def load_templates(extra_dirs: list[Path] | None = None) -> tuple[list[Template], list[TemplateFileError]]:
    """Every template in the bundled folder and `extra_dirs` (sorted by file name within each),
    plus the errors of files that could not be read. A later template with an id already seen
    replaces the earlier one, so a region can override a bundled template by its id."""
    found: dict[str, Template] = {}
    errors: list[TemplateFileError] = []
    for folder in [bundled_template_dir(), *(extra_dirs or [])]:
        for path in sorted(Path(folder).glob("*.json")):
            try:
                template = load_template(path)
            except TemplateFileError as exc:
                errors.append(exc)
                continue
            found[template.id] = template
    return list(found.values()), errors
