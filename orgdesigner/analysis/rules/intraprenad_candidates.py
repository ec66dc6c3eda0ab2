"""Rule 13: which other activities could run more efficiently on intraprenad terms.

A region reviewing its own primary care may ask which other activities could be run more
efficiently with intraprenad terms. The units that fit are those that already work like a
business inside the region: they sell services to many buyers in internal trade (lab, radiology,
PNA) and are accountable for delivering them, so a result can be measured and kept.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.analysis.texts import join_both
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm

_NOT_CANDIDATES = {UnitCategory.GOVERNANCE, UnitCategory.PURCHASER, UnitCategory.PRIVATE_PROVIDER}
_DONE = {UnitForm.INTRAPRENAD, UnitForm.GROUP_MANAGEMENT}


@scoped_rule(
    "R13-intraprenad-candidate",
    Severity.INFO,
    Scope.UNIT,
    title_sv="Kandidat för intraprenadvillkor",
    title_en="Candidate for intraprenad terms",
    why_sv="En enhet som säljer tjänster till många köpare i internhandeln och ansvarar "
    "för leveransen har redan ett mätbart resultat: med resultatansvar, rätt att behålla överskott och "
    "befogenhet över bemanning och inköp kan den styra sin egen effektivitet.",
    why_en="A unit that sells services to many buyers in internal trade and is accountable for "
    "delivering them already has a measurable result: with result responsibility, surplus retention "
    "and authority over staffing and purchasing it can steer its own efficiency.",
    fix_sv="Pröva ett scenario där enheten blir intraprenad (strukturmallen Intraprenad) och jämför det "
    "med nuläget; ett godtaget förslag kan kvitteras.",
    fix_en="Try a scenario where the unit becomes an intraprenad (the Intraprenad structure template) "
    "and compare it with the current state; a settled question can be acknowledged.",
    triggers=frozenset({Trigger.TRADE, Trigger.ASSIGNMENTS}),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.internal_suppliers,
)
def intraprenad_candidate(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit (not governance, purchaser or private, not already an intraprenad) that sells internal-trade services to at least two buyers and is accountable for delivering at least one function."""
    scenario = context.scenario
    unit = scenario.units.get(unit_id or "")
    if unit is None or unit.category in _NOT_CANDIDATES or unit.form in _DONE:
        return
    services = [s for s in scenario.trade.services.values() if s.supplier_id == unit.id]
    sold = {s.id for s in services}
    buyers = {f.buyer_id for f in scenario.trade.flows.values() if f.service_id in sold and f.volume > 0}
    if len(buyers) < 2:
        return
    delivered = sorted(fid for (uid, fid, resp), role in scenario.assignments.items()
                       if uid == unit.id and resp is Responsibility.DELIVERY and role is Role.ACCOUNTABLE
                       and fid in context.project.functions)
    if not delivered:
        return
    sv, en = join_both([context.function_name(f) for f in delivered])
    lacks = Authority.RESULT_RESPONSIBILITY not in unit.authorities
    yield Found(
        f"{unit.name} kan vara en kandidat för intraprenadvillkor: säljer {len(services)} tjänster till "
        f"{len(buyers)} köpare i internhandeln och ansvarar för leveransen av {sv}"
        + (", men har ännu inget resultatansvar." if lacks else "."),
        f"{unit.name} may be a candidate for intraprenad terms: sells {len(services)} services to "
        f"{len(buyers)} buyers in internal trade and is accountable for delivering {en}"
        + (", but has no result responsibility yet." if lacks else "."),
        Subjects((unit.id,), tuple(delivered), Responsibility.DELIVERY),
    )
