"""Vårdval delivery is plural: each provider answers for its own delivery through its own line.

R12 must not fire on sound structures (egenregi's management accountable for its own
hälsocentraler, a private chain's head for its units) and R14 finds a provider that delivers
with nobody accountable in its own line, which R03 misses when someone else is accountable.
"""

from __future__ import annotations

from clean_region import DEL, A, R, clean_project

from orgdesigner.analysis.engine import analyze_scenario
from orgdesigner.analysis.findings import Finding, Severity
from orgdesigner.model import AssignmentKey, Project, Unit, UnitCategory

R12 = "R12-egenregi-accountable-for-all-delivery"
R14 = "R14-provider-delivery-unowned"


def findings(project: Project, *rules: str) -> list[Finding]:
    return [f for f in analyze_scenario(project, project.scenarios["s"]).findings if f.rule in rules]


def assign(project: Project, uid: str, role) -> None:
    project.scenarios["s"].assignments[AssignmentKey(uid, "vv", DEL)] = role


def with_private_chain(project: Project) -> Project:
    """A private chain: its head accountable for delivery, its two units performing."""
    s = project.scenarios["s"]
    s.units["kedja"] = Unit("kedja", "Vårdkedjan AB", UnitCategory.PRIVATE_PROVIDER)
    for uid, name in (("k1", "Vårdkedjan Norr"), ("k2", "Vårdkedjan Syd")):
        s.units[uid] = Unit(uid, name, UnitCategory.PRIVATE_PROVIDER, parent_id="kedja")
    s.structure_changed()
    assign(project, "kedja", A)
    assign(project, "k1", R)
    assign(project, "k2", R)
    return project


def test_egenregi_management_for_its_own_and_each_private_for_its_own_is_sound():
    project = clean_project()
    assign(project, "pv", A)  # egenregi's management answers for egenregi's hälsocentraler
    assign(project, "hc1", R)
    assign(project, "hc2", R)  # Hede (private) stays accountable for its own delivery
    assert findings(project, R12, R14) == []


def test_a_private_chain_whose_head_is_accountable_is_sound():
    project = with_private_chain(clean_project())
    assign(project, "pv", A)
    assign(project, "hc1", R)
    assert findings(project, R12, R14) == []


def test_r12_egenregi_accountable_while_a_private_performs_with_nobody_in_its_line():
    project = with_private_chain(clean_project())
    assign(project, "pv", A)
    assign(project, "priv", R)  # Hede only performs: nobody in its own line answers for it
    [f] = findings(project, R12)
    assert f.severity is Severity.ERROR and f.subjects.units == ("pv", "priv")
    assert "Område Primärvård" in f.message_sv and "Hede hälsocentral" in f.message_sv
    assert "with nobody accountable in their own line" in f.message_en


def test_r14_a_provider_delivering_with_nobody_in_its_own_line():
    project = clean_project()
    assign(project, "hc2", R)  # hc1 and Hede are accountable, so R03 sees an owner and is silent
    assert not [f for f in analyze_scenario(project, project.scenarios["s"]).findings
                if f.rule == "R03-work-without-owner"]
    [f] = findings(project, R14)
    assert f.severity is Severity.ERROR and f.subjects.units == ("hc2",)
    assert "Frösö hälsocentral utför leveransen av vårdvalsfunktionen Vårdval primärvård" in f.message_sv
    assign(project, "pv", A)  # its manager answers for it: owned
    assert findings(project, R14) == []


def test_r14_a_private_unit_under_its_chain_head_is_owned_but_not_under_another_chain():
    project = with_private_chain(clean_project())
    assert findings(project, R14) == []
    assign(project, "kedja", R)  # the head performs too: now nobody in the chain is accountable
    [f] = findings(project, R14)
    assert f.subjects.units == ("k1", "k2", "kedja")
