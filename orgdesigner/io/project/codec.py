"""Project ⇄ JSON-ready dicts. The order of everything written is fixed, so saves diff well."""

from __future__ import annotations

import sys
from itertools import repeat
from typing import TYPE_CHECKING, Any

from orgdesigner.io.project.economy_codec import economy_from_model, economy_to_json
from orgdesigner.io.project.file_format import FORMAT_NAME, FORMAT_VERSION
from orgdesigner.io.project.history_codec import history_from_model, history_to_json
from orgdesigner.io.project.trade_codec import trade_from_model, trade_to_json
from orgdesigner.io.project.unit_codec import unit_from_entry, unit_to_json
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.conflicts import MergeConflict
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
from orgdesigner.model.paper import PaperInfo, PlanEntry

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import Case as CaseModel
    from orgdesigner.io.project.fast_file import Paper as PaperModel
    from orgdesigner.io.project.fast_file import ProjectFile as ProjectFileModel

_RESPONSIBILITY_ORDER = {"development": 0, "ordering": 1, "delivery": 2}


# Ids are interned: a unit's id, its children's parent ids and every scenario's copy become one
# string, so the large maps keyed by id compare by identity and a 10,000-unit file loads smaller.
_id = sys.intern


def _date(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def scenario_to_json(scenario: Scenario, function_order: dict[str, int]) -> dict[str, Any]:
    grouped: dict[str, dict[Any, dict[str, Any]]] = {}
    for (uid, fid, resp), role in scenario.assignments.items():
        # str(...) of a StrEnum is its value and far cheaper than `.value` in a hot loop
        by_resp = grouped.get(fid)
        if by_resp is None:
            by_resp = grouped[fid] = {}
        by_unit = by_resp.get(resp)
        if by_unit is None:
            by_unit = by_resp[resp] = {}
        by_unit[uid] = role  # orjson writes enum members as their values
    rank = {uid: i for i, uid in enumerate(scenario.units)}
    for by_resp in grouped.values():  # units no longer in the scenario sort last, by id
        for by_unit in by_resp.values():
            for uid in by_unit:
                if uid not in rank:
                    rank[uid] = len(rank)
    function_rank = dict(function_order)
    for fid in grouped:
        function_rank.setdefault(fid, len(function_rank))
    assignments = {
        fid: {
            str(resp): {uid: grouped[fid][resp][uid] for uid in sorted(grouped[fid][resp], key=rank.__getitem__)}
            for resp in sorted(grouped[fid], key=_RESPONSIBILITY_ORDER.__getitem__)
        }
        for fid in sorted(grouped, key=function_rank.__getitem__)
    }
    return {
        "id": scenario.id,
        "name": scenario.name,
        "description": scenario.description,
        "effective_date": _date(scenario.effective_date),
        "structure": scenario.structure.value,
        "economy": economy_to_json(scenario.economy),
        "trade": trade_to_json(scenario.trade),
        "proposal": scenario.proposal,
        "paper": paper_to_json(scenario.paper),
        "units": [unit_to_json(u) for u in scenario.units.values()],
        "assignments": assignments,
    }


def case_to_json(case: CaseInfo) -> dict[str, Any]:
    return {
        "title": case.title,
        "department": case.department,
        "officer": case.officer,
        "phone": case.phone,
        "email": case.email,
        "decision_body": case.decision_body,
        "summary": case.summary,
        "background": case.background,
        "signatories": [{"name": s.name, "title": s.title} for s in case.signatories],
        "receivers": list(case.receivers),
    }


def paper_to_json(paper: PaperInfo) -> dict[str, Any]:
    return {
        "title": paper.title,
        "summary": paper.summary,
        "date": _date(paper.date),
        "decided_by": paper.decided_by,
        "child_rights": paper.child_rights,
        "equality": paper.equality,
        "plan": [{"key": e.key, "phase": e.phase, "date": _date(e.date), "owner": e.owner} for e in paper.plan],
    }


def paper_from_model(model: PaperModel) -> PaperInfo:
    return PaperInfo(model.title, model.summary, model.date, model.decided_by, model.child_rights, model.equality,
                     tuple(PlanEntry(e.key, e.phase, e.date, e.owner) for e in model.plan))


def case_from_model(model: CaseModel) -> CaseInfo:
    return CaseInfo(
        model.title, model.department, model.officer, model.phone, model.email, model.decision_body,
        model.summary, model.background, tuple(Signatory(s.name, s.title) for s in model.signatories),
        tuple(model.receivers),
    )


def conflict_to_json(c: MergeConflict) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": c.kind, "entity": list(c.entity), "field": c.field,
                           "base": c.base, "ours": c.ours, "theirs": c.theirs}
    if (c.ours_label, c.theirs_label) != ("ours", "theirs"):
        out["ours_label"], out["theirs_label"] = c.ours_label, c.theirs_label
    if c.referrer:
        out["referrer"] = list(c.referrer)
    return out


def project_to_json(project: Project) -> dict[str, Any]:
    out = _project_to_json(project)
    history = history_to_json(project.trade_history)
    if history:  # absent otherwise, so a project without a history writes what it did before
        out["trade_history"] = history
    if project.conflicts:  # absent otherwise, so a file without conflicts never mentions them
        out["conflicts"] = [conflict_to_json(c) for c in project.conflicts]
    return out


