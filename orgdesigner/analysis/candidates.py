"""Quick supersets of the scope keys that can have findings, for full runs of scoped rules.

Each returns every key its rule could report on (checked by tests against all keys); a full
run then calls the rule's `check_one` for these only.
"""

from __future__ import annotations

from orgdesigner.analysis.context import Context
from orgdesigner.model.enums import Responsibility, UnitCategory, UnitForm

_DEV, _ORD, _DEL = Responsibility.DEVELOPMENT, Responsibility.ORDERING, Responsibility.DELIVERY


def used_functions(context: Context) -> list[str]:
    functions = context.project.functions
    return [fid for fid in context.index.function_load if fid in functions]


def functions_lacking_accountable(context: Context) -> list[str]:
    """Used functions with a responsibility nobody is accountable for (R01, R03)."""
    functions = context.project.functions
    accountable = context.index.accountable
    return [
        fid
        for fid in context.index.function_load
        if fid in functions
        and ((fid, _DEV) not in accountable or (fid, _ORD) not in accountable or (fid, _DEL) not in accountable)
    ]


def functions_developed_by_purchaser(context: Context) -> list[str]:
    """Functions whose development a beställarenhet unit holds any role for (R04)."""
    purchasers = context.in_category(UnitCategory.PURCHASER)
    if not purchasers:
        return []
    return [
        fid for (fid, resp), holders in context.index.cells.items() if resp is _DEV and not purchasers.isdisjoint(holders)
    ]


def used_vardval_functions(context: Context) -> list[str]:
    functions = context.project.functions
    return [fid for fid in context.index.function_load if fid in functions and functions[fid].vardval]


def egenregi_under_purchaser(context: Context) -> list[str]:
    """Egenregi units somewhere below a beställarenhet unit, the top of each such branch (R05)."""
    units = context.scenario.units
    out: set[str] = set()
    for p in context.in_category(UnitCategory.PURCHASER):
        if context.index.children.get(p):  # purchasers rarely head anything: most cost nothing
            out.update(uid for uid in context.index.subtree(p)[1:] if uid in units)
    return sorted(out)


def used_purchaser_functions(context: Context) -> list[str]:
    """Used vårdval functions and the functions that follow up one (R11)."""
    functions = context.project.functions
    return [
        fid
        for fid in context.index.function_load
        if fid in functions and (functions[fid].vardval or functions[fid].follows_up is not None)
    ]


def unused_functions(context: Context) -> list[str]:
    load = context.index.function_load
    return [fid for fid in context.project.functions if fid not in load]


def intraprenad_units(context: Context) -> list[str]:
    return [u.id for u in context.scenario.units.values() if u.form is UnitForm.INTRAPRENAD]


def units_with_formal_form(context: Context) -> list[str]:
    """Units whose form implies authorities R22 checks: neither line units nor intraprenader
    (R07's), and not top management."""
    return [
        uid
        for uid, u in context.scenario.units.items()
        if u.form is not UnitForm.LINE and u.form is not UnitForm.INTRAPRENAD and u.category is not UnitCategory.GOVERNANCE
    ]


def units_with_decisions(context: Context) -> list[str]:
    return [u.id for u in context.scenario.units.values() if u.decisions]


def units_with_missing_parent(context: Context) -> list[str]:
    units = context.scenario.units
    return [u.id for u in units.values() if u.parent_id is not None and u.parent_id not in units]


def managers(context: Context) -> list[str]:
    units = context.scenario.units
    return [p for p in context.index.children if p is not None and p in units]


def idle_units(context: Context) -> list[str]:
    load = context.index.unit_load
    return [uid for uid in context.scenario.units if uid not in load]  # governance filtered later


def internal_suppliers(context: Context) -> list[str]:
    """Units that sell a service in the scenario's internal trade (R13)."""
    units = context.scenario.units
    return sorted({s.supplier_id for s in context.scenario.trade.services.values() if s.supplier_id in units})
