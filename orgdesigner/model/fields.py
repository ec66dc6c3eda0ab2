"""Which declared limit (`orgdesigner.model.limits`) each field of each entity keeps: one table
per entity, keyed by the model's attribute names. The file's structs (`io.fast_file`) take their
constraints from the same limits, and a test checks that each struct field and its table entry
agree; the commands, imports and templates check values with these tables. A field that is
not listed (an enum, a date, a flag) has no limit beyond its type.
"""

from __future__ import annotations

from typing import Any

from orgdesigner.model.limits import (
    AMOUNT,
    CHANGE,
    COUNT,
    FINDING_KEY,
    FTE,
    ID,
    NAME,
    SETTING,
    SHARE,
    TEXT,
    VOLUME,
    Limit,
    LimitError,
)

PROJECT: dict[str, Limit] = {"name": NAME, "organisation": TEXT, "reference": TEXT, "description": TEXT}
CASE: dict[str, Limit] = {
    "title": TEXT, "department": TEXT, "officer": TEXT, "phone": TEXT, "email": TEXT,
    "decision_body": TEXT, "summary": TEXT, "background": TEXT, "receivers": NAME.each,
}
SIGNATORY: dict[str, Limit] = {"name": NAME, "title": TEXT}
SETTINGS: dict[str, Limit] = {
    "span_of_control_max": SETTING, "layers_max": SETTING, "disabled_rules": ID.each, "top_management": ID.or_none,
}
SEVERITIES = ("error", "warning", "info")  # what `AnalysisSettings.severity_overrides` may name
FUNCTION: dict[str, Limit] = {"id": ID, "name": NAME, "description": TEXT, "follows_up": ID.or_none}
DECISION: dict[str, Limit] = {"id": ID, "title": NAME, "description": TEXT}
SCENARIO: dict[str, Limit] = {"id": ID, "name": NAME, "description": TEXT, "proposal": TEXT}
PAPER: dict[str, Limit] = {"title": TEXT, "summary": TEXT, "decided_by": TEXT, "child_rights": TEXT, "equality": TEXT}
PLAN_ENTRY: dict[str, Limit] = {"key": NAME, "phase": TEXT, "owner": TEXT}
UNIT: dict[str, Limit] = {
    "id": ID, "name": NAME, "parent_id": ID.or_none, "decisions": ID.each, "budget_sek": AMOUNT.or_none,
    "staff_fte": FTE.or_none, "listed_patients": COUNT.or_none, "notes": TEXT,
}
DOTTED_LINE: dict[str, Limit] = {"target_id": ID, "note": TEXT, "decision": TEXT}
ECONOMY: dict[str, Limit] = {"surplus_share": SHARE, "deficit_share": SHARE, "cap_sek": AMOUNT.or_none, "decisions": ID.each}
SERVICE: dict[str, Limit] = {
    "id": ID, "name": NAME, "supplier_id": ID, "unit_cost_sek": AMOUNT.or_none, "price_sek": AMOUNT.or_none,
    "fixed_charge_sek": AMOUNT.or_none, "mixed_price_sek": AMOUNT.or_none, "private_price_sek": AMOUNT.or_none,
    "pna_alternative": ID.or_none, "description": TEXT,
}
FLOW: dict[str, Limit] = {"buyer_id": ID, "service_id": ID, "volume": VOLUME}
ASSUMPTIONS: dict[str, Limit] = {
    "response_free": CHANGE, "response_per_item": CHANGE, "response_fixed": CHANGE, "response_mixed": CHANGE,
    "pna_share": SHARE, "feedback_effect": CHANGE, "mixed_variable_share": SHARE, "note": TEXT,
}
ACKNOWLEDGEMENT: dict[str, Limit] = {"scenario_id": ID, "finding_key": FINDING_KEY, "comment": TEXT}
VOLUME_RECORD: dict[str, Limit] = {"buyer": ID, "service": ID, "volume": VOLUME, "price_sek": AMOUNT.or_none}
HISTORY_BUYER: dict[str, Limit] = {"buyer": ID}
TRADE_EVENT: dict[str, Limit] = {"id": ID, "decision": ID.or_none, "supplier": ID.or_none, "buyers": ID.each, "note": TEXT}
TRADE_HISTORY: dict[str, Limit] = {"note": TEXT}

#: entity name (as messages and the file's struct map name it) -> its table
TABLES: dict[str, dict[str, Limit]] = {
    "project": PROJECT, "case": CASE, "signatory": SIGNATORY, "settings": SETTINGS, "function": FUNCTION,
    "decision": DECISION, "scenario": SCENARIO, "unit": UNIT, "dotted line": DOTTED_LINE, "economy": ECONOMY,
    "service": SERVICE, "flow": FLOW, "assumption": ASSUMPTIONS, "acknowledgement": ACKNOWLEDGEMENT,
    "volume record": VOLUME_RECORD, "history buyer": HISTORY_BUYER, "event": TRADE_EVENT, "volume history": TRADE_HISTORY,
}


class FieldError(ValueError):
    """A value outside its field's limit: `owner.field: reason`, the reason one of limits.REASONS."""

    def __init__(self, owner: str, field: str, reason: str) -> None:
        self.owner, self.field, self.reason = owner, field, reason
        super().__init__(f"{owner}.{field}: {reason}")


def check(table: dict[str, Limit], owner: str, entity: object) -> None:
    """Check every listed field of a whole entity (added, pasted, imported, made by a template)."""
    for field, limit in table.items():
        if hasattr(entity, field):
            try:
                limit.held(getattr(entity, field))
            except (LimitError, TypeError, ValueError, OverflowError) as exc:
                raise FieldError(owner, field, str(exc)) from None


def check_value(table: dict[str, Limit], owner: str, field: str, value: Any) -> Any:
    """One field's value, checked (and coerced: "12" to 12.0) against its limit."""
    try:
        return table[field](value)
    except (LimitError, TypeError, ValueError, OverflowError) as exc:
        raise FieldError(owner, field, str(exc)) from None
