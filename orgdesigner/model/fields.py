"""Which declared limit (`orgdesigner.model.limits`) each field of each entity keeps: one table
per entity, keyed by the model's attribute names. The file's structs (`io.fast_file`) take their
constraints from the same limits, and a test checks that each struct field and its table entry
agree; the commands, imports and templates check values with these tables. A field that is
not listed (an enum, a date, a flag) has no limit beyond its type.

A unit's fields are declared whole, once, in `UNIT_FIELDS`: besides the limit, a reader's words,
the file's key, and the part each plays (`FieldRole`: how it merges and compares). The file's
unit struct, the writer and reader, the merge flattener, conflict settling, the comparison, the
table exports (XLSX/CSV columns and their headers), GraphML and the wording of changes all
iterate that table: adding a unit field is its `Unit` attribute, its row here and a migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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

#: The part a field plays, which says how every generic pass treats it:
#: - "key": the entity's id; names its record in the file, the merge and the comparison;
#: - "place": where it sits in the chart; a change is a move (MoveUnit), compared as "moved",
#:   merged with a check for reporting cycles;
#: - "value": a plain value: written when not empty, compared, merged and settled field by field
#:   (SetUnitField);
#: - "lines": nested records (dotted lines) with their own comparison, merge references and edit.
FieldRole = Literal["key", "place", "value", "lines"]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of an entity as the rest of the program needs to know it."""

    name: str  # the model's attribute
    sv: str  # a reader's word for it, as in running text ("listade patienter")
    en: str
    limit: Limit | None = None  # None: its type is its limit (an enum, a set of enum members)
    role: FieldRole = "value"
    key: str = ""  # the file's key, where it differs from `name`
    always: bool = False  # the file writes it even when empty (None, "", no items)
    column: str = ""  # the export column's id, where it differs from `name`
    header: tuple[str, str] | None = None  # the export column's (sv, en) header, if not the words capitalised

    @property
    def file_key(self) -> str:
        return self.key or self.name

    @property
    def column_id(self) -> str:
        return self.column or self.name

    def words(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv

    def headers(self) -> tuple[str, str]:
        """The export column's header in Swedish and English ("Listade patienter")."""
        return self.header or (self.sv[:1].upper() + self.sv[1:], self.en[:1].upper() + self.en[1:])


#: Every field of `entities.Unit`, in the order the file writes them.
UNIT_FIELDS: tuple[Field, ...] = (
    Field("id", "id", "id", ID, role="key", always=True),
    Field("name", "namn", "name", NAME, always=True),
    Field("parent_id", "överordnad enhet", "reports to", ID.or_none, role="place", key="parent", always=True,
          header=("Överordnad (id)", "Parent (id)")),
    Field("category", "kategori", "category", always=True),
    Field("form", "form", "form", always=True),
    Field("authorities", "befogenheter", "authorities"),
    Field("decisions", "beslut", "decisions", ID.each),
    Field("budget_sek", "budget", "budget", AMOUNT.or_none, header=("Budget (kr)", "Budget (SEK)")),
    Field("staff_fte", "årsarbetare", "staff (FTE)", FTE.or_none),
    Field("listed_patients", "listade patienter", "listed patients", COUNT.or_none),
    Field("notes", "anteckningar", "notes", TEXT),
    Field("dotted_lines", "streckade linjer", "dotted lines", role="lines", key="dotted", column="dotted_parents"),
)
#: the unit fields compared, merged and edited one by one (the "value" role), by attribute name
UNIT_VALUES: tuple[str, ...] = tuple(f.name for f in UNIT_FIELDS if f.role == "value")
UNIT: dict[str, Limit] = {f.name: f.limit for f in UNIT_FIELDS if f.limit is not None}
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
