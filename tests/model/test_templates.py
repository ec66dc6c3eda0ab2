"""Structure templates: one undo step, exact undo, and what each bundled template does."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_project
from orgdesigner.io.bundled.template_file import load_templates
from orgdesigner.io.project.project_file import load_project, project_bytes
from orgdesigner.model import (
    AssignmentKey,
    Authority,
    Decision,
    Document,
    Responsibility,
    Role,
    StructureType,
    Unit,
    UnitCategory,
    UnitForm,
)
from orgdesigner.model.commands import MacroCommand
from orgdesigner.model.economy import SurplusModel
from orgdesigner.model.history import CommandStack
from orgdesigner.model.templates import (
    TemplateError,
    TemplateParams,
    choosable_units,
    plan_template,
)
from tests.conftest import EXAMPLE, small_project

TEMPLATES = {t.id: t for t in load_templates()[0]}


def example_or_small():
    if EXAMPLE.exists():
        project = load_project(EXAMPLE)
        return project, next(iter(project.scenarios)), "pv"
    return small_project(), "now", "pv"


def apply(project, scenario_id, template_id, **params):
    stack = CommandStack(Document(project))
    command = plan_template(project, scenario_id, TEMPLATES[template_id], TemplateParams(**params)).command()
    assert isinstance(command, MacroCommand)
    stack.push(command)
    return stack


@pytest.mark.parametrize("template_id", ["line", "koncern", "intraprenad"])
def test_each_template_on_the_example_is_one_step_and_undo_restores_exactly(template_id):
    project, sid, root = example_or_small()
    before = project_bytes(project)
    stack = apply(project, sid, template_id, root_id=root)
    applied = project_bytes(project)
    assert applied != before
    assert stack.undo() and not stack.can_undo  # one undo step
    assert project_bytes(project) == before
    assert stack.redo()
    assert project_bytes(project) == applied


def test_preview_lists_changes_and_changes_nothing(project):
    before = project_bytes(project)
    plan = plan_template(project, "now", TEMPLATES["koncern"], TemplateParams("pv"))
    lines_sv, lines_en = plan.preview("sv"), plan.preview("en")
    assert project_bytes(project) == before
    assert len(lines_sv) == len(lines_en) >= 4
    assert any("Koncerngemensam utveckling" in line for line in lines_en)
    assert any("group management" in line for line in lines_en)


def development_split_keys(project, scenario_id):
    from orgdesigner.analysis.engine import analyze_scenario

    result = analyze_scenario(project, project.scenarios[scenario_id])
    return {f.key for f in result.findings if f.rule == "R04-development-split"}


def test_koncern_on_nulage_removes_the_development_split():
    project, sid, root = example_or_small()
    if not EXAMPLE.exists():  # plant the split the example has
        project.scenarios[sid].assignments[AssignmentKey("best", "vv", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
        project.scenarios[sid].assignments[AssignmentKey("pv", "vv", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
    assert development_split_keys(project, sid)
    apply(project, sid, "koncern", root_id=root)
    assert development_split_keys(project, sid) == set()
    scenario = project.scenarios[sid]
    group = scenario.units[root]
    assert group.form is UnitForm.GROUP_MANAGEMENT and Authority.DEVELOPMENT in group.authorities
    assert scenario.structure is StructureType.KONCERN
    # one accountable for development of each function developed inside egenregi: the group,
    # except the vårdval rules, which the beställarenhet develops with egenregi informed (R15:
    # consulting egenregi alone would tell it what its competitors do not learn)
    inside = set(scenario.subtree(root))
    for fid in {k.function_id for k in scenario.assignments if k.unit_id in inside and k.responsibility is Responsibility.DEVELOPMENT}:
        accountable = [k.unit_id for k, r in scenario.assignments.items()
                       if k.function_id == fid and k.responsibility is Responsibility.DEVELOPMENT and r is Role.ACCOUNTABLE]
        if project.functions[fid].vardval:
            assert [scenario.units[u].category for u in accountable] == [UnitCategory.PURCHASER]
            assert all(r is Role.INFORMED for k, r in scenario.assignments.items()
                       if k.function_id == fid and k.responsibility is Responsibility.DEVELOPMENT and k.unit_id in inside)
        else:
            assert accountable == [root]
    shared = [u for u in scenario.children(root) if scenario.units[u].category is UnitCategory.SUPPORT]
    assert len(shared) == 3


def test_koncern_gives_hälsocentraler_result_form_and_keeps_other_units(project):
    apply(project, "now", "koncern", root_id="pv")
    units = project.scenarios["now"].units
    assert units["hc1"].form is UnitForm.RESULT and units["hc2"].form is UnitForm.RESULT
    assert Authority.RESULT_RESPONSIBILITY in units["hc1"].authorities
    assert units["best"].form is UnitForm.LINE  # outside the subtree: untouched


def test_koncern_moves_a_purchaser_inside_the_group_out_under_governance(project):
    scenario = project.scenarios["now"]
    scenario.units["best"].parent_id = "pv"
    scenario.structure_changed()
    apply(project, "now", "koncern", root_id="pv")
    assert scenario.units["best"].parent_id == "rs"


def test_koncern_inserts_a_group_unit_when_the_root_is_not_egenregi(project):
    apply(project, "now", "koncern", root_id="rs")
    scenario = project.scenarios["now"]
    group = [u for u in scenario.units.values() if u.form is UnitForm.GROUP_MANAGEMENT]
    assert len(group) == 1 and group[0].parent_id == "rs"
    assert scenario.units["pv"].parent_id == group[0].id
    assert scenario.units["best"].parent_id == "rs"  # not egenregi: stays


def test_insert_above_puts_the_root_under_a_new_unit_in_its_place(project):
    before = project_bytes(project)
    stack = apply(project, "now", "koncern", root_id="pv", root_mode="insert_above")
    scenario = project.scenarios["now"]
    new = scenario.units["pv"].parent_id
    assert new not in (None, "rs") and scenario.units[new].parent_id == "rs"
    assert scenario.children("rs").index(new) == 1  # where pv was, after the purchaser
    stack.undo()
    assert project_bytes(project) == before


def test_intraprenad_adds_the_agreement_to_the_register_and_gives_terms(project):
    apply(project, "now", "intraprenad", root_id="pv", chosen=frozenset({"hc1"}))
    scenario = project.scenarios["now"]
    agreement = scenario.units["hc1"].decisions[-1]
    decision = project.decisions[agreement]
    assert decision.valid_from == scenario.effective_date and decision.in_force(scenario.effective_date)
    assert scenario.units["hc1"].form is UnitForm.INTRAPRENAD
    assert {Authority.SURPLUS_RETENTION, Authority.STAFFING, Authority.PURCHASING, Authority.RESULT_RESPONSIBILITY} <= scenario.units["hc1"].authorities
    assert scenario.units["hc2"].form is UnitForm.LINE  # not chosen
    assert scenario.economy.surplus_model is SurplusModel.INTRAPRENAD_KEEPS
    assert scenario.economy.decisions == (agreement,)


def test_intraprenad_reuses_an_agreement_already_in_the_register(project):
    given_decision = Decision("LS/1/2009", "Old decision")
    plan = plan_template(project, "now", TEMPLATES["intraprenad"], TemplateParams("pv", frozenset({"hc2"}), given_decision))
    assert not any("register" in line for line in plan.preview("en"))
    CommandStack(Document(project)).push(plan.command())
    assert project.scenarios["now"].units["hc2"].decisions == ("LS/1/2009",)
    assert len(project.decisions) == 1


def test_choosable_units_are_the_egenregi_units_below_the_root(project):
    assert choosable_units(project.scenarios["now"], TEMPLATES["intraprenad"], "pv") == ["hc1", "hc2"]
    assert choosable_units(project.scenarios["now"], TEMPLATES["line"], "pv") == []


def test_line_makes_the_root_accountable_for_development_and_takes_budgets(project):
    scenario = project.scenarios["now"]
    scenario.units["hc1"].form = UnitForm.RESULT
    scenario.units["hc1"].authorities = frozenset({Authority.BUDGET, Authority.STAFFING})
    scenario.assignments[AssignmentKey("hc1", "lab", Responsibility.DEVELOPMENT)] = Role.ACCOUNTABLE
    apply(project, "now", "line", root_id="pv")
    assert scenario.units["hc1"].form is UnitForm.LINE
    assert scenario.units["hc1"].authorities == {Authority.STAFFING}
    assert scenario.assignments[AssignmentKey("pv", "lab", Responsibility.DEVELOPMENT)] is Role.ACCOUNTABLE
    assert scenario.assignments[AssignmentKey("hc1", "lab", Responsibility.DEVELOPMENT)] is Role.PERFORMS


def test_applying_to_a_new_copy_leaves_the_source_alone(project):
    before = project_bytes(project)
    stack = apply(project, "now", "koncern", root_id="pv", new_scenario=("k", "Koncern"))
    assert list(project.scenarios) == ["now", "k"]
    assert project.scenarios["k"].units["pv"].form is UnitForm.GROUP_MANAGEMENT
    assert project.scenarios["now"].units["pv"].form is UnitForm.LINE
    stack.undo()
    assert project_bytes(project) == before


def test_unknown_root_or_scenario_is_a_clear_error(project):
    with pytest.raises(TemplateError, match="unknown unit 'nope'"):
        plan_template(project, "now", TEMPLATES["line"], TemplateParams("nope"))
    with pytest.raises(TemplateError, match="unknown scenario"):
        plan_template(project, "zz", TEMPLATES["line"], TemplateParams("pv"))


def test_moving_out_with_nothing_above_is_refused(project):
    scenario = project.scenarios["now"]
    scenario.units["best"].parent_id = "rs"
    with pytest.raises(TemplateError, match="no unit above"):
        plan_template(project, "now", TEMPLATES["koncern"], TemplateParams("rs", root_mode="become"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), template_id=st.sampled_from(sorted(TEMPLATES)), pick=st.integers(0, 1_000))
def test_any_template_on_any_unit_undoes_exactly(seed, template_id, pick):
    project = synthetic_project(units=60, functions=12, assignments=300, seed=seed)
    scenario = project.scenarios["s0"]
    candidates = [u.id for u in scenario.units.values() if u.category is UnitCategory.OWN_PROVIDER]
    root = candidates[pick % len(candidates)] if candidates else "u0"
    before = project_bytes(project)
    try:
        stack = apply(project, "s0", template_id, root_id=root)
    except TemplateError:
        assert project_bytes(project) == before
        return
    stack.undo()
    assert project_bytes(project) == before


def test_new_unit_ids_never_collide(project):
    project.scenarios["now"].units["koncern-utv"] = Unit("koncern-utv", "Taken", parent_id="rs")
    project.scenarios["now"].structure_changed()
    apply(project, "now", "koncern", root_id="pv")
    assert "koncern-utv-2" in project.scenarios["now"].units


def test_koncern_keeps_the_vardval_rules_with_the_beställarenhet_and_delivery_plural():
    from orgdesigner.analysis.engine import analyze_scenario

    project, sid, root = example_or_small()
    apply(project, sid, "koncern", root_id=root)
    scenario = project.scenarios[sid]
    result = analyze_scenario(project, scenario)
    assert not [f for f in result.findings if f.rule.startswith(("R11", "R12"))]
    for fid, function in project.functions.items():
        if not function.vardval:
            continue
        development = {k.unit_id: r for k, r in scenario.assignments.items()
                       if k.function_id == fid and k.responsibility is Responsibility.DEVELOPMENT}
        assert not any(scenario.units[u].category is UnitCategory.PURCHASER and r is Role.CONSULTED
                       for u, r in development.items())


def test_a_scenario_made_by_a_template_describes_itself():
    project, sid, root = example_or_small()
    before = project.scenarios[sid].description
    apply(project, sid, "koncern", root_id=root, new_scenario=("ny", "Ny koncern"))
    made = project.scenarios["ny"]
    assert made.description != before
    assert "strukturmallen Koncern" in made.description and project.scenarios[sid].name in made.description


def test_koncern_hands_the_follow_up_of_the_providers_to_the_beställarenhet(project):
    """A function marked as following up the vårdval providers leaves egenregi: the beställarenhet,
    which performed it under egenregi's management, becomes accountable (R11)."""
    from orgdesigner.analysis.engine import analyze_scenario
    from orgdesigner.model import Function, FunctionCategory

    project.functions["uppf"] = Function("uppf", "Uppföljning", FunctionCategory.MANAGEMENT, follows_up="vv")
    scenario = project.scenarios["now"]
    delivery = Responsibility.DELIVERY
    scenario.assignments[AssignmentKey("pv", "uppf", delivery)] = Role.ACCOUNTABLE
    scenario.assignments[AssignmentKey("best", "uppf", delivery)] = Role.PERFORMS
    assert [f for f in analyze_scenario(project, scenario).findings if f.rule.startswith("R11")]
    apply(project, "now", "koncern", root_id="pv")
    roles = {k.unit_id: r for k, r in scenario.assignments.items() if k.function_id == "uppf"}
    assert roles == {"best": Role.ACCOUNTABLE, "pv": Role.INFORMED}
    assert not [f for f in analyze_scenario(project, scenario).findings if f.rule.startswith("R11")]
