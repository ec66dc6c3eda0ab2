"""Shared fixtures. Tests run offscreen: no display is ever needed."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from orgdesigner.model import (
    AssignmentKey,
    Decision,
    Document,
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

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "jamtland-primarvard-2017.orgd"


def small_project() -> Project:
    """Region board → purchaser and own primary care with two hälsocentraler."""
    project = Project("Test region", organisation="Region Test", created=date(2026, 1, 1))
    project.functions["vv"] = Function("vv", "Vårdval primärvård", FunctionCategory.CARE, vardval=True)
    project.functions["lab"] = Function("lab", "Labbanalyser", FunctionCategory.MEDICAL_SERVICE)
    project.decisions["LS/1/2009"] = Decision("LS/1/2009", "Old decision", date(2009, 1, 1), date(2018, 3, 1))
    s = Scenario("now", "Nuläge", effective_date=date(2018, 6, 1), structure=StructureType.LINE)
    for unit in [
        Unit("rs", "Regionstyrelsen", UnitCategory.GOVERNANCE),
        Unit("best", "Beställarenheten", UnitCategory.PURCHASER, parent_id="rs"),
        Unit("pv", "Primärvården", UnitCategory.OWN_PROVIDER, parent_id="rs"),
        Unit("hc1", "Brunflo hälsocentral", UnitCategory.OWN_PROVIDER, parent_id="pv"),
        Unit("hc2", "Frösö hälsocentral", UnitCategory.OWN_PROVIDER, parent_id="pv"),
    ]:
        s.units[unit.id] = unit
    s.assignments[AssignmentKey("best", "vv", Responsibility.ORDERING)] = Role.ACCOUNTABLE
    s.assignments[AssignmentKey("pv", "vv", Responsibility.DELIVERY)] = Role.ACCOUNTABLE
    s.assignments[AssignmentKey("hc1", "vv", Responsibility.DELIVERY)] = Role.PERFORMS
    project.scenarios[s.id] = s
    return project


@pytest.fixture
def project() -> Project:
    return small_project()


@pytest.fixture
def doc(project: Project) -> Document:
    return Document(project)
