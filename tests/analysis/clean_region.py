"""A small region with no finding at all, for tests that plant one defect at a time."""

from __future__ import annotations

from datetime import date

from orgdesigner.model import (
    AssignmentKey,
    Authority,
    Function,
    FunctionCategory,
    Project,
    Responsibility,
    Role,
    Scenario,
    StructureType,
    Unit,
    UnitCategory,
)

A, R, C, INF = Role.ACCOUNTABLE, Role.PERFORMS, Role.CONSULTED, Role.INFORMED
DEV, ORD, DEL = Responsibility.DEVELOPMENT, Responsibility.ORDERING, Responsibility.DELIVERY
G, P, E = UnitCategory.GOVERNANCE, UnitCategory.PURCHASER, UnitCategory.OWN_PROVIDER


def clean_project() -> Project:
    project = Project("Clean region", created=date(2026, 1, 1))
    project.functions["vv"] = Function("vv", "Vårdval primärvård", FunctionCategory.CARE, vardval=True)
    project.functions["lab"] = Function("lab", "Laboratorieanalyser", FunctionCategory.MEDICAL_SERVICE)
    s = Scenario("s", "Ren", effective_date=date(2018, 6, 1), structure=StructureType.LINE)
    for unit in [
        Unit("rf", "Regionfullmäktige", G),
        Unit("rs", "Regionstyrelsen", G, parent_id="rf"),
        Unit("rd", "Regiondirektör", G, parent_id="rs"),
        Unit("hsd", "Hälso- och sjukvårdsdirektör", G, parent_id="rd"),
        Unit("best", "Beställarenheten Hälsoval", P, parent_id="hsd",
             authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT})),
        Unit("pv", "Område Primärvård", E, parent_id="hsd",
             authorities=frozenset({Authority.BUDGET, Authority.DEVELOPMENT})),
        Unit("hc1", "Brunflo hälsocentral", E, parent_id="pv"),
        Unit("hc2", "Frösö hälsocentral", E, parent_id="pv"),
        Unit("priv", "Hede hälsocentral", UnitCategory.PRIVATE_PROVIDER),
        Unit("labu", "Laboratoriemedicin", UnitCategory.MEDICAL_SERVICE, parent_id="hsd",
             authorities=frozenset({Authority.DEVELOPMENT})),
        Unit("labteam", "Labbet i Östersund", UnitCategory.MEDICAL_SERVICE, parent_id="labu"),
    ]:
        s.units[unit.id] = unit
    for uid, fid, resp, role in [
        # every provider consulted alike on the vårdval rules (R15)
        ("best", "vv", DEV, A), ("pv", "vv", DEV, C), ("priv", "vv", DEV, C), ("rf", "vv", DEV, INF),
        ("best", "vv", ORD, A), ("rs", "vv", ORD, INF),
        # vårdval delivery is plural: each provider is accountable for its own (R12)
        ("pv", "vv", DEL, INF), ("hc1", "vv", DEL, A), ("hc2", "vv", DEL, A), ("priv", "vv", DEL, A),
        ("labu", "lab", DEV, A), ("hsd", "lab", DEV, C), ("rd", "lab", DEV, INF),
        ("pv", "lab", ORD, A),
        ("labu", "lab", DEL, A), ("labteam", "lab", DEL, R),
    ]:
        s.assignments[AssignmentKey(uid, fid, resp)] = role
    project.scenarios[s.id] = s
    return project