def _project_to_json(project: Project) -> dict[str, Any]:
    function_order = {fid: i for i, fid in enumerate(project.functions)}
    return project_head(project) | {
        "scenarios": [scenario_to_json(s, function_order) for s in project.scenarios.values()],
        "acknowledgements": [
            {"scenario": a.scenario_id, "finding": a.finding_key, "comment": a.comment}
            for _, a in sorted(project.acknowledgements.items())
        ],
    }


def project_head(project: Project) -> dict[str, Any]:
    """Everything before the scenarios (orgdesigner.io.merging.flat reads the scenarios itself)."""
    settings = project.settings
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "project": {
            "name": project.name,
            "organisation": project.organisation,
            "reference": project.reference,
            "description": project.description,
            "created": _date(project.created),
            "modified": _date(project.modified),
        },
        "case": case_to_json(project.case),
        "settings": {
            "span_of_control_max": settings.span_of_control_max,
            "layers_max": settings.layers_max,
            "disabled_rules": sorted(settings.disabled_rules),
            "severity_overrides": dict(sorted(settings.severity_overrides.items())),
            "top_management": settings.top_management,
        },
        "functions": [
            {
                "id": f.id,
                "name": f.name,
                "category": f.category.value,
                "vardval": f.vardval,
                "description": f.description,
                "follows_up": f.follows_up,
            }
            for f in project.functions.values()
        ],
        "decisions": [
            {
                "id": d.id,
                "title": d.title,
                "valid_from": _date(d.valid_from),
                "valid_until": _date(d.valid_until),
                "description": d.description,
            }
            for d in project.decisions.values()
        ],
    }


class UnknownUnit(LookupError):
    """An assignment names a unit its scenario lacks: `references.reference_problems` words it."""


class _Ids(dict[str, str]):
    """Unit id -> the unit's own id string."""

    def __missing__(self, key: str) -> str:
        raise UnknownUnit(key)


def _assignments(grouped: dict[str, dict[Any, dict[str, Any]]], units: dict[str, Unit]) -> dict[AssignmentKey, Any]:
    """Flatten function -> responsibility -> unit -> role into keyed roles. The inner loop runs
    in C (map/zip over each cell group): one pass in Python per cell took 0.4 s at 100,000 roles.
    Unit ids become the units' own strings, so the two maps share them; the lookup that finds
    them is also the check that each unit exists (UnknownUnit), which the reader leaves to this
    pass rather than look every cell up twice (0.13 s at 500,000 roles)."""
    ids = _Ids({uid: uid for uid in units})
    out: dict[AssignmentKey, Any] = {}
    # tuple.__new__(AssignmentKey, (uid, fid, resp)) makes the same key as AssignmentKey(...)
    # without the named tuple's Python-level __new__ (a tenth of the time at 500,000 roles)
    make, key_type = tuple.__new__, repeat(AssignmentKey)
    for fid, by_resp in grouped.items():
        fid = _id(fid)
        for resp, by_unit in by_resp.items():
            keys = map(make, key_type, zip(map(ids.__getitem__, by_unit), repeat(fid), repeat(resp)))
            out.update(zip(keys, by_unit.values(), strict=True))
    return out


def project_from_model(model: ProjectFileModel) -> Project:
    """Build the domain project from a validated and reference-checked file model; raises
    UnknownUnit for an assignment to a unit its scenario lacks (checked here, see _assignments)."""
    info = model.project
    project = Project(
        name=info.name,
        organisation=info.organisation,
        reference=info.reference,
        description=info.description,
        created=info.created,
        modified=info.modified,
        settings=AnalysisSettings(
            span_of_control_max=model.settings.span_of_control_max,
            layers_max=model.settings.layers_max,
            disabled_rules=frozenset(model.settings.disabled_rules),
            severity_overrides=dict(model.settings.severity_overrides),
            top_management=model.settings.top_management,
        ),
    )
    project.case = case_from_model(model.case)
    for f in model.functions:
        project.functions[f.id] = Function(f.id, f.name, f.category, f.vardval, f.description, f.follows_up)
    for d in model.decisions:
        project.decisions[d.id] = Decision(d.id, d.title, d.valid_from, d.valid_until, d.description)
    for s in model.scenarios:
        scenario = Scenario(
            id=s.id,
            name=s.name,
            description=s.description,
            effective_date=s.effective_date,
            structure=s.structure,
            economy=economy_from_model(s.economy),
            trade=trade_from_model(s.trade),
            proposal=s.proposal,
            paper=paper_from_model(s.paper),
        )
        scenario.units = {unit.id: unit for unit in map(unit_from_entry, s.units)}
        scenario.assignments = _assignments(s.assignments, scenario.units)
        project.scenarios[s.id] = scenario
    for a in model.acknowledgements:
        project.acknowledgements[(a.scenario, a.finding)] = Acknowledgement(a.scenario, a.finding, a.comment)
    project.conflicts = conflicts_from_model(model)
    project.trade_history = history_from_model(model.trade_history)
    return project


def conflicts_from_model(model: ProjectFileModel) -> list[MergeConflict]:
    return [
        MergeConflict(c.kind, tuple(c.entity), c.field, c.base, c.ours, c.theirs, c.ours_label, c.theirs_label, tuple(c.referrer))
        for c in model.conflicts
    ]
