"""Metrics of a scenario, full runs over a project, and invariants every rule keeps."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from clean_region import DEL, DEV, ORD, A, R, clean_project

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.engine import analyze_project, analyze_scenario
from orgdesigner.analysis.findings import RULES
from orgdesigner.analysis.scoped import SCOPED, scope_keys
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model import AssignmentKey, Project, UnitForm


def metrics(project: Project):
    return analyze_scenario(project, project.scenarios["s"]).metrics


def test_metrics_of_the_clean_region():
    m = metrics(clean_project())
    assert m.units == 11 and m.units_by_category["governance"] == 4 and m.units_by_category["own_provider"] == 3
    assert m.units_by_form["line_unit"] == 11 and m.units_by_form["intraprenad"] == 0
    assert m.layers == 6
    # parents: rf, rs, rd (1 each), hsd (3), pv (2), labu (1)
    assert m.span_max == 3 and m.span_mean == pytest.approx(9 / 6)
    assert m.pairs == 6 and m.clear_pairs == 6 and m.clarity_index == 1.0
    assert m.findings_by_severity == {"error": 0, "warning": 0, "info": 0}
    assert m.responsibility_split == {
        "development": {"purchaser": 1, "own_provider": 0, "other": 1},
        "ordering": {"purchaser": 1, "own_provider": 1, "other": 0},
        "delivery": {"purchaser": 0, "own_provider": 2, "other": 2},  # each vårdval provider: its own
    }


def test_a_second_accountable_lowers_clarity_and_moves_the_split():
    project = clean_project()
    project.scenarios["s"].assignments[AssignmentKey("pv", "vv", DEV)] = A
    m = metrics(project)
    assert m.clear_pairs == 5 and m.clarity_index == pytest.approx(5 / 6)
    assert m.responsibility_split["development"]["own_provider"] == 1
    assert m.findings_by_severity["error"] == 2  # R02, and R11: egenregi develops the vårdval rules
    assert m.findings_by_severity["warning"] == 1


def test_an_error_finding_on_a_pair_with_one_accountable_makes_it_unclear():
    project = clean_project()
    s = project.scenarios["s"]
    s.units["best"].parent_id = "pv"  # purchaser under egenregi: R05 errors on vv ordering
    s.structure_changed()
    m = metrics(project)
    assert m.findings_by_severity["error"] >= 1
    # vv ordering has exactly one accountable but an error finding; R05 meeting (no
    # responsibility) makes all three vv pairs unclear
    assert m.clear_pairs == 3


def test_to_dict_is_json_ready():
    import json

    data = metrics(clean_project()).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) >= {"units_by_category", "units_by_form", "layers", "span_mean", "span_max", "clarity_index", "responsibility_split", "findings_by_severity"}


def test_analyze_project_runs_every_scenario(project):
    results = analyze_project(project)
    assert list(results) == list(project.scenarios)
    assert results["now"].metrics.units == 5


def _projects():
    clean = clean_project()
    clean.scenarios["s"].units["hc1"].form = UnitForm.INTRAPRENAD
    clean.scenarios["s"].assignments[AssignmentKey("hc1", "vv", DEL)] = A
    clean.scenarios["s"].assignments[AssignmentKey("pv", "vv", ORD)] = R
    # a wide top level gives beställarenhet units (R04, R05); the example has the seeds' problems
    wide = synthetic_project(units=400, functions=40, assignments=3_000, seed=5, max_children=20)
    example = load_project(Path(__file__).resolve().parents[2] / "examples" / "jamtland-primarvard-2017.orgd")
    return [clean, synthetic_project(units=300, functions=40, assignments=2_000, seed=3), wide, example]


@pytest.mark.parametrize("project", _projects())
def test_keys_are_unique_and_subject_units_are_named_in_both_languages(project):
    for scenario in project.scenarios.values():
        found = analyze_scenario(project, scenario).findings
        keys = [f.key for f in found]
        assert len(keys) == len(set(keys))
        for f in found:
            if f.rule not in SCOPED or f.rule.startswith(("R2",)):
                continue
            for uid in f.subjects.units:
                name = scenario.units[uid].name
                assert name in f.message_sv and name in f.message_en, (f.rule, uid)
            for fid in f.subjects.functions:
                name = project.functions[fid].name
                tail = name.split(" av ", 1)[-1]  # "Utvecklingen av X" for a function "Utveckling av X"
                assert tail in f.message_sv and name in f.message_en, (f.rule, fid)


@pytest.mark.parametrize("project", _projects())
def test_candidates_cover_every_key_that_has_findings(project):
    for scenario in project.scenarios.values():
        context = Context.of(project, scenario)
        for rule in SCOPED.values():
            if rule.candidates is None:
                continue
            keys_with_findings = {k for k in scope_keys(context, rule.scope) if rule.check_one(context, k)}
            assert keys_with_findings <= set(rule.candidates(context)), rule.id
            everything = [f for k in scope_keys(context, rule.scope) for f in rule.check_one(context, k)]
            assert sorted(f.key for f in RULES[rule.id].check(context)) == sorted(f.key for f in everything)


def test_a_full_run_leaves_the_garbage_collector_as_it_found_it(project):
    scenario = next(iter(project.scenarios.values()))
    assert gc.isenabled()
    analyze_scenario(project, scenario)
    assert gc.isenabled()
    gc.disable()
    try:
        analyze_scenario(project, scenario)
        assert not gc.isenabled()
    finally:
        gc.enable()
    gc.freeze()  # an application that froze its start-up objects keeps them frozen
    try:
        frozen = gc.get_freeze_count()
        analyze_scenario(project, scenario)
        # still frozen (unfreezing empties it), and nothing of the run was frozen with it
        assert 0 < gc.get_freeze_count() <= frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()
