"""Rule 23: every unit says what kind of unit it is.

The rules about the purchaser, egenregi and private providers read the category. A unit of
unknown category (an imported ArchiMate actor, say) takes part in none of them, so a verdict
about the split could be right only by chance until the planner says what the unit is.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, scoped_rule
from orgdesigner.model.enums import UnitCategory


def units_of_unknown_category(context: Context) -> list[str]:
    return sorted(context.in_category(UnitCategory.UNKNOWN))


@scoped_rule(
    "R23-unknown-category",
    Severity.WARNING,
    Scope.UNIT,
    title_sv="Enhet av okänd sort",
    title_en="Unit of unknown category",
    why_sv="Analysen av beställare, egenregi och privata utförare bygger på vad varje enhet är. En enhet "
    "av okänd sort räknas inte i någon av dem, så analysen kan inte säga om den rubbar ansvarsfördelningen.",
    why_en="The analysis of purchaser, egenregi and private providers rests on what each unit is. A unit "
    "of unknown category counts in none of them, so the analysis cannot tell whether it upsets the split.",
    fix_sv="Ange enhetens sort (ledning, beställarenhet, egenregi, privat utförare, medicinsk service "
    "eller stöd) i enhetens egenskaper.",
    fix_en="Set the unit's category (governance, purchaser, egenregi, private provider, medical service "
    "or support) in the unit's properties.",
    triggers=frozenset(),
    candidates=units_of_unknown_category,
    reads_lines=False,
)
def unknown_category(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit whose category is unknown (imported from a model that does not say)."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or unit.category is not UnitCategory.UNKNOWN:
        return
    yield Found(
        f"Det är inte angivet vad {unit.name} är för sorts enhet.",
        f"The category of {unit.name} is not set.",
        Subjects(units=(unit.id,)),
    )
