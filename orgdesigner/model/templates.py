"""Apply a structure template (line, koncern, intraprenad, or a region's own) to a subtree.

`plan_template` interprets a `Template` against a scenario and returns a `TemplatePlan`: a list
of steps, each a human-readable change and the existing command that makes it. `plan.command()`
is ONE MacroCommand (one undo step); `plan.preview(lang)` lists the changes before applying.

Planning runs every command on a scratch copy of the scenario as it goes, so each step sees
the state the previous ones leave and the real apply cannot fail half-way for a planned reason.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from orgdesigner.model.commands.assignments import SetRoles
from orgdesigner.model.commands.base import Command, CommandError, MacroCommand
from orgdesigner.model.commands.catalogue import AddDecision
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.refusals import Both, Refusal
from orgdesigner.model.commands.scenarios import AddScenario, SetScenarioField, copied_scenario
from orgdesigner.model.commands.units import AddUnit, MoveUnit, SetUnitField
from orgdesigner.model.document import Document
from orgdesigner.model.economy import EconomicRules, SurplusModel
from orgdesigner.model.entities import AssignmentKey, Decision, Project, Scenario, Unit
from orgdesigner.model.enums import Role, UnitCategory, UnitForm
from orgdesigner.model.template_spec import (
    GOVERNANCE,
    GROUP,
    RoleRule,
    RootMode,
    Template,
    UnitChange,
    UnitMatch,
)
from orgdesigner.model.vocabulary import label, labels


class TemplateError(CommandError):
    """A template that cannot be applied here; the message names the template and the reason."""


@dataclass(slots=True)
class TemplateParams:
    root_id: str  # the selected subtree root
    chosen: frozenset[str] | None = None  # units ticked for rules with chosen_only; None: all
    agreement: Decision | None = None  # the agreement to rest on; None: the template's default
    root_mode: RootMode | None = None  # overrides the template's root mode
    new_scenario: tuple[str, str] | None = None  # (id, name): apply to a new copy instead
    lang: str = "sv"  # language of the names given to new units


@dataclass(frozen=True, slots=True)
class PlanStep:
    text_sv: str
    text_en: str
    command: Command | None  # None: a preview line detailing a change another step makes

    def text(self, lang: str = "sv") -> str:
        return self.text_en if lang == "en" else self.text_sv


@dataclass(slots=True)
class TemplatePlan:
    template: Template
    scenario_id: str  # the scenario changed (the new copy's id when applying to a copy)
    steps: list[PlanStep] = field(default_factory=list)
    result: Scenario | None = None  # the scenario as the plan leaves it (for describing the change)
    decisions: dict[str, Decision] = field(default_factory=dict)  # the register as the plan leaves it

    def preview(self, lang: str = "sv") -> list[str]:
        return [s.text(lang) for s in self.steps]

    def command(self) -> MacroCommand:
        """One undoable command; a fresh copy each call, so it can be pushed more than once."""
        name = self.template.name.get("en")
        return MacroCommand(Description(Action.APPLY, Subject.TEMPLATE, name=name), copy.deepcopy([s.command for s in self.steps if s.command is not None]))


def plan_template(project: Project, scenario_id: str, template: Template, params: TemplateParams) -> TemplatePlan:
    return _Planner(project, scenario_id, template, params).run()


def preview(project: Project, scenario_id: str, template: Template, params: TemplateParams, lang: str = "sv") -> list[str]:
    """The changes applying `template` would make, one line each, without changing anything."""
    return plan_template(project, scenario_id, template, params).preview(lang)


def apply_template_command(project: Project, scenario_id: str, template: Template, params: TemplateParams) -> MacroCommand:
    return plan_template(project, scenario_id, template, params).command()


def applied_scenario(project: Project, scenario_id: str, template: Template, params: TemplateParams) -> tuple[Scenario, dict[str, Decision]]:
    """The scenario as applying `template` would leave it, with the decision register it would
    rest on, changing nothing in `project`: for comparing with a structure without applying it."""
    planner = _Planner(project, scenario_id, template, params)
    planner.run()
    return planner.scenario, planner.scratch.project.decisions


def choosable_units(scenario: Scenario, template: Template, root_id: str) -> list[str]:
    """Units in the subtree a `chosen_only` rule could touch: the ticks the dialog offers."""
    rules = [r.match for r in template.unit_rules if r.match.chosen_only]
    if root_id not in scenario.units or not rules:
        return []
    out = []
    for uid in scenario.subtree(root_id):
        position = _position(scenario, uid, root_id)
        if any(_matches(scenario.units[uid], position, m, None) for m in rules):
            out.append(uid)
    return out


def _position(scenario: Scenario, uid: str, group_id: str) -> set[str]:
    if uid == group_id:
        return {"any", "root"}
    return {"any", "below_root", "inner" if scenario.children(uid) else "leaf"}


def _matches(unit: Unit, position: set[str], match: UnitMatch, chosen: frozenset[str] | None) -> bool:
    if unit.category not in match.categories or match.position not in position:
        return False
    if match.forms is not None and unit.form not in match.forms:
        return False
    if match.chosen_only and chosen is not None and unit.id not in chosen:
        return False
    if match.name_contains:
        name = unit.name.casefold()
        return any(part.casefold() in name for part in match.name_contains)
    return True


def _names(scenario: Scenario, ids: list[str], limit: int = 6) -> str:
    shown = ", ".join(scenario.units[i].name for i in ids[:limit])
    return shown + (f" (+{len(ids) - limit})" if len(ids) > limit else "")


class _Planner:
    def __init__(self, project: Project, scenario_id: str, template: Template, params: TemplateParams) -> None:
        if scenario_id not in project.scenarios:
            raise TemplateError(Refusal.UNKNOWN, thing="scenario", id=scenario_id)
        self.project = project
        self.template = template
        self.params = params
        source = project.scenarios[scenario_id]
        self.sid = scenario_id if params.new_scenario is None else params.new_scenario[0]
        working = copied_scenario(source, self.sid, source.name)
        self.scratch = Document(
            Project(
                name=project.name,
                functions=project.functions,  # read, never changed by a template
                decisions=dict(project.decisions),
                scenarios={self.sid: working},
            )
        )
        self.plan = TemplatePlan(template, self.sid)
        self.new_ids: dict[str, str] = {}  # new-unit key -> unit id
        if params.new_scenario is not None:
            new_id, new_name = params.new_scenario
            if new_id in project.scenarios:
                raise TemplateError(Refusal.EXISTS, thing="scenario", id=new_id)
            index = list(project.scenarios).index(scenario_id) + 1
            # Not run on the scratch copy: `working` already is that copy.
            self.plan.steps.append(
                PlanStep(
                    f"Nytt scenario ”{new_name}” som kopia av ”{source.name}”",
                    f"New scenario “{new_name}” as a copy of “{source.name}”",
                    AddScenario(self._described_copy(source, new_id, new_name), index),
                )
            )

    def _described_copy(self, source: Scenario, new_id: str, new_name: str) -> Scenario:
        """The copy says what it is: the template's own description, not the source's (which
        described the current state the template changes)."""
        copy_ = copied_scenario(source, new_id, new_name)
        template = self.template
        copy_.description = (f"{template.description.get('sv')} Skapat med strukturmallen "
                             f"{template.name.get('sv')} från scenariot {source.name}.")
        return copy_

    @property
    def scenario(self) -> Scenario:
        return self.scratch.project.scenarios[self.sid]

    def _fail(self, reason: CommandError) -> TemplateError:
        name = self.template.name
        return TemplateError(Refusal.TEMPLATE_FAILED, template=Both(name.get("sv"), name.get("en")), reason=reason)

    def do(self, text_sv: str, text_en: str, command: Command) -> None:
        try:
            copy.deepcopy(command).apply(self.scratch)
        except CommandError as exc:
            raise self._fail(exc) from None
        self.plan.steps.append(PlanStep(text_sv, text_en, command))

    # -- the steps, in order -------------------------------------------------------------
    def run(self) -> TemplatePlan:
        if self.params.root_id not in self.scenario.units:
            raise self._fail(CommandError(Refusal.UNKNOWN, thing="unit", id=self.params.root_id))
        agreement_id = self._agreement()
        group = self._structure()
        self._moves(group)
        rules = self._economy(agreement_id)
        self._unit_changes(group, rules, agreement_id)
        self._new_units(group)
        self._roles(group)
        structure = self.template.structure
        if structure is not None and self.scenario.structure is not structure:
            self.do(
                f"Scenariots struktur → {label(structure, 'sv')}",
                f"Scenario structure → {label(structure, 'en')}",
                SetScenarioField(self.sid, "structure", structure),
            )
        self.plan.result = self.scenario
        self.plan.decisions = self.scratch.project.decisions
        return self.plan

    def _needs_agreement(self) -> bool:
        t = self.template
        return any(r.change.attach_agreement for r in t.unit_rules) or t.root.change.attach_agreement or (
            t.economy is not None and t.economy.decisions == "agreement"
        )

    def _agreement(self) -> str | None:
        if not self._needs_agreement():
            return None
        spec = self.template.agreement
        if spec is None:
            raise self._fail(CommandError("it attaches an agreement but defines none"))  # a template file's fault
        decision = self.params.agreement
        if decision is None:
            start = self.scenario.effective_date or date.today()
            try:
                end = start.replace(year=start.year + spec.years)
            except ValueError:  # 29 February
                end = start.replace(year=start.year + spec.years, day=28)
            decision = Decision(
                spec.id.replace("{year}", str(start.year)),
                spec.title.get(self.params.lang),
                start,
                end,
                spec.description.get(self.params.lang),
            )
        existing = self.scratch.project.decisions.get(decision.id)
        if existing is None:
            span = f"{decision.valid_from or '…'} – {decision.valid_until or '…'}"
            self.do(
                f"Nytt beslut i registret: {decision.id} ”{decision.title}” ({span})",
                f"New decision in the register: {decision.id} “{decision.title}” ({span})",
                AddDecision(copy.copy(decision)),
            )
        return decision.id

    def _structure(self) -> str:
        scenario, root_spec = self.scenario, self.template.root
        root = scenario.units[self.params.root_id]
        mode = self.params.root_mode or root_spec.mode
        if mode == "auto":
            mode = "become" if root.category in root_spec.scope else "insert_below"
        if mode in ("keep", "become"):
            return root.id
        unit_id = self._free_id(root_spec.new_id)
        name = root_spec.new_name.get(self.params.lang).replace("{name}", root.name)
        form = root_spec.change.form or UnitForm.LINE
        if mode == "insert_above":
            siblings = list(scenario.units)
            new = Unit(unit_id, name, root_spec.new_category, form, parent_id=root.parent_id)
            self.do(f"Ny enhet ”{name}” där ”{root.name}” satt", f"New unit “{name}” where “{root.name}” was",
                    AddUnit(self.sid, new, siblings.index(root.id)))
            self.do(f"”{root.name}” flyttas under ”{name}”", f"“{root.name}” moves under “{name}”",
                    MoveUnit(self.sid, root.id, unit_id))
            return unit_id
        # insert_below: the new unit takes over the root's children in scope
        moving = [c for c in scenario.children(root.id) if scenario.units[c].category in root_spec.scope]
        self.do(f"Ny enhet ”{name}” under ”{root.name}”", f"New unit “{name}” under “{root.name}”",
                AddUnit(self.sid, Unit(unit_id, name, root_spec.new_category, form, parent_id=root.id)))
        for child in moving:
            child_name = scenario.units[child].name
            self.do(f"”{child_name}” flyttas under ”{name}”", f"“{child_name}” moves under “{name}”",
                    MoveUnit(self.sid, child, unit_id))
        return unit_id

    def _free_id(self, wanted: str) -> str:
        units, n, candidate = self.scenario.units, 2, wanted
        while candidate in units:
            candidate, n = f"{wanted}-{n}", n + 1
        return candidate

    def _resolve(self, ref: str, group: str) -> str:
        if ref == GROUP:
            return group
        if ref == GOVERNANCE:
            return self._governance(group)
        if ref in self.new_ids:
            return self.new_ids[ref]
        raise self._fail(CommandError(f"refers to '{ref}', which is neither 'group' nor an earlier new unit's key"))

    def _governance(self, group: str) -> str:
        scenario = self.scenario
        above = scenario.ancestors(group)
        for uid in above:
            if scenario.units[uid].category is UnitCategory.GOVERNANCE:
                return uid
        if above:
            return above[-1]
        raise self._fail(CommandError(Refusal.NOTHING_ABOVE, name=scenario.units[group].name))

    def _moves(self, group: str) -> None:
        for rule in self.template.moves:
            scenario = self.scenario
            inside = scenario.subtree(group)
            matching = [u for u in inside if _matches(scenario.units[u], _position(scenario, u, group), rule.match, self.params.chosen)]
            if not matching:
                continue
            target = self._resolve(rule.to, group)
            target_name = scenario.units[target].name
            for uid in matching:
                if uid in self.scenario.subtree(group) and self.scenario.units[uid].parent_id != target:
                    name = self.scenario.units[uid].name
                    self.do(f"”{name}” flyttas ut under ”{target_name}”", f"“{name}” moves out under “{target_name}”",
                            MoveUnit(self.sid, uid, target))

    def _economy(self, agreement_id: str | None) -> EconomicRules:
        old = self.scenario.economy
        patch = self.template.economy
        if patch is None:
            return old
        new = replace(old)
        if patch.surplus_model is not None:
            new.surplus_model = SurplusModel(patch.surplus_model)
        for name in ("surplus_share", "deficit_share", "cap_sek"):
            value = getattr(patch, name)
            if value is not None:
                setattr(new, name, value)
        if patch.clear_cap:
            new.cap_sek = None
        if patch.decisions == "agreement" and agreement_id is not None:
            new.decisions = (agreement_id,)
        elif patch.decisions == "clear":
            new.decisions = ()
        if new != old:
            self.do(
                f"Ekonomiska regler: {old.describe('sv')} → {new.describe('sv')}",
                f"Economic rules: {old.describe('en')} → {new.describe('en')}",
                SetScenarioField(self.sid, "economy", new),
            )
        return new

    def _unit_changes(self, group: str, rules: EconomicRules, agreement_id: str | None) -> None:
        scenario = self.scenario
        state: dict[str, dict[str, Any]] = {}  # per unit: the four fields as the template leaves them

        def change(uid: str, how: UnitChange) -> None:
            unit = scenario.units[uid]
            s = state.setdefault(uid, {"form": unit.form, "category": unit.category,
                                       "authorities": unit.authorities, "decisions": unit.decisions})
            if how.form is not None:
                s["form"] = how.form
            if how.category is not None:
                s["category"] = how.category
            auths = how.authorities if how.authorities is not None else s["authorities"]
            auths = (frozenset(auths) | how.add_authorities) - how.remove_authorities
            if how.form_authorities:
                auths |= rules.implied_authorities(s["form"])
            s["authorities"] = auths
            if how.attach_agreement and agreement_id is not None and agreement_id not in s["decisions"]:
                s["decisions"] = (*s["decisions"], agreement_id)

        change(group, self.template.root.change)
        inside = scenario.subtree(group)
        for rule in self.template.unit_rules:
            for uid in inside:
                if _matches(scenario.units[uid], _position(scenario, uid, group), rule.match, self.params.chosen):
                    change(uid, rule.change)
        for name in ("category", "form", "authorities", "decisions"):
            groups: dict[tuple[object, object], list[str]] = {}
            for uid, s in state.items():
                old = getattr(scenario.units[uid], name)
                if s[name] != old:
                    groups.setdefault((old, s[name]), []).append(uid)
            for (old, new), uids in groups.items():
                sv, en = self._describe_field(name, old, new)
                self.do(f"{_names(scenario, uids)}: {sv}", f"{_names(scenario, uids)}: {en}",
                        SetUnitField(self.sid, uids, name, new))

    @staticmethod
    def _describe_field(name: str, old: Any, new: Any) -> tuple[str, str]:  # a unit field's values
        if name == "authorities":
            added = sorted(new - old, key=str)
            removed = sorted(old - new, key=str)
            parts_sv = [f"+ {labels(added, 'sv')}"] * bool(added) + [f"− {labels(removed, 'sv')}"] * bool(removed)
            parts_en = [f"+ {labels(added, 'en')}"] * bool(added) + [f"− {labels(removed, 'en')}"] * bool(removed)
            return f"befogenheter {'; '.join(parts_sv)}", f"authorities {'; '.join(parts_en)}"
        if name == "decisions":
            added = [d for d in new if d not in old]
            return f"vilar på beslut {', '.join(added)}", f"rests on decision {', '.join(added)}"
        title = {"form": ("form", "form"), "category": ("kategori", "category")}[name]
        return (f"{title[0]} {label(old, 'sv')} → {label(new, 'sv')}",
                f"{title[1]} {label(old, 'en')} → {label(new, 'en')}")

    def _new_units(self, group: str) -> None:
        for spec in self.template.new_units:
            parent = self._resolve(spec.parent, group)
            uid = self._free_id(spec.key)
            name = spec.name.get(self.params.lang).replace("{name}", self.scenario.units[group].name)
            unit = Unit(uid, name, spec.category, spec.form, parent_id=parent, authorities=spec.authorities)
            parent_name = self.scenario.units[parent].name
            self.do(
                f"Ny enhet ”{name}” ({label(spec.category, 'sv')}) under ”{parent_name}”",
                f"New unit “{name}” ({label(spec.category, 'en')}) under “{parent_name}”",
                AddUnit(self.sid, unit),
            )
            self.new_ids[spec.key] = uid

    def _roles(self, group: str) -> None:
        if not self.template.role_rules:
            return
        scenario = self.scenario
        inside = set(scenario.subtree(group))
        changes: dict[AssignmentKey, Role | None] = {}
        for rule in self.template.role_rules:
            self._role_rule(rule, group, inside, changes)
        original = scenario.assignments
        changes = {k: r for k, r in changes.items() if original.get(k) != r}
        if not changes:
            return
        by_function: dict[str, list[str]] = {}
        by_function_en: dict[str, list[str]] = {}
        for key, role in changes.items():
            unit = scenario.units[key.unit_id].name
            resp = (label(key.responsibility, "sv"), label(key.responsibility, "en"))
            sv = f"{unit} → {label(role, 'sv')}" if role else f"{unit}: roll tas bort"
            en = f"{unit} → {label(role, 'en')}" if role else f"{unit}: role removed"
            by_function.setdefault(f"{self.project.functions[key.function_id].name} ({resp[0]})", []).append(sv)
            by_function_en.setdefault(f"{self.project.functions[key.function_id].name} ({resp[1]})", []).append(en)
        for (title_sv, lines_sv), (title_en, lines_en) in zip(by_function.items(), by_function_en.items(), strict=True):
            # one preview line per function; the roles themselves are one command below
            self.plan.steps.append(PlanStep(f"{title_sv}: {'; '.join(lines_sv)}", f"{title_en}: {'; '.join(lines_en)}", None))
        self.do(f"Ansvarsmatrisen: {len(changes)} {'roll ändras' if len(changes) == 1 else 'roller ändras'}", f"Responsibility matrix: {len(changes)} {'role changes' if len(changes) == 1 else 'roles change'}",
                SetRoles(self.sid, list(changes.items())))

    def _role_rule(self, rule: RoleRule, group: str, inside: set[str], changes: dict[AssignmentKey, Role | None]) -> None:
        scenario = self.scenario
        current = {**scenario.assignments, **changes}
        scope = rule.functions
        functions = [
            fid for fid, f in self.project.functions.items()
            if (scope.categories is None or f.category in scope.categories)
            and (scope.vardval is None or f.vardval is scope.vardval)
            and (scope.follow_up is None or (f.follows_up is not None) is scope.follow_up)
        ]
        if scope.mode == "held_inside":
            resps = scope.responsibilities or frozenset({rule.responsibility})
            held = {k.function_id for k, r in current.items()
                    if r is not None and k.unit_id in inside and k.responsibility in resps and r in scope.roles}
            functions = [f for f in functions if f in held]
        wanted = set(functions)
        holders: dict[str, list[tuple[str, Role]]] = {}
        for key, role in current.items():
            if role is not None and key.responsibility is rule.responsibility and key.function_id in wanted:
                holders.setdefault(key.function_id, []).append((key.unit_id, role))
        accountable = None if rule.accountable is None else self._resolve(rule.accountable, group)
        for fid in functions:
            for uid, role in holders.get(fid, []):
                key = AssignmentKey(uid, fid, rule.responsibility)
                category = scenario.units[uid].category
                if uid in inside:
                    rewrite = next((r for r in rule.inside if (not r.categories or category in r.categories)
                                    and role in r.from_roles), None)
                    if rewrite is not None:
                        changes[key] = rewrite.to
                    elif accountable is not None and uid != accountable and role is Role.ACCOUNTABLE:
                        changes[key] = rule.inside_accountables_become
                    continue
                for rewrite in rule.outside:
                    if category in rewrite.categories and role in rewrite.from_roles:
                        changes[key] = rewrite.to
                        break
            if accountable is not None:
                changes[AssignmentKey(accountable, fid, rule.responsibility)] = Role.ACCOUNTABLE
            for extra in rule.extra:
                uid = self._resolve(extra.unit, group)
                if uid != accountable:
                    changes[AssignmentKey(uid, fid, rule.responsibility)] = extra.role


__all__ = [
    "PlanStep",
    "TemplateError",
    "TemplateParams",
    "TemplatePlan",
    "apply_template_command",
    "choosable_units",
    "plan_template",
    "preview",
]
